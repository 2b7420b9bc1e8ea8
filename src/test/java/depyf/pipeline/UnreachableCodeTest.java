package depyf.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachableCodeTest {
    private static final Stmt CALL = new Stmt.ExprStmt(new Expr.Name("f"));
    private static final Stmt RETURN = new Stmt.Return(new Expr.Name("x"));

    private static List<Stmt> prune(List<? extends Stmt> body) {
        return UnreachableCode.prune(List.copyOf(body), true);
    }

    @Test
    void aStatementAfterAWhileTrueLoopWithNoBreakOfItsOwnFails() {
        Expr yes = new Expr.Constant(depyf.pyc.PyObject.Bool.TRUE);
        Stmt endless = new Stmt.While(yes, List.of(CALL, new Stmt.While(new Expr.Name("c"), List.of(new Stmt.Break()), List.of())),
                List.of());
        assertThrows(LiftException.class, () -> prune(List.of(endless, CALL)));
        Stmt left = new Stmt.While(yes, List.of(new Stmt.If(new Expr.Name("c"), List.of(new Stmt.Break()), List.of())), List.of());
        assertEquals(List.of(left, CALL), prune(List.of(left, CALL)));
        Stmt breakInElse = new Stmt.While(yes, List.of(new Stmt.For(new Expr.Name("k"), new Expr.Name("n"), List.of(CALL),
                List.of(new Stmt.Break()), false)), List.of());
        assertEquals(List.of(breakInElse, CALL), prune(List.of(breakInElse, CALL)));
        // (before 3.10 the compiler keeps the dead code after such a loop)
        assertEquals(List.of(endless, CALL), UnreachableCode.prune(List.of(endless, CALL), false));
    }

    @Test
    void aStatementAfterAnExitInTheSameBlockFails() {
        assertThrows(LiftException.class, () -> prune(List.of(RETURN, CALL)));
        assertThrows(LiftException.class, () -> prune(List.of(
                new Stmt.While(new Expr.Name("c"), List.of(new Stmt.Break(), CALL), List.of()))));
        assertThrows(LiftException.class, () -> prune(List.of(new Stmt.Try(List.of(CALL),
                List.of(new Stmt.ExceptHandler(null, null, List.of(new Stmt.Raise(null, null), CALL))), List.of(),
                List.of(), false))));
    }

    @Test
    void aStatementAfterACompoundStatementThatAlwaysLeavesFails() {
        Stmt ifElse = new Stmt.If(new Expr.Name("c"), List.of(RETURN), List.of(new Stmt.Raise(new Expr.Name("e"), null)));
        assertThrows(LiftException.class, () -> prune(List.of(ifElse, CALL)));
        Stmt tryLeaving = new Stmt.Try(List.of(CALL), List.of(new Stmt.ExceptHandler(null, null, List.of(RETURN))),
                List.of(RETURN), List.of(), false);
        assertThrows(LiftException.class, () -> prune(List.of(tryLeaving, CALL)));
        Stmt tryFinallyRaising = new Stmt.Try(List.of(CALL), List.of(), List.of(), List.of(new Stmt.Raise(null, null)), false);
        assertThrows(LiftException.class, () -> prune(List.of(tryFinallyRaising, RETURN)));
    }

    @Test
    void aBareJumpAfterACompoundStatementThatAlwaysLeavesIsDropped() {
        Stmt ifElse = new Stmt.If(new Expr.Name("c"), List.of(new Stmt.Break()), List.of(RETURN));
        assertEquals(List.of(ifElse), prune(List.of(ifElse, new Stmt.Continue())));
        Stmt tryFinallyRaising = new Stmt.Try(List.of(CALL), List.of(), List.of(), List.of(new Stmt.Raise(null, null)), false);
        assertEquals(List.of(tryFinallyRaising), prune(List.of(tryFinallyRaising, new Stmt.Raise(null, null))));
        Stmt raiseE = new Stmt.Raise(new Expr.Name("e"), null);
        Stmt finallyRaising = new Stmt.Try(List.of(CALL), List.of(), List.of(), List.of(CALL, raiseE), false);
        assertEquals(List.of(finallyRaising), prune(List.of(finallyRaising, raiseE)));
        assertThrows(LiftException.class, () -> prune(List.of(finallyRaising, CALL)));
    }

    @Test
    void statementsAfterWithsLoopsAndOpenBranchesAreFine() {
        Stmt with = new Stmt.With(List.of(new Stmt.WithItem(new Expr.Name("m"), null)), List.of(RETURN), false);
        Stmt ifOnly = new Stmt.If(new Expr.Name("c"), List.of(RETURN), List.of());
        Stmt tryPassing = new Stmt.Try(List.of(RETURN), List.of(new Stmt.ExceptHandler(null, null, List.of(CALL))),
                List.of(), List.of(), false);
        List<Stmt> body = List.of(with, CALL, ifOnly, CALL, tryPassing, CALL, RETURN);
        assertEquals(body, prune(body));
    }

    @Test
    void exitsEndingNestedBlocksAreFine() {
        assertDoesNotThrow(() -> prune(List.of(
                new Stmt.If(new Expr.Name("c"), List.of(RETURN), List.of(CALL)), CALL, RETURN)));
    }
}
