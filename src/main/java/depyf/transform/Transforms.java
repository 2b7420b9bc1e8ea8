package depyf.transform;

import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.ir.Expr;
import depyf.ir.Parts;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Idiom passes over a structured body, in order: the implicit trailing {@code return None}, the
 * compiler's class-body bookkeeping, docstrings, the negations in jump tests, and global/nonlocal
 * declarations.
 */
public final class Transforms {
    private Transforms() {}

    /** What kind of body a code object is. */
    public enum Kind { MODULE, FUNCTION, CLASS }

    private static final int CO_ASYNC_GENERATOR = 0x200;

    /** CO_HAS_DOCSTRING (3.14+). */
    private static final int CO_HAS_DOCSTRING = 0x4000000;

    public static List<Stmt> apply(List<Stmt> body, CodeObject code, Kind kind) {
        return apply(body, code, kind, Set.of(), Set.of(), Map.of());
    }

    /**
     * explicit: the {@code return None} statements the source wrote (a shared return block), kept at the end;
     * lineless: the continues read from jumps without a line of their own ({@link LoopTails}); returnLines:
     * the line of each return read from a return instruction ({@link ReturnTails}).
     */
    public static List<Stmt> apply(List<Stmt> body, CodeObject code, Kind kind, Set<Stmt> explicit, Set<Stmt> lineless,
                                   Map<Stmt, Integer> returnLines) {
        List<Stmt> out = new ArrayList<>(LoopTails.fold(ReturnTails.fold(body, returnLines), lineless,
                !code.version().atLeast(3, 14)));
        dropTrailingReturn(out, kind, explicit);
        if (kind == Kind.FUNCTION && ((code.flags() & CO_ASYNC_GENERATOR) != 0 || !returnsValue(out))) {
            // (PEP 8: a function that returns no value anywhere says `return`; one that does, `return None`)
            out = bareReturns(out);
        }
        if (kind != Kind.FUNCTION) {
            out = ImplicitReturns.drop(out);
            out = ConditionalAnnotations.merge(out);
            out.removeIf(Transforms::isConditionalAnnotationBookkeeping);
        }
        if (kind == Kind.CLASS) {
            classBookkeeping(out);
            out = mergeAnnotations(out);
        }
        if (kind == Kind.FUNCTION) {
            functionDocstring(out, code);
        } else {
            nameDocstring(out);
        }
        out = ElifChains.fold(out);
        out = JumpTests.tidy(out, code.version());
        declarations(out, code);      // a module's STORE_GLOBAL: some function declared the name global
        if (kind == Kind.FUNCTION && isGenerator(code) && !yields(out)) {
            // every yield was dead code (while False: yield), removed by the compiler; the function is still
            // a generator, and a yield the compiler removes again keeps it one
            out.add(new Stmt.If(new Expr.Constant(PyObject.Bool.FALSE),
                    List.of(new Stmt.ExprStmt(new Expr.Yield(null))), List.of()));
        }
        if (out.isEmpty() && kind != Kind.MODULE) {
            out.add(new Stmt.Pass());
        }
        return out;
    }

    /** True when a return in {@code node}, outside nested scopes, gives a value other than None. */
    private static boolean returnsValue(Object node) {
        return switch (node) {
            case null -> false;
            case Stmt.Return r -> r.value() != null && !isNone(r.value());
            case Stmt.FunctionDef f -> false;
            case Stmt.ClassDef c -> false;
            case Expr e -> false;
            case List<?> list -> list.stream().anyMatch(Transforms::returnsValue);
            case Record r -> depyf.ir.Parts.of(r).stream().anyMatch(Transforms::returnsValue);
            default -> false;
        };
    }

    /**
     * Every {@code return None} of the body (nested defs aside) made bare: an async generator cannot say
     * {@code return None}, and a function returning no value anywhere says {@code return}.
     */
    private static List<Stmt> bareReturns(List<Stmt> body) {
        return inScope(body, n -> n instanceof Stmt.Return r && r.value() != null && isNone(r.value()) ? new Stmt.Return(null) : n);
    }

    /**
     * The body rebuilt bottom-up with {@code after} applied to each statement and its parts ({@link Parts#rewrite}),
     * expressions and constants left whole, nested def and class bodies left alone (their code objects are
     * decompiled, and transformed, on their own).
     */
    @SuppressWarnings("unchecked")
    static List<Stmt> inScope(List<Stmt> body, java.util.function.UnaryOperator<Object> after) {
        return (List<Stmt>) Parts.rewrite(body,
                n -> n instanceof Expr || n instanceof PyObject,
                (r, part) -> (r instanceof Stmt.FunctionDef || r instanceof Stmt.ClassDef) && part.equals("body"),
                after);
    }

    /** 3.14: {@code __conditional_annotations__ = set()} and its {@code .add(n)} calls are the compiler's. */
    private static boolean isConditionalAnnotationBookkeeping(Stmt s) {
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().equals("__conditional_annotations__")
                || s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c
                && c.func() instanceof Expr.Attribute at && at.value() instanceof Expr.Name n2
                && n2.id().equals("__conditional_annotations__");
    }

    static boolean isNone(Expr e) {
        return e == null || e instanceof Expr.Constant c && c.value() instanceof PyObject.None;
    }

    private static void dropTrailingReturn(List<Stmt> out, Kind kind, Set<Stmt> explicit) {
        // copies of the final return that the compiler made for jumps read as one exit are walked in turn
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Return r && isNone(r.value())
                && !explicit.contains(r)) {
            out.remove(out.size() - 1);
        }
        if (kind == Kind.FUNCTION && !out.isEmpty()) {
            List<Stmt> folded = new ArrayList<>(foldTail(out, explicit));
            out.clear();
            out.addAll(folded);
            out.set(out.size() - 1, dropTailReturns(out.get(out.size() - 1), explicit));
        }
    }

    /**
     * In tail position, {@code if c: A} + a copy of the implicit return, followed by R, is {@code if c: A
     * else: R}: the compiler copied the final return to the end of A (R falls off the end too).
     */
    private static List<Stmt> foldTail(List<Stmt> block, Set<Stmt> explicit) {
        for (int k = 0; k < block.size() - 1; k++) {
            if (block.get(k) instanceof Stmt.If i && (i.body().size() >= 2
                    && i.body().get(i.body().size() - 1) instanceof Stmt.Return r && isNone(r.value())
                    && !endsInCopy(i.body().get(i.body().size() - 2), explicit) && !explicit.contains(r)
                    || i.orelse().isEmpty() && !i.body().isEmpty() && tryEndingInCopies(i.body().get(i.body().size() - 1), explicit))
                    && !allImplicitReturns(block.subList(k + 1, block.size()), explicit)) {
                List<Stmt> out = new ArrayList<>(block.subList(0, k));
                List<Stmt> orelse = new ArrayList<>(i.orelse());
                orelse.addAll(block.subList(k + 1, block.size()));
                out.add(new Stmt.If(i.test(), i.body(), orelse));
                return out;
            }
        }
        return block;
    }

    /**
     * The implicit {@code return None} at the end of a function runs wherever a block in tail position
     * falls off its end; the compiler copies it there (3.11+), so the lifter reads a return that the
     * source did not have. Removed from the end of such blocks when the block keeps a statement.
     */
    private static Stmt dropTailReturns(Stmt s, Set<Stmt> explicit) {
        return switch (s) {
            case Stmt.If i -> new Stmt.If(i.test(), tail(i.body(), explicit), tail(i.orelse(), explicit));
            case Stmt.Try t when t.finalbody().isEmpty() || passOnly(t.finalbody()) -> new Stmt.Try(t.orelse().isEmpty() ? tail(t.body(), explicit)
                    : t.body(), t.handlers().stream().map(h -> new Stmt.ExceptHandler(h.type(), h.name(),
                    tail(h.body(), explicit))).toList(), orelseTail(t.orelse(), explicit), t.finalbody(), t.star());
            default -> s;
        };
    }

    /**
     * {@code finally: pass}: its copy on each way out of the try is its line's NOP, which the copy of the
     * implicit return falling off the try takes the line of (flowgraph.c removes the NOP and hands its line to
     * the next instruction): ways out of a tail try ending in such a copy fell off, as without a finally.
     */
    private static boolean passOnly(List<Stmt> block) {
        return !block.isEmpty() && block.stream().allMatch(s -> s instanceof Stmt.Pass);
    }

    /**
     * An if without else whose body ends in an if and a copy of the final return: a chain of tests read as
     * nested ifs, each with its copy (3.12+ lay `if a and b` out that way), which the copy after it
     * belongs to. (A plain if's body ends in a copy too: the one its end falls into.)
     */
    private static boolean endsInCopy(Stmt s, Set<Stmt> explicit) {
        if (!(s instanceof Stmt.If i) || !i.orelse().isEmpty() || i.body().size() < 2) {
            return false;
        }
        int n = i.body().size();
        return i.body().get(n - 1) instanceof Stmt.Return r && isNone(r.value()) && !explicit.contains(r)
                && i.body().get(n - 2) instanceof Stmt.If;
    }

    /**
     * A try statement (without finally) every way out of which ends in a copy of the final return: its
     * else clause (or, without one, its body) and each except clause. Ending an if's body, the code after
     * the if is that if's else, as for a body ending in one copy ({@link #foldTail}).
     */
    private static boolean tryEndingInCopies(Stmt s, Set<Stmt> explicit) {
        if (!(s instanceof Stmt.Try t) || !t.finalbody().isEmpty() || t.star() || t.handlers().isEmpty()) {
            return false;
        }
        if (!endsInCopy(t.orelse().isEmpty() ? t.body() : t.orelse(), explicit)) {
            return false;
        }
        return t.handlers().stream().allMatch(h -> endsInCopy(h.body(), explicit));
    }

    /** True when the block ends in a copy of the final return, or in a try every way out of which does. */
    private static boolean endsInCopy(List<Stmt> block, Set<Stmt> explicit) {
        if (block.isEmpty()) {
            return false;
        }
        Stmt last = block.get(block.size() - 1);
        return last instanceof Stmt.Return r && isNone(r.value()) && !explicit.contains(r) || tryEndingInCopies(last, explicit);
    }

    private static boolean allImplicitReturns(List<Stmt> block, Set<Stmt> explicit) {
        return block.stream().allMatch(s -> s instanceof Stmt.Return r && isNone(r.value()) && !explicit.contains(r));
    }

    /** A try's else in tail position: {@code else: return None} (copies of the final return) is no else. */
    private static List<Stmt> orelseTail(List<Stmt> block, Set<Stmt> explicit) {
        if (allImplicitReturns(block, explicit)) {
            return List.of();
        }
        return tail(block, explicit);
    }

    private static List<Stmt> tail(List<Stmt> block, Set<Stmt> explicit) {
        if (block.isEmpty()) {
            return block;
        }
        List<Stmt> out = new ArrayList<>(foldTail(block, explicit));
        while (out.size() > 1 && out.get(out.size() - 1) instanceof Stmt.Return r && isNone(r.value())
                && !explicit.contains(r)) {
            out.remove(out.size() - 1);
        }
        out.set(out.size() - 1, dropTailReturns(out.get(out.size() - 1), explicit));
        return out;
    }

    /**
     * 3.14: a class body's annotations live in its {@code __annotate__}; {@code x: T = v} stored v in the
     * body and {@code x: T} nothing. Each annotation joins the first assignment to its name after the
     * previous one, or stands alone right after the previous one (the order is all the bytecode keeps).
     */
    private static List<Stmt> mergeAnnotations(List<Stmt> body) {
        int at = -1;
        for (int k = 0; k < body.size(); k++) {
            if (body.get(k) instanceof Stmt.PendingAnnotations) {
                at = k;
            }
        }
        if (at < 0) {
            return body;
        }
        List<Stmt.AnnAssign> items = ((Stmt.PendingAnnotations) body.get(at)).items();
        if (((Stmt.PendingAnnotations) body.get(at)).indexes().stream().anyMatch(i -> i >= 0)) {
            return body;                           // conditional ones: ConditionalAnnotations placed them
        }
        List<Stmt> out = new ArrayList<>(body);
        out.remove(at);
        int previous = out.size() > 0 && isDocstring(out.get(0)) ? 0 : -1;
        for (Stmt.AnnAssign item : items) {
            int found = -1;
            for (int k = previous + 1; k < out.size() && found < 0; k++) {
                if (out.get(k) instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0).equals(item.target())) {
                    found = k;
                }
            }
            if (found >= 0) {
                Stmt.Assign a = (Stmt.Assign) out.get(found);
                out.set(found, new Stmt.AnnAssign(item.target(), item.annotation(), a.value(), true));
                previous = found;
            } else {
                out.add(previous + 1, item);
                previous++;
            }
        }
        return out;
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().equals("__doc__");
    }

    /** The compiler's stores at the end of a class body (3.13+ copy them with its return). */
    static final List<String> CLASS_EXIT_STORES = List.of("__static_attributes__", "__classcell__", "__classdictcell__");

    private static void classBookkeeping(List<Stmt> out) {
        // the compiler stores each of these once: the first ones before the body, the last ones after it;
        // another assignment to the same name is the source's (`__module__ = 're'`)
        for (String name : List.of("__module__", "__qualname__", "__firstlineno__", "__type_params__", "__classdict__")) {
            for (int i = 0; i < out.size(); i++) {
                if (isBookkeeping(out.get(i), name)) {
                    out.remove(i);
                    break;
                }
            }
        }
        for (String name : CLASS_EXIT_STORES) {
            for (int i = out.size() - 1; i >= 0; i--) {
                if (isBookkeeping(out.get(i), name)) {
                    out.remove(i);
                    break;
                }
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Return r
                && (r.value() instanceof Expr.Name n && n.id().equals("__class__")
                    || r.value() instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name t
                       && t.id().equals("__classcell__"))) {
            out.remove(out.size() - 1);
        }
    }

    static boolean isBookkeeping(Stmt s, String name) {
        if (!(s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().equals(name))) {
            return false;
        }
        return switch (name) {
            case "__module__" -> a.value() instanceof Expr.Name v && v.id().equals("__name__");
            case "__type_params__" -> a.value() instanceof Expr.Name tp && tp.id().equals(".type_params");
            case "__classdict__" -> a.value() instanceof Expr.Name v && v.id().equals("\u0000locals");
            default -> true;
        };
    }

    private static void functionDocstring(List<Stmt> out, CodeObject code) {
        if (code.name().startsWith("<")) {
            return;
        }
        boolean has = code.version().atLeast(3, 14) ? code.hasFlag(CO_HAS_DOCSTRING)
                : !code.consts().isEmpty() && code.consts().get(0) instanceof PyObject.Str;
        if (has) {
            out.add(0, new Stmt.ExprStmt(new Expr.Constant(code.consts().get(0))));
        }
    }

    private static void nameDocstring(List<Stmt> out) {
        if (!out.isEmpty() && out.get(0) instanceof Stmt.Assign a && a.targets().size() == 1
                && a.targets().get(0) instanceof Expr.Name n && n.id().equals("__doc__")
                && a.value() instanceof Expr.Constant c && c.value() instanceof PyObject.Str) {
            out.set(0, new Stmt.ExprStmt(c));
        }
    }

    private static boolean isGenerator(CodeObject code) {
        return code.hasFlag(CodeObject.CO_GENERATOR) || code.hasFlag(CodeObject.CO_ASYNC_GENERATOR);
    }

    /** True when a yield is in {@code node}, outside nested scopes. */
    private static boolean yields(Object node) {
        return switch (node) {
            case null -> false;
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Stmt.FunctionDef f -> false;
            case Stmt.ClassDef c -> yields(c.bases()) || yields(c.keywords()) || yields(c.decorators());
            case Expr.Lambda la -> false;
            case Expr.GeneratorExp g -> false;
            case List<?> list -> list.stream().anyMatch(Transforms::yields);
            case Record r -> depyf.ir.Parts.of(r).stream().anyMatch(Transforms::yields);
            default -> false;
        };
    }

    /** Where declarations go in a body: after its docstring and {@code from __future__} imports. */
    public static int declarationsAt(List<Stmt> body) {
        int at = !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof PyObject.Str ? 1 : 0;
        while (at < body.size() && body.get(at) instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
            at++;
        }
        return at;
    }

    private static void declarations(List<Stmt> out, CodeObject code) {
        Set<String> globals = new LinkedHashSet<>();
        Set<String> nonlocals = new LinkedHashSet<>();
        List<String> free = code.freevars();
        Set<String> unused = new LinkedHashSet<>(free);
        unused.removeAll(code.cellvars());
        unused.removeIf(n -> n.startsWith("__") && n.endsWith("__"));   // __class__ of a zero-argument super()
        for (Instruction in : InstructionDecoder.decode(code)) {
            if (!in.opname().equals("COPY_FREE_VARS")) {
                if (in.argval() instanceof String name) {
                    unused.remove(name);
                } else if (in.argval() instanceof List<?> names) {
                    unused.removeAll(names);
                }
            }
            switch (in.opname()) {
                case "STORE_GLOBAL", "DELETE_GLOBAL" -> globals.add((String) in.argval());
                case "STORE_DEREF", "DELETE_DEREF" -> {
                    if (free.contains((String) in.argval()) && !code.cellvars().contains((String) in.argval())) {
                        nonlocals.add((String) in.argval());
                    }
                }
                default -> { }
            }
        }
        // a free variable the code never reads, writes nor passes on: only `nonlocal` without a use makes one
        nonlocals.addAll(unused);
        int at = declarationsAt(out);
        if (!nonlocals.isEmpty()) {
            out.add(at, new Stmt.Nonlocal(new ArrayList<>(nonlocals)));
        }
        if (!globals.isEmpty()) {
            out.add(at, new Stmt.Global(new ArrayList<>(globals)));
        }
    }
}
