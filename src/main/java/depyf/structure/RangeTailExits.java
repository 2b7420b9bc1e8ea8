package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The then-branch: [b, to) in the range, then the exit [to, f), which must read as one return, break or
     * continue (the unwinding of enclosing statements it implies, an __exit__ call or a name's cleanup,
     * is not read here and would print as statements: then the function fails).
     */
    static List<Stmt> then(Walker w, int b, int to, int f, Lifter l, Region r) {
        Lifter then = l.fork();
        w.walk(b, to, then, r, -1);
        Lifter exit = then.fork();
        w.walk(to, f, exit, r.withExactFollow(f), -1);
        Stmt only = exit.out.size() == 1 ? exit.out.get(0) : null;
        // (the exit may pop what enclosing statements keep on the stack: a for loop's iterator, a handled exception)
        if (!(only instanceof Stmt.Return || only instanceof Stmt.Break || only instanceof Stmt.Continue)
                || exit.depth() > l.depth()) {
            throw new LiftException("unrecognised exit after a try body at " + w.code.op(to).offset());
        }
        List<Stmt> out = new ArrayList<>(then.out);
        out.addAll(exit.out);
        return out;
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
