package depyf.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachableCodeTest {
    private static final Stmt CALL = new Stmt.ExprStmt(new Expr.Name("f"));
    private static final Stmt RETURN = new Stmt.Return(new Expr.Name("x"));

    @Test
    void aStatementAfterAnExitInTheSameBlockFails() {
        assertThrows(LiftException.class, () -> UnreachableCode.check(List.of(RETURN, CALL)));
        assertThrows(LiftException.class, () -> UnreachableCode.check(List.of(
                new Stmt.While(new Expr.Name("c"), List.of(new Stmt.Break(), CALL), List.of()))));
        assertThrows(LiftException.class, () -> UnreachableCode.check(List.of(new Stmt.Try(List.of(CALL),
                List.of(new Stmt.ExceptHandler(null, null, List.of(new Stmt.Raise(null, null), CALL))), List.of(),
                List.of(), false))));
    }

    @Test
    void exitsEndingNestedBlocksAreFine() {
        assertDoesNotThrow(() -> UnreachableCode.check(List.of(
                new Stmt.If(new Expr.Name("c"), List.of(RETURN), List.of(new Stmt.Continue())), CALL, RETURN)));
    }
}
