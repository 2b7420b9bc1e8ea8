package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * Where a then-branch [b, f) of an if statement leaves, for {@link Branches}: jumps and tests past its end,
 * except clauses and with statements whose handlers 3.12+ lay out past it (their exits and suppressing
 * paths), breaks threaded to the head of an enclosing loop. Where it leaves decides whether the if has an
 * else and where that else ends.
 */
final class BranchExits {
    private BranchExits() {}

    /**
     * Where the then-branch [b, f) jumps to beyond f, other than a loop's exit or head: a jump or test
     * past f, or (Integer.MAX_VALUE) an except clause's exit jumping back to the code after its try;
     * -1 when none does.
     */
    static int leavesPast(Walker w, int b, int f, Region.Loop loop) {
        return leavesPast(w, b, f, loop, false);
    }

    /**
     * 3.12+: when t starts the rest of a with's body after a try nested in it whose body leaves, laid out
     * after the try's handler and running into the with's normal exit ({@link
     * ColdContinuations#endAtWithExit}), the with starting in the branch [b, f): that with's handler; else -1.
     */
    private static int inWithOfBranch(Walker w, int t, int b, int f) {
        // (its first instructions may be line NOPs and the exit call itself, which no range protects)
        for (Code.Handler h : w.code.handlers()) {
            if (Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH && firstProtected(w, h) >= b && firstProtected(w, h) < f
                    && ColdContinuations.endAtWithExit(w, t, h.target()) > t) {
                return h.target();
            }
        }
        return -1;
    }

    /**
     * Where the normal exit of the with (handler {@code with}) whose body's rest starts at t ({@link
     * #inWithOfBranch}) jumps past f after its exit call (not to a loop's head or exit, nor to the same exit
     * as f), or -1.
     */
    private static int withExitJumpPast(Walker w, int t, int with, int f, Region.Loop loop) {
        int e = ColdContinuations.endAtWithExit(w, t, with);
        int n = e > t ? Tries.exitCall(w, e) : -1;
        if (n < 0 || n >= w.code.size() || !w.code.op(n).isUnconditionalJump()) {
            return -1;
        }
        int goes = w.code.op(n).target();
        return goes > f && !Branches.isLoopTarget(loop, goes) && !Branches.sameExit(w, goes, f) ? goes : -1;
    }

    /**
     * As {@link #leavesPast(Walker, int, int, Region.Loop)}; with {@code skipOwnTails}, a with whose suppressing
     * path runs code of its own laid out in its handler ({@link WithSuppressedPaths#suppressedOwnTail}) does not leave.
     */
    static int leavesPast(Walker w, int b, int f, Region.Loop loop, boolean skipOwnTails) {
        int leave = -1;
        java.util.Set<Integer> clauses = new java.util.HashSet<>();
        for (int k = b; k < f; k++) {
            Code.Handler h = handlerPast(w, b, f, k, clauses, Handlers.Kind.EXCEPT);
            if (h == null) {
                h = exceptAroundInner(w, b, f, k, clauses);
            }
            if (h != null) {
                // 3.12+ lay except clauses out past the then-branch: a clause's exit past f (a break out
                // of a loop inside the branch, a for loop's popping its iterator first) leaves the branch too
                for (int t : ExceptClauses.clauseExits(w, h.target(), true)) {
                    int cold = t > f && (ColdContinuations.bodyReturns(w, h.target()) || ColdContinuations.bodyContinues(w, h.target(), loop, t))
                            ? ColdContinuations.end(w, t) : -1;
                    if (cold > t && ColdContinuations.rejoins(w, t, cold, b, f, loop) && ColdContinuations.enteredOnlyFrom(w, t, cold, b, f)) {
                        continue;                  // the code after a try inside the branch, laid out after its handler
                    }
                    int with = t > f ? inWithOfBranch(w, t, b, f) : -1;
                    if (with >= 0) {
                        // the same inside a with of the branch, running into its normal exit: that exit's jump
                        // past f goes to where the if goes on past its else
                        leave = Math.max(leave, withExitJumpPast(w, t, with, f, loop));
                        continue;
                    }
                    int join = cold > t && ColdContinuations.enteredOnlyFrom(w, t, cold, b, f) ? ColdContinuations.rejoinsPast(w, t, cold, f, loop) : -1;
                    if (join > f) {
                        // that code jumps to where the if goes on past its else [f, join)
                        leave = Math.max(leave, join);
                        continue;
                    }
                    if (t > f && (backIntoBranch(w, t, b, f) || onlyBackIntoBranch(w, t, b, f))) {
                        continue;                  // the rest of a loop's body inside the branch, laid out after the handlers
                    }
                    if (t > f && TryFinally.coldCopyGoingOnAt(w, b, f, t, f) > t) {
                        continue;                  // a try/finally's normal exit inside the branch, laid out after the handlers
                    }
                    int copyPast = t > f ? TryFinally.coldCopyJumpPast(w, b, f, t) : -1;
                    if (copyPast > f && (backIntoBranch(w, copyPast, b, f) || onlyBackIntoBranch(w, copyPast, b, f)
                            || returnsOnlyAfter(w, copyPast, t, f))) {
                        continue;                  // (the copy going on with the rest of a loop's body in the branch)
                    }
                    if (copyPast > f) {
                        // the same jumping past f: to where the if goes on past its else [f, copyPast)
                        leave = Math.max(leave, copyPast);
                        continue;
                    }
                    int into = t > f ? TryFinally.coldCopyFallingInto(w, b, f, t) : -1;
                    if (into > t && ownReturningRest(w, into, f) && !copiedElsewhere(w, into)) {
                        continue;                  // (the same, the finally body's copy falling into it)
                    }
                    if (t > f && !Branches.isLoopTarget(loop, t)) {
                        leave = Math.max(leave, t);
                    } else if (loop != null && loop.continues().contains(t) && insideLoop(w, b, f, firstProtected(w, h))) {
                        // a break out of a loop inside the branch, threaded to the head of the loop around
                        // the if: the if ends the loop's body, the rest is its else
                        leave = Integer.MAX_VALUE;
                    }
                }
            }
            Op op = w.code.op(k);
            int t = op.target();
            if (loop != null && op.is("JUMP_BACKWARD") && loop.continues().contains(t) && w.normalFlow.get(k)
                    && (insideLoop(w, b, f, k) || WhileTrue.insideFor(w, b, k, f - 1) || k == assertPassingBack(w, b, f, loop))) {
                // a break out of a loop inside the branch, threaded to the head of the loop around the if:
                // the if ends the loop's body, the rest is its else
                leave = Integer.MAX_VALUE;
                continue;
            }
            if (t < 0 || !w.reachable.get(k) || Branches.isLoopTarget(loop, t) || t > f && Branches.sameExit(w, t, f)) {
                continue;
            }
            if (t > f && (op.isUnconditionalJump() || op.isConditionalJump())) {
                leave = Math.max(leave, t);
            } else if (t < b && op.is("JUMP_BACKWARD") && w.leavesExceptClause(k) && !w.dead.get(k) && !(loop != null && copiesClauseEnd(w, k, loop.exit()))) {
                leave = Integer.MAX_VALUE;
            }
        }
        leave = Math.max(leave, orphanClausesPast(w, b, f, loop));
        return Math.max(leave, suppressedPast(w, b, f, loop, skipOwnTails));
    }

    /**
     * A try protecting nothing ({@link OrphanHandlers}: `try: return CONST`) inside the then-branch [b, f):
     * no range reaches its handler, which 3.12+ lay out past the branch, so the loop above does not see its
     * clauses. A clause exit t past f leaves the branch (the code after the if, the rest an else) only when
     * the layout says t is not the rest of the branch: a clause of a try laid out in [f, t) goes to t too
     * (code of the branch, which comes before [f, t) in the source, no later clause could reach without a
     * loop). Without that, t may be the code after the orphan try inside the branch, laid out after the
     * handlers and jumping back to where the if goes on (fuzz seed 5 f214: `elif not c(): try: return 6
     * except E1: t(7)` then `t(8)`, the code after that if read as an else). Taken only when every place the
     * orphan's body may start lies in [b, f), and no handler protects the orphan's handler code (its try is
     * no other try's, with's or finally's body). The farthest such exit, or -1.
     */
    private static int orphanClausesPast(Walker w, int b, int f, Region.Loop loop) {
        if (!w.env.atLeast(3, 12) || w.orphanBodies.isEmpty()) {
            return -1;
        }
        java.util.Map<Integer, Boolean> inside = new java.util.HashMap<>();
        for (var e : w.orphanBodies.entrySet()) {
            boolean in = e.getKey() >= b && e.getKey() < f;
            inside.merge(e.getValue(), in, Boolean::logicalAnd);
        }
        int leave = -1;
        for (var e : inside.entrySet()) {
            Code.Handler cleanup = w.code.handlerAt(e.getKey());
            if (!e.getValue() || e.getKey() < f || cleanup == null || w.code.handlerAt(cleanup.target()) != null) {
                continue;                      // (only an orphan no other statement's handler encloses: the
            }                                  // clauses of one nested in a try or a finally go on in that statement)
            for (int t : ExceptClauses.clauseExits(w, e.getKey())) {
                if (t > f && !Branches.isLoopTarget(loop, t) && !Branches.sameExit(w, t, f) && laterClausesGo(w, f, t)) {
                    leave = Math.max(leave, t);
                }
            }
        }
        return leave;
    }

    /** True when an except clause of a try whose protected range starts in [f, t) leaves by a jump to t. */
    private static boolean laterClausesGo(Walker w, int f, int t) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= f && h.start() < t && w.normalFlow.get(h.start()) && Handlers.kind(w.code, h.target()) == Handlers.Kind.EXCEPT
                    && w.code.handlerAt(h.target()) != null && ExceptClauses.clauseExits(w, h.target()).contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when the code at t (past line NOPs) jumps back into [b, f). */
    private static boolean jumpsBackInto(Walker w, int t, int b, int f) {
        Op op = w.code.op(Tries.skipNops(w, t));
        return (op.is("JUMP_BACKWARD") || op.is("JUMP_BACKWARD_NO_INTERRUPT")) && op.target() >= b && op.target() < f;
    }

    /**
     * True when the jump at k, ending an except clause's exit (its POP_EXCEPT, name cleanup, jump), runs a
     * copy of the clause's end that is the exit of a loop inside the clause: the compiler copies that block
     * (no line number, does not fall through) into each break, so a break, not the branch leaving the clause.
     */
    static boolean copiesClauseEnd(Walker w, int k, int exit) {
        int p = ExceptClauses.beforeNameCleanup(w.code, k - 1);
        int x = exit < 0 ? -1 : Tries.skipNops(w, exit);
        return x >= 0 && x < w.code.size() && p >= 0 && p != x && w.code.op(p).is("POP_EXCEPT")
                && w.code.op(x).is("POP_EXCEPT") && Branches.sameExit(w, p, x);
    }

    /**
     * True when the test at q (3.12+: a while loop's test, copied where an except clause of its body goes
     * on: {@code if c: while d: try: A; continue / except E: pass}) jumps on failing to a jump back to f,
     * the end of the then-branch: the loop, having no else, exits to the code after the if, so that way out
     * does not leave the branch either. Both ways must be the loop's: q's copied test is a test of the same
     * loop whose head's test jumps to f too.
     */
    private static boolean loopExitToEnd(Walker w, int q, int t, int b, int f) {
        Op test = w.code.op(q);
        Op exit = w.code.op(Tries.skipNops(w, test.target()));
        if (!(exit.is("JUMP_BACKWARD") || exit.is("JUMP_BACKWARD_NO_INTERRUPT")) || exit.target() != f
                || q + 1 >= w.code.size()) {
            return false;
        }
        Op back = w.code.op(q + 1);
        int body = back.target();
        if (!(back.is("JUMP_BACKWARD") && body > b && body < f)) {
            return false;
        }
        int h = body - 1 - (q - t);          // the head's test, instruction for instruction the same as [t, q]
        if (h < b || w.code.op(body - 1).target() != f) {
            return false;
        }
        for (int k = 0; k <= q - t; k++) {
            if (!w.code.op(h + k).sameAs(w.code.op(t + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when straight code from t (3.12+: the rest of a loop body that only except clauses reach, laid
     * out after the handlers) ends in a jump back into [b, f), to the head of a loop inside the branch: the
     * clause going there goes on inside the branch ({@code if c: for ...: try: break / except E: pass /
     * <line NOPs>} then code after the if).
     */
    private static boolean backIntoBranch(Walker w, int t, int b, int f) {
        int followed = -1;                     // the target of an inverted test followed
        for (int q = t; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (op.is("JUMP_BACKWARD") || op.is("JUMP_BACKWARD_NO_INTERRUPT")) {
                return op.target() >= b && op.target() < f;
            }
            if (q == t && op.is("JUMP_FORWARD") && op.target() > q) {
                // (the cold copy of an empty finally body, a jump on to the rest: its line's NOP removed)
                followed = op.target();
                q = followed - 1;
                continue;
            }
            int over = q + 1 < w.code.size() && w.code.op(q + 1).is("NOT_TAKEN") ? q + 2 : q + 1;
            if (op.isConditionalJump() && op.target() > over && over < w.code.size() && w.code.op(over).is("JUMP_BACKWARD")
                    && w.code.op(over).target() >= b && w.code.op(over).target() < f
                    && !w.code.op(op.target()).isUnconditionalJump()) {
                // (a link of the loop's copied `a and b` test, inverted over its jump back into the branch, the
                // loop's else: the other way goes on at the next link; or, 3.13, a copy of the return the loop's
                // exit runs, the loop ending the function; or, 3.14, a block of the body returning, the test's
                // other way, laid out after the jump back: `while c(): return 66` ending the rest, rich tails
                // seed 34 f232)
                if (w.code.op(op.target()).isReturn() || TryRanges.straightExit(w, op.target(), w.code.size()) > 0) {
                    return true;
                }
                followed = op.target();
                q = followed - 1;
                continue;
            }
            if (op.isConditionalJump() && op.target() > q && jumpsBackInto(w, op.target(), b, f)) {
                continue;                      // (3.13: the loop's copied test, its other way back into the branch too:
            }                                  // to the loop's else, JUMP_BACKWARD_NO_INTERRUPT)
            if (op.isConditionalJump() && op.target() > q && loopExitToEnd(w, q, t, b, f)) {
                continue;
            }
            if (op.isConditionalJump() && op.target() > q && TryRanges.straightExit(w, op.target(), w.code.size()) > 0) {
                continue;                      // (a link of a test whose other way returns: `if c() or d(): return`)
            }
            if (op.target() >= 0 || op.isTerminal() || q > t && q != followed && w.jumpTargets.get(q)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the code at t is straight code returning or raising that only jumps from [from, t) reach
     * (the copy of a finally body's normal exit a clause of a try in the branch runs), nothing falling into
     * it: the rest of the branch after that try, laid out after the handlers (tails seed 41 f297: {@code
     * if c(): try: ... / except E: pass / else: return 30 / finally: pass} then {@code try: return 33 /
     * finally: pass}, read as the code after the if, which the else then ran). Were it the code after the
     * if, only this branch would reach it: read inside the branch, it runs the same. Not a copy of the
     * return after the if ({@link #ownReturn}), which the walk reads as such.
     */
    private static boolean returnsOnlyAfter(Walker w, int t, int from, int f) {
        return !w.fallenInto(t) && w.jumpsOnlyFrom(t, from, t) && ownReturningRest(w, t, f);
    }

    /**
     * True when the code at t is straight code returning or raising whose return is no copy of another
     * ({@link #ownReturn}) and whose first line comes before the code's at f ({@link #linesBefore}): the
     * rest of the branch [.., f), not the code after the if.
     */
    static boolean ownReturningRest(Walker w, int t, int f) {
        int end = t < w.code.size() ? TryRanges.straightExit(w, t, w.code.size()) : -1;
        return end > t && ownReturn(w, t, end) && linesBefore(w, t, f);
    }

    /**
     * True when the first line of the code at t comes before the first line of the code at f (the else or
     * the next test): source order puts the branch's own code before the else, the code after the if past
     * it. Only this branch may reach the code after the if (the other branches return), laid out cold the
     * same way (fuzz seed 3 f45, seed 1 f198): its line says it is not the branch's. Without lines, false.
     */
    private static boolean linesBefore(Walker w, int t, int f) {
        int a = firstLine(w, t);
        int b = firstLine(w, f);
        return a >= 0 && b >= 0 && a < b;
    }

    /**
     * True when the first line of the code at t (past its NOPs: a try body's end keeps the line of its last
     * statement) comes after (or is) the first line of the code at f; without lines, false.
     */
    static boolean linesAfter(Walker w, int t, int f) {
        int a = firstLine(w, Tries.skipNops(w, t));
        int b = firstLine(w, f);
        return a >= 0 && b >= 0 && a >= b;
    }

    private static int firstLine(Walker w, int k) {
        for (int i = k; i < w.code.size() && i < k + 8; i++) {
            if (w.code.op(i).line() >= 0) {
                return w.code.op(i).line();
            }
        }
        return -1;
    }

    /**
     * True when the same code as at t (a return without a line of its own, say: the implicit {@code return
     * None} ending a function, whose line is the statement's before it) starts a block elsewhere: the code
     * after the if, copied into each path (fuzz seed 1 f198, 3.12). Code leading to t (its line NOP, a
     * jump to it) is no copy.
     */
    static boolean copiedElsewhere(Walker w, int t) {
        return copiedElsewhere(w, t, false);
    }

    /**
     * True when the same code as at t starts a statement elsewhere: {@link #copiedElsewhere}, or where the
     * line changes (code fallen into from a loop's exit, which starts no block of its own: 3.12's END_FOR).
     */
    static boolean copiedStatementElsewhere(Walker w, int t) {
        return copiedElsewhere(w, t, true);
    }

    private static boolean copiedElsewhere(Walker w, int t, boolean newLine) {
        for (int k = 0; k < w.code.size(); k++) {
            boolean start = k == 0 || w.code.op(k - 1).isTerminal() || w.jumpTargets.get(k)
                    || newLine && w.code.op(k).line() >= 0 && w.code.op(k - 1).line() != w.code.op(k).line();
            if (k != t && start && Branches.jumpedTo(w, k) != Branches.jumpedTo(w, t) && Branches.sameExit(w, k, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the block [t, end), straight code returning or raising, has a last line (the return) laid
     * out nowhere else: 3.12+ copy a small return after the if into each path reaching it, and such a copy
     * is the code after the if (its line says which statement it is).
     */
    private static boolean ownReturn(Walker w, int t, int end) {
        int line = w.code.op(end - 1).line();
        int start = end - 1;
        while (start > t && w.code.op(start - 1).line() == line) {
            start--;
        }
        for (int k = 0; k < w.code.size(); k++) {
            if (k != start && w.code.op(k).line() == line && (k == 0 || w.code.op(k - 1).line() != line)
                    && Branches.sameExit(w, k, start)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every way the normal flow takes from t (3.12+: the rest of a loop body inside the branch
     * [b, f) that only except clauses reach, laid out after the handlers) stays in code from t on until it
     * jumps back into [b, f), returns or raises, and at least one way does jump back into [b, f): the code
     * is the branch's, not the code after the if. {@link #backIntoBranch} reads straight code only; this
     * follows every jump, so loops and ifs inside that rest are read too (seed 166 f201: {@code elif c():
     * for ...: try: continue / except E: pass / finally: ...} then {@code while c() or c(): pass} ending
     * the for body, the if's follow taken for that loop). Code before t other than [b, f) (the code after
     * the if among it) ends the search: false.
     */
    private static boolean onlyBackIntoBranch(Walker w, int t, int b, int f) {
        java.util.BitSet seen = new java.util.BitSet();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(t);
        boolean back = false;
        while (!todo.isEmpty()) {
            int q = todo.pop();
            if (q >= b && q < f) {
                back = true;
                continue;
            }
            if (q < t || q >= w.code.size()) {
                return false;
            }
            if (seen.get(q)) {
                continue;
            }
            seen.set(q);
            Op op = w.code.op(q);
            if (op.target() >= 0) {
                todo.push(op.target());
            }
            if (!op.isTerminal()) {
                todo.push(q + 1);
            }
        }
        return back;
    }

    /**
     * 3.12+: where an assert ending the then-branch [b, f) jumps back to the loop's head when it passes, or -1.
     * Its test jumps to the raise when it fails; passing, it goes to the end of the branch, which (the if
     * ending the loop body) jumps back: the compiler threads that jump and, conditional jumps going only
     * forward, inverts the test over a JUMP_BACKWARD right before the raise. So the if ends the loop body,
     * and the code from f is its else.
     */
    static int assertPassingBack(Walker w, int b, int f, Region.Loop loop) {
        if (loop == null || !w.env.atLeast(3, 12) || f - b < 3 || !w.code.op(f - 1).is("RAISE_VARARGS")) {
            return -1;
        }
        for (int k = f - 2; k > b; k--) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && loop.continues().contains(op.target()) && w.normalFlow.get(k)
                    && w.code.op(k - 1).isConditionalJump() && w.code.op(k - 1).target() == k + 1
                    && (w.code.op(k + 1).is("LOAD_ASSERTION_ERROR") || w.code.op(k + 1).is("LOAD_COMMON_CONSTANT")
                        && w.code.op(k + 1).argrepr().equals("AssertionError"))) {
                return k;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;                     // the raise is no assert's, straight from its test's jump
            }
        }
        return -1;
    }

    /**
     * Where the path of a with statement in the then-branch [b, f) that suppressed the exception goes
     * on, when that is past f (3.12+ lay the with's handler out after the branch: the with ends it, and
     * the suppressing path goes on after the whole if); or -1.
     */
    static int suppressedPast(Walker w, int b, int f, Region.Loop loop) {
        return suppressedPast(w, b, f, loop, false);
    }

    static int suppressedPast(Walker w, int b, int f, Region.Loop loop, boolean skipOwnTails) {
        int leave = -1;
        java.util.Set<Integer> withs = new java.util.HashSet<>();
        for (int k = b; k < f; k++) {
            Code.Handler h = handlerPast(w, b, f, k, withs, Handlers.Kind.WITH);
            if (h != null && !(skipOwnTails && (WithSuppressedPaths.suppressedOwnTail(w, h.target()) >= 0
                        || WithSuppressedPaths.coldBranchTailPast(w, h, f)))
                    && Withs.coldTailRejoining(w, h.target(), loop, b, f) < 0) {
                // (a with ending in break or continue: the code after it in the branch, laid out after its
                // handler, comes back into the branch; Withs walks it)
                int raw = WithSuppressedPaths.suppressedAfter(w, h.target());
                if (raw == f) {
                    // (suppressing, the with goes on at f itself, where the test's false path goes too: the
                    // enclosing with's own normal exit, not a copy of it on the way past the region)
                    continue;
                }
                // (3.12+: to the exit call of an enclosing with, which the code before it, the else, falls into:
                // where the if goes on, ending that with's body, `with a: if c(): with b: return 1 / else: t()`,
                // not past that exit)
                boolean enclosingEnd = raw > f && w.fallenInto(raw) && Tries.exitCall(w, raw) >= 0;
                int t = enclosingEnd ? raw : TryRanges.pastEnclosingExit(w, h.target(), raw, f);
                int tail = enclosingEnd ? -1 : afterInnerTry(w, h.target(), t, b);
                t = tail > 0 ? tail : t;
                if (t > f && t < w.code.size() && w.code.op(t).is("JUMP_BACKWARD") && w.code.op(t).target() > f) {
                    // (a lone jump back, 3.12's way from the handler of a with ending a try body to the code
                    // after the try, laid out before it: the suppressing path goes on where that jump goes)
                    t = w.code.op(t).target();
                }
                int normal = normalExit(w, h.target());
                if (suppressedToTryElse(w, b, f, h.target(), t)) {
                    continue;                  // (the else of a try in the branch, which the try reads)
                }
                if (t > f && t < w.code.size() && backIntoBranch(w, t, b, f)) {
                    // (the rest of a loop's body inside the branch, laid out past the handler: the jump back of
                    // a `while True` whose with returns, or a copy of the loop's test, 3.12, 3.13)
                    continue;
                }
                if (t > f && !Branches.isLoopTarget(loop, Branches.jumpedTo(w, t)) && !continues(w, t, loop) && !breaks(w, t, loop)
                        && w.whileBreakCopy(t, loop) < 0 && !Branches.sameExit(w, t, f)
                        && !(normal > b && normal < f && Branches.sameExit(w, t, normal))
                        && !returnsAsAfterExit(w, h.target(), t, f)) {
                    // (a copy of the code after the with inside the branch: 3.12+ copy a small exit block; a
                    // while loop's break is a copy of its exit block, 3.13+ laid out past the handler)
                    leave = Math.max(leave, t);
                }
            }
        }
        return leave;
    }

    /**
     * True when the code at t, where the with (handler wt) goes on suppressing, is straight code returning
     * (or raising) that is a copy of the code after one of the with's exit calls before f: 3.12+ copy a
     * small exit block into the suppressing path too, so that path returns as the with's normal exit does,
     * not going on past the branch (tails seed 40 f156: {@code if c(): with m(): if c(): return 14} / {@code
     * else: for ...: with m(): break} then {@code return v}, the copy of {@code return v} in the handler
     * taken for where the if goes on, the else's own return for a for/else's else, the break for going on
     * at that copy, which the with had read as its own: the break fell off the function).
     */
    private static boolean returnsAsAfterExit(Walker w, int wt, int t, int f) {
        if (t >= w.code.size() || TryRanges.straightExit(w, t, w.code.size()) < 0) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() != wt || !w.normalFlow.get(h.start())) {
                continue;
            }
            for (int k = h.end(); k < f; k++) {
                int after = Tries.exitCall(w, Tries.skipNops(w, k));
                if (after > 0 && after < f && Branches.sameExit(w, t, after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 3.12+: the with (handler wt) lies in the body of a try starting in the branch [b, f), and its
     * suppressing path goes on at t, past the with's handlers, before the try's handler and outside the normal
     * flow (the body never ends normally): the try's else clause, laid out there (compile.c, compiler_try_except:
     * POP_BLOCK, the else body, the jump to the end, then the handlers), ending the branch with a jump to
     * where it goes on. Not where the if goes on. (An else that leaves, a return at the function's end,
     * is read as the code where the branch goes on: {@link TryRanges#suppressedPastRegion}.)
     */
    private static boolean suppressedToTryElse(Walker w, int b, int f, int wt, int t) {
        Code.Handler around = tryAroundWith(w, b, f, wt);
        if (around == null || t <= wt || t >= around.target() || w.normalFlow.get(t) || !w.reachable.get(t)
                || Handlers.covers(w.code, t, around.target())) {
            return false;
        }
        Op last = w.code.op(around.target() - 1);
        // (or it ends with a copy of the small exit block at f, where the if goes on: unseen set 198 f70)
        return last.isUnconditionalJump() && Branches.sameExit(w, last.target(), f)
                || last.isTerminal() && TryElses.exitCopyEnding(w, f, around.target()) >= t;
    }

    /**
     * The handler of the try/except whose body holds the with of handler target wt, its range starting in
     * [b, f): the handler protecting the with's cleanup, through the withs enclosing it (each with's cleanup
     * protected by the next one's handler); or null.
     */
    private static Code.Handler tryAroundWith(Walker w, int b, int f, int wt) {
        int t = wt;
        for (int guard = 0; guard < 8; guard++) {
            Code.Handler cleanup = w.code.handlerAt(t);
            if (cleanup == null || Handlers.kind(w.code, cleanup.target()) != Handlers.Kind.CLEANUP) {
                return null;
            }
            Code.Handler around = w.code.handlerAt(cleanup.target());
            Handlers.Kind kind = around == null ? null : Handlers.kind(w.code, around.target());
            if (kind == Handlers.Kind.EXCEPT) {
                return around.target() >= f && firstProtected(w, around) >= b ? around : null;
            }
            if (kind != Handlers.Kind.WITH) {
                return null;
            }
            t = around.target();
        }
        return null;
    }

    /** True when t is a lone jump back to the loop's head (a continue; jumpedTo would go on past the head's NOPs). */
    static boolean continues(Walker w, int t, Region.Loop loop) {
        return loop != null && t >= 0 && t < w.code.size() && w.code.op(t).is("JUMP_BACKWARD")
                && loop.continues().contains(w.code.op(t).target());
    }

    /**
     * True when t is a break out of the loop laid out after the handlers (3.12+): a jump back to the loop's
     * exit or just past its END_FOR and iterator pop, after (a for loop) the pop of the iterator.
     */
    static boolean breaks(Walker w, int t, Region.Loop loop) {
        if (loop == null || loop.exit() < 0 || t < 0 || t + 1 >= w.code.size()) {
            return false;
        }
        boolean popped = loop.isFor() && w.code.op(t).is("POP_TOP");
        Op op = w.code.op(popped ? t + 1 : t);
        if (!op.is("JUMP_BACKWARD") || popped != loop.isFor()) {
            return false;
        }
        int exit = loop.exit();
        int past = ForLoops.pastExitCleanup(w, exit, 3);
        return op.target() >= exit && op.target() <= past;
    }

    /**
     * 3.12+: the then-branch [b, f) ends without falling into f (a with whose body returns), and a with in it
     * suppressing goes back to the head of the loop around the if, where the region, ending past f, goes on
     * too: that head; else -1. (A loop head at the function's start: a jump to 0 no other exit reading takes.)
     */
    static int suppressedToHead(Walker w, int b, int f, int to, Region.Loop loop, Region r) {
        if (!w.env.atLeast(3, 12) || loop == null || f >= to || r.follow() < 0 || w.reachable.get(f - 1)
                && !w.code.op(f - 1).isTerminal()) {
            return -1;
        }
        int head = -1;
        java.util.Set<Integer> withs = new java.util.HashSet<>();
        for (int k = b; k < f; k++) {
            Code.Handler h = handlerPast(w, b, f, k, withs, Handlers.Kind.WITH);
            if (h == null) {
                continue;
            }
            int t = TryRanges.pastEnclosingExit(w, h.target(), WithSuppressedPaths.suppressedAfter(w, h.target()));
            if (t > h.target() && w.code.op(t).is("JUMP_BACKWARD") && w.code.op(t).line() > 0
                    && w.code.op(t).line() != w.code.op(h.target()).line()) {
                return -1;                     // a lone jump back laid out after the handler, on a line of its own: a
                                               // continue written after the with, not the end of the loop body
            }
            // (a jump straight to a head that is the NOP of `while True:`'s line (3.14) is taken as it is:
            // jumpedTo would go on past that NOP)
            t = t < 0 || loop.continues().contains(t) ? t : Branches.jumpedTo(w, t);
            if (t < 0 || !loop.continues().contains(t) || t >= b || !Branches.sameExit(w, t, r.follow()) && !elseGoesTo(w, f, to, t)) {
                return -1;                     // (another with's suppressing path: read elsewhere)
            }
            head = t;
        }
        return head;
    }

    /**
     * The code [f, to) (an else ending a try body whose range ends inside it) leaves the region only by
     * jumps to t, at least one, or by falling into a small exit block at to (a return laid out after the
     * range); nothing else jumps into [f, to). With no jump (the else never goes on) t is the only way on
     * past the try, when no except clause of it goes on elsewhere ({@link #clausesGoOnOnlyAt}).
     */
    static boolean elseGoesTo(Walker w, int f, int to, int t) {
        boolean jumps = false;
        for (int k = f; k < to; k++) {
            int target = w.code.op(k).target();
            if (target >= to && w.reachable.get(k)) {
                if (!Branches.sameExit(w, target, t)) {
                    return false;
                }
                jumps = true;
            }
        }
        if (w.jumpedInto(f, to)) {
            return false;
        }
        Op last = w.code.op(to - 1);
        if (last.isTerminal() || last.isUnconditionalJump()) {
            return jumps;
        }
        return exitAfterRange(w, to) > to && (jumps || clausesGoOnOnlyAt(w, f, t));
    }

    /** The end of the small exit block at to, unprotected straight code ending in a return or raise (a return laid out after a try body's range); or -1. */
    static int exitAfterRange(Walker w, int to) {
        for (int k = to; k < w.code.size() && k - to < 4; k++) {
            Op op = w.code.op(k);
            if (w.code.handlerAt(k) != null || k > to && w.jumpTargets.get(k)) {
                return -1;
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
     * Where the else [f, to) ends when it leaves by no jump and falls into the small exit block after
     * the range (its own return, unwound after the range: see {@link #elseGoesTo}); else to.
     */
    static int elseEnd(Walker w, int f, int to) {
        for (int k = f; k < to; k++) {
            if (w.code.op(k).target() >= to && w.reachable.get(k)) {
                return to;
            }
        }
        Op last = w.code.op(to - 1);
        int e = last.isTerminal() || last.isUnconditionalJump() ? -1 : exitAfterRange(w, to);
        return e > to ? e : to;
    }

    /**
     * True when the try whose body holds f has except clauses that go on only at t, by jumps there, or
     * leave (a return or raise after their POP_EXCEPT).
     */
    static boolean clausesGoOnOnlyAt(Walker w, int f, int t) {
        Code.Handler h = w.code.handlerAt(f);
        if (h == null || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
            return false;
        }
        int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
        for (int p = h.target(); p < areaEnd; p++) {
            if (!w.code.op(p).is("POP_EXCEPT") || Handlers.covers(w.code, p, w.code.handlerAt(h.target()).target())) {
                continue;
            }
            int k = ExceptClauses.afterNameCleanup(w.code, p + 1);
            boolean jumps = k < w.code.size() && w.code.op(k).isUnconditionalJump();
            if (jumps ? !Branches.sameExit(w, w.code.op(k).target(), t)
                    : TryRanges.straightExit(w, k, areaEnd) < 0 && !w.code.op(k).is("RERAISE")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The handler protecting reachable k, when it is of the given kind, laid out at or past f and protecting
     * nothing before b, the first time its target is met (seen records targets met); else null.
     */
    static Code.Handler handlerPast(Walker w, int b, int f, int k, java.util.Set<Integer> seen, Handlers.Kind kind) {
        Code.Handler h = w.code.handlerAt(k);
        return h != null && h.target() >= f && w.reachable.get(k) && seen.add(h.target()) && firstProtected(w, h) >= b
                && Handlers.kind(w.code, h.target()) == kind ? h : null;
    }

    /**
     * The except handler around a try/finally or with protecting reachable k, itself the whole body of a
     * try starting in the branch [b, f): that handler and its cleanup are laid out past f, and only
     * that cleanup lies in the except's range, so the clauses' exits (past f) are the branch's too. The
     * first time its target is met (seen records targets met); else null.
     */
    private static Code.Handler exceptAroundInner(Walker w, int b, int f, int k, java.util.Set<Integer> seen) {
        Code.Handler h = w.code.handlerAt(k);
        Handlers.Kind inner = h == null ? null : Handlers.kind(w.code, h.target());
        if (h == null || !w.reachable.get(k) || h.target() < f || firstProtected(w, h) < b
                || inner != Handlers.Kind.FINALLY && inner != Handlers.Kind.WITH) {
            return null;
        }
        Code.Handler cleanup = w.code.handlerAt(h.target());
        if (cleanup == null || cleanup.target() < f || Handlers.kind(w.code, cleanup.target()) != Handlers.Kind.CLEANUP) {
            return null;
        }
        Code.Handler around = w.code.handlerAt(cleanup.target());
        return around != null && around.target() >= f && firstProtected(w, around) >= b
                && Handlers.kind(w.code, around.target()) == Handlers.Kind.EXCEPT && seen.add(around.target()) ? around : null;
    }

    /**
     * When the with (handler wh) is the body of a try starting in the branch (at or after b) and,
     * suppressing, goes on right past that try's handler: the code after that try, reached only this way
     * (3.12+ lay it out past the handler, which lies past the branch), read by the try (TryRanges.onlySuppressedTo),
     * then falling off the end of the try body around the if: where it goes on then, the exit after that
     * body (TryRanges.bodyTailEnd); else -1.
     */
    static int afterInnerTry(Walker w, int wh, int t, int b) {
        if (!w.env.atLeast(3, 12) || t < 0 || b < 1 || w.code.handlerAt(b - 1) == null) {
            return -1;
        }
        for (int p = wh; p < w.code.size() && p - wh < 40; p++) {
            if (!w.code.op(p).is("POP_EXCEPT") || WithSuppressedPaths.withSuppressed(w.code, p) < 0) {
                continue;
            }
            Code.Handler around = w.code.handlerAt(p + 1);
            if (around == null || Handlers.kind(w.code, around.target()) != Handlers.Kind.EXCEPT
                    || firstProtected(w, around) < b || around.target() < wh) {
                return -1;
            }
            int past = Tries.skipNops(w, ExceptClauses.handlerAreaEnd(w, around.target()));
            int to = w.code.op(t).is("JUMP_FORWARD") ? w.code.op(t).target() : t;
            if (to != past) {
                return -1;
            }
            int enclosing = w.code.handlerAt(b - 1).target();
            int tail = TryRanges.bodyTailEnd(w, to, enclosing);
            int jump = tail < 0 ? TryRanges.bodyJumpEnd(w, to, enclosing) : -1;
            // (3.12+: or that code jumps back to where the if goes on, after the branch)
            return tail >= 0 ? tail : jump >= 0 && w.code.op(jump).target() >= b ? w.code.op(jump).target() : -1;
        }
        return -1;
    }

    /** Where a with's normal exit (the __exit__ call after its last protected piece) goes on, or -1. */
    static int normalExit(Walker w, int handler) {
        int end = bodyEnd(w, handler);
        return end < 0 || end >= w.code.size() ? -1 : Tries.exitCall(w, Tries.skipNops(w, end));
    }

    /**
     * The end of the last piece of the handler's protected range, leaving out, for a with in normal flow,
     * the pieces in handler code: a with nested in it (`with a, b:`) has its own handler's cleanup protected
     * by the outer with (3.12+ lay it out after the code), past the body whose exit call follows.
     */
    private static int bodyEnd(Walker w, int handler) {
        int first = Integer.MAX_VALUE;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == handler) {
                first = Math.min(first, h.start());
            }
        }
        if (first == Integer.MAX_VALUE || !w.normalFlow.get(first)) {
            return Handlers.protectedEnd(w.code, handler);
        }
        int end = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == handler && w.normalFlow.get(h.start())) {
                end = Math.max(end, h.end());
            }
        }
        return end;
    }

    /** The first instruction the handler's try protects (its range may come in pieces). */
    static int firstProtected(Walker w, Code.Handler h) {
        int first = h.start();
        for (Code.Handler e : w.code.handlers()) {
            if (e.target() == h.target()) {
                first = Math.min(first, e.start());
            }
        }
        return first;
    }

    /** True when instruction k lies inside a loop within [b, f) (a jump back from there to at or before k). */
    static boolean insideLoop(Walker w, int b, int f, int k) {
        // (or k is the false exit of a while loop's test, which jumps over it into the body: 3.11-3.13's
        // copy of the test at the bottom jumps back there)
        int bodyStart = k > b && w.code.op(k - 1).isConditionalJump() && w.code.op(k - 1).target() == k + 1 ? k + 1 : k;
        if (bodyStart > k && w.code.op(bodyStart).is("JUMP_FORWARD") && w.code.op(bodyStart + 1).is("POP_TOP")
                && w.jumpTargets.get(bodyStart + 1)) {
            bodyStart = w.code.op(bodyStart).target();   // (a chained test: its jump over the cleanup popping the middle operand)
        }
        for (int q = k; q < f; q++) {
            int t = w.code.op(q).target();
            if (w.code.op(q).is("JUMP_BACKWARD") && t >= b && t <= bodyStart) {
                return true;
            }
        }
        return false;
    }
}
