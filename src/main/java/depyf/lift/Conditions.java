package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
import java.util.ArrayList;
import java.util.List;

/** Building and negating boolean expressions. */
public final class Conditions {
    private Conditions() {}

    /** {@code not e}, simplified where Python's compiler would give the same code. */
    public static Expr not(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == Operator.Unary.NOT) {
            return u.operand();
        }
        if (e instanceof Expr.BoolOp b && b.values().stream()
                .allMatch(v -> v instanceof Expr.UnaryOp u && u.op() == Operator.Unary.NOT)) {
            // not (not a or not b) is a and b: what the source said, compiled to the same jumps
            List<Expr> values = new ArrayList<>();
            for (Expr v : b.values()) {
                values.add(((Expr.UnaryOp) v).operand());
            }
            return new Expr.BoolOp(b.op() == Operator.Bool.OR ? Operator.Bool.AND : Operator.Bool.OR, values);
        }
        return new Expr.UnaryOp(Operator.Unary.NOT, e);
    }

    /**
     * True when a and b are the same test up to where the negations sit: {@code not (x and y)} and
     * {@code not x or not y}, {@code not x is None} and {@code x is not None} (the compiler's copy of a
     * loop's test at the bottom of its body reads with its jumps the other way round).
     */
    public static boolean sameTest(Expr a, Expr b) {
        return normal(a, false).equals(normal(b, false));
    }

    /** e (negated when {@code negate}) with the negations pushed down to the operands of and/or and flattened. */
    private static Expr normal(Expr e, boolean negate) {
        if (e instanceof Expr.UnaryOp u && u.op() == Operator.Unary.NOT) {
            return normal(u.operand(), !negate);
        }
        if (e instanceof Expr.BoolOp b) {
            Operator.Bool op = negate ? (b.op() == Operator.Bool.AND ? Operator.Bool.OR : Operator.Bool.AND) : b.op();
            List<Expr> values = new ArrayList<>();
            for (Expr v : b.values()) {
                Expr n = normal(v, negate);
                if (n instanceof Expr.BoolOp nb && nb.op() == op) {
                    values.addAll(nb.values());
                } else {
                    values.add(n);
                }
            }
            return new Expr.BoolOp(op, values);
        }
        if (negate && e instanceof Expr.Compare c && c.ops().size() == 1
                && (c.ops().get(0) == Operator.Compare.IS || c.ops().get(0) == Operator.Compare.IS_NOT)) {
            // POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE: `is` and `is not` are one test jumping either way
            Operator.Compare flipped = c.ops().get(0) == Operator.Compare.IS ? Operator.Compare.IS_NOT : Operator.Compare.IS;
            return new Expr.Compare(c.left(), List.of(flipped), c.comparators());
        }
        return negate ? new Expr.UnaryOp(Operator.Unary.NOT, e) : e;
    }

    /** The boolean combination of two operands, flattening nested ones of the same operator. */
    public static Expr bool(Operator.Bool op, Expr left, Expr right) {
        List<Expr> values = new ArrayList<>();
        if (left instanceof Expr.BoolOp b && b.op() == op) {
            values.addAll(b.values());
        } else {
            values.add(left);
        }
        if (right instanceof Expr.BoolOp b && b.op() == op) {
            values.addAll(b.values());
        } else {
            values.add(right);
        }
        return new Expr.BoolOp(op, values);
    }
}
