package depyf.structure;

import depyf.lift.Op;

/**
 * 3.12+ compile {@code break} out of a for loop whose exit is a small block ending in a return as POP_TOP
 * (the iterator) and a copy of that block. When the loop's else clause does not fall into that block, it
 * is not found past the else clause ({@link ForLoops}' copiedBreakExit), and the loop region [.., to)
 * holds only the else clause after the loop:
 * <ul>
 * <li>the loop ends a branch of an if statement: the block is the code after the statement, the region's
 *     follow ({@code exit});</li>
 * <li>the else clause leaves (raise, return): the block after the loop was reached only by breaks, so
 *     the compiler dropped it; it is printed after the loop from its copy at {@code copy} ({@code exit} -1).</li>
 * </ul>
 *
 * @param exit where the loop's breaks go (the region's follow), or -1 when the block exists only as copies
 * @param copy the first copy's start (after its POP_TOP)
 * @param length the block's length
 */
record BreakCopies(int exit, int copy, int length) {

    /** The breaks of the for body [from, end), whose else clause is [after, to), or null when not this shape. */
    static BreakCopies find(Walker w, int from, int end, int after, int to, Region r) {
        if (!w.env.atLeast(3, 12) || after >= to) {
            return null;
        }
        for (int k = from + 1; k < end; k++) {
            int n = ForLoops.breakCopyLength(w, k - 1, end);
            if (n == 0) {
                continue;
            }
            int copy = k;                            // k - 1 is the POP_TOP
            int next = Tries.skipNops(w, after);
            if (next < to && next + n <= w.code.size() && w.normalFlow.get(next) && Tries.sameOps(w, next, copy, n)) {
                return null;                         // the block right after the loop: the breaks' exit, no else clause
            }
            int follow = r.follow();
            int block = follow >= 0 ? Tries.skipNops(w, follow) : -1;   // (past the line NOP of the statement there)
            if (follow >= to && block + n <= w.code.size() && w.normalFlow.get(follow) && Tries.sameOps(w, block, copy, n)) {
                return new BreakCopies(follow, copy, n);
            }
            if (!Tries.constReturn(w, copy)) {
                return onlyCopies(w, from, end, after, to, copy, n);
            }
            // (a constant returned inside the loop pops the iterator first too: look on, a break's copy may follow)
        }
        return null;
    }

    /**
     * The breaks of the for body [from, end) copying the block [copy, copy + n) when the else clause [after,
     * to) leaves: the block after the loop exists only as those copies; or null.
     */
    private static BreakCopies onlyCopies(Walker w, int from, int end, int after, int to, int copy, int n) {
        for (int q = copy; q < copy + n; q++) {
            Op op = w.code.op(q);
            if (op.is("SWAP") || op.is("POP_TOP")) {
                return null;                         // a return inside the loop pops the iterator below its value
            }
        }
        if (n < 2 || !w.code.op(copy + n - 1).is("RETURN_VALUE") || !elseLeaves(w, after, to)) {
            return null;
        }
        for (int q = from; q < end; q++) {
            if (ForLoops.breakCopyLength(w, q, end) == n && Tries.sameOps(w, q + 1, copy, n)) {
                w.breakCopies.put(q, n);
            }
        }
        return new BreakCopies(-1, copy, n);
    }

    /** True when the else clause [after, to) ends leaving the code (a raise or return), jumping nowhere past it. */
    private static boolean elseLeaves(Walker w, int after, int to) {
        int last = -1;
        for (int q = after; q < to; q++) {
            Op op = w.code.op(q);
            if (!w.reachable.get(q) || !w.normalFlow.get(q)) {
                continue;
            }
            if (op.target() >= to) {
                return false;
            }
            last = q;
        }
        return last >= 0 && (w.code.op(last).is("RAISE_VARARGS") || w.code.op(last).is("RETURN_VALUE")
                || w.code.op(last).is("RETURN_CONST"));
    }
}
