package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;
import java.util.List;
import java.util.Set;

/**
 * break and continue: the jumps that leave a loop (to its exit, threaded past it, through a finally copy or
 * an except clause's POP_EXCEPT) or go back to its head, and where a break out of a region goes.
 */
final class LoopBreaks {
    private LoopBreaks() {}

    /**
     * True when the first jump that does not test in the body [b, f) leaves the loop, or a test jumps to
     * the NOP holding a break's line before f: the body's first {@code if not c: break} was compiled as a
     * jump over a jump or to a break (the source said so), not into the test.
     */
    static boolean breaksByJump(Walker w, int b, int f, int exit) {
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() < f && w.code.op(op.target()).is("NOP")
                    && (Tries.skipNops(w, op.target()) == f || w.copiedExitLength(Tries.skipNops(w, op.target()), f) > 0)) {
                return true;                        // to the NOP holding the break's line
            }
            if (op.isTerminal()) {
                return op.isUnconditionalJump() && (op.target() == f || op.target() == exit || BranchExits.copiesClauseEnd(w, k, exit));
            }
        }
        return false;
    }

    /**
     * True when the code at {@code k} is reached only from the loop's test copied to the bottom of the
     * body (a conditional jump followed by the jump back): the loop's normal exit, not a break. Asked
     * only when the body ends with such a copy: without one, that shape is {@code if c: break} ending the body.
     */
    static boolean onlyFromBottomTest(Walker w, int k, int bodyStart) {
        Op before = w.code.op(k - 1);
        if (before.target() < 0 && !before.isTerminal()) {
            return false;                               // body code falls into it
        }
        boolean any = false;
        for (int q = bodyStart; q < k; q++) {
            Op op = w.code.op(q);
            if (op.target() != k || !w.reachable.get(q)) {
                continue;
            }
            Op next = w.code.op(q + 1);
            if (!op.isConditionalJump() || !next.is("JUMP_BACKWARD") || next.target() > bodyStart) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * 3.12+ copy a small exit block (ending in a return or raise) in place of each jump to it: a
     * {@code break} of a loop whose exit is such a block is a NOP holding its line and a copy of the exit.
     * {@code if c: break} ending the body tests c jumping to that copy, over the jump back [b, t). True
     * when that is the shape at [b, t): the copy is marked dead (the break stands for it). A return
     * written in the source has no NOP before it; with statements before the jump back, the source said
     * {@code if not c: ...; continue} and {@code break} after it.
     */
    static boolean copiedBreak(Walker w, Region.Loop loop, int b, int t) {
        int exit = loop.exit();
        if (!w.env.atLeast(3, 12) || exit < 0 || t == exit || !w.code.op(t).is("NOP") || !overLoneContinue(w, loop, b, t)) {
            return false;
        }
        int start = Tries.skipNops(w, t);
        int n = w.copiedExitLength(start, exit);
        if (n == 0 || start == Tries.skipNops(w, exit)) {
            return false;
        }
        w.dead.set(t, start + n);
        return true;
    }

    /** True when [b, t) is only a jump back to the loop's head (after NOT_TAKEN or NOPs): a test jumping to t jumps over a continue. */
    static boolean overLoneContinue(Walker w, Region.Loop loop, int b, int t) {
        return overLoneContinue(w, loop.continues(), b, t);
    }

    static boolean overLoneContinue(Walker w, Set<Integer> heads, int b, int t) {
        if (t <= b || !w.code.op(t - 1).is("JUMP_BACKWARD") || !heads.contains(w.code.op(t - 1).target())) {
            return false;
        }
        for (int k = b; k < t - 1; k++) {
            if (!w.code.op(k).is("NOT_TAKEN") && !w.code.op(k).is("NOP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code if c: break} ending the body: a test jumping over the jump back [b, t) to the NOPs right
     * before the loop's exit, which hold the break's line (its jump to the very next instruction removed).
     * True when t is such a NOP reached only by tests; it is marked dead, so the body does not also read
     * it as falling off its end.
     */
    static boolean breakNop(Walker w, Region.Loop loop, int b, int t) {
        int exit = loop.exit();
        if (exit < 0 || t >= exit || !w.code.op(t).is("NOP") || Tries.skipNops(w, t) != Tries.skipNops(w, exit)
                || !overLoneContinue(w, loop, b, t) || writtenContinue(w, b, t)) {
            return false;
        }
        for (Op op : w.code.ops()) {
            if (op.target() >= t && op.target() < exit && w.reachable.get(op.index()) && !op.isConditionalJump()) {
                return false;
            }
        }
        w.dead.set(t, exit);
        return true;
    }

    /**
     * {@code if not c: continue} + {@code break} ending a loop body is a test jumping over the continue (a
     * lone jump back with a line of its own) to the NOP of the break, which falls into the loop's exit
     * (3.11-3.13 compile {@code if c: break} as a jump over the break to the jump back instead; 3.14's
     * jump back then takes the test's line). True when [b, f) is that continue and f that NOP.
     */
    static boolean continueThenBreak(Walker w, Region.Loop loop, int b, int f) {
        return loop.exit() >= 0 && f < w.code.size() && w.code.op(f).is("NOP")
                && Tries.skipNops(w, f) == Tries.skipNops(w, loop.exit()) && overLoneContinue(w, loop, b, f)
                && writtenContinue(w, b, f);
    }

    /**
     * True when the lone jump back before t has a line of its own, not the test's (which the loop's own
     * jump back takes): a written {@code continue}, so the NOP at t is a break after it ({@code if not c:
     * continue} + {@code break}), not that of {@code if c: break}.
     */
    static boolean writtenContinue(Walker w, int b, int t) {
        int test = b - 1;
        while (test > 0 && w.code.op(test).is("NOT_TAKEN")) {
            test--;
        }
        int back = w.code.op(t - 1).line();
        int line = w.code.op(test).line();
        return back >= 0 && line >= 0 && back != line;
    }

    /** Where breaks out of the loop body [from, end) go: past an else clause starting at {@code after}, if any. */
    static int breakTarget(Code code, int from, int end, int after, int to) {
        int best = after;
        for (int k = from; k < end; k++) {
            Op op = code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() > best && op.target() <= to) {
                best = op.target();
            }
        }
        return best;
    }

    /**
     * 3.12+ lay except clauses out past the body, after the code that follows the loop: a break in one
     * jumps back to where the breaks go, past the else clause [after, ..). The furthest such target in
     * (after, to] of a clause of a try in the body [from, end), or after (fuzz seed 3 f160). A for loop's
     * break pops the iterator before its jump. (A clause's jump forward goes to the rest of the body, laid
     * out after the handlers when only they reach it; but for a for loop's popped iterator: a break to the
     * code after the loop, laid out there when only the break reaches it, seed 23 f120.)
     */
    static int clauseBreakTarget(Walker w, int from, int end, int after, int to, boolean popsIterator) {
        int[] best = {after};
        clauseBreaks(w, clauseHandlers(w, from, end), popsIterator, (t, handler, areaEnd) -> {
            if (t > best[0] && t <= to && (t < handler || popsIterator && t >= areaEnd)) {
                best[0] = t;
            }
        });
        return best[0];
    }

    /**
     * Where a loop's clause break (of a try in its body [from, end), or in the code after such a try, laid
     * out past the handlers as only its clauses reach it; a for loop's pops the iterator first, {@code
     * popsIterator}) goes when that is where the enclosing loop goes round (the region's end at {@code to},
     * the loop's head, or the copy of its test laid out past the handlers, 3.12-3.13): the loop ends that
     * loop's body, the code between its exit and the region's end its else clause, which the break skips
     * (unseen seed t57 f256; a while loop's, set 196 f131). Else -1.
     */
    static int clauseBreakToEnclosingLoop(Walker w, int from, int end, int to, Region r, boolean popsIterator) {
        if (r.loop() == null) {
            return -1;
        }
        List<Code.Handler> handlers = clauseHandlers(w, from, end);
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= end && w.code.op(h.target()).is("PUSH_EXC_INFO") && !handlers.contains(h)
                    && jumpsStraightBackTo(w, h.start(), from - 1)) {
                handlers.add(h);
            }
        }
        int[] found = {-1};
        clauseBreaks(w, handlers, popsIterator, (t, handler, areaEnd) -> {
            if (t == to || r.loop().continues().contains(t) || w.isDisplacedTest(t, r)) {
                found[0] = t;
            }
        });
        return found[0];
    }

    /** True when the straight code at j (no jump into it) ends with a jump back to head. */
    private static boolean jumpsStraightBackTo(Walker w, int j, int head) {
        for (int k = j; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (k > j && w.jumpTargets.get(k) || op.isTerminal() && !op.isUnconditionalJump() || op.is("PUSH_EXC_INFO")) {
                return false;
            }
            if (op.target() >= 0) {
                return op.isUnconditionalJump() && op.target() == head;
            }
        }
        return false;
    }

    private interface ClauseBreak {
        void at(int target, int handler, int areaEnd);
    }

    /**
     * Each break out of an except clause of a try in the loop body [from, end) (laid out past it): the
     * POP_EXCEPT, the name's cleanup, (the iterator popped,) the reachable jump; its target, the clause's
     * handler and the end of that handler's area.
     */
    private static void clauseBreaks(Walker w, List<Code.Handler> handlers, boolean popsIterator, ClauseBreak out) {
        for (Code.Handler h : handlers) {
            if (Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH) {
                continue;                      // (a with's suppressing path pops and jumps on too: no break)
            }
            int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
            for (int k = h.target() + 2; k < areaEnd; k++) {
                Op op = w.code.op(k);
                int before = beforeExitCalls(w.code, popsIterator ? k - 2 : k - 1);
                boolean popped = !popsIterator || w.code.op(k - 1).is("POP_TOP") || w.code.op(k - 1).is("POP_ITER");
                if (op.isUnconditionalJump() && popped && w.reachable.get(k)
                        && (w.code.op(ExceptClauses.beforeNameCleanup(w.code, before)).is("POP_EXCEPT")
                            || finallyCopyAfterPopExcept(w, h.target(), before) || inFinallyCopyAfterPopExcept(w, h.target(), k))) {
                    out.at(op.target(), h.target(), areaEnd);
                }
            }
        }
    }

    /**
     * The index before the with statements' exit calls ending at {@code k} (a break out of a clause inside
     * withs in the loop body calls each with's exit after the clause's POP_EXCEPT), or k when none does.
     */
    static int beforeExitCalls(Code code, int k) {
        for (int s = Tries.exitCallEndingAt(code, k + 1); s >= 0; s = Tries.exitCallEndingAt(code, k + 1)) {
            k = s - 1;
        }
        return k;
    }

    /**
     * The except handlers of tries in the loop body [from, end), laid out past it; not a try around the loop
     * whose range jumps left out of it split (3.14): its clauses' jumps leave that statement, not the loop.
     */
    private static List<Code.Handler> clauseHandlers(Walker w, int from, int end) {
        List<Code.Handler> out = new java.util.ArrayList<>();
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= from && h.start() < end && h.target() >= end && w.code.op(h.target()).is("PUSH_EXC_INFO")
                    && !protectsBefore(w, h.target(), from)) {
                out.add(h);
            }
        }
        // a try in the body whose own range starts only in the clauses of a try it holds, laid out past the
        // body (`try: try: x() / except E: y() / except E: break`, seed 97 f298): its clauses are the body's too
        for (int n = 0; n < out.size(); n++) {
            Code.Handler in = out.get(n);
            int areaEnd = ExceptClauses.handlerAreaEnd(w, in.target());
            for (Code.Handler h : w.code.handlers()) {
                if (h.start() > in.target() && h.start() < areaEnd && h.target() >= areaEnd && w.code.op(h.target()).is("PUSH_EXC_INFO")
                        && !out.contains(h) && !protectsBefore(w, h.target(), from)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** True when the handler at {@code target} protects code before {@code from}. */
    static boolean protectsBefore(Walker w, int target, int from) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == target && h.start() < from) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the jump at k in the clause area starting at {@code handler} follows a clause's POP_EXCEPT
     * that a finally's handler protects, with only that finally body's copy in between, whatever its
     * branches: 3.13+ duplicate the break's jump into each branch of an if ending that copy (seed 12 f147),
     * which {@link #finallyCopyAfterPopExcept} does not match.
     */
    static boolean inFinallyCopyAfterPopExcept(Walker w, int handler, int k) {
        for (int p = k - 1; p > handler; p--) {
            Op op = w.code.op(p);
            if (op.is("POP_EXCEPT")) {
                Code.Handler f = w.code.handlerAt(p);
                return f != null && Handlers.kind(w.code, f.target()) == Handlers.Kind.FINALLY;
            }
            if (op.isReturn() || op.is("RAISE_VARARGS") || op.is("RERAISE") || op.is("PUSH_EXC_INFO")
                    || op.is("CHECK_EXC_MATCH") || op.is("CHECK_EG_MATCH")) {
                return false;                  // inside a clause's body, or past its area (the copy's jumps aside)
            }
        }
        return false;
    }

    /**
     * True when [.., before] in the clause area starting at {@code handler} is POP_EXCEPT (and the name's
     * cleanup) then a copy of the body of the finally whose handler protects that POP_EXCEPT: a break out
     * of an except clause of a try/finally runs the finally body on its way out (3.12+, seed 1 f268). The
     * handler's copy ends in RERAISE; where the body ends with an if, the copy's last instruction is the
     * NOP its branches meet at, the handler's a RERAISE.
     */
    static boolean finallyCopyAfterPopExcept(Walker w, int handler, int before) {
        for (int p = before - 1; p > handler; p--) {
            if (!w.code.op(p).is("POP_EXCEPT")) {
                if (w.code.op(p).isUnconditionalJump() || w.code.op(p).isTerminal()) {
                    return false;              // the copy goes on to the break's jump (its own branches meet before it)
                }
                continue;
            }
            Code.Handler f = w.code.handlerAt(p);
            int copy = ExceptClauses.afterNameCleanup(w.code, p + 1);
            int n = before + 1 - copy;
            if (f == null || n <= 0 || f.target() + 1 + n >= w.code.size() || !w.code.op(f.target()).is("PUSH_EXC_INFO")) {
                return false;
            }
            Op last = w.code.op(f.target() + n);
            boolean sameEnd = last.sameAs(w.code.op(before)) && w.code.op(f.target() + 1 + n).is("RERAISE")
                    || last.is("RERAISE") && w.code.op(before).is("NOP");
            return Handlers.kind(w.code, f.target()) == Handlers.Kind.FINALLY && sameEnd && Tries.sameOps(w, f.target() + 1, copy, n - 1);
        }
        return false;
    }

    /**
     * True when a break in the body [from, end) leaves the region [.., to) that the loop ends, whose
     * exit code starts at {@code after}: a jump back to a loop enclosing this one, or forward to the
     * region's follow past to (the end of the if statement whose branch the loop ends), threaded there.
     * The code [after, to) is then the loop's else clause. Not when that code is only a jump to the
     * same place (the branch's own end, which the break was threaded through: no else).
     */
    static boolean breaksPastRegion(Walker w, int from, int end, int after, int to, Region r) {
        return breaksPastRegion(w, from, end, after, to, r, -1);
    }

    /**
     * As {@link #breaksPastRegion(Walker, int, int, int, int, Region)} for a while loop whose test starts at
     * {@code head}: an except clause jumping back there is the loop's continue, even where the enclosing
     * loop's body starts there too (3.14: no copy of the test at the bottom, tails seed 39 f119: {@code while
     * c(): while c() or c(): try: t(); break / except E: pass} then code after the inner loop, the clause's
     * jump back read as a break to the enclosing loop's head, that code as the inner loop's else). Were it
     * a break out of a {@code while True} enclosing it there, the break would go on at the same test.
     */
    static boolean breaksPastRegion(Walker w, int from, int end, int after, int to, Region r, int head) {
        if (after >= to) {
            return false;
        }
        int start = Tries.skipNops(w, after);
        Op first = start < w.code.size() ? w.code.op(start) : null;
        int through = first != null && first.isUnconditionalJump() ? first.target() : -1;
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t < 0 || t == through || !w.reachable.get(k)) {
                continue;
            }
            if (op.is("JUMP_BACKWARD") && r.loop() != null && r.loop().continuesThisOrOuter(t)) {
                return true;
            }
            if (op.is("JUMP_FORWARD") && t > to && threadedToFollow(w, t, r)) {
                return true;
            }
            if (op.is("JUMP_FORWARD") && t > to && tryBodyEndJump(w, t, r)) {
                return true;
            }
        }
        return r.loop() != null && clauseBreaksBack(w, from, end, after, through, r.loop(), head);
    }

    /**
     * 3.11: True when t is the end jump of the body of a try/except enclosing the region: an unconditional
     * jump right before that try's handler, which it does not protect. A break going there leaves the loop
     * and the rest of the try body, so the loop ends that body (seed 49 f17: `try: while c(): ... break /
     * else: with m(): return 10 / except E: pass / finally: t()`, the region cut short by the with's return
     * unwinding through the finally, its else read as the code after the loop).
     */
    private static boolean tryBodyEndJump(Walker w, int t, Region r) {
        if (w.env.atLeast(3, 12) || t + 1 >= w.code.size() || !w.code.op(t).isUnconditionalJump()
                || !r.handlers().contains(t + 1) || Handlers.kind(w.code, t + 1) != Handlers.Kind.EXCEPT) {
            return false;
        }
        return !Handlers.covers(w.code, t, t + 1);
    }

    /**
     * 3.12+: True when an except clause of a try in the body [from, end), laid out past it, breaks by jumping
     * back to the head of a loop enclosing this one (POP_EXCEPT, the name's cleanup, then the jump: the
     * break threaded through the end of the enclosing body), not to {@code through}: it skips the code
     * after the loop, which is then the loop's else (fuzz seed 48 f294: {@code for: while c(): try: x() /
     * except E: break / else: t()}, the else read as the code after the loop). Not when some break jumps
     * to that code at {@code after} (a jump back to a head this loop shares is its continue).
     */
    private static boolean clauseBreaksBack(Walker w, int from, int end, int after, int through, Region.Loop enclosing, int head) {
        if (!w.env.atLeast(3, 12)) {
            return false;
        }
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.isUnconditionalJump() && op.target() == after && w.reachable.get(k)
                    && (k >= from && k < end || k >= end && !w.normalFlow.get(k))) {
                return false;                  // a break to the code after the loop (in the body or a clause)
            }
        }
        for (Code.Handler h : clauseHandlers(w, from, end)) {
            int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
            for (int k = h.target() + 2; k < areaEnd; k++) {
                Op op = w.code.op(k);
                int t = op.target();
                if ((op.is("JUMP_BACKWARD") || op.is("JUMP_BACKWARD_NO_INTERRUPT")) && t != through && t != head && w.reachable.get(k)
                        && enclosing.continuesThisOrOuter(t)
                        && w.code.op(ExceptClauses.beforeNameCleanup(w.code, k - 1)).is("POP_EXCEPT")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 3.12+: True when a break in the body [from, end) jumps past the region's end {@code to}, the end of a
     * try body's protected range, over straight code returning there and line NOPs only: the try body's
     * `return CONST` unwound past the range (3.14: {@code try: while c(): ... break / else: if c(): return
     * 31 / except E: pass}, the break threaded to the code after the try). The loop ends the try body and
     * [end, to) is its else clause, whose return is that code; read as the code after the loop, the else
     * would run after a break too.
     */
    static boolean breaksPastRangeTail(Walker w, int from, int end, int to) {
        return rangeTailBreakTarget(w, from, end, to) >= 0;
    }

    /** True when every jump to t comes from [from, to), and one does. */
    private static boolean jumpedToFrom(Walker w, int t, int from, int to) {
        return w.jumpTargets.get(t) && w.jumpsOnlyFrom(t, from, to);
    }

    /** Where the breaks of {@link #breaksPastRangeTail} go, or -1. */
    static int rangeTailBreakTarget(Walker w, int from, int end, int to) {
        if (!w.env.atLeast(3, 11) || end >= to || to >= w.code.size() || !w.code.op(to - 1).is("NOP") && w.code.handlerAt(to - 1) == null) {
            return -1;
        }
        int e = TryRanges.straightExit(w, to, w.code.size());
        if (e < 0 || w.code.handlerAt(to) != null) {
            return -1;
        }
        // (the else's last statement an if whose branches all return: each return a block of its own there)
        for (int next; e < w.code.size() && w.code.handlerAt(e) == null && jumpedToFrom(w, e, from, to)
                && (next = TryRanges.straightExit(w, e, w.code.size())) > e; ) {
            e = next;
        }
        int past = Tries.skipNops(w, e);
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            // (to the code after the try or a NOP before it: 3.12 `for: ... break / else: ...; return 4`)
            if (op.is("JUMP_FORWARD") && w.reachable.get(k) && w.normalFlow.get(k) && op.target() > to
                    && op.target() >= e && op.target() <= past) {
                return op.target();
            }
        }
        return -1;
    }

    /**
     * As {@link #breaksPastRegion} for the breaks in except clauses of a try in the for loop's body [from,
     * end): POP_EXCEPT, the name's cleanup, the iterator's pop and a jump back to the head of the loop
     * being walked (3.14 threads the break through the code after the for loop, which ends that loop's
     * body; the code after the loop, [after, to), is then its else clause: unless it is a lone jump there
     * too). No continue jumps so: a continue inside the for loop is its own.
     */
    static boolean clauseBreaksBack(Walker w, int from, int end, int after, int to, Region r) {
        if (r.loop() == null || after >= to) {
            return false;
        }
        return clauseBreakJumps(w, from, end, after, op -> op.is("JUMP_BACKWARD") && r.loop().continuesThisOrOuter(op.target()));
    }

    /**
     * 3.12+: True when an except clause of a try in the for loop's body [from, end), laid out past the
     * region, breaks (POP_EXCEPT, the name's cleanup, the iterator's pop) by a jump forward past the region's
     * end {@code to}, over code [after, to) that is not a jump there: the loop ends the body of an enclosing
     * loop, whose end (its test's copy) the break was threaded to, so that code is the loop's else clause
     * (rich seed 142 f219: {@code while c(): for j in n(): try: return x() / except E: break ... / else:
     * return x(14)}, the else read as the code after the loop, which the break then ran).
     */
    static boolean clauseBreaksPast(Walker w, int from, int end, int after, int to) {
        if (!w.env.atLeast(3, 12) || after >= to || Tries.skipNops(w, after) >= to) {
            return false;
        }
        return clauseBreakJumps(w, from, end, after, op -> op.is("JUMP_FORWARD") && op.target() > to);
    }

    /**
     * True when an except clause of a try in the for loop's body [from, end), laid out past it, ends with
     * POP_EXCEPT, the name's cleanup (a try/finally's: then the finally body's copy, seed 171 f19), the
     * iterator's pop and a jump that {@code leaves} accepts, not to where the code after the loop at
     * {@code after} jumps at once (a break threaded through that jump).
     */
    private static boolean clauseBreakJumps(Walker w, int from, int end, int after, java.util.function.Predicate<Op> leaves) {
        int start = Tries.skipNops(w, after);
        Op first = start < w.code.size() ? w.code.op(start) : null;
        int through = first != null && first.isUnconditionalJump() ? first.target() : -1;
        for (Code.Handler h : clauseHandlers(w, from, end)) {
            int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
            for (int k = h.target() + 3; k < areaEnd; k++) {
                Op op = w.code.op(k);
                Op pop = w.code.op(k - 1);
                if (leaves.test(op) && op.target() != through && w.reachable.get(k)
                        && (pop.is("POP_TOP") || pop.is("POP_ITER"))
                        && (w.code.op(ExceptClauses.beforeNameCleanup(w.code, k - 2)).is("POP_EXCEPT")
                            || finallyCopyAfterPopExcept(w, h.target(), k - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when code other than a lone jump lies at {@code after} (past line NOPs), before {@code to}: what could be a loop's else. */
    static boolean codeBefore(Walker w, int after, int to) {
        int start = Tries.skipNops(w, after);
        return start < to && !w.code.op(start).isUnconditionalJump();
    }

    /**
     * True when a break in an except clause of the loop's body [from, end) (laid out past the region, 3.12+)
     * goes past the region's end {@code to}, not to the code at {@code after}, which only the loop's
     * exhaustion runs then: the loop's else, the loop ending the region, whose follow the region may not
     * know (an if's branch: unseen set 196 f206, `if c(): for ...: try: x() / except E: break / else: t();
     * return` then `else:`; an enclosing loop's body, the break going to the copy of its test laid out after
     * the handlers: f131). Not when the code at {@code after} is a jump (no code there) or the break goes to
     * a copy of it (3.12+ copy a small exit block into each jump to it).
     */
    static boolean clauseBreakSkipsRest(Walker w, int from, int end, int after, int to, boolean popsIterator) {
        if (!codeBefore(w, after, to)) {
            return false;
        }
        int t = clauseBreakTarget(w, from, end, after, w.code.size(), popsIterator);
        return t > to && !Branches.sameExit(w, t, after) && w.copiedExitLength(t, after) == 0;
    }

    /**
     * As {@link #breaksPastRegion} for the breaks in except clauses of a try in the while loop's body [from,
     * end), laid out past the region (3.12+): one jumping forward to where the region goes on, past to,
     * leaves the if statement whose branch the loop ends, so [after, to) is the loop's else clause.
     */
    static boolean clauseBreaksPastRegion(Walker w, int from, int end, int after, int to, Region r) {
        if (after >= to) {
            return false;
        }
        int start = Tries.skipNops(w, after);
        Op first = start < w.code.size() ? w.code.op(start) : null;
        int t = clauseBreakTarget(w, from, end, after, w.code.size(), false);
        // (or, 3.13+, the region ends in line NOPs, a try body's, which the break is threaded through to the
        // code after that try: the loop ends the try body, set 194 r182 f243)
        boolean pastNops = t > to && to < w.code.size() && w.code.op(to).is("NOP") && Tries.skipNops(w, to) == t;
        if (r.follow() <= to && !pastNops) {
            return false;
        }
        return t > to && (pastNops || threadedToFollow(w, t, r)) && !(first != null && first.isUnconditionalJump() && first.target() == t);
    }

    /**
     * True when a jump to t goes where the region does: its follow, or (3.13+ thread a break through the
     * line NOPs and the jump that end an if's branch or a try body) where the follow goes on.
     */
    static boolean threadedToFollow(Walker w, int t, Region r) {
        if (t == r.follow()) {
            return true;
        }
        int at = r.follow() < 0 ? -1 : Tries.skipNops(w, r.follow());
        // (or past the same NOPs: 3.13+ break to the next statement's line NOP past the try body's own)
        return at >= 0 && (at == t || t > r.follow() && at == Tries.skipNops(w, t)
                || at < w.code.size() && w.code.op(at).isUnconditionalJump() && w.code.op(at).target() == t);
    }
}
