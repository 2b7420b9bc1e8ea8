package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * {@code if c: return} (or break, continue) ending a try body: the compiler unwinds the
 * handler (POP_BLOCK) before the exit, so the exit's code lies just past the protected range and the
 * test jumps past it, to where the body's normal end goes. Read inside the body, the test jumps out of
 * its region; the then-branch is the rest of the range and the exit after it.
 */
final class RangeTailExits {
    private RangeTailExits() {}

    /**
     * What the exit after the range may hold: a return (of a constant), break or continue, and the unwinding
     * the walk reads with it (a for loop's iterator popped, a handled exception's POP_EXCEPT).
     */
    private static final java.util.Set<String> UNWINDS = java.util.Set.of("NOP", "LOAD_CONST", "LOAD_SMALL_INT", "RETURN_VALUE",
            "RETURN_CONST", "POP_TOP", "POP_ITER", "SWAP", "POP_EXCEPT", "JUMP_FORWARD", "JUMP_BACKWARD",
            "JUMP_BACKWARD_NO_INTERRUPT");

    /**
     * Where the then-branch [b, f) of the test at {@code jump}, in a try body ending at {@code to}, ends
     * (f), when [to, f) is such an exit: straight code in one handler context (that of the code around the
     * try), reached only from the then-branch, ending in a return or jump that does not fall into f,
     * and f is where the body's normal end goes (outside the protected range). Else -1.
     */
    static int thenEnd(Walker w, int jump, int b, int f, int to, Region r) {
        if (f <= to || to != r.follow() || to < b || !unwoundExcept(w, jump, to, f)) {
            return -1;
        }
        // (3.13+: a chained comparison's dead cleanup, its jump to where the body's normal end goes, lies
        // between the range's end and the exit)
        int from = Math.min(w.dead.nextClearBit(to), f);
        if (Branches.sameExit(w, from, f)) {
            return -1;                         // the body's own end, a jump where the test goes too
        }
        if (!exitBlock(w, from, f, r, k -> k <= b || !w.jumpTargets.get(k) || w.jumpsOnlyFrom(k, b, f))) {
            return -1;
        }
        if (jumpsPast(w, b, to, f, r.loop())) {
            return -1;
        }
        if (bodyEndJump(w, from, f, r)) {
            return -1;
        }
        if (suppressedElse(w, jump, b, f, to, r, new int[1]) > 0) {
            return -1;                         // f is an else
        }
        Op exit = w.code.op(f - 1);
        if (endJumpPastElse(w, exit, f, r)) {
            return -1;
        }
        if (exit.isUnconditionalJump() && exit.target() > f && !Branches.sameExit(w, f, exit.target())) {
            for (int t : ExceptClauses.clauseExits(w, w.code.handlerAt(jump).target())) {
                if (Branches.sameExit(w, t, exit.target())) {
                    // the exit jumps past f where the try statement goes on (a break out of a loop whose body
                    // never loops: no jump back, the loop's exit NOP lies between): f, past it, is not
                    // the body's normal end but code the test alone reaches, an else
                    return -1;
                }
            }
        }
        return f;
    }

    /**
     * 3.13+: the exit after the range is a JUMP_FORWARD over f to the enclosing loop's end jump (a jump
     * back to its head) and [f, that jump) is straight code returning: not a continue, which jumps to the
     * head itself (compile.c's JUMP to the loop's start), but the end of an if statement (or a break out
     * of a `while True` that never loops, compiled the same) whose else returns past the range
     * ({@link #elsePastEndJump}).
     */
    private static boolean endJumpPastElse(Walker w, Op exit, int f, Region r) {
        int t = exit.target();
        if (!w.env.atLeast(3, 13) || !exit.is("JUMP_FORWARD") || t <= f || r.loop() == null || t >= w.code.size()) {
            return false;
        }
        Op end = w.code.op(t);
        return end.is("JUMP_BACKWARD") && r.loop().continues().contains(end.target()) && TryRanges.straightExit(w, f, t) == t;
    }

    /**
     * The then-branch [b, f) as {@link #thenEnd} reads it, its exit after the range, but a with ending it
     * (its body returning) suppresses past f, elsewhere than f, and out of the try body: f is not where the
     * if goes on but its else, straight code returning or raising, reached only from the test (the if ends
     * the try body, which goes on only where the with's suppressing path does: the try's end jump right
     * before its handler, 3.12, or the code after the try laid out past its handlers, 3.13+). Returns where that with
     * goes on, for the then-branch's follow, and sets {@code elseEnd[0]} to the end of the else; else -1.
     */
    static int suppressedElse(Walker w, int jump, int b, int f, int to, Region r, int[] elseEnd) {
        if (!w.env.atLeast(3, 12) || f <= to || to != r.follow() || to < b || !unwoundExcept(w, jump, to, f)
                || Branches.sameExit(w, to, f) || jumpsPast(w, b, to, f, r.loop())
                || !exitBlock(w, to, f, r, k -> k <= b || !w.jumpTargets.get(k) || w.jumpsOnlyFrom(k, b, f))) {
            return -1;
        }
        int past = BranchExits.suppressedPast(w, b, f, r.loop());
        int end = past > f ? TryRanges.straightExit(w, f, w.code.size()) : -1;
        Code.Handler h = w.code.handlerAt(jump);
        if (end < 0 || end > past || h == null || Handlers.covers(w.code, past, h.target()) || !w.jumpsOnlyFrom(f, jump, jump + 1)) {
            return -1;
        }
        boolean endJump = past + 1 == h.target() && w.code.op(past).isUnconditionalJump() && w.code.op(past).target() > past;
        if (!endJump && past < h.target() && !suppressedTailBeforeHandler(w, past, h.target())) {
            return -1;                         // (only where the try reads the code after it: past its handler, or its end jump)
        }
        elseEnd[0] = end;
        return past;
    }

    /**
     * 3.13+: the code after the try, reached only by the with's suppressing path at {@code past}, laid out
     * right after that with's handler and before the try's (at {@code tryHandler}): straight code returning or
     * raising that fills the space up to the try's handler, where the try reads it ({@link TryRanges#onlySuppressedTo}).
     */
    private static boolean suppressedTailBeforeHandler(Walker w, int past, int tryHandler) {
        return w.env.atLeast(3, 13) && !w.normalFlow.get(past) && w.code.op(past - 1).isTerminal()
                && TryRanges.straightExit(w, past, tryHandler) == tryHandler;
    }

    /**
     * True when a jump in [b, to) goes past f other than out of an enclosing loop: code after the then-branch
     * would not be skipped by it, so [to, f) is no statement after that branch's code but part of a statement
     * in it (the else of a for loop whose break jumps past it, say).
     */
    private static boolean jumpsPast(Walker w, int b, int to, int f, Region.Loop loop) {
        for (int k = b; k < to; k++) {
            int t = w.code.op(k).target();
            if (t > f && !leavesLoop(w, t, loop)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exit [from, f) {@link #thenEnd} would read after the then-branch is a lone jump forward that is no
     * break or continue: no exit of the branch but the body's own end jump, A's jump to the end of
     * {@code if c: A else: B} threaded into it (3.13+, {@link #elsePastEndJump}), the else B laid out past
     * it. Read as the then-branch's exit, the walk drops that jump (it goes past the branch's end) and the
     * else's return lands after the if, where it runs when A does too.
     */
    private static boolean bodyEndJump(Walker w, int from, int f, Region r) {
        Op exit = w.code.op(from);
        return from + 1 == f && exit.is("JUMP_FORWARD") && !leavesLoop(w, exit.target(), r.loop());
    }

    private static boolean leavesLoop(Walker w, int t, Region.Loop loop) {
        for (Region.Loop l = loop; l != null; l = l.parent()) {
            if (l.continues().contains(t) || l.exit() >= 0 && Branches.sameExit(w, t, l.exit())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code if c: A else: B <exit>} ending a try body: the else's exit lies past the range's end (as in
     * {@link #thenEnd}), and the then-branch [b, f) ends with a jump over it to where the body's normal end
     * goes; B, maybe empty, is [f, to). Where the else ends (that jump's target), when [to, target) is such
     * an exit reached only from B (from the statement's tests in [stmtStart, b) when B is empty); else -1.
     */
    static int elseEnd(Walker w, int stmtStart, int jump, int b, int f, int to, Region r) {
        Op last = w.code.op(f - 1);
        int t = last.target();
        if (f > to || to != r.follow() || !last.is("JUMP_FORWARD") || t <= to || !unwoundExcept(w, jump, to, t)
                || Branches.sameExit(w, to, t) || !w.jumpsOnlyFrom(f, stmtStart, b)) {
            return -1;
        }
        boolean entered = f == to ? w.jumpsOnlyFrom(to, stmtStart, b) : w.jumpsOnlyFrom(to, f, to);
        return entered && exitBlock(w, to, t, r, k -> k == to || !w.jumpTargets.get(k)) ? t : -1;
    }

    /**
     * 3.13+: {@code if c: A else: B} ending a try body, B returning: A's jump to the if's end, threaded through
     * the body's own end jump (which follows the POP_BLOCK), is that jump, outside the range, and B's return,
     * unwound after the POP_BLOCK too, is laid out past it. The test jumps over the range's end to B. Where B
     * ends (the end jump's target) when [to, f) is that lone jump and B is straight code returning right
     * before its target, reached only from the statement's tests; else -1.
     */
    static int elsePastEndJump(Walker w, int stmtStart, int jump, int b, int f, int to, Region r) {
        if (!w.env.atLeast(3, 13) || f != to + 1 || to != r.follow() || r.exactFollow()) {
            return -1;
        }
        Op end = w.code.op(to);
        int t = end.target();
        if (!end.is("JUMP_FORWARD") || t <= f || !unwoundExcept(w, jump, to, t)) {
            return -1;
        }
        for (int k = f; k < t; k++) {
            if (Handlers.covers(w.code, k, w.code.handlerAt(jump).target())) {
                return -1;                     // B lies (partly) in the range
            }
        }
        return TryRanges.straightExit(w, f, t) == t && w.jumpsOnlyFrom(f, stmtStart, b) ? t : -1;
    }

    /**
     * 3.14: {@link #elsePastEndJump} at the end of a loop's body: the body's end jump is threaded straight
     * back to the loop's head (a JUMP_BACKWARD at {@code f - 1}, outside the range), and B, a constant's
     * return unwound after the POP_BLOCK, is laid out right after it, where the loop's exit seems to be. B
     * is the try body's when its lines lie between the try's and the except clause's (code after the loop
     * comes after the clauses; a break keeps a NOP of its line there, then that code): where B ends, or -1.
     */
    static int elsePastJumpBack(Walker w, int stmtStart, int jump, int b, int f, int to, Region r) {
        if (!w.env.atLeast(3, 14) || f != to + 1 || to != r.follow() || r.exactFollow() || !w.code.op(to).is("JUMP_BACKWARD")) {
            return -1;
        }
        Op end = w.code.op(to);
        Code.Handler h = w.code.handlerAt(jump);
        if (r.loop() == null || !r.loop().continues().contains(end.target()) || h == null
                || !unwoundExcept(w, jump, f - 1, f) || !w.jumpsOnlyFrom(f, stmtStart, b)) {
            return -1;
        }
        int elseEnd = TryRanges.straightExit(w, f, w.code.size());
        if (elseEnd < 0 || !w.code.op(elseEnd - 1).isReturn()) {
            return -1;
        }
        int exceptLine = h.target() + 1 < w.code.size() ? w.code.op(h.target() + 1).line() : -1;
        int tryLine = w.code.op(stmtStart).line();
        for (int k = f; k < elseEnd; k++) {
            int line = w.code.op(k).line();
            if (Handlers.covers(w.code, k, h.target()) || w.code.op(k).is("NOP") || line > 0 && (line <= tryLine || line >= exceptLine)) {
                return -1;
            }
        }
        return exceptLine > 0 ? elseEnd : -1;
    }

    /**
     * 3.12+: {@code if c: A else: B} ending a try body, A ending with a for loop whose else returns and B
     * returning: the for loop ends the range, its else's return is unwound past it ([to, f), read by the loop:
     * ForLoops.elsePastRegion), B's return is laid out right after that, and the loop's breaks jump past both
     * to where the body goes on. The test jumps over the range's end to B. Where B ends (the breaks' target)
     * when A's last instruction ends a for loop, [to, f) and B are straight code returning, B right before
     * that target and reached only from the statement's tests, and no jump out of A goes elsewhere past the
     * range; else -1.
     */
    static int forElseThenPastRange(Walker w, int stmtStart, int jump, int b, int f, int to, Region r) {
        if (!w.env.atLeast(3, 12) || f <= to || to != r.follow() || r.exactFollow() || b >= to
                || !(w.code.op(to - 1).is("END_FOR") || w.code.op(to - 1).is("POP_ITER")
                    || w.code.op(to - 1).is("POP_TOP") && to - 2 > b && w.code.op(to - 2).is("END_FOR"))
                || TryRanges.straightExit(w, to, f) != f || w.jumpTargets.get(to) || !w.jumpsOnlyFrom(f, stmtStart, b)) {
            return -1;
        }
        int t = -1;
        for (int k = b; k < to; k++) {
            int target = w.code.op(k).target();
            if (target >= to && w.reachable.get(k)) {
                if (!w.code.op(k).is("JUMP_FORWARD") || target <= f || t >= 0 && target != t) {
                    return -1;
                }
                t = target;
            }
        }
        if (t < 0 || TryRanges.straightExit(w, f, t) != t || !unwoundExcept(w, jump, to, t)) {
            return -1;
        }
        for (int k = to; k < t; k++) {
            if (Handlers.covers(w.code, k, w.code.handlerAt(jump).target())) {
                return -1;                     // the returns lie (partly) in the range
            }
        }
        return t;
    }

    /**
     * {@code if c: A else: return CONST} ending a try body whose normal end is a small exit block (the
     * function's implicit return, which the compiler copies for each way in: flowgraph.c,
     * duplicate_exits_without_lineno): A falls off the range into one copy at {@code to}, where the region
     * goes on, and the tests of an if nested in A jump to other copies, laid out right after it (3.11,
     * 3.13+) or past the else (3.12); the else's return, unwound after the POP_BLOCK, lies past the copies
     * after A, where the test jumps. Read as that if, the body going on at to ({@link #thenEnd} reads
     * a then-branch ending in one such copy that no jump passes). Where the else ends, when [to, f) is one
     * or more copies of that exit, each entered only from A, and [f, end) straight code returning outside
     * the range, entered only from the statement's tests; else -1.
     */
    static int elsePastEndCopies(Walker w, int stmtStart, int jump, int b, int f, int to, Region r) {
        if (f <= to || to != r.follow() || r.exactFollow() || b > to || !unwoundExcept(w, jump, to, f)
                || Tries.noneReturnLength(w, to) == 0 || !w.jumpsOnlyFrom(f, stmtStart, b) || !copyEnteredFromRange(w, jump, to, f)) {
            return -1;
        }
        for (int k = to; k < f; ) {
            int x = TryRanges.straightExit(w, k, f);
            if (x < 0 || !Branches.sameExit(w, to, k) || !w.jumpsOnlyFrom(k, b, to) || w.dead.get(k, x).cardinality() > 0) {
                return -1;
            }
            k = x;
        }
        int end = TryRanges.straightExit(w, f, w.code.size());
        if (end < 0 || Branches.sameExit(w, f, to) || w.dead.get(f, end).cardinality() > 0) {
            return -1;
        }
        for (int k = f; k < end; k++) {
            if (!sameHandler(w.code.handlerAt(to), w.code.handlerAt(k))) {
                return -1;                     // the else lies (partly) in the range
            }
        }
        return end;
    }


    /**
     * True when another copy of the return at {@code to} (outside [to, f): past the else, or within it
     * after the first) is the target of a jump inside the range of the test at {@code jump}: the body's
     * normal end, copied for each way in, not an exit of the branch alone.
     */
    private static boolean copyEnteredFromRange(Walker w, int jump, int to, int f) {
        int handler = w.code.handlerAt(jump).target();
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t > to && t != f && Handlers.covers(w.code, op.index(), handler) && w.reachable.get(op.index())
                    && Branches.sameExit(w, t, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: {@code if c: A else: B <exit>} ending a try body inside an except clause, A leaving that clause
     * by a copy of its exit (POP_EXCEPT and the jump to the code after the try, at {@code clauseExit}): B
     * [f, to) falls off the range into its own exit (a return unwinding the enclosing clause), which A does
     * not reach. Where that exit ends, when [to, end) is such an exit entered only from B; else -1.
     */
    static int elseClauseExit(Walker w, int jump, int f, int to, int clauseExit, Region r) {
        if (to != r.follow() || r.exactFollow() || f >= to || w.code.op(to - 1).isTerminal()
                || w.code.op(to - 1).isUnconditionalJump() || !w.jumpsOnlyFrom(to, f, to)) {
            return -1;
        }
        int end = bodyExit(w, f, to, clauseExit, r);
        return end > to && unwoundExcept(w, jump, to, end) ? end : -1;
    }

    /**
     * 3.12+: where the exit the body [i, j) of a try (except clauses going on at {@code end}) unwinds to
     * ends, when that is such an exit just past its range (at j), reached only from the body and elsewhere
     * than where the clauses go; else -1.
     */
    static int bodyExit(Walker w, int i, int j, int end, Region r) {
        if (!w.env.atLeast(3, 12) || j >= w.code.size() || Branches.sameExit(w, j, end) || !w.jumpsOnlyFrom(j, i, j)) {
            return -1;
        }
        int x = j;
        while (x < w.code.size() && x - j < 8 && UNWINDS.contains(w.code.op(x).name())
                && !w.code.op(x).isTerminal() && !w.code.op(x).isUnconditionalJump()) {
            x++;
        }
        if (x >= w.code.size() || x - j >= 8 || !unwoundExcept(w, j - 1, j, x + 1)) {
            return -1;
        }
        return exitBlock(w, j, x + 1, r, k -> k == j || !w.jumpTargets.get(k)) ? x + 1 : -1;
    }

    /**
     * The instruction at {@code jump} lies in a try body's range (of an except handler) that covers neither the
     * exit at {@code from} nor where the body goes on after it, at {@code end}.
     */
    private static boolean unwoundExcept(Walker w, int jump, int from, int end) {
        Code.Handler body = w.code.handlerAt(jump);
        // a with or finally body unwinds with more code (an __exit__ call, a copy of the finally body),
        // not read here: the try would print that copy a second time
        return body != null && !Handlers.covers(w.code, from, body.target()) && !Handlers.covers(w.code, end, body.target())
                && Handlers.kind(w.code, body.target()) == Handlers.Kind.EXCEPT;
    }

    /**
     * [from, end) is straight code in one handler context (that of the code around the try), not walked
     * yet, of {@link #UNWINDS} (or a break's copy of a loop's exit block), ending in a return or jump, each
     * instruction up to that copy {@code entered} only from where the exit is taken; copies of the finally
     * bodies of enclosing try statements (which the walk reads with the exit) may come first.
     */
    private static boolean exitBlock(Walker w, int from, int end, Region r, java.util.function.IntPredicate entered) {
        Code.Handler outside = w.code.handlerAt(from);
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            int copy = op.is("NOP") || !entered.test(k) ? 0 : w.unwindingCopy(k, r);
            if (copy > 0 && k + copy < end && sameHandler(outside, w.code.handlerAt(k))) {
                k += copy - 1;                 // a copy of an enclosing finally body the exit runs first
                continue;
            }
            if (!entered.test(k) || !sameHandler(outside, w.code.handlerAt(k)) || w.dead.get(k)) {
                return false;
            }
            if (!UNWINDS.contains(op.name())) {
                if (copiedLoopExit(w, k, end, r)) {
                    break;
                }
                return false;                  // unwinding of an enclosing statement (a name's cleanup, __exit__)
            }
            boolean last = k == end - 1;
            if (last != (op.isTerminal() || op.isUnconditionalJump()) || !last && op.target() >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the body's normal end goes when the code [f, to) ending a try body holds a test read by
     * {@link #thenEnd}, jumping past the exit after the range to there, and that is (a copy of) t; else -1.
     */
    static int endsAt(Walker w, int f, int to, int t, Region r) {
        for (int k = f; k < to; k++) {
            Op op = w.code.op(k);
            int end = op.target();
            if (op.isConditionalJump() && end > to && thenEnd(w, k, k + 1, end, to, r) == end
                    && Branches.sameExit(w, end, t)) {
                return end;
            }
        }
        return -1;
    }

    /** A break's copy of the small exit block after the loop (3.12+), [k, f) ending in a return. */
    private static boolean copiedLoopExit(Walker w, int k, int f, Region r) {
        Region.Loop loop = r.loop();
        Op end = w.code.op(f - 1);
        return loop != null && loop.isFor() && loop.exit() >= 0 && k > 0 && w.code.op(k - 1).is("POP_TOP")
                && (end.isReturn()) && loop.exit() + (f - k) <= w.code.size()
                && Tries.sameOps(w, loop.exit(), k, f - k);
    }

    private static boolean sameHandler(Code.Handler a, Code.Handler b) {
        return a == null ? b == null : b != null && a.target() == b.target() && a.depth() == b.depth()
                && a.lasti() == b.lasti();
    }
}
