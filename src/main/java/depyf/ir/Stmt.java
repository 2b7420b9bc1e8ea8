package depyf.ir;

import java.util.List;

/** Statements, one record per kind of Python's ast.stmt. Optional parts are null, bodies never. */
public sealed interface Stmt {

    record ExprStmt(Expr value) implements Stmt {}

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Expr target, Operator.Binary op, Expr value) implements Stmt {}

    /** {@code target: annotation = value}; simple is true for a bare name target. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record Delete(List<Expr> targets) implements Stmt {}

    record Pass() implements Stmt {}

    record Break() implements Stmt {}

    record Continue() implements Stmt {}

    record Return(Expr value) implements Stmt {}

    record Raise(Expr exc, Expr cause) implements Stmt {}

    record Assert(Expr test, Expr msg) implements Stmt {}

    record Import(List<Alias> names) implements Stmt {}

    /** {@code from .module import a as b}; module may be null for {@code from . import x}. */
    record ImportFrom(String module, List<Alias> names, int level) implements Stmt {}

    record Alias(String name, String asname) {}

    record Global(List<String> names) implements Stmt {}

    record Nonlocal(List<String> names) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    record WithItem(Expr context, Expr optionalVars) {}

    /** try/except/else/finally; {@code star} for except* (3.11+). */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean star) implements Stmt {}

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Expr type, String name, List<Stmt> body) {}

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                       boolean isAsync, List<TypeParam> typeParams) implements Stmt {}

    /**
     * @param line the line of the class statement (its first decorator), or -1: from 3.13 on, the class
     *     body stores it as {@code __firstlineno__}, so the printer places the statement there
     */
    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, List<TypeParam> typeParams, int line) implements Stmt {}

    record Match(Expr subject, List<MatchCase> cases) implements Stmt {}

    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    /** {@code type Name[T] = value} (3.12+). */
    record TypeAlias(String name, List<TypeParam> typeParams, Expr value) implements Stmt {}

    /**
     * Internal to structuring, never printed: control leaves a finally clause here (a RERAISE the
     * compiler copied into a branch); merged away with the statements that follow the branch.
     */
    record FinallyExit() implements Stmt {}

    /**
     * Internal to structuring, never printed: a branch of an except clause falls off the clause's end
     * here (3.12+ copy its POP_EXCEPT and the small block after the try statement into the branch);
     * {@code copy} is that block as lifted, {@code popExcept} the index of the branch's POP_EXCEPT. Merged
     * away by the try statement, which places the block after itself.
     */
    record ClauseExit(List<Stmt> copy, int popExcept) implements Stmt {}

    /**
     * Internal, never printed: a 3.14 class or module body's annotations as its {@code __annotate__}
     * function returns them, in order, with each one's conditional-annotation index (-1: none); merged
     * into the body's statements by the transform stage.
     */
    record PendingAnnotations(List<AnnAssign> items, List<Integer> indexes) implements Stmt {}

    /** A comment line, e.g. to explain a fallback. */
    record Comment(String text) implements Stmt {}

    /**
     * A function body that could not be recovered: printed as a comment block with the reason and the
     * disassembly, then {@code raise RuntimeError(...)}, never as plausible wrong code. Unreachable after
     * the raise, what the enclosing code was compiled from: the variables it shares with enclosing
     * functions (loaded) and, 3.13+, the attributes it stores on {@code self} (the class's
     * {@code __static_attributes__}).
     */
    record Unrecoverable(String qualname, String reason, String disassembly, List<String> freeVariables,
                         List<String> selfAttributes) implements Stmt {}
}
