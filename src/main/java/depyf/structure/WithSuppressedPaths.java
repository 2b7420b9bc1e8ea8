package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * A with statement's suppressing path (the manager's __exit__ returning true): where the code it goes on
 * with lies (after the handler, copied, the tail of an enclosing try's body) and how it is read.
 */
final class WithSuppressedPaths {
    private WithSuppressedPaths() {}

    /**
     * POP_EXCEPT at p ending a with handler's path that suppressed the exception (POP_TOP; POP_EXCEPT;
     * then the exit values popped): where the code after the with statement goes on (after it, or where
     * it jumps), or -1.
     */
    static int withSuppressed(Code code, int p) {
        if (p < 1 || !code.op(p - 1).is("POP_TOP")) {
            return -1;
        }
        int k = p + 1;
        int values = code.version().atLeast(3, 14) ? 3 : 2;   // the exit (3.14: and the manager) and the exception
        while (k < code.size() && k - p <= values && code.op(k).is("POP_TOP")) {
            k++;
        }
        int pops = k - p - 1;
        boolean with = false;
        for (int h = p - 1; h >= 0 && h >= p - 12; h--) {
            if (code.op(h).is("WITH_EXCEPT_START")) {
                with = true;
                break;
            }
        }
        // (the path may end the code: a loop's jump back, laid out last, that the suppressed exception takes)
        if (!with || pops < 2 || k >= code.size()
                || k + 1 < code.size() && code.op(k).is("LOAD_CONST") && code.op(k + 1).isUnconditionalJump()) {
            return -1;                         // a statement does not start by carrying a value across a jump
        }
        return code.op(k).isUnconditionalJump() ? code.op(k).target() : k;
    }

    /**
     * True when the jump at k ends a with's suppressing path: POP_EXCEPT, the pops of the exit (3.14: and the
     * manager) and of the exception, then k.
     */
    static boolean endsSuppressingPath(Code code, int k) {
        int p = k - 1;
        while (p > 0 && code.op(p).is("POP_TOP")) {
            p--;
        }
        return code.op(k).isUnconditionalJump() && code.op(p).is("POP_EXCEPT") && withSuppressed(code, p) == code.op(k).target();
    }

    /**
     * 3.12+: True when the region ending at to ends the body of the try being walked, whose clauses go to
     * after as well: suppressing, the with falls off that try, which goes there (the try's reading writes
     * the continue after it, Tries: the code after the statement laid out cold).
     */
    private static boolean endsTryGoingTo(Walker w, int to, int after) {
        if (!w.env.atLeast(3, 12) || w.exceptBodies.isEmpty()) {
            return false;
        }
        int handler = w.exceptBodies.peek();
        int t = Tries.skipNops(w, to);
        return (t >= w.code.size() || !Handlers.covers(w.code, t, handler))
                && ExceptClauses.clauseExits(w, handler).stream().anyMatch(e -> Branches.sameExit(w, e, after));
    }

    /**
     * A with statement whose body never ends normally: the code after it is reached only when __exit__
     * suppresses an exception, laid out after that path. Walked here, after the statement; returns where
     * the walk goes on.
     */
    static int suppressedContinuation(Walker w, int i, int j, int to, Lifter l, Region r, int handler) {
        if (w.env.dynamo != null) {
            return j;                          // Dynamo's resume functions re-enter with blocks their own way
        }
        int c = w.code.handlerAt(handler).target();
        int after = suppressedAfter(w, handler);
        if (after >= 0 && after <= i && !onLoopPath(w, after, r.loop())) {
            // suppressing, the with goes back to before itself, to no loop being walked: the head of a loop
            // that only suppressing paths close (3.14 copies no while test to the bottom of a body that returns)
            throw new LiftException("a with suppressing goes back to code before it at " + w.code.op(after).offset());
        }
        boolean endsBranch = Tries.skipNops(w, j) >= to || !w.env.atLeast(3, 12) && w.onlyHandlerCode(j, to);
        if (after >= 0 && w.env.atLeast(3, 14) && !r.exactFollow() && endsBranch && r.loop() != null && to >= r.loop().bodyEnd()
                && r.loop().continues().contains(after) && DisplacedLoopTails.suppressingJumpBack(w, handler, after) >= 0) {
            // 3.14: the with ends a statement (a try body) ending the loop's body: suppressing, it jumps straight
            // back to the head, right after its pops, where the body's end goes on (a written continue would be a
            // jump of its own, laid out after the handler)
            return j;
        }
        if (after >= 0 && (r.exactFollow() || w.env.atLeast(3, 12) && r.follow() >= 0) && endsBranch && !Branches.sameExit(w, after, r.follow()) && r.loop() != null
                && (r.loop().continues().contains(after) || r.loop().continues().contains(Branches.jumpedTo(w, after))
                    || BranchExits.continues(w, after, r.loop())) && !endsTryGoingTo(w, to, after)) {
            // suppressing, the with goes back to the loop's head (3.12: by a jump laid out after its handler), not
            // where its branch (or the try body it ends: an else branch ending one) goes on: a continue written after it
            l.emit(new Stmt.Continue());
            return j;
        }
        if (after > c && w.env.atLeast(3, 12) && endsBranch && r.loop() != null && r.loop().continues().contains(r.follow())
                && !w.normalFlow.get(after) && Branches.sameExit(w, after, r.follow())) {
            // the with (its body returns) ends a loop's body: suppressing, it goes back to the loop's head by a
            // jump laid out after its handler (WhileTrue.withTailExit: the loop's only one), where the body goes on
            return j;
        }
        if (after > c && w.isDisplacedTest(after, r)
                && skipNopsAndDead(w, j) >= to) {
            // the with (its body never ends normally) ends a while loop's body: suppressing, it goes on to the
            // body's end, the copy of the loop's test laid out after the handlers (3.12, 3.13), read by the loop
            return j;
        }
        if (after >= 0 && w.env.atLeast(3, 12) && r.follow() >= 0 && endsBranch && !Branches.sameExit(w, after, r.follow())
                && after > handler && BranchExits.breaks(w, after, r.loop())) {
            // the same for a break written after it: (a for loop's) the pop of the iterator and a jump back
            // to the loop's exit, laid out after the handler
            l.emit(new Stmt.Break());
            return j;
        }
        int broke = after > handler && r.follow() >= 0 && endsBranch && !Branches.sameExit(w, after, r.follow())
                ? w.whileBreakCopy(after, r) : -1;
        if (broke > 0) {
            // the same for a while loop's break: a copy of the small exit block after the loop (3.12+), after
            // the break's line NOP, laid out after the handler (3.13+: jumped to past the cleanup handler)
            l.emit(new Stmt.Break());
            w.dead.set(after, broke);          // read: not code after the statement
            return j;
        }
        int own = suppressedCode(w, handler);
        if (after >= 0 && endsBranch && !w.env.atLeast(3, 12) && own >= j && own < to
                && (r.exactFollow() && !Branches.sameExit(w, after, r.follow())
                    || r.follow() < 0 && (TryRanges.straightExit(w, own, to) > 0 || own == after && !w.jumpTargets.get(own)))) {
            // 3.11: the code after the with in the branch, which only the suppressing path reaches, follows
            // the handler inline (a written continue or break: that path's jump; or, ending an except clause
            // of a try nothing follows, the clause's end and a copy of the final return, which tells that
            // the statement holding the try is the function's last; or any code the path's pops fall into
            // that nothing jumps to, such as a while loop's test: tails seed 34 f233); walked here, where
            // the walk would take it for handler code
            int stop = w.walk(own, to, l, r, -1);
            w.dead.set(own, stop);
            return stop;
        }
        if (after >= 0 && r.exactFollow() && endsBranch && !Branches.sameExit(w, after, r.follow())
                && after == suppressedOwnTail(w, handler)) {
            // 3.12+: the code after the with in the branch, reached only by the suppressing path and unlike
            // where the branch goes on (not a copy of it), laid out in the handler; walked here
            int stop = w.walk(after, c, l, r, -1);
            w.dead.set(after, stop);
            return j;
        }
        int branchTail = after > c && w.env.atLeast(3, 12) && r.exactFollow() && endsBranch && !Branches.sameExit(w, after, r.follow())
                ? coldBranchTail(w, i, after, c, r) : -1;
        if (branchTail > after) {
            // 3.12+: the code after the with in the branch, reached by the suppressing path and by the with's
            // normal exit (its body's except clause falling off) only, laid out past the handler and jumping
            // back to where the branch goes on; walked here
            // (its last instruction the jump to where the branch goes on, or a return of its own)
            w.walk(after, w.code.op(branchTail - 1).isUnconditionalJump() ? branchTail - 1 : branchTail, l, r, -1);
            w.dead.set(after, branchTail);
            int exit = TryBodyEnds.coldWithExit(w, to, handler);
            int normal = exit > 0 ? Tries.exitCall(w, Tries.skipNops(w, exit)) : -1;
            if (normal > 0 && w.code.op(normal).isUnconditionalJump() && w.code.op(normal).target() == after) {
                w.dead.set(exit, normal + 1);  // the normal exit the clauses jump to straight (no line NOP): read
            }
            return j;
        }
        if (after >= 0 && r.exactFollow() && endsBranch && !Branches.sameExit(w, after, r.follow())) {
            // the with ends an if's branch (3.11: only its handler, inline, follows): suppressing, it goes on
            // elsewhere than after the if
            throw new LiftException("a with suppressing goes on elsewhere than after its branch at " + w.code.op(handler).offset());
        }
        if (after >= 0 && !r.exactFollow() && after == r.follow() && after > to && Tries.skipNops(w, j) >= to
                && w.env.atLeast(3, 12) && onlySuppressed(w, after, handler, c) && endsTryBody(w, handler, after, r)) {
            // the with ends an if's branch, the if a try body (TryRanges.exitGap): suppressing, it goes on where
            // the body does, the code after the try, laid out after the handler; read by the try
            return j;
        }
        if (after > c && w.env.atLeast(3, 12) && Tries.skipNops(w, j) >= to && to == r.follow() && !r.exactFollow() && !w.normalFlow.get(after)
                && (onlySuppressed(w, after, handler, c) || onlySuppressedWithNested(w, after, handler))
                && !w.code.op(Tries.skipNops(w, after)).isUnconditionalJump()
                && suppressedToTryElse(w, i, c, after, r)) {
            // the with ends the body of the try right around it: suppressing, it goes on to code (not the jump of
            // an empty else clause past the try's handlers to the code after the statement) laid out past
            // its handler, before the try's, that only this path reaches: the try's else clause, which the
            // try reads (TryElses.strandedElse)
            w.suppressedToElse.set(after);
            return j;
        }
        if (after >= 0 && after == r.follow() && after == to && w.onlyHandlerCode(Tries.skipNops(w, j), to)) {
            // the with ends its region (a try body whose range ends at its handler, 3.12+): suppressing, it
            // goes on where the region does, the code after the enclosing statement; read there
            return j;
        }
        if (after > c && w.env.atLeast(3, 12) && endsBranch
                && coldFinallyCopyToFollow(w, after, handler, c, r, Tries.skipNops(w, j) >= to ? Tries.skipNops(w, j) : -1)) {
            // the with ends a try/finally's body, which has no other normal exit: suppressing, it goes on to
            // the normal exit's copy of the finally body, laid out cold after the handler (3.12+), and from
            // there to where the try goes on (the finally clause prints that copy)
            return j;
        }
        if (after >= 0 && Tries.skipNops(w, j) >= to && endJumpOfTry(w, handler, after, r)) {
            // the with ends a try body, suppressing to that try's own end jump (3.12: laid out right
            // before its handler): it goes on where the try statement does
            return j;
        }
        if (after >= 0 && pastTryHandler(w, handler, after, r)) {
            // suppressing, the with leaves an enclosing try's body to the code after that statement, laid
            // out past the try's handlers (3.11, 3.13+): the try reads it (TryRanges.onlySuppressedTo)
            return j;
        }
        if (after >= 0 && w.env.atLeast(3, 12) && onlySuppressedWithNested(w, after, handler)
                && walkedNestedTail(w, after, handler, l, r)) {
            // the rest of the enclosing with's body, reached by nested withs' suppressing paths too
            return j;
        }
        if (after < 0 || !onlySuppressed(w, after, handler, c) && !onlyPastExceptions(w, after, j, handler)) {
            if (after > c && !Withs.reachedOtherwise(w, after, handler, c) && !loopHeadPast(w, after)) {
                // laid out past our handler, the code after the statement is reached otherwise only from code
                // no path reaches (the handler of a try whose body protects nothing, 3.14): the walk would
                // drop it with that code
                throw new LiftException("the code after a with reached only by its suppressing path and dead code at "
                        + w.code.op(after).offset());
            }
            if (r.loop() != null && after >= to && !w.normalFlow.get(after) && !w.dead.get(after) && !Branches.sameExit(w, after, r.follow())
                    && Tries.exitCall(w, Tries.skipNops(w, after)) < 0) {
                // in a loop, only exception paths reach it (a nested with's too), past the region, where the region
                // does not go on; no enclosing with's exit, nor a loop's test copied to the bottom that the
                // loop read (DisplacedLoopTails.displacedCopy): no walk reads it (such a copy of a loop not recognised,
                // reached back only by suppressing paths when the loop's body returns)
                throw new LiftException("the code after a with, reached only by suppressing paths, lies past its region at "
                        + w.code.op(after).offset());
            }
            int normalExit = BranchExits.normalExit(w, handler);
            if (after > c && !w.normalFlow.get(after) && !w.dead.get(after) && !Branches.sameExit(w, after, r.follow())
                    && Tries.exitCall(w, Tries.skipNops(w, after)) < 0 && normalExit > 0 && !w.normalFlow.get(normalExit)
                    && r.handlers().isEmpty()) {
                // past the handler, reached only by suppressing paths: this with's and a nested with's, which
                // goes on through this with's normal exit, no normal path's either (3.14, seed 12 f266); the
                // walk after the statement would drop it as handler code (inside a try or clause, that
                // statement reads it: TryRanges.suppressedPastRegion)
                throw new LiftException("the code after a with, reached only by suppressing paths, lies past its handler at "
                        + w.code.op(after).offset());
            }
            return j;                          // the body reaches the code after the statement too
        }
        if (Tries.exitCall(w, Tries.skipNops(w, after)) > 0) {
            if (w.env.atLeast(3, 12) && TryRanges.pastEnclosingExit(w, handler, after) == after) {
                // past the enclosing with's exit call, the path goes on elsewhere than that with's own
                // suppressing path: a return the enclosing body has after us (its constant after the call)
                int end = constReturnAfterEnclosingExit(w, after, handler, r);
                if (end > 0) {
                    l.emit(Withs.returned(w, end));
                    w.dead.set(after, end);    // read: the enclosing body's return, not code after this statement
                    return j;
                }
                throw new LiftException("a return after a nested with, past the enclosing exit call at "
                        + w.code.op(after).offset());
            }
            return j;                          // an enclosing with's exit: nothing follows in its body
        }
        if (Tries.skipNops(w, j) >= to && (r.exactFollow() && Branches.sameExit(w, after, r.follow())
                || to < w.code.size() && (Branches.sameExit(w, after, to) || Branches.sameExit(w, after, pastSubjectPops(w, to))))) {
            // the with ends an if's branch: suppressing, it goes on with a copy of the small exit block
            // after the if (3.12+ copy it after the handler), where the branch goes on; or a copy of the
            // block at the region's end (a match case's, where a guard fails: the code after the match; or
            // where its pattern fails, past the subject's pops there: set 193 q66 f67)
            return j;
        }
        if (walkedNestedTail(w, after, handler, l, r)) {
            return j;
        }
        int tail = endsBranch && after > c ? leavingTail(w, after, w.code.handlerAt(i - 1), r) : -1;
        if (tail > 0) {
            // the with (its body never ends normally) ends a branch: the rest of the branch after it, reached
            // only by its suppressing path and leaving (a continue, a return), protected as the with statement
            // is, is laid out past the handler (3.12+); walked here, as the code after the statement
            int stop = w.walk(after, tail, l, r, -1);
            w.dead.set(after, stop);
            return j;
        }
        int between = Tries.skipNops(w, j);
        while (between < handler && w.code.op(between).is("PUSH_EXC_INFO")) {
            between = Tries.skipNops(w, ExceptClauses.handlerAreaEnd(w, between));   // a nested statement's handler
        }
        int exit = between < handler ? Tries.exitCall(w, between) : -1;
        boolean copied = exit > 0 && exit < handler && Tries.sameOps(w, exit, after, handler - exit);
        if (copied && w.env.atLeast(3, 12) && Tries.skipNops(w, exit) == to) {
            // a nested with suppressing reaches this with's normal exit, which ends the region (a try's body) and
            // which only exception paths reach (the nested with's body raises): the code after it is where the
            // region goes on, read by the enclosing statement, and the suppressing path runs a copy of it
            // (3.12+); walked here, the copy would be read as the region's end, that code dropped (q17 f30)
            return j;
        }
        if (between < handler && !w.onlyHandlerCode(between, handler) && !Withs.loopExitBefore(w, j, between, handler, r)) {
            // a nested with suppressing reaches this with's normal exit: the code after the statement
            // follows that exit too, and the suppressing path runs a copy of it (3.12+)
            if (copied) {
                return j;
            }
            if (!r.handlers().isEmpty() && Tries.skipNops(w, j) >= to) {
                // the with ends a try body (its return read past the range): the code between is past the
                // region, and where the suppressing path goes (the try's else or its end) the try reads
                // (TryRanges.suppressedPastBody; unseen tails seed 41 f207: `if c(): try: with m(): return 10`)
                return j;
            }
            throw new LiftException("code between a with body and its handler at " + w.code.op(j).offset());
        }
        int end = after < c ? c : to;
        int stop = w.walk(after, end, l, r, -1);
        for (int k = after; k < stop; k++) {
            int t = w.code.op(k).target();
            if (t >= stop && t < w.code.size() && !(t == to && stop == to)) {
                // (a jump to the end of the region, the walk read on to it: the code falls off there, as a try's
                // body and clauses do ending the with around ours)
                throw new LiftException("code after a with statement jumps past its end at " + w.code.op(k).offset());
            }
        }
        w.dead.set(after, stop);               // walked: not again where the walk reaches it in layout order
        copiesThroughExit(w, handler, after);
        return after < c ? j : stop;
    }

    /**
     * Past the POP_TOPs at k that a jump from before k reaches (a match's last case failing: the subject's
     * pops, then the code after the match), or k.
     */
    private static int pastSubjectPops(Walker w, int k) {
        int e = k;
        while (e < w.code.size() && e - k < 3 && w.code.op(e).is("POP_TOP")) {
            e++;
        }
        for (var op : w.code.ops()) {
            if (op.index() < k && op.target() >= k && op.target() < e && op.isConditionalJump()) {
                return e;
            }
        }
        return k;
    }

    /**
     * The end of straight code at t ending in a return, a raise or a jump back to the head of the loop being
     * walked (a continue), no jump into it past its start, protected by {@code around} (the handler of the
     * with statement: not a try's else clause past its range, which a with ending the try body suppresses
     * into); or -1.
     */
    static int leavingTail(Walker w, int t, Code.Handler around, Region r) {
        for (int k = t; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (k > t && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
            boolean cannotRaise = op.isReturn() || op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT") || op.is("NOP")
                    || op.is("JUMP_BACKWARD");
            if (!cannotRaise && !Withs.sameHandler(w.code.handlerAt(k), around)) {
                return -1;
            }
            if (op.is("JUMP_BACKWARD")) {
                return r.loop() != null && r.loop().continues().contains(op.target()) ? k + 1 : -1;
            }
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return k + 1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 3.12+: a with ending the body of the with of {@code handler}, whose body never ends normally, suppressing
     * runs a copy of that with's exit call, then goes where that with's own suppressing path goes, at {@code
     * goes}: a copy of that small exit block, or (3.13+, itself nested) a jump to it. Once the code at goes is
     * walked as the code after the outer with, such copies (laid out between the handlers, reached only by
     * suppressing paths: the nested with's, and the copies of withs nested in it, marked in turn) are marked
     * dead: walked as the code of the statement they lie in, their exit call would be a call of values never
     * pushed.
     */
    static void copiesThroughExit(Walker w, int handler, int goes) {
        if (!w.env.atLeast(3, 12)) {
            return;
        }
        for (int nested : nestedWiths(w, handler)) {
            int after = suppressedAfter(w, nested);
            int e = after < nested || after > handler ? -1 : Tries.exitCall(w, Tries.skipNops(w, after));
            if (e < 0 || e >= handler || w.normalFlow.get(after) || w.dead.get(after)) {
                continue;                      // (reached from normal flow: the nested with's body goes on there)
            }
            // (3.13+: the path goes on with its own copy of the clause's end, POP_EXCEPT and the jump)
            int end = w.code.op(e).isUnconditionalJump() ? e + 1 : TryRanges.clauseEndJumpCopy(w, e) ? e + 2 : TryRanges.straightExit(w, e, handler);
            if (end > e && Withs.sameRun(w, e, goes)) {
                w.dead.set(after, end);
                copiesThroughExit(w, nested, after);
            }
        }
    }

    /**
     * 3.12+: `return CONST` ending the body of the with around this one, after this one (whose body never
     * ends normally): this with's suppressing path at {@code after} runs (after a line NOP) a copy of the
     * enclosing with's exit call, pops the iterators of the for loops around, then loads (3.14) and returns
     * the constant, where the enclosing with's own
     * suppressing path goes elsewhere. The end of that return, or -1.
     */
    static int constReturnAfterEnclosingExit(Walker w, int after, int handler, Region r) {
        Code.Handler outer = w.code.handlerAt(after);
        Code.Handler enclosing = TryRanges.enclosingWith(w, handler);
        if (outer == null || enclosing == null || outer.target() != enclosing.target() || !r.handlers().contains(outer.target())
                || w.normalFlow.get(after)) {
            return -1;
        }
        int e = Tries.exitCall(w, Tries.skipNops(w, after));
        for (Region.Loop loop = r.loop(); loop != null && e > 0; loop = loop.parent()) {
            e = !loop.isFor() ? e : w.code.op(e).is("POP_TOP") && !w.jumpTargets.get(e) ? e + 1 : -1;   // a for loop's iterator
        }
        if (e < 0 || e + 1 >= w.code.size() || w.jumpTargets.get(e) || Withs.sameHandler(w.code.handlerAt(e), outer)) {
            return -1;
        }
        Op op = w.code.op(e);
        int end = op.is("RETURN_CONST") ? e + 1
                : (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && w.code.op(e + 1).is("RETURN_VALUE") ? e + 2 : -1;
        int goes = suppressedAfter(w, outer.target());
        return end > 0 && goes >= 0 && goes != e && !Branches.sameExit(w, goes, e) && !Withs.sameRun(w, goes, e) ? end : -1;
    }

    /**
     * The handlers of the withs nested in the one whose handler is {@code handler}, laid out after their
     * bodies, their handler's cleanup protected by it (their suppressing paths are in its range), one per
     * protected range of each.
     */
    static List<Integer> nestedWiths(Walker w, int handler) {
        List<Integer> nested = new ArrayList<>();
        for (Code.Handler h : w.code.handlers()) {
            Code.Handler cleanup = w.code.handlerAt(h.target());
            Code.Handler around = cleanup == null ? null : w.code.handlerAt(cleanup.target());
            if (h.start() < h.target() && around != null && around.target() == handler
                    && Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH) {
                nested.add(h.target());
            }
        }
        return nested;
    }

    /** True when a jump to t goes round or leaves {@code loop} or a loop around it (its head or exit). */
    static boolean onLoopPath(Walker w, int t, Region.Loop loop) {
        for (Region.Loop p = loop; p != null; p = p.parent()) {
            if (Branches.isLoopTarget(p, t) || Branches.isLoopTarget(p, Branches.jumpedTo(w, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: where the code after a with whose body never ends normally (it returns) starts, when only the
     * suppressing path reaches it and it returns or raises: laid out right after that path's POP_TOPs,
     * before the handler's cleanup. A copy of the small exit block where the enclosing statement goes on
     * looks the same: callers compare it with that block. Else -1.
     */
    static int suppressedOwnTail(Walker w, int handler) {
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (!w.env.atLeast(3, 12) || cleanup == null || w.env.dynamo != null) {
            return -1;
        }
        int after = suppressedAfter(w, handler);
        if (after < 0 || after != suppressedCode(w, handler) || after >= cleanup.target() || w.jumpTargets.get(after)) {
            return -1;
        }
        if (TryRanges.straightExit(w, after, cleanup.target()) != cleanup.target()) {
            return -1;
        }
        Code.Handler around = w.code.handlerAt(after - 1);      // the suppressing path's last POP_TOP: the with's own
        for (int k = after; k < cleanup.target(); k++) {
            Op op = w.code.op(k);
            boolean cannotRaise = op.isReturn() || op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT") || op.is("NOP");
            if (!cannotRaise && !Withs.sameHandler(w.code.handlerAt(k), around)) {
                return -1;                     // unprotected where the with is: a copy of an exit block past a try
                                               // the statement is in (a break's), not code of its block
            }
        }
        return after;
    }

    /**
     * 3.12+: the end past the jump of the straight code at {@code after}, past the with's cleanup c,
     * protected as that cleanup is (by what encloses the with), entered only by jumps from [i, after),
     * ending in an unconditional jump to where the region goes on: the rest of the if's branch the with is
     * in, which its suppressing path and its normal exit (laid out cold past a try's handlers: `with m():
     * try: return 3 / except E1: pass` then `t(63)`) jump to; or a block of statements of its own
     * ({@link ColdContinuations#straightBlockEnd}) every jump out of which goes there, its end. Else -1.
     */
    private static int coldBranchTail(Walker w, int i, int after, int c, Region r) {
        int jump = coldBranchTailJump(w, i, after, c);
        if (jump > 0) {
            return Branches.sameExit(w, w.code.op(jump).target(), r.follow()) ? jump + 1 : -1;
        }
        // (`if c(): return 2`: ending in that jump or a return)
        int e = Branches.sameHandler(w, after, c) && w.jumpsOnlyFrom(after, i, after) ? ColdContinuations.straightBlockEnd(w, after, r) : -1;
        if (e <= after) {
            return -1;
        }
        for (int k = after; k < e; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 && (op.target() < after || op.target() >= e) && !Branches.sameExit(w, op.target(), r.follow())
                    || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
        }
        return e;
    }

    /** The jump ending the straight code at after, entered only from [i, after), as {@link #coldBranchTail}; or -1. */
    private static int coldBranchTailJump(Walker w, int i, int after, int c) {
        if (!Branches.sameHandler(w, after, c) || !w.jumpsOnlyFrom(after, i, after)) {
            return -1;
        }
        for (int k = after; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (k > after && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO") || op.isTerminal() && !op.isUnconditionalJump()
                    || !Branches.sameHandler(w, k, after)) {
                return -1;
            }
            if (op.target() >= 0) {
                return op.isUnconditionalJump() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * 3.12+: True when the suppressing path of the with that {@code h} protects, in an if's then-branch
     * ending before f, goes on with the rest of that branch laid out past the handler ({@link
     * #coldBranchTail}), jumping to f or past it (over the else, to the code after the if): the branch's
     * own code, not a way out of it.
     */
    static boolean coldBranchTailPast(Walker w, Code.Handler h, int f) {
        Code.Handler cleanup = w.code.handlerAt(h.target());
        if (!w.env.atLeast(3, 12) || cleanup == null) {
            return false;
        }
        int after = suppressedAfter(w, h.target());
        int jump = after > cleanup.target() ? coldBranchTailJump(w, BranchExits.firstProtected(w, h), after, cleanup.target()) : -1;
        return jump > 0 && w.code.op(jump).target() >= f;
    }

    /**
     * A with ending the body of an enclosing one never ends normally: the rest of that body, reached only by
     * this with's suppressing path at {@code after}, is laid out after its handler up to a copy of the
     * enclosing with's exit call (3.12+, {@link #nestedTail}). Walks it and returns true when so.
     */
    static boolean walkedNestedTail(Walker w, int after, int handler, Lifter l, Region r) {
        int tail = nestedTail(w, after, handler, r);
        if (tail <= after) {
            return false;
        }
        int stop = w.walk(after, tail, l, r, -1);
        if (stop != tail) {
            throw new LiftException("code after a nested with goes on past the enclosing exit at " + w.code.op(after).offset());
        }
        w.dead.set(after, tail);
        return true;
    }

    /**
     * 3.12+: where the code at {@code after} (this with's suppressing path) ends when it is the rest of the
     * body of the with around this one (whose handler the walk is in), straight code in that with's range
     * up to a copy of its exit call, and that path then goes on where the enclosing with's own suppressing
     * path does (TryRanges.pastEnclosingExit); else -1.
     */
    static int nestedTail(Walker w, int after, int handler, Region r) {
        Code.Handler outer = w.code.handlerAt(after);
        return outer == null || !r.handlers().contains(outer.target()) ? -1 : nestedTail(w, after, handler, outer.target());
    }

    /** {@link #nestedTail} in the with of handler {@code enclosing}. */
    static int nestedTail(Walker w, int after, int handler, int enclosing) {
        Code.Handler outer = w.code.handlerAt(after);
        if (!w.env.atLeast(3, 12) || outer == null || outer.target() != enclosing
                || Handlers.kind(w.code, outer.target()) != Handlers.Kind.WITH || after < handler) {
            return -1;
        }
        int end = TryRanges.enclosingBodyEnd(w, after, outer.target());
        if (end <= after || Tries.exitCall(w, end) < 0 || TryRanges.pastEnclosingExit(w, handler, after) == after) {
            return -1;
        }
        return end;
    }

    /**
     * True when the with's handler lies in the range of an enclosing try's except handler that the code
     * at {@code after} is outside of: suppressing, the with leaves that try's body.
     */
    static boolean endsTryBody(Walker w, int handler, int after, Region r) {
        for (int h : r.handlers()) {
            if (Handlers.kind(w.code, h) == Handlers.Kind.EXCEPT && Handlers.covers(w.code, handler, h)
                    && !Handlers.covers(w.code, after, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the try right around the with (its handler protects the with's cleanup c: no other statement
     * between) has except clauses and {@code after} lies before that handler, outside the try's range: where
     * the try's else clause is laid out (3.12+).
     */
    static boolean suppressedToTryElse(Walker w, int i, int c, int after, Region r) {
        Code.Handler around = w.code.handlerAt(c);
        return around != null && r.handlers().contains(around.target()) && after < around.target()
                && Handlers.kind(w.code, around.target()) == Handlers.Kind.EXCEPT && !Handlers.covers(w.code, after, around.target())
                && statementOfTryBody(w, i, around.target()) && !clausesGoOnAlike(w, around.target(), after);
    }

    /**
     * True when a clause of the try whose handler is {@code handler} goes on, past its POP_EXCEPT, the way
     * the code at {@code after} does (jumps there, or runs a copy of it: 3.12+ copy a small exit block such
     * as the implicit {@code return None}): that code is the code after the try, no else clause.
     */
    static boolean clausesGoOnAlike(Walker w, int handler, int after) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        for (int k = handler; k < areaEnd && k < w.code.size(); k++) {
            if (!w.code.op(k).is("POP_EXCEPT") || !w.reachable.get(k)) {
                continue;
            }
            int x = ExceptClauses.afterNameCleanup(w.code, k + 1);
            if (x >= w.code.size() || w.code.op(x).is("RERAISE")) {
                continue;
            }
            int t = w.code.op(x).isUnconditionalJump() ? w.code.op(x).target() : x;
            if (Branches.sameExit(w, t, after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the with whose body starts at i is a statement of the body of the try with handler {@code
     * tryHandler} itself: no jump reaches its line, and none from the try body before it goes past its start
     * (the with is no branch of an if nor a loop's body there, whose suppressing path goes on elsewhere: a
     * break after it, laid out where the else clause would be).
     */
    static boolean statementOfTryBody(Walker w, int i, int tryHandler) {
        int entry = i - 1;
        while (entry > 0 && i - entry < 4 && !Withs.isEntry(w, entry)) {
            entry--;
        }
        if (entry < 0 || !Withs.isEntry(w, entry)) {
            return false;
        }
        int start = entry;
        while (start > 0 && w.code.op(start - 1).line() == w.code.op(entry).line()) {
            start--;
        }
        for (int k = start; k < i; k++) {
            if (w.jumpTargets.get(k)) {
                return false;
            }
        }
        int tryStart = start;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == tryHandler) {
                tryStart = Math.min(tryStart, h.start());
            }
        }
        for (int p = tryStart; p < start; p++) {
            if (w.code.op(p).target() >= start) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code after} is the jump ending the body of an enclosing try whose range holds the with's handler. */
    static boolean endJumpOfTry(Walker w, int handler, int after, Region r) {
        if (after + 1 >= w.code.size() || !w.code.op(after).isUnconditionalJump() || w.normalFlow.get(after)) {
            return false;
        }
        for (int h : r.handlers()) {
            if (h == after + 1 && Handlers.kind(w.code, h) == Handlers.Kind.EXCEPT && Handlers.covers(w.code, handler, h)
                    && !Handlers.covers(w.code, after, h)) {
                return true;
            }
        }
        return false;
    }

    /** True when the with's handler lies in the range of an enclosing try's except handler laid out before {@code after}. */
    static boolean pastTryHandler(Walker w, int handler, int after, Region r) {
        for (int h : r.handlers()) {
            if (Handlers.kind(w.code, h) == Handlers.Kind.EXCEPT && Handlers.covers(w.code, handler, h) && after > h) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the code the path of with handler {@code handler} that suppressed the exception runs next lies
     * (the code after the statement, or a jump to it, right after that path's POP_TOPs), or -1.
     */
    static int suppressedCode(Walker w, int handler) {
        int after = suppressedAfter(w, handler);
        if (after < 0) {
            return -1;
        }
        for (int p = handler; p < w.code.size() && p - handler < 40; p++) {
            if (w.code.op(p).is("POP_EXCEPT") && withSuppressed(w.code, p) == after) {
                int k = p + 1;
                while (k < w.code.size() && w.code.op(k).is("POP_TOP")) {
                    k++;
                }
                return k;
            }
        }
        return -1;
    }

    /**
     * True when {@code after}, reached only by with handler {@code handler}'s suppressing path (its area
     * ending at c), is the normal exit's copy of the body of a finally clause around the region, laid out
     * past c and before that clause's handler, and jumps on to where the region goes on: marked read.
     */
    private static boolean coldFinallyCopyToFollow(Walker w, int after, int handler, int c, Region r, int goesOn) {
        if (r.follow() < 0) {
            return false;
        }
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == after && (k < handler || k >= c)
                    && (k >= handler || w.normalFlow.get(k) || Tries.exitCallEndingAt(w.code, k) < 0)) {
                return false;                  // (but a nested with's suppressing path, run through our exit call)
            }
        }
        for (int fin : r.handlers()) {
            if (fin <= after || Handlers.kind(w.code, fin) != Handlers.Kind.FINALLY) {
                continue;
            }
            int end = FinallyCopy.end(w, fin, after);
            int jump = end > after ? Tries.skipNops(w, end) : -1;
            if (jump < 0 || jump >= fin) {
                continue;
            }
            Op last = w.code.op(jump);
            int t = last.target();
            // (or, 3.12+, a copy of the small exit block where the statements around go on, laid out after our
            // body's return, before our handler: the implicit return ending an if's branch, say)
            int copied = !last.isUnconditionalJump() && goesOn >= 0 ? w.copiedExitLength(jump, goesOn) : 0;
            boolean goesOnThere = copied > 0 || last.isUnconditionalJump() && (Branches.sameExit(w, t, r.follow())
                    || continuesLoop(w, t, r) || goesOn >= 0 && Branches.sameExit(w, t, goesOn));
            if (!goesOnThere) {
                continue;
            }
            FinallyCopy.markLaidOut(w, fin, after);
            w.dead.set(after, copied > 0 ? jump + copied : jump + 1);
            return true;
        }
        return false;
    }

    /**
     * True when a jump to t goes round r's loop: to its head, or (3.12, 3.13) to the copy of its test laid
     * out at the bottom of its body.
     */
    private static boolean continuesLoop(Walker w, int t, Region r) {
        return r.loop() != null && (r.loop().continues().contains(t) || w.isDisplacedTest(t, r));
    }

    /** Where the path of with handler {@code handler} that suppressed the exception goes on, or -1. */
    static int suppressedAfter(Walker w, int handler) {
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (cleanup == null) {
            return -1;
        }
        for (int p = handler; p < w.code.size() && p - handler < 40; p++) {
            if (w.code.op(p).is("POP_EXCEPT") && !Handlers.covers(w.code, p + 1, cleanup.target())) {
                int after = withSuppressed(w.code, p);
                if (after >= 0) {               // (0: a loop's head at the function's start)
                    return after;
                }
            }
        }
        return -1;
    }

    /** The first instruction from k that is neither a NOP nor dead code already accounted for. */
    static int skipNopsAndDead(Walker w, int k) {
        while (k < w.code.size() && (w.code.op(k).is("NOP") || w.dead.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * True when t is the head of a loop whose jump back, reachable, lies past it: code the walk reads as the
     * loop it is, reached in layout order (3.14: a with's suppressing path jumping over its cleanup handler
     * to a while loop after the statement, tails seed 34 f233), not code only dead code reaches.
     */
    private static boolean loopHeadPast(Walker w, int t) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && op.index() > t && w.reachable.get(op.index()) && op.isUnconditionalJump()) {
                return true;
            }
        }
        return false;
    }

    /** True when t is reached only from the with handler's code [handler, cleanup's area). */
    static boolean onlySuppressed(Walker w, int t, int handler, int cleanup) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        boolean fromHandler = t >= handler && t <= areaEnd;
        if (!fromHandler && (t == 0 || !w.code.op(t - 1).isTerminal())) {
            return false;                      // (the code object's entry reaches 0: a loop's head there)
        }
        return w.jumpsOnlyFrom(t, handler, areaEnd);
    }

    /**
     * 3.12+: True when t, laid out past the with's handler, is reached only from that handler's area and by
     * the jumps of nested withs' suppressing paths after their copies of our exit call ({@link
     * #nestedPathThroughExit}): the code after the statement, which only suppressing paths reach.
     */
    static boolean onlySuppressedWithNested(Walker w, int t, int handler) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        if (t < areaEnd || !w.code.op(t - 1).isTerminal() && !w.code.op(t - 1).isUnconditionalJump()) {
            return false;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == t && (op.index() < handler || op.index() >= areaEnd) && !nestedPathThroughExit(w, op.index(), handler)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: True when k, reached only by exception paths and laid out before the with's handler, is the jump
     * ending a copy of the with's exit call that a nested with's suppressing path runs (or a with nested in
     * that one, through a copy of its exit call first: {@link #copiesThroughExit}; or through the rest of
     * our body first, the nested with's code after it, {@link #nestedTail}): that path goes on where the
     * with's own suppressing path does.
     */
    static boolean nestedPathThroughExit(Walker w, int k, int handler) {
        if (!w.env.atLeast(3, 12) || k >= handler || w.normalFlow.get(k) || !w.reachable.get(k)
                || !w.code.op(k).isUnconditionalJump()) {
            return false;
        }
        for (int nested : nestedWiths(w, handler)) {
            int after = suppressedAfter(w, nested);
            if (after >= 0 && Tries.exitCall(w, Tries.skipNops(w, after)) == k) {
                return true;
            }
            int tail = after >= 0 ? nestedTail(w, after, nested, handler) : -1;
            if (tail > after && Tries.exitCall(w, tail) == k) {
                return true;                   // (through the rest of our body, the nested with's code after it)
            }
        }
        return false;
    }

    /**
     * True when t, the code after the with statement, is reached only by exception paths from [j, the
     * handler's area): this with's suppressing path and its normal exit when only a nested statement's
     * handler reaches that (a nested with suppressing, an except clause ending the body). The walk of the
     * normal flow skips such code: it is walked after the statement.
     */
    static boolean onlyPastExceptions(Walker w, int t, int j, int handler) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        if (w.normalFlow.get(t) || t > 0 && !w.code.op(t - 1).isTerminal() && (t - 1 < j || t - 1 >= areaEnd)) {
            return false;
        }
        return w.onlyHandlerCode(j, areaEnd) && w.jumpsOnlyFrom(t, j, areaEnd);
    }
}
