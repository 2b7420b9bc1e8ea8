package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import depyf.lift.Lifter;

/**
 * {@code return 0 if c else (1 if d else -1)} on 3.12 and 3.13: the return is copied into the first arm,
 * where its constant is not folded into RETURN_CONST (a {@code return 0} the source wrote would be),
 * and the second arm, itself a conditional expression (or any value with jumps), ends with the return
 * of its own arms. {@link Branches} reads the simple second arm; this one walks it as statements: the
 * first is the return of its value.
 */
final class NestedReturnIfExps {
    private NestedReturnIfExps() {}

    /** The index where the walk goes on after {@code return a if e else <second arm>}, or -1. */
    static int read(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14) || f < b + 2 || f >= to
                || !w.code.op(f - 1).is("RETURN_VALUE") || !w.code.op(f - 2).is("LOAD_CONST")) {
            return -1;
        }
        for (int k = b; k < f; k++) {
            if (w.code.op(k).target() >= 0 || k > b && w.code.isJumpTarget(k)) {
                return -1;                     // the first arm is one straight value (its own arms end in copies too)
            }
        }
        try {
            Lifter then = l.fork();
            w.walk(b, f, then, r.withFollow(f), -1);
            if (then.out.size() != 1 || !(then.out.get(0) instanceof Stmt.Return ret) || ret.value() == null
                    || then.depth() != l.depth()) {
                return -1;
            }
            Lifter other = l.fork();
            int end = w.walk(f, to, other, r, -1);
            if (other.out.isEmpty() || !(other.out.get(0) instanceof Stmt.Return second) || second.value() == null
                    || other.depth() != l.depth()) {
                return -1;
            }
            l.emit(new Stmt.Return(new Expr.IfExp(e, ret.value(), second.value())));
            other.out.subList(1, other.out.size()).forEach(l::emit);
            return end;
        } catch (LiftException ex) {
            return -1;
        }
    }
}
