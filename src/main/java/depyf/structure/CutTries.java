package depyf.structure;

import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Op;

/**
 * A {@code while True} whose last jump back is a {@code continue} inside a try statement (unwinding a
 * finally clause on its way) while the try goes on after it: the body's end is not that jump but the
 * first statement leaving the loop after the try (the break, laid out as a fall into the code after the
 * loop or as a jump past the end of the if statement whose branch the loop ends, or a return).
 */
final class CutTries {
    private CutTries() {}

    /**
     * The last instruction of the body of the loop headed at p whose last jump back is at back: back, or
     * when a try statement starting in the body has protected code in the normal flow past it, the first
     * return or raise after that statement. A shape not read leaves back (the try then fails, cut by the
     * loop's end).
     */
    static int loopEnd(Walker w, int p, int back, int to) {
        int last = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() <= p || h.start() > back || h.target() <= back || Handlers.covers(w.code, p, h.target()) || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || !w.normalFlow.get(h.start())) {
                continue;
            }
            for (Code.Handler g : w.code.handlers()) {
                if (g.target() == h.target() && g.end() > back + 1 && normalIn(w, Math.max(back + 1, g.start()), g.end())) {
                    last = Math.max(last, g.end());
                }
            }
        }
        if (last < 0 || last >= to) {
            return back;
        }
        int end = -1;
        for (int k = last; k < to; k++) {
            if (!w.normalFlow.get(k)) {
                continue;
            }
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() > k + 1 && op.target() < to && w.onlyHandlerCode(k + 1, op.target())) {
                k = op.target() - 1;           // 3.11: the normal exit jumps over the handlers to the code after the try
                continue;
            }
            if (op.isTerminal() || op.target() >= 0 && op.target() < p) {
                end = k;
                break;
            }
        }
        boolean noneValue = end > 0 && w.code.op(end).is("RETURN_VALUE") && Tries.noneReturnLength(w, end - 1) == 2;
        if (end < 0 || noneValue || !(w.code.op(end).is("RETURN_VALUE") || w.code.op(end).is("RAISE_VARARGS")
                || w.code.op(end).is("RETURN_CONST") && Tries.noneReturnLength(w, end) == 0
                || breaksOutOfRegion(w, end, to))) {
            return back;                       // (a return of None may be a break's copy of the implicit return)
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            boolean inside = op.index() >= p && op.index() <= end;
            if (t >= 0 && w.normalFlow.get(op.index()) && (inside ? t > end && t < to && !w.onlyHandlerCode(end + 1, t + 1)
                    : t > back && t <= end)) {
                return back;                   // a jump out of the body, or into its tail from outside
            }
        }
        return end;
    }

    /**
     * A break jumping past the end of the region (the loop ends a branch of an if statement: the break goes
     * to the end of that statement), nothing but handler code between it and the region's end.
     */
    private static boolean breaksOutOfRegion(Walker w, int end, int to) {
        Op op = w.code.op(end);
        return op.is("JUMP_FORWARD") && op.target() >= to && (end + 1 == to || w.onlyHandlerCode(end + 1, to));
    }

    private static boolean normalIn(Walker w, int from, int to) {
        int k = w.normalFlow.nextSetBit(from);
        return k >= 0 && k < to;
    }

    /**
     * A while loop with a test, its body [b, f): a {@code continue} goes back to the test, only the copy
     * of the test at the bottom (3.11-3.13) to b. A jump to b from an except clause is the continue of a
     * {@code while True} loop starting where the body does, which is not read: fails.
     */
    static void sharedHead(Walker w, int b, int f) {
        if (!w.normalFlow.get(b)) {
            return;                            // a loop in handler code (a finally body's copy): its own jumps
        }
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == b && k != b && w.reachable.get(k) && !w.normalFlow.get(k)) {
                throw new LiftException("an except clause jumps back to the start of a while loop's body (a loop inside"
                        + " it starting there) at " + op.offset());
            }
        }
    }
}
