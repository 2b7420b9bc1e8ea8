package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;
import java.util.Objects;

/**
 * {@code if c: return} (or break, continue, raise) ending a try or with body: the compiler unwinds the
 * handler (POP_BLOCK) before the exit, so the exit's code lies just past the protected range and the
 * test jumps past it, to where the body's normal end goes. Read inside the body, the test jumps out of
 * its region; the then-branch is the rest of the range and the exit after it.
 */
final class RangeTailExits {
    private RangeTailExits() {}

    /**
     * Where the then-branch [b, f) of the test at {@code jump}, in a try body ending at {@code to}, ends
     * (f), when [to, f) is such an exit: straight code in one handler context (that of the code around the
     * try), reached only from the then-branch, ending in a return, raise or jump that does not fall into f,
     * and f is where the body's normal end goes (outside the protected range). Else -1.
     */
    static int thenEnd(Walker w, int jump, int b, int f, int to, Region r) {
        Code.Handler body = w.code.handlerAt(jump);
        if (f <= to || to != r.follow() || to < b || body == null || Handlers.covers(w.code, to, body.target())
                || Handlers.covers(w.code, f, body.target())
                || Handlers.kind(w.code, body.target()) != Handlers.Kind.EXCEPT) {
            // a with or finally body unwinds with more code (an __exit__ call, a copy of the finally body),
            // not read here: the try would print that copy a second time
            return -1;
        }
        if (Branches.sameExit(w, to, f)) {
            return -1;                         // the body's own end, a jump where the test goes too
        }
        Code.Handler outside = w.code.handlerAt(to);
        for (int k = to; k < f; k++) {
            Op op = w.code.op(k);
            if (k > b && w.jumpTargets.get(k) && !onlyJumpsFrom(w, b, f, k) || !sameHandler(outside, w.code.handlerAt(k))
                    || w.dead.get(k)) {
                return -1;
            }
            boolean last = k == f - 1;
            if (last != (op.isTerminal() || op.isUnconditionalJump()) || !last && op.target() >= 0) {
                return -1;
            }
        }
        return f;
    }

    /** True when every jump to t comes from [from, to). */
    private static boolean onlyJumpsFrom(Walker w, int from, int to, int t) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && (op.index() < from || op.index() >= to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHandler(Code.Handler a, Code.Handler b) {
        return a == null ? b == null : b != null && a.target() == b.target() && a.depth() == b.depth()
                && a.lasti() == b.lasti();
    }
}
