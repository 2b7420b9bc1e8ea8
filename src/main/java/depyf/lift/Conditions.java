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
