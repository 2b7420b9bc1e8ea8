package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Stores that define: {@code def} and {@code class} statements, with their decorators. */
final class Definitions {
    private Definitions() {}

    /** Emits a def or class statement when {@code value} is a (decorated) function or class; true if it did. */
    static boolean store(Lifter l, Expr value, Expr target) {
        if (!(target instanceof Expr.Name name)) {
            return false;
        }
        List<Expr> decorators = new ArrayList<>();
        Expr inner = value;
        while (inner instanceof Expr.Call c && c.args().size() == 1 && c.keywords().isEmpty()
                && (Env.isPlaceholder(c.args().get(0)) || c.args().get(0) instanceof Expr.Call)) {
            decorators.add(c.func());
            inner = c.args().get(0);
        }
        Object p = l.env.unwrap(inner);
        if (name.id().equals("__annotate_func__") && decorators.isEmpty() && p instanceof Item.Function f
                && f.code().name().equals("__annotate__")) {
            // 3.14 class body: the annotations of its variables, merged into the assignments later
            List<Stmt.AnnAssign> items = new ArrayList<>();
            java.util.Map<String, Expr> ann = new java.util.LinkedHashMap<>();
            Annotations.fromAnnotate(l, inner, ann);
            ann.forEach((n, t) -> items.add(new Stmt.AnnAssign(new Expr.Name(n), t, null, true)));
            l.emit(new Stmt.PendingAnnotations(items));
            return true;
        }
        List<depyf.ir.TypeParam> typeParams = List.of();
        if (p instanceof TypeParams.Alias a) {
            if (!decorators.isEmpty() || !a.name().equals(name.id())) {
                throw new LiftException("type alias " + a.name() + " stored as " + name.id());
            }
            l.emit(new Stmt.TypeAlias(a.name(), a.params(), a.value()));
            return true;
        }
        if (p instanceof TypeParams.Generic g) {
            typeParams = g.params();
            p = g.inner();
        }
        if (p instanceof Item.Function f && f.code().name().equals(name.id())) {
            l.emit(new Stmt.FunctionDef(name.id(), Functions.arguments(l, f), l.env.nested.body(f.code()),
                    decorators, Functions.annotations(l, f).get("return"),
                    f.code().hasFlag(depyf.pyc.CodeObject.CO_COROUTINE)
                            || f.code().hasFlag(depyf.pyc.CodeObject.CO_ASYNC_GENERATOR),
                    typeParams));
            return true;
        }
        if (p instanceof Calls.ClassInfo c && c.name().equals(name.id())) {
            l.emit(new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), l.env.nested.classBody(c.code()),
                    decorators, typeParams, c.code().firstLineNo()));
            return true;
        }
        if (!typeParams.isEmpty()) {
            throw new LiftException("generic definition stored as " + name.id());
        }
        return false;
    }
}
