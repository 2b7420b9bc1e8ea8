package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * The code after a try statement whose body never falls off its end (it returns or raises) is reached
 * only from the except clauses' exits; 3.12+ lay such blocks out after the handlers, like the handlers
 * themselves. When the statement is nested (in an if branch, a loop body), that block ends with a jump
 * back to where the enclosing statement goes on. {@link Tries} reads it as the code after the try,
 * {@link Branches} does not take the clauses' jump to it for a jump out of the branch.
 */
final class ColdContinuations {
    private ColdContinuations() {}

    /**
     * The end of the block at t, laid out after a handler area (the instruction before it ends that area)
     * and entered only by jumps leaving except clauses: the first instruction past t at which no jump from
     * [t, here) lands further on and control cannot fall on. -1 when t does not start such a block.
     */
    static int end(Walker w, int t) {
        return end(w, t, null);
    }

    /**
     * {@link #end(Walker, int)}, the block's code protected by nothing, by handlers of statements of its own
     * (a try, a with, whose handlers lie inside the block) or (with {@code r}) by handlers of statements
     * enclosing the region (an enclosing finally's, whose try body holds the try and the code after it).
     */
    static int end(Walker w, int t, Region r) {
        int e = blockEnd(w, t, r);
        return e > t && enteredFromClausesOnly(w, t, e) ? e : -1;
    }

    /**
     * The end of the block at t laid out after a handler area, read as {@link #end(Walker, int, Region)} reads
     * it (straight code and statements of its own, ending in a jump or a return), whoever enters it; or -1.
     */
    static int blockEnd(Walker w, int t, Region r) {
        if (t <= 0 || t >= w.code.size() || !w.code.op(t - 1).is("RERAISE")) {
            return -1;
        }
        return straightBlockEnd(w, t, r);
    }

    /** {@link #blockEnd}, wherever the block lies (after handler code or not). */
    static int straightBlockEnd(Walker w, int t, Region r) {
        if (t <= 0 || t >= w.code.size() || !w.reachable.get(t)) {
            return -1;
        }
        int need = t;
        int e = -1;
        var nested = new java.util.HashSet<Integer>();
        for (int k = t; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() > k && protectsOnlyFrom(w, h.target(), t)) {
                nested.add(h.target());            // a statement of the block's own (a try, a with)
                need = Math.max(need, h.target()); // (its handlers are the block's too)
            }
            if (op.is("PUSH_EXC_INFO") && !nested.contains(k)
                    || h != null && !nested.contains(h.target()) && (r == null || !r.handlers().contains(h.target()))) {
                return -1;                         // handler code of another statement, or code it protects
            }
            // (or to the copy of the region's loop's test laid out past the handlers, 3.12-3.13: a continue)
            boolean toFollow = r != null && op.isUnconditionalJump() && (r.follow() > k && op.target() == r.follow()
                    || op.target() > k && w.isDisplacedTest(op.target(), r));
            // (or over the handler of a with before the block, none of its own, to where that with suppresses
            // to: the with ends the else of the if whose then-branch ends with the try, the jump its end)
            int at = k;
            int to = op.target();
            boolean overHandlers = op.isUnconditionalJump() && to > k + 1 && !w.normalFlow.get(to - 1)
                    && nested.stream().noneMatch(n -> n > at && n < to) && withSuppressingTo(w, k + 1, to);
            if (op.target() > k && !toFollow && !overHandlers) {
                need = Math.max(need, op.target());   // (a jump to where the region goes on ends the block)
            }
            if (k >= need && (op.isUnconditionalJump() || op.isTerminal())) {
                e = k + 1;
                break;
            }
        }
        int blockEnd = e;
        if (e < 0 || nested.stream().anyMatch(h -> h >= blockEnd)) {
            return -1;                             // (a handler past the block: a statement enclosing it)
        }
        return e;
    }

    /** True when [from, to) holds the handler of a with whose suppressing path goes on at {@code to}. */
    private static boolean withSuppressingTo(Walker w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.code.op(k).is("PUSH_EXC_INFO") && Handlers.kind(w.code, k) == Handlers.Kind.WITH
                    && WithSuppressedPaths.suppressedAfter(w, k) == to) {
                return true;
            }
        }
        return false;
    }

    /** True when every range the handler at {@code target} protects starts at or past t: no statement enclosing t. */
    private static boolean protectsOnlyFrom(Walker w, int target, int t) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == target && h.start() < t) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: the block at t laid out after a handler area like {@link #end}'s, but inside a with enclosing the
     * try (every instruction of it protected by that with's handler, or a line NOP): the rest of the with's
     * body after a try whose body returns through the with's exit call. It runs straight into the with's
     * normal exit (its __exit__(None, None, None) call, outside the range), which is where it ends; the with
     * reads that exit ({@link Withs}). Returns the index of the exit call, or -1.
     */
    static int endAtWithExit(Walker w, int t, int withHandler) {
        int k = straightToWithExit(w, t, withHandler);
        return k > t && enteredFromClausesOnly(w, t, k) ? k : -1;
    }

    /** {@link #endAtWithExit}'s block, whoever enters it: the index of the exit call, or -1. */
    static int straightToWithExit(Walker w, int t, int withHandler) {
        return withBodyBlock(w, t, withHandler, -1);
    }

    /**
     * {@link #endAtWithExit}'s block ending instead in a jump back to the with's normal exit call before
     * {@code to}, where the with's body (its last statement an if whose branch holds the try) ends in layout
     * order: past that jump, or -1.
     */
    static int endJumpingToWithExit(Walker w, int t, int withHandler, int to) {
        int e = withBodyBlock(w, t, withHandler, to);
        return e > t && enteredFromClausesOnly(w, t, e) ? e : -1;
    }

    /**
     * The straight code of the with's body at t, laid out after a handler area: with {@code backBefore} -1,
     * the index of the exit call it runs into; else past its jump back to an exit call before {@code
     * backBefore} that the with does not protect (a jump raises nothing: the exception table leaves it out).
     * -1 when the code is not such a block.
     */
    private static int withBodyBlock(Walker w, int t, int withHandler, int backBefore) {
        if (!w.env.atLeast(3, 12) || t <= 0 || t >= w.code.size() || !w.code.op(t - 1).is("RERAISE") || !w.reachable.get(t)
                || Handlers.kind(w.code, withHandler) != Handlers.Kind.WITH) {
            return -1;
        }
        int reach = t;                             // the furthest a forward branch inside the block goes
        for (int k = t; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            Code.Handler h = w.code.handlerAt(k);
            int x = op.target();
            // (our exit call, unprotected, or protected by an enclosing with's handler only: `with a, b:`)
            boolean ours = h == null || h.target() != withHandler && Handlers.covers(w.code, withHandler, h.target());
            if (backBefore < 0 && ours && reach <= k && (Tries.exitCall(w, k) > 0 || valueUnderExit(w, k))) {
                return k;
            }
            Code.Handler atExit = x >= 0 ? w.code.handlerAt(x) : null;
            if (backBefore >= 0 && op.isUnconditionalJump() && x < backBefore && Tries.exitCall(w, x) > 0
                    && (atExit == null || atExit.target() != withHandler) && reach <= k + 1) {
                return k + 1;
            }
            boolean inside = h == null || Handlers.covers(w.code, k, withHandler);
            if ((op.isConditionalJump() || op.is("JUMP_FORWARD") || op.is("FOR_ITER")) && x > k && inside) {
                reach = Math.max(reach, x);        // an if or loop of the body's rest, its exits joining before the
                continue;                          // exit call (`if c(): pass`: the test jumps to the call itself)
            }
            if (op.isUnconditionalJump() && x >= t && x < k && inside) {
                continue;                          // (the loop's jump back)
            }
            // (or of a with nested in ours, protected by its handler, whose exit call it runs into first)
            if (op.is("PUSH_EXC_INFO") || x >= 0 || op.isTerminal() || h == null && !op.is("NOP")
                    || h != null && !Handlers.covers(w.code, k, withHandler)) {
                return -1;                         // not straight code of the with's body
            }
        }
        return -1;
    }

    /**
     * True when k swaps a value computed above under the with's exit callable, which the exit call right
     * after it runs: a {@code return VALUE} of the with's body, unwinding (3.12, 3.13: SWAP 2; 3.14, the
     * exit's self too: SWAP 3, SWAP 2).
     */
    static boolean valueUnderExit(Walker w, int k) {
        int q = k + 1 < w.code.size() && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 3 ? k + 1 : k;
        return q + 1 < w.code.size() && w.code.op(q).is("SWAP") && w.code.op(q).arg() == 2 && Tries.exitCall(w, q + 1) > 0;
    }

    /** True when [t, e) is entered only at t and only by jumps leaving except clauses. */
    private static boolean enteredFromClausesOnly(Walker w, int t, int e) {
        for (var op : w.code.ops()) {
            int k = op.index();
            boolean inside = k >= t && k < e;
            if (!inside && op.target() > t && op.target() < e) {
                return false;                      // entered in the middle from elsewhere
            }
            if (!inside && op.target() == t && !leavesClause(w, k) && !passedOnFromClauses(w, k)
                    && !leavesSuppressingWith(w, k) && !passedOnFromSuppressingWith(w, k)) {
                return false;                      // entered other than by leaving an except clause
            }
        }
        return true;
    }

    /**
     * True when the jump at k ends a with handler's suppressing path (POP_EXCEPT, the exit values popped:
     * {@link WithSuppressedPaths#withSuppressed}): a with ending a try body whose own body returns, so that the
     * code after the with, the body's end, goes on only where the try's clauses do (3.13+ jump there straight).
     */
    private static boolean leavesSuppressingWith(Walker w, int k) {
        int p = k - 1;
        while (p > 0 && k - p <= 3 && w.code.op(p).is("POP_TOP")) {
            p--;
        }
        return p > 0 && p < k - 1 && w.code.op(p).is("POP_EXCEPT") && w.code.op(k).isUnconditionalJump()
                && WithSuppressedPaths.withSuppressed(w.code, p) == w.code.op(k).target();
    }

    /**
     * 3.12: the same path through a lone jump laid out after the with's handler (its RERAISE before it),
     * protected by nothing: the try body's end, entered only by jumps ending with handlers' suppressing paths.
     */
    private static boolean passedOnFromSuppressingWith(Walker w, int k) {
        return passedOnOnlyFrom(w, k, q -> leavesSuppressingWith(w, q));
    }

    /**
     * True when t starts line NOPs and a jump to where an enclosing try's clauses go: the end of that try's
     * body (its POP_BLOCK a NOP), which the body falls off into; laid out after handler code (3.12+) when
     * only the clauses of a try ending that body, whose own body returns, reach it.
     */
    static boolean endOfEnclosingBody(Walker w, Region r, int t) {
        return enclosingBodyEnd(w, r, t) > t;
    }

    /** Where the block at t ends when it is such an end of an enclosing try's body ({@link #endOfEnclosingBody}), or -1. */
    static int enclosingBodyEnd(Walker w, Region r, int t) {
        int k = t;
        while (k < w.code.size() && w.code.op(k).is("NOP")) {
            k++;
        }
        return k < w.code.size() && w.code.op(k).isUnconditionalJump() && enclosingClausesGo(w, r, w.code.op(k).target()) ? k + 1 : -1;
    }

    /** True when an except clause of a try enclosing the region's code leaves by a jump to t. */
    static boolean enclosingClausesGo(Walker w, Region r, int t) {
        for (int h : r.handlers()) {
            if (Handlers.kind(w.code, h) == Handlers.Kind.EXCEPT && w.code.handlerAt(h) != null
                    && ExceptClauses.clauseExits(w, h).contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when the jump at k leaves an except clause (after its POP_EXCEPT and name cleanup). */
    private static boolean leavesClause(Walker w, int k) {
        return w.leavesExceptClause(k) && !w.normalFlow.get(k);
    }

    /**
     * True when k is a lone jump laid out after handler code, entered only by jumps leaving except clauses:
     * 3.12's end of a try body whose last statement, a try protecting nothing (OrphanHandlers), returns,
     * so that only that try's clauses fall off into it (3.13+ thread those jumps through it).
     */
    private static boolean passedOnFromClauses(Walker w, int k) {
        return passedOnOnlyFrom(w, k, q -> leavesClause(w, q));
    }

    /**
     * True when k is a lone jump, protected by nothing, laid out right after handler code (its RERAISE),
     * and every jump to it is one that {@code from} accepts (at least one).
     */
    private static boolean passedOnOnlyFrom(Walker w, int k, java.util.function.IntPredicate from) {
        if (k == 0 || !w.code.op(k - 1).is("RERAISE") || !w.code.op(k).isUnconditionalJump() || w.code.handlerAt(k) != null) {
            return false;
        }
        boolean entered = false;
        for (var op : w.code.ops()) {
            if (op.target() == k) {
                if (!from.test(op.index())) {
                    return false;
                }
                entered = true;
            }
        }
        return entered;
    }

    /**
     * True when the try body protected by handler {@code target} ends by returning or raising: the
     * instructions after its last protected range (a return's pop of a loop's iterator) end in a return
     * or raise, so the code after the statement is reached only from the clauses. Not a body ending by
     * jumping back to a loop's head, whose clauses' exits may be breaks to past the loop.
     */
    static boolean bodyReturns(Walker w, int target) {
        // (the last piece in the normal flow: the clauses of a try nested in the body, protected by ours
        // too, lie past it; when that try protects nothing, OrphanHandlers, the body may end with its return)
        int end = bodyRangeEnd(w, target);
        if (end < 0) {
            // a try protecting nothing (OrphanHandlers): its body starts where the walker reads it
            for (var start : w.orphanBodies.entrySet()) {
                if (start.getValue() == target && returnsFrom(w, start.getKey())) {
                    return true;
                }
            }
            return false;
        }
        return returnsFrom(w, end);
    }

    /**
     * True when the try body protected by handler {@code target} ends with a continue of the loop around the
     * branch (its last protected instruction followed, through line NOPs, by the jump back to the loop's
     * head) and t, where its clauses go on, lies inside that loop's body: the code after the statement is
     * reached only from the clauses, as after a body that returns, not a break's target past the loop.
     */
    static boolean bodyContinues(Walker w, int target, Region.Loop loop, int t) {
        return loop != null && loop.bodyEnd() >= 0 && (t < loop.bodyEnd() || endsBackInBody(w, t, loop))
                && bodyJumpsBack(w, target, loop);
    }

    /**
     * True when the block at t, laid out after a handler area ({@link #end}), ends with a jump back into the
     * loop's body: the code after the try, laid out past the loop, going on where the if whose branch holds
     * the try goes on (3.12+), not the code after the loop that a clause's break reaches.
     */
    private static boolean endsBackInBody(Walker w, int t, Region.Loop loop) {
        int x = endJumpTarget(w, t, false);
        return x >= 0 && x < loop.bodyEnd() && loop.continues().stream().anyMatch(head -> head <= x);
    }

    /**
     * Where the unconditional jump ending the block at t ({@link #end}) goes (with {@code backward}, only a
     * JUMP_BACKWARD), or -1.
     */
    static int endJumpTarget(Walker w, int t, boolean backward) {
        int e = end(w, t);
        if (e <= t || !(backward ? w.code.op(e - 1).is("JUMP_BACKWARD") : w.code.op(e - 1).isUnconditionalJump())) {
            return -1;
        }
        return w.code.op(e - 1).target();
    }

    /**
     * True when the try body protected by handler {@code target} ends with a continue of {@code loop} (its last
     * protected instruction followed, through line NOPs, by the jump back to the loop's head).
     */
    static boolean bodyJumpsBack(Walker w, int target, Region.Loop loop) {
        int end = bodyRangeEnd(w, target);
        if (loop == null || end < 0) {
            return false;
        }
        int k = Tries.skipNops(w, end);
        return k < w.code.size() && w.code.op(k).isUnconditionalJump() && loop.continues().contains(w.code.op(k).target());
    }

    /**
     * True when the try body protected by handler {@code target} ends with a break out of {@code loop} (its
     * last protected instruction followed, through line NOPs, by the loop's exit or a jump there, or one
     * threaded to an enclosing loop's head).
     */
    static boolean bodyBreaks(Walker w, int target, Region.Loop loop) {
        int end = bodyRangeEnd(w, target);
        if (loop == null || end < 0) {
            return false;
        }
        int k = Tries.skipNops(w, end);
        if (k >= w.code.size() || !w.normalFlow.get(k)) {
            return false;
        }
        // (or falls, through its break's line NOP ending the loop's body, into the loop's exit)
        return Branches.sameExit(w, k, loop.exit()) || w.code.op(k).isUnconditionalJump()
                && (loop.continuesOuter(w.code.op(k).target()) || Branches.sameExit(w, w.code.op(k).target(), loop.exit()));
    }

    /**
     * True when the try body protected by handler {@code target} ends with a raise, its last protected
     * instruction, and no jump in its ranges goes to or past the range's end: the code there (3.14: a
     * `return None` an enclosing if's test jumps to, its constant loaded apart, which {@link #bodyReturns}
     * does not take for the body's) is not where the body goes on.
     */
    static boolean bodyRaises(Walker w, int target) {
        int end = bodyRangeEnd(w, target);
        if (end <= 0 || !w.code.op(end - 1).is("RAISE_VARARGS")) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            for (int k = h.start(); h.target() == target && k < h.end(); k++) {
                if (w.code.op(k).target() >= end) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the try body [i, j) ends with a raise and jumps nowhere past it, and only handler code (the
     * clauses, the suppressing paths of withs in the body) goes to end: the body goes on only through its
     * withs' handlers, to where the clauses go (seed 165 f189: {@code try: with m(): raise E2()}).
     */
    static boolean bodySuppressesTo(Walker w, int i, int j, int end) {
        if (j <= i || !w.code.op(j - 1).is("RAISE_VARARGS") || end < j) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (w.code.op(k).target() >= j) {
                return false;
            }
        }
        boolean suppressed = false;
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == end ? relay(w, k, end) : op.target() < 0 || !relay(w, op.target(), end)) {
                continue;                      // (neither to end nor to a relay, nor the relay itself)
            }
            if (w.normalFlow.get(k) && !w.leavesExceptClause(k) || k < j) {
                return false;
            }
            suppressed |= WithSuppressedPaths.endsSuppressingPath(w.code, k);
        }
        return suppressed;
    }

    /** True when k is a lone jump to end laid out cold (3.12: a with's suppressing path goes on by one). */
    private static boolean relay(Walker w, int k, int end) {
        return k > 0 && w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == end && w.code.op(k - 1).isTerminal();
    }

    /** The end of the last range handler {@code target} protects that starts in normal flow, or -1. */
    static int bodyRangeEnd(Walker w, int target) {
        int end = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == target && w.normalFlow.get(h.start())) {
                end = Math.max(end, h.end());
            }
        }
        return end;
    }

    /** True when the code from {@code from} runs straight (through pops and line NOPs) into a return or raise. */
    private static boolean returnsFrom(Walker w, int from) {
        for (int k = from; k >= 0 && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return true;
            }
            if ((op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && k + 1 < w.code.size() && w.code.op(k + 1).is("RETURN_VALUE")
                    && (w.orphanBodies.containsKey(k) || w.orphanBodies.containsKey(from) || w.env.atLeast(3, 14) && !w.jumpTargets.get(k))) {
                // 3.14: the return of a try protecting nothing, its constant loaded last (after the unwinding
                // that starts its body: a for loop's iterator popped); or a body's `return CONST`, unwound
                // before its constant is loaded (compile.c's compiler_return), the load past the range: no
                // clause jumps to it (a return after the statement, where the body falls off, they would)
                return true;
            }
            if (!op.is("SWAP") && !op.is("POP_TOP") && !op.is("NOP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when every jump into the block [t, e) comes from [b, f) or from the handler area of a try
     * protecting code in [b, f): the block is not also the code after a try of another branch (`if c: try:
     * return / except: pass / else: try: return / except: pass`, then code both clauses go on with).
     */
    static boolean enteredOnlyFrom(Walker w, int t, int e, int b, int f) {
        return !enteredFrom(w, t, e, k -> (k < b || k >= f) && !inClauseOf(w, k, b, f));
    }

    /** True when k lies in the handler area of a try whose range starts in [b, f). */
    private static boolean inClauseOf(Walker w, int k, int b, int f) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= b && h.start() < f && k >= h.target() && k < ExceptClauses.handlerAreaEnd(w, h.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a reachable jump from outside the block [t, e) and outside the handler area [a, c) lands in
     * it: code after the handler of a try protecting nothing (OrphanHandlers) that other statements'
     * clauses go on with too is theirs, not the orphan's own continuation.
     */
    static boolean enteredFromElsewhere(Walker w, int t, int e, int a, int c) {
        return enteredFrom(w, t, e, k -> k < a || k >= c);
    }

    /**
     * True when the block at t, laid out after a handler area, ends with a jump to where the region goes on
     * or to its loop's head or test's copy (not that code itself, laid out cold there because only clauses
     * reach it: the code after an if whose branch ends with the try).
     */
    static boolean jumpsToFollow(Walker w, int t, Region r) {
        int e = end(w, t, r);
        if (e <= t || !w.code.op(e - 1).isUnconditionalJump()) {
            return false;
        }
        int target = w.code.op(e - 1).target();
        return r.follow() >= 0 && Tries.skipNops(w, t) != Tries.skipNops(w, r.follow())
                && Tries.skipNops(w, target) == Tries.skipNops(w, r.follow())
                || w.isDisplacedTest(target, r)       // (a loop body's end: to its test's copy, 3.12-3.13,
                || r.loop() != null && r.loop().continues().contains(target);   // or back to its head)
    }

    /**
     * True when a handler of the region's enclosing statements protects the try at i but not the block at t:
     * that block is no code of the enclosing statement's body (an enclosing try's else clause, which the try
     * at i ends: its body always raising, raise_body_rejoins), not the code after the try inside it.
     */
    static boolean outsideEnclosingBody(Walker w, int t, int i, Region r) {
        int k = Tries.skipNops(w, t);
        if (k >= w.code.size() || w.code.op(k).isUnconditionalJump()) {
            return false;                      // (a lone jump: the enclosing statements' exit, after their POP_BLOCK)
        }
        for (int h : r.handlers()) {
            if (Handlers.covers(w.code, i, h) && !Handlers.covers(w.code, k, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a reachable jump lands in the block [t, e) from the handler area of a try enclosing the try
     * at i (whose handler is {@code handler}): its ranges lie on both sides of i. That block is the code
     * after the enclosing try, which the inner try ends, not the inner try's own continuation inside the
     * enclosing body (whose clauses would then run it twice). An enclosing try being read around region r
     * counts too, though no range of it lies before i: its body starts with the inner try, whose body only
     * the inner handler protects (unseen 188 t61 f212, 3.13-3.14: `try: try: x(); return 1 / except E1: pass
     * / except E1: pass` then `x(15)`, printed inside the outer body).
     */
    static boolean enteredFromEnclosing(Walker w, int t, int e, int i, int handler, Region r) {
        return enteredFrom(w, t, e, k -> {
            for (Code.Handler h : w.code.handlers()) {
                // (the area only of an enclosing try's handler: handlerAreaEnd fails on some others)
                if (h.target() != handler && k >= h.target() && (encloses(w, h.target(), i) || r.handlers().contains(h.target()))
                        && k < ExceptClauses.handlerAreaEnd(w, h.target())) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when a reachable jump from an instruction k outside the block [t, e) that {@code source} accepts lands in it. */
    private static boolean enteredFrom(Walker w, int t, int e, java.util.function.IntPredicate source) {
        for (int k = 0; k < w.code.size(); k++) {
            int target = w.code.op(k).target();
            if (target >= t && target < e && (k < t || k >= e) && w.reachable.get(k) && source.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when the handler at {@code target} protects code before i and code past it. */
    private static boolean encloses(Walker w, int target, int i) {
        boolean before = false;
        boolean after = false;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == target) {
                before |= h.start() < i;
                after |= h.end() > i;
            }
        }
        return before && after;
    }

    /**
     * Where every jump out of the block [t, e) goes, when that is one place past f and before t: the code
     * after an if statement whose then-branch [.., f) ends with the try, past its else branch; or -1.
     */
    static int rejoinsPast(Walker w, int t, int e, int f, Region.Loop loop) {
        int join = -1;
        for (int k = t; k < e; k++) {
            int target = w.code.op(k).target();
            if (target < 0 || target >= t && target < e || Branches.isLoopTarget(loop, target)) {
                continue;                      // (a continue or break of the loop around the if)
            }
            if (target <= f || target >= t && !pastHandlersOnly(w, e, target) || join >= 0 && target != join) {
                return -1;
            }
            join = target;
        }
        return join;
    }

    /**
     * True when [e, target) holds handler code only: code past it that a jump from e's block reaches
     * forward lies after the handlers of the else (a with's, whose suppressing path goes on there too).
     */
    private static boolean pastHandlersOnly(Walker w, int e, int target) {
        for (int k = e; k < target; k++) {
            if (w.normalFlow.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every jump out of the block [t, e) goes to [b, f] (back into the branch or to where the
     * statement around it goes on) or to a loop's head or exit: the block belongs to the branch [b, f).
     */
    static boolean rejoins(Walker w, int t, int e, int b, int f, Region.Loop loop) {
        for (int k = t; k < e; k++) {
            int target = w.code.op(k).target();
            if (target < 0 || target >= t && target < e) {
                continue;
            }
            boolean loopTarget = loop != null && (loop.exit() == target || loop.continues().contains(target));
            if (!(target >= b && target <= f) && !loopTarget) {
                return false;
            }
        }
        return true;
    }
}
