package depyf.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.lift.Code;
import depyf.lift.Env;
import depyf.lift.LiftException;
import depyf.pyc.CodeObject;
import depyf.pyc.PycFile;
import depyf.structure.Walker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coverage checks run after structuring ({@link Coverage}): a structure that left a line unread, a
 * loop not read as a loop, a call standing twice in the tree, or a constant's return it does not hold, fails the code object; the structure the
 * walker finds for a committed case passes. (That no exact function falls back through them is what the round trips of the cases, the
 * standard library and the fuzz corpus measure.)
 */
class CoverageTest {
    private static final Path PYC = Path.of("testdata", "cases", "fuzz_wrong_s13", "3.12.pyc");
    private static final Path MATCHES = Path.of("testdata", "cases", "match_or_fails_before_body", "3.12.pyc");

    @Test
    void aLineNoLifterSteppedFailsTheCodeObject() throws IOException {
        Env env = env("while_true_else_break");
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(env, List.of()));
        assertTrue(e.getMessage().startsWith("line 73 ") && e.getMessage().endsWith("was never read: the structure found would leave it out"),
                e.getMessage());
    }

    @Test
    void aLoopNotReadAsALoopFailsTheCodeObject() throws IOException {
        Env env = env("while_true_else_break");
        env.stepped.set(0, env.code.size());   // every line read, but no loop walked
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(env, List.of()));
        assertTrue(e.getMessage().startsWith("the loop at line 72 (offset 2) "), e.getMessage());
        env.loopHeads.set(0);                  // the `while True` line's NOP: the jumps back past it continue it
        assertDoesNotThrow(() -> Coverage.check(env, List.of()));
    }

    @Test
    void theWalkersOwnReadingPasses() throws IOException {
        for (String name : List.of("while_true_else_break", "while_test_copy_else_continue")) {
            Env env = env(name);
            List<depyf.ir.Stmt> walked = new Walker(env, true).body();
            assertTrue(env.loopHeads.cardinality() > 0, name + ": the loop's heads are recorded");
            assertDoesNotThrow(() -> Coverage.check(env, walked), name);
        }
    }

    @Test
    void aLineOnlyADroppedReadingReadFailsTheCodeObject() throws IOException {
        Env env = env("while_true_else_break");
        List<depyf.ir.Stmt> walked = walkedPassing(env);
        // the same walk, its statements dropped (as a trial reading's are): every instruction was stepped and
        // the loop walked, but what read them is not in the tree
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(env, List.of()));
        assertTrue(e.getMessage().endsWith("was read only into statements a dropped reading made"), e.getMessage());
        // statements rebuilt around the walk's own (the loop inside a new if) keep what they read
        depyf.ir.Stmt rebuilt = new depyf.ir.Stmt.If(new depyf.ir.Expr.Name("c"), walked, List.of());
        assertDoesNotThrow(() -> Coverage.check(env, List.of(rebuilt)));
    }

    @Test
    void aComprehensionOfADroppedReadingDoesNotCountAsRead() throws IOException {
        // `v = c(); t([v + i for i in n() if c()])`: 3.12 inlines the comprehension, its loop read by lifters
        // of its own and folded into the expression (Env.folded), the two statements by one lifter
        Path pyc = Path.of("testdata", "cases", "match_case_clause_continuation_after_guard_walk", "3.12.pyc");
        Env env = env(pyc, "f3");
        List<depyf.ir.Stmt> walked = walkedPassing(env);
        assertTrue(!env.folded.isEmpty(), "the comprehension's loop is folded");
        // the statements dropped, as a trial reading's are: the folded loop, whose parts the comprehension
        // shares, counted as in the tree whatever the tree held, and so did the lifter of `v = c()` (set 193
        // q66 f210: code only a dropped guard walk read, printed nowhere)
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(env, List.of()));
        assertTrue(e.getMessage().endsWith("was read only into statements a dropped reading made"), e.getMessage());
    }

    @Test
    void aCallPrintedTwiceFailsTheCodeObject() throws IOException {
        Env env = env(MATCHES, "or_case_last_statement");
        List<depyf.ir.Stmt> walked = walkedPassing(env);
        // the match's subject, a call, standing in two statements: what a COPY of it read as two expressions
        // prints (the bytecode calls it once)
        List<depyf.ir.Stmt> twice = new java.util.ArrayList<>(walked);
        twice.addAll(walked.stream().filter(s -> s instanceof depyf.ir.Stmt.Match).toList());
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(env, twice));
        assertTrue(e.getMessage().startsWith("an expression evaluated once would be printed twice"), e.getMessage());
        // two equal calls, each its own evaluation, pass
        List<depyf.ir.Stmt> equal = new java.util.ArrayList<>(walked);
        for (int k = 0; k < 2; k++) {
            equal.add(new depyf.ir.Stmt.ExprStmt(new depyf.ir.Expr.Call(new depyf.ir.Expr.Name("t"), List.of(), List.of())));
        }
        assertDoesNotThrow(() -> Coverage.check(env, equal));
    }

    @Test
    void aReturnOfAConstantTheTreeDoesNotHoldFailsTheCodeObject() throws IOException {
        Path pyc = Path.of("testdata", "cases", "with_cold_return_after_try", "3.12.pyc");
        Env env = env(pyc, "with_cold_return_elif");
        List<depyf.ir.Stmt> walked = walkedPassing(env);
        // every line stepped, no lifter, no loop: only the returns of 5 and 7 are missing from an empty tree
        Env bare = env(pyc, "with_cold_return_elif");
        bare.stepped.set(0, bare.code.size());
        LiftException e = assertThrows(LiftException.class, () -> Coverage.check(bare, List.of()));
        assertTrue(e.getMessage().startsWith("the return of 5 ") && e.getMessage().endsWith("was never read: the structure found would leave it out"),
                e.getMessage());
        List<depyf.ir.Stmt> returns = new java.util.ArrayList<>();
        for (int k : List.of(5, 7)) {
            returns.add(new depyf.ir.Stmt.Return(new depyf.ir.Expr.Constant(depyf.pyc.PyObject.Int.of(k))));
        }
        assertDoesNotThrow(() -> Coverage.check(bare, returns));
    }

    /** The walker's own reading of env's code object, which the checks pass. */
    private static List<depyf.ir.Stmt> walkedPassing(Env env) {
        List<depyf.ir.Stmt> walked = new Walker(env, true).body();
        assertDoesNotThrow(() -> Coverage.check(env, walked));
        return walked;
    }

    private static Env env(String name) throws IOException {
        return env(PYC, name);
    }

    private static Env env(Path pyc, String name) throws IOException {
        CodeObject code = find(PycFile.read(pyc).code(), name);
        assertNotNull(code, name + " in " + pyc);
        return new Env(new Code(code), null, CodeDecompiler.BUDGET);
    }

    private static CodeObject find(CodeObject code, String name) {
        if (code.name().equals(name)) {
            return code;
        }
        for (CodeObject nested : code.nestedCode()) {
            CodeObject found = find(nested, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
