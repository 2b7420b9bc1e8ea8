package depyf.pipeline;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Op;
import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names whose kind only dead code decides: locals that only code the compiler removed as unreachable, or a
 * handler nothing reaches (a try protecting nothing, {@code try: pass / except E as e: v += 3}) left unread,
 * binds; free variables only such a handler uses. Printed without that code, the function would read a
 * global {@code v} where the original reads the (unbound) local, or stop sharing a variable with the
 * enclosing function; a bare annotation, or a {@code nonlocal} declaration, keeps each as it was and
 * compiles to nothing.
 */
final class DeadBindings {
    private DeadBindings() {}

    /**
     * The body with a bare annotation ({@code v: object}, which compiles to nothing inside a function) for each
     * local variable that no instruction the structurer read ({@code read}) binds, after the docstring: every
     * binding of it was in code the compiler removed as unreachable ({@code else: v -= 1} after a try body that
     * always continues), or in a handler nothing reaches, left unread (a try protecting nothing, which could
     * not be placed). The printed body binds it nowhere, and would read it as a global where the original
     * reads the (unbound) local. Parameters, free variables and the bodies of lambdas and comprehensions aside.
     */
    static List<Stmt> declareDeadBindings(List<Stmt> body, Code layout, CodeObject code, BitSet read) {
        if (code.name().startsWith("<")) {
            return body;
        }
        Set<String> bound = new HashSet<>();
        stores(layout, read, bound);
        for (CodeObject nested : code.nestedCode()) {
            nestedStores(nested, bound);
        }
        List<String> unbound = new ArrayList<>();
        List<String> names = code.localsPlusNames();
        for (int i = parameterCount(code); i < names.size(); i++) {
            boolean local = code.version().atLeast(3, 11)
                    ? (code.kind(i) & (CodeObject.KIND_LOCAL | CodeObject.KIND_CELL)) != 0 && (code.kind(i) & CodeObject.KIND_FREE) == 0
                    : !code.freevars().contains(names.get(i));
            if (local && !bound.contains(names.get(i)) && !unbound.contains(names.get(i))) {
                unbound.add(names.get(i));
            }
        }
        List<String> free = unreferencedFreeVariables(layout, code);
        for (Stmt st : body) {
            if (st instanceof Stmt.Nonlocal n) {
                free.removeAll(n.names());     // (declared already: Transforms, for the names no instruction uses)
            }
        }
        if (unbound.isEmpty() && free.isEmpty()) {
            return body;
        }
        List<Stmt> out = new ArrayList<>(body);
        int at = depyf.transform.Transforms.declarationsAt(out);
        List<Stmt> declared = new ArrayList<>();
        if (!free.isEmpty()) {
            declared.add(new Stmt.Comment("depyf: " + String.join(", ", free) + (free.size() == 1 ? " is" : " are")
                    + " shared with the enclosing function, used only in unreachable code"));
            declared.add(new Stmt.Nonlocal(free));
        }
        if (!unbound.isEmpty()) {
            declared.add(new Stmt.Comment("depyf: " + String.join(", ", unbound) + (unbound.size() == 1 ? " is" : " are")
                    + " local, bound only in unreachable code"));
        }
        for (String name : unbound) {
            declared.add(new Stmt.AnnAssign(new Expr.Name(name), new Expr.Name("object"), null, true));
        }
        out.addAll(at, declared);
        return out;
    }

    /**
     * The free variables (shared with an enclosing function) that no reachable instruction names: only
     * unreachable code used them (a handler nothing reaches, which the structurer leaves unread). Printed
     * without that code, the function would not share them, and the enclosing one would build its closure
     * without them; a {@code nonlocal} declaration, which compiles to nothing, keeps them. Not {@code
     * __class__} and the other cells a class body makes implicitly (no nonlocal can name them).
     */
    private static List<String> unreferencedFreeVariables(Code layout, CodeObject code) {
        Set<String> named = new HashSet<>();
        BitSet live = layout.reachable(List.of(0), true);
        for (int i = 0; i < layout.size(); i++) {
            Op op = layout.op(i);
            // (any instruction naming it: 3.13+ build closures with LOAD_FAST, LOAD_CLOSURE a pseudo-instruction)
            if (live.get(i) && op.argval() instanceof String s) {
                named.add(s);
            } else if (live.get(i) && op.name().contains("_FAST")) {
                named.addAll(fastNames(op));
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : code.freevars()) {
            if (!named.contains(name) && !name.startsWith("__class")) {
                out.add(name);
            }
        }
        return out;
    }

    /** Adds the names the instructions of {@code code} bind (store or delete) to {@code into}; with {@code read}, those it holds. */
    private static void stores(Code code, BitSet read, Set<String> into) {
        for (int i = 0; i < code.size(); i++) {
            Op op = code.op(i);
            if ((read == null || read.get(i)) && (op.name().startsWith("STORE_") || op.name().startsWith("DELETE_"))) {
                List<String> names = op.name().contains("_FAST") ? fastNames(op) : op.argval() instanceof String s ? List.of(s) : List.of();
                into.addAll(op.is("STORE_FAST_LOAD_FAST") && names.size() == 2 ? names.subList(0, 1) : names);
            }
        }
    }

    /**
     * Adds the free variables that nested code (a comprehension's walrus, a def's nonlocal) binds, at any depth:
     * the enclosing function's cells they are.
     */
    private static void nestedStores(CodeObject nested, Set<String> into) {
        Set<String> own = new HashSet<>();
        stores(new Code(nested), null, own);
        own.retainAll(nested.freevars());
        into.addAll(own);
        for (CodeObject inner : nested.nestedCode()) {
            nestedStores(inner, into);
        }
    }

    private static int parameterCount(CodeObject code) {
        return code.argCount() + code.kwOnlyArgCount() + (code.hasFlag(CodeObject.CO_VARARGS) ? 1 : 0)
                + (code.hasFlag(CodeObject.CO_VARKEYWORDS) ? 1 : 0);
    }

    /** The fast locals an instruction names: one, two (3.13+ paired forms) or none. */
    @SuppressWarnings("unchecked")
    private static List<String> fastNames(Op op) {
        if (!op.name().contains("_FAST")) {
            return List.of();
        }
        if (op.argval() instanceof List<?> pair) {
            return (List<String>) pair;
        }
        return op.argval() instanceof String s ? List.of(s) : List.of();
    }
}
