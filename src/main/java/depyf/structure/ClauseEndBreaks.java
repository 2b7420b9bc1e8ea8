package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Op;
import depyf.lift.Lifter;

/**
 * {@code break} out of a while loop that ends an except clause (3.13+; 3.12 for a loop with a test):
 * the code after the loop is the clause's end, POP_EXCEPT (name cleanup) and a jump to the code after
 * the try, a block without a line that the compiler copies into each break. Inside such a loop a
 * POP_EXCEPT of the clause's own exception can only be that copy: a return runs it too, but then
 * returns (a value swapped below it, or a constant loaded after it), and a continue stays in the clause.
 * The clause is the loop's when its cleanup handler protects the loop's head with the stack as deep as
 * it is at the POP_EXCEPT (an except clause nested in the body pushed one more exception).
 */
final class ClauseEndBreaks {
    private ClauseEndBreaks() {}

    /**
     * Where the walk goes on (past the copy's jump) when the POP_EXCEPT at i, reached with the stack of
     * {@code l}, is the copy of the clause's end in a break out of the innermost loop of {@code r}; else 0.
     */
    static int at(Walker w, int i, Lifter l, Region r) {
        Region.Loop loop = r.loop();
        if (loop == null || loop.isFor() || !w.env.atLeast(3, 12) || !w.code.op(i).is("POP_EXCEPT")
                || i > 0 && w.code.op(i - 1).is("SWAP") || l.depth() < 1 || l.peek(1) != Item.PreviousException.INSTANCE) {
            return 0;
        }
        int head = java.util.Collections.min(loop.continues());
        if (clauseCleanup(w, head, l.depth()) == null) {
            return 0;
        }
        int k = pastClauseEnds(w, i);
        if (k < w.code.size() && !w.code.op(k).isUnconditionalJump()) {
            int copy = copiedExit(w, k);
            if (copy < 0 || ownExit(w, loop, head, -2)) {      // (-2: no jump of the copy to compare)
                return 0;
            }
            if (!clauseEndCopiedElsewhere(w, i, k) && !w.clauseLoopBreakCopies.contains(k)) {
                // (read as a return inside the clause, it would run before the exception is popped)
                throw new LiftException("a break out of a loop ending an except clause runs a copy of the code after"
                        + " the try that no other path shows, at " + w.code.op(i).offset());
            }
            return copy;
        }
        if (k >= w.code.size() || ownExit(w, loop, head, w.code.op(k).target())) {
            return 0;
        }
        return k + 1;
    }

    /**
     * True when another except clause's end (a POP_EXCEPT other than i, not a return's) runs a copy of the
     * code at k too: the try reads that code as where it goes on, so the break's copy goes there. With no
     * other, the try would take the body's own copy for its else clause, which the break then skips: {@code
     * at} falls back.
     */
    private static boolean clauseEndCopiedElsewhere(Walker w, int i, int k) {
        for (int p = 1; p < w.code.size(); p++) {
            // (a clause the walk reads: an orphan handler's, unread when the retry leaves orphans out, is no
            // end any try goes on from; unseen 187 t60 f198 printed the break going on at the orphan's return)
            if (p != i && w.reachable.get(p) && w.code.op(p).is("POP_EXCEPT") && !w.code.op(p - 1).is("SWAP") && !insideClauseLoop(w, p)) {
                int after = pastClauseEnds(w, p);
                if (after != k && after < w.code.size() && Branches.sameExit(w, after, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 3.13+: in the except clause [k, next), the copy of the code after the try that a break out of a loop in
     * the clause runs after its POP_EXCEPT ({@link #copiedExit}), or -1.
     */
    static int loopBreakCopy(Walker w, int k, int next) {
        for (int p = k; p < next && p < w.code.size(); p++) {
            if (w.code.op(p).is("POP_EXCEPT") && !w.code.op(p - 1).is("SWAP") && insideClauseLoop(w, p)) {
                int c = pastClauseEnds(w, p);
                if (c < w.code.size() && !w.code.op(c).isUnconditionalJump() && copiedExit(w, c) > 0) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * True when the POP_EXCEPT at p lies in a loop inside its except clause (a jump back past it, to before it,
     * protected as the clause's code before p is): another break's copy, which the try does not read as
     * where its clauses go on either (unseen tails seed 46 f13: two clauses ending in such loops, 3.13+).
     */
    private static boolean insideClauseLoop(Walker w, int p) {
        Code.Handler clause = w.code.handlerAt(p - 1);
        if (clause == null) {
            return false;
        }
        for (int q = p + 1; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            Code.Handler at = w.code.handlerAt(q);
            if (at == null && op.is("JUMP_BACKWARD")) {
                // (3.14 protects no NOT_TAKEN and jump back after a test: the clause's code before them)
                int s = q - 1;
                while (s > p && w.code.handlerAt(s) == null) {
                    s--;
                }
                at = s > p ? w.code.handlerAt(s) : null;
            }
            if (op.is("JUMP_BACKWARD") && op.target() < p && at != null && at.target() == clause.target()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.13+: where the copy at k of the code after the try ends (past its return or raise), when that code is a
     * small block the compiler copies into the break in place of the jump to it, or -1 (tails seed 40 f158:
     * {@code except E2 as e: while True: if c(): break ...} then {@code return E2.__name__}, printed as a
     * return inside the clause, which runs before the exception is popped). A return inside the clause
     * computing its value loads it before the POP_EXCEPT and swaps it below ({@code at} refuses those); one
     * of a constant unwinds, then loads it, the same instructions as such a copy: that stays a return there.
     */
    private static int copiedExit(Walker w, int k) {
        if (!w.env.atLeast(3, 13)) {
            return -1;
        }
        int end = TryRanges.straightExit(w, k, w.code.size());
        if (end <= k) {
            return -1;
        }
        // (a constant's return unwinds first, the iterator of a for loop or a finally body, say, then loads it)
        Op last = w.code.op(end - 1);
        boolean constant = last.is("RETURN_CONST") || last.is("RETURN_VALUE") && end - 2 >= k
                && (w.code.op(end - 2).is("LOAD_CONST") || w.code.op(end - 2).is("LOAD_SMALL_INT"));
        return constant ? -1 : end;
    }

    /**
     * Past the clause's end starting with the POP_EXCEPT at p (and its name's cleanup) and, 3.13+, the ends of
     * enclosing clauses copied after it (the clause ends a try ending an enclosing except clause): where the
     * jump out comes. The twin of {@link #copyStart}.
     */
    static int pastClauseEnds(Walker w, int p) {
        int k = ExceptClauses.afterNameCleanup(w.code, p + 1);
        while (k < w.code.size() && w.code.op(k).is("POP_EXCEPT") && w.env.atLeast(3, 13)) {
            k = ExceptClauses.afterNameCleanup(w.code, k + 1);
        }
        return k;
    }

    /**
     * The first POP_EXCEPT of the clause ends copied into a break before the POP_EXCEPT at p (3.13+: the
     * clause ends a try ending an enclosing except clause, whose end the copy runs too), or p.
     */
    static int copyStart(Walker w, int p) {
        while (w.env.atLeast(3, 13) && p > 0) {
            int q = ExceptClauses.beforeNameCleanup(w.code, p - 1);
            if (!w.code.op(q).is("POP_EXCEPT") || w.jumpTargets.get(p)) {
                break;
            }
            p = q;
        }
        return p;
    }

    /**
     * True when the innermost loop of {@code r} lies inside the except clause whose POP_EXCEPT the stack of
     * {@code l} leads to (its cleanup handler protects the loop's head at that depth): a jump out of that
     * clause from the loop's body leaves the loop too, a break or a return, never a branch's end.
     */
    static boolean loopInClause(Walker w, Lifter l, Region r) {
        Region.Loop loop = r.loop();
        if (loop == null || l.depth() < 1 || l.peek(1) != Item.PreviousException.INSTANCE) {
            return false;
        }
        int head = java.util.Collections.min(loop.continues());
        return clauseCleanup(w, head, l.depth()) != null;
    }

    /**
     * The cleanup handler of the except clause around the loop headed at {@code head}, the stack {@code
     * depth} deep there: the head's own handler, or, the loop lying in the body of a try/except nested in
     * the clause (3.13+: {@code except E1: try: while True: if not c(): break ... / except E1: pass}), the
     * one protecting that try's handler's cleanup (a break leaves such a try with no code of its own, so
     * its POP_EXCEPT is still the clause's end). Null when no such clause.
     */
    private static Code.Handler clauseCleanup(Walker w, int head, int depth) {
        Code.Handler h = w.code.handlerAt(head);
        for (int n = 0; n < 8 && h != null && h.depth() == depth && Handlers.kind(w.code, h.target()) == Handlers.Kind.EXCEPT; n++) {
            Code.Handler own = w.code.handlerAt(h.target());     // the nested try's clause cleanup, one deeper
            h = own == null ? null : w.code.handlerAt(own.target());
        }
        return h != null && h.depth() == depth && Handlers.kind(w.code, h.target()) == Handlers.Kind.CLEANUP ? h : null;
    }

    /**
     * True when the loop's exit is code of its own other than the clause's end going to t: an else clause
     * (a while loop's test jumps there), where a break would jump past it rather than run a copy of the
     * clause's end. An exit nothing in the loop reaches (a while True ending the clause) has none.
     */
    private static boolean ownExit(Walker w, Region.Loop loop, int head, int t) {
        int exit = loop.exit();
        if (exit < 0 || exit >= w.code.size()) {
            return false;
        }
        int x = Tries.skipNops(w, exit);
        if (x < w.code.size() && w.code.op(x).is("POP_EXCEPT")) {
            int k = pastClauseEnds(w, x);
            if (k < w.code.size() && w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == t) {
                return false;                  // the clause's end itself, which the breaks copied
            }
        }
        if (x < w.code.size() && w.code.op(x).is("RERAISE")) {
            // (3.14: the last jump back is a nested except clause's, laid out after its handler: past it the
            // handler's reraise for an exception no clause matches, which the clause's test jumps to, no exit)
            return false;
        }
        if (exit > head && !w.code.op(exit - 1).isTerminal() && !w.code.op(exit - 1).isUnconditionalJump()) {
            return true;
        }
        for (int k = head; k < exit; k++) {
            int target = w.code.op(k).target();
            if ((target == exit || target == x) && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }
}
