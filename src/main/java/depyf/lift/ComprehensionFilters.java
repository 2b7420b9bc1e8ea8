package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.List;

/**
 * A comprehension loop's conditions read back from the statements the structurer made of their jumps: a
 * condition the structurer could not keep in one test (a conditional expression, and/or it split over
 * ifs) comes out as ifs that end in {@code continue} or fall through to the element. Each statement is
 * one {@code if} clause of the generator; the conditions keep the order and short-circuits of the
 * statements, so they evaluate the same tests in the same order.
 */
final class ComprehensionFilters {
    private ComprehensionFilters() {}

    private static final Expr TRUE = new Expr.Constant(PyObject.Bool.TRUE);
    private static final Expr FALSE = new Expr.Constant(PyObject.Bool.FALSE);

    /**
     * The statement a loop body {@code body} reaches when all its conditions hold (the element, or the next
     * generator's loop), adding the conditions to {@code ifs}; null when the body is not made of conditions
     * and one such statement.
     */
    static Stmt element(List<Stmt> body, List<Expr> ifs) {
        while (true) {
            if (body.isEmpty()) {
                return null;
            }
            for (Stmt s : body.subList(0, body.size() - 1)) {
                Expr c = passes(List.of(s));
                if (c == null || c == TRUE || c == FALSE) {
                    return null;
                }
                ifs.add(c);
            }
            Stmt last = body.get(body.size() - 1);
            if (last instanceof Stmt.If i && i.orelse().isEmpty()) {
                ifs.add(i.test());      // the rest of the body inside the if
                body = i.body();
                continue;
            }
            return last instanceof Stmt.If || last instanceof Stmt.Continue ? null : last;
        }
    }

    /**
     * When running {@code stmts} (ifs whose branches hold only such ifs and {@code continue}) falls through
     * their end: TRUE, FALSE or the condition; null when they are not only conditions.
     */
    private static Expr passes(List<Stmt> stmts) {
        Expr all = TRUE;
        for (int n = 0; n < stmts.size(); n++) {
            Expr c;
            if (stmts.get(n) instanceof Stmt.Continue && n == stmts.size() - 1) {
                c = FALSE;
            } else if (stmts.get(n) instanceof Stmt.If i) {
                Expr then = passes(i.body());
                Expr orelse = passes(i.orelse());
                if (then == null || orelse == null || then == orelse && (then == TRUE || then == FALSE)) {
                    return null;
                }
                c = choose(i.test(), then, orelse);
            } else {
                return null;
            }
            all = all == TRUE ? c : Conditions.bool(Operator.Bool.AND, all, c);
        }
        return all;
    }

    /** {@code then if test else orelse}, written with and/or where one side is a constant outcome. */
    private static Expr choose(Expr test, Expr then, Expr orelse) {
        if (then == FALSE && orelse == TRUE) {
            return Conditions.not(test);
        }
        if (then == TRUE && orelse == FALSE) {
            return test;
        }
        if (orelse == TRUE) {
            return Conditions.bool(Operator.Bool.OR, Conditions.not(test), then);
        }
        if (then == TRUE) {
            return Conditions.bool(Operator.Bool.OR, test, orelse);
        }
        if (orelse == FALSE) {
            return Conditions.bool(Operator.Bool.AND, test, then);
        }
        if (then == FALSE) {
            return Conditions.bool(Operator.Bool.AND, Conditions.not(test), orelse);
        }
        return new Expr.IfExp(test, then, orelse);
    }
}
