package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Parts;
import depyf.ir.Stmt;
import depyf.lift.Env;
import depyf.lift.Steps;
import depyf.pyc.PyObject;
import java.util.List;

/**
 * The raise of an assert's own AssertionError (LOAD_ASSERTION_ERROR, LOAD_COMMON_CONSTANT): under a test
 * it is {@code assert test, msg} ({@link Branches#assertion}); alone it is {@code assert False, msg}, whose
 * constant test the compiler dropped.
 */
final class BareAsserts {
    private BareAsserts() {}

    /** {@code assert False, msg} for a raise of the assert's AssertionError (called with msg or not), else null. */
    static Stmt.Assert of(Env env, Stmt s) {
        if (!(s instanceof Stmt.Raise raise) || raise.cause() != null || raise.exc() == null) {
            return null;
        }
        Expr no = new Expr.Constant(PyObject.Bool.FALSE);
        if (env.unwrap(raise.exc()) == Steps.ASSERTION_ERROR) {
            return new Stmt.Assert(no, null);
        }
        if (raise.exc() instanceof Expr.Call c && env.unwrap(c.func()) == Steps.ASSERTION_ERROR
                && c.args().size() == 1 && c.keywords().isEmpty()) {
            return new Stmt.Assert(no, c.args().get(0));
        }
        return null;
    }

    /** The body with each raise of the assert's AssertionError left after structuring read as {@code assert False}. */
    @SuppressWarnings("unchecked")
    static List<Stmt> apply(Env env, List<Stmt> body) {
        return (List<Stmt>) Parts.rewrite(body,
                n -> n instanceof Expr || n instanceof Stmt.Unrecoverable || n instanceof PyObject,
                (r, part) -> (r instanceof Stmt.FunctionDef || r instanceof Stmt.ClassDef) && part.equals("body"),
                n -> {
                    Stmt.Assert a = n instanceof Stmt.Raise ? of(env, (Stmt) n) : null;
                    return a != null ? a : n;
                });
    }
}
