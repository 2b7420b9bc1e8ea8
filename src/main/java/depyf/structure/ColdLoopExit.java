package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * 3.12+ lay the code after a {@code while True} loop left only by breaks out of except clauses out after
 * the handlers when the loop ends a branch whose join is laid out right after the loop's jump back: the
 * code after the loop, reached only from the clauses, ends with a jump back to that join (or, on 3.12, to
 * a copy of a small exit block right after the loop's jump back that only this jump reaches; 3.13+ copy
 * such a block into the code after the loop). {@code if c():
 * while True: try: x() / except E: break} then {@code t()}: the standard library's {@code
 * concurrent/futures/process.py} {@code _ExecutorManagerThread.flag_executor_shutting_down} on 3.12.
 * That code is read as the code after the loop, its breaks' target, and nowhere else.
 *
 * @param start where the code after the loop starts, the breaks' target
 * @param end the jump back ending it
 * @param exitCopy the length of the copy of the region's exit right after the loop's jump back that only
 *     that jump reaches (0 when it jumps to the region's follow)
 */
record ColdLoopExit(int start, int end, int exitCopy) {

    /**
     * The code after the while True loop [p, back] ending the region r (nothing but handler code after the
     * loop up to {@code to}), laid out after the handlers; or null.
     */
    static ColdLoopExit find(Walker w, int p, int back, int to, Region r) {
        if (!w.env.atLeast(3, 12) || r.follow() < 0) {
            return null;
        }
        int start = clauseBreakTarget(w, p, back);
        if (start < 0 || w.fallenInto(start) || !Branches.sameHandler(w, start, back)) {
            // (protected as the loop's jump back is, by a try around the loop)
            return null;
        }
        int inside = start;                    // the furthest target of the code's jumps within it
        for (int k = start; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            // (the jumps leaving it may lie outside the range of a try around it)
            if (k > start && w.jumpTargets.get(k) && !w.jumpsOnlyFrom(k, start, w.code.size())
                    || !op.isUnconditionalJump() && !Branches.sameHandler(w, k, start) || op.is("PUSH_EXC_INFO")) {
                return null;
            }
            int t = op.target();
            // (or a copy of the follow's exit block, right after the loop, reached only by this code)
            int copy = t == back + 1 && t < to && w.jumpsOnlyFrom(t, start, w.code.size()) ? w.copiedExitLength(t, r.follow()) : 0;
            if (t >= 0 && (t == r.follow() || copy > 0)) {
                if (op.isUnconditionalJump() && inside <= k) {
                    boolean alone = back + 1 + copy >= to || w.onlyHandlerCode(back + 1 + copy, to);
                    return alone ? new ColdLoopExit(start, k, copy) : null;
                }
            } else if (t > k) {
                inside = Math.max(inside, t);
            } else if (t >= 0 || op.is("RERAISE")) {
                return null;                   // (a loop inside: not this simple code)
            }
        }
        return null;
    }

    /**
     * The one target, past the handlers, of the jumps that leave the except clauses of the loop's tries
     * forward (their breaks), when nothing else jumps there; or -1.
     */
    private static int clauseBreakTarget(Walker w, int p, int back) {
        int target = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < p || h.start() > back || h.target() <= back
                    || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
                continue;
            }
            int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
            for (int k = h.target() + 1; k < areaEnd; k++) {
                if (!w.code.op(k).is("POP_EXCEPT") || !w.reachable.get(k)) {
                    continue;
                }
                int c = ExceptClauses.afterNameCleanup(w.code, k + 1);
                Op jump = w.code.op(c);
                if (jump.is("JUMP_FORWARD") && jump.target() >= areaEnd) {
                    if (target >= 0 && target != jump.target()) {
                        return -1;
                    }
                    target = jump.target();
                }
            }
        }
        if (target < 0) {
            return -1;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == target && (op.index() <= back || !w.leavesExceptClause(op.index()))) {
                return -1;
            }
        }
        return target;
    }
}
