package depyf.structure;

import depyf.lift.LiftException;
import depyf.lift.Op;
import java.util.BitSet;

/**
 * The last check of a walk: every call that runs must have been read. A region the walk skipped (code
 * reached only by a with's suppressing path, an else clause laid out past the handlers) prints nothing
 * and no other check notices: the function would silently lose that code. The compiler copies code
 * (finally bodies, exit blocks, a break's block) and the structurer reads each copy once, so calls are
 * compared by source line: a line with a live call none of whose calls the lifter executed was never
 * read. A with's exit and (3.14) enter calls are the with's own, read from their shape.
 */
final class UnreadCalls {
    private UnreadCalls() {}

    static void check(Walker w) {
        BitSet readLines = new BitSet();
        BitSet steppedCalls = w.env.steppedCalls;
        for (int k = steppedCalls.nextSetBit(0); k >= 0; k = steppedCalls.nextSetBit(k + 1)) {
            if (w.code.op(k).line() >= 0) {
                readLines.set(w.code.op(k).line());
            }
        }
        for (Op op : w.code.ops()) {
            int line = op.line();
            if (line >= 0 && isCall(op) && w.live(op.index()) && !readLines.get(line) && !withsOwn(w, op.index())) {
                throw new LiftException("a call on line " + line + " was never read (code skipped) at " + op.offset());
            }
        }
    }

    private static boolean isCall(Op op) {
        return op.is("CALL") || op.is("CALL_KW") || op.is("CALL_FUNCTION_EX");
    }

    /** True when the call at k is a with's exit call (three Nones) or 3.14's enter or exit call after LOAD_SPECIAL. */
    private static boolean withsOwn(Walker w, int k) {
        int q = k - 1;
        if (q >= 0 && w.code.op(q).is("PRECALL")) {
            q--;                               // 3.11
        }
        if (q >= 0 && w.code.op(q).is("LOAD_SPECIAL")) {
            return true;
        }
        for (int n = 0; n < 3; n++, q--) {
            if (q < 0 || !w.code.op(q).is("LOAD_CONST") || !Walker.isNoneConst(depyf.lift.Lifter.constantExpr(w.code.op(q)))) {
                return false;
            }
        }
        return true;
    }
}
