package depyf.transform;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tidies the temporaries the lifter made for Dynamo's code ({@code depyf.lift.Dynamo}), keeping what
 * the code does:
 * <ul>
 *   <li>{@code __temp_1 = e; name = __temp_1} becomes {@code name = e}, and later uses of the temporary
 *       read {@code name}, when {@code name} is a plain local written nowhere else (Dynamo's
 *       {@code tmp_N} locals are such);</li>
 *   <li>a temporary never read goes: its assignment becomes an expression statement, or nothing when
 *       evaluating it has no effect;</li>
 *   <li>a constant slice as an index is written as {@code a[1:2]} rather than {@code a[slice(1, 2, None)]}.</li>
 * </ul>
 */
public final class DynamoTidy {
    private DynamoTidy() {}

    static final String TEMP = "__temp_";

    public static List<Stmt> apply(List<Stmt> body, CodeObject code) {
        List<Stmt> out = mapList(body, DynamoTidy::sliceIndex);
        Map<String, Integer> writes = new HashMap<>();
        countWrites(out, writes);
        out = copiesToNames(out, writes, code);
        Map<String, Integer> reads = new HashMap<>();
        countReads(out, reads);
        return dropUnread(out, reads);
    }

    // ---- __temp_1 = e; name = __temp_1 ----

    private static List<Stmt> copiesToNames(List<Stmt> body, Map<String, Integer> writes, CodeObject code) {
        Map<String, String> renames = new HashMap<>();
        List<Stmt> out = copies(body, writes, code, renames);
        if (renames.isEmpty()) {
            return out;
        }
        return mapList(out, e -> e instanceof Expr.Name n && renames.containsKey(n.id())
                ? new Expr.Name(renames.get(n.id())) : e);
    }

    private static List<Stmt> copies(List<Stmt> body, Map<String, Integer> writes, CodeObject code,
                                     Map<String, String> renames) {
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i + 1 < body.size() && tempAssign(s) instanceof String temp
                    && body.get(i + 1) instanceof Stmt.Assign next && next.targets().size() == 1
                    && next.targets().get(0) instanceof Expr.Name target && !target.id().startsWith(TEMP)
                    && next.value() instanceof Expr.Name v && v.id().equals(temp)
                    && writes.getOrDefault(target.id(), 0) == 1 && plainLocal(code, target.id())) {
                out.add(new Stmt.Assign(new ArrayList<>(List.of(target)), ((Stmt.Assign) s).value()));
                renames.put(temp, target.id());
                i++;
                continue;
            }
            out.add(nested(s, b -> copies(b, writes, code, renames)));
        }
        return out;
    }

    /** The temporary {@code s} assigns ({@code __temp_N = e}), or null. */
    private static String tempAssign(Stmt s) {
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().startsWith(TEMP) ? n.id() : null;
    }

    /** A fast local of the code object (not a cell, free, global or argument). */
    private static boolean plainLocal(CodeObject code, String name) {
        List<String> names = code.localsPlusNames();
        int args = code.argCount() + code.kwOnlyArgCount()
                + (code.hasFlag(CodeObject.CO_VARARGS) ? 1 : 0) + (code.hasFlag(CodeObject.CO_VARKEYWORDS) ? 1 : 0);
        int i = names.indexOf(name);
        return i >= args && (code.kind(i) & (CodeObject.KIND_CELL | CodeObject.KIND_FREE)) == 0;
    }

    // ---- temporaries never read ----

    private static List<Stmt> dropUnread(List<Stmt> body, Map<String, Integer> reads) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            String temp = tempAssign(s);
            if (temp != null && reads.getOrDefault(temp, 0) == 0) {
                Expr value = ((Stmt.Assign) s).value();
                if (depyf.lift.Dynamo.droppable(value)) {
                    continue;
                }
                out.add(new Stmt.ExprStmt(value));
                continue;
            }
            out.add(nested(s, b -> dropUnread(b, reads)));
        }
        return out;
    }

    // ---- constant slices ----

    private static Expr sliceIndex(Expr e) {
        if (e instanceof Expr.Subscript s && s.index() instanceof Expr.Constant c && c.value() instanceof PyObject.Slice sl) {
            return new Expr.Subscript(s.value(), new Expr.Slice(part(sl.start()), part(sl.stop()), part(sl.step())));
        }
        return e;
    }

    private static Expr part(PyObject o) {
        return o == null || o instanceof PyObject.None ? null : new Expr.Constant(o);
    }

    // ---- reads and writes of names ----

    private static void countWrites(Object node, Map<String, Integer> writes) {
        switch (node) {
            case null -> { }
            case List<?> list -> list.forEach(o -> countWrites(o, writes));
            case Stmt.Assign a -> {
                a.targets().forEach(t -> targets(t, writes));
                countWrites(a.value(), writes);
            }
            case Stmt.AugAssign a -> targets(a.target(), writes);
            case Stmt.AnnAssign a -> targets(a.target(), writes);
            case Stmt.Delete d -> d.targets().forEach(t -> targets(t, writes));
            case Stmt.For f -> {
                targets(f.target(), writes);
                countWrites(f.body(), writes);
                countWrites(f.orelse(), writes);
            }
            case Stmt.With w -> {
                w.items().forEach(it -> targets(it.optionalVars(), writes));
                countWrites(w.body(), writes);
            }
            case Stmt.Try t -> {
                countWrites(t.body(), writes);
                t.handlers().forEach(h -> {
                    if (h.name() != null) {
                        writes.merge(h.name(), 2, Integer::sum);
                    }
                    countWrites(h.body(), writes);
                });
                countWrites(t.orelse(), writes);
                countWrites(t.finalbody(), writes);
            }
            case Stmt.FunctionDef f -> writes.merge(f.name(), 2, Integer::sum);
            case Stmt.ClassDef c -> writes.merge(c.name(), 2, Integer::sum);
            case Stmt.Import i -> i.names().forEach(a -> writes.merge(bound(a), 2, Integer::sum));
            case Stmt.ImportFrom i -> i.names().forEach(a -> writes.merge(bound(a), 2, Integer::sum));
            case Stmt.Global g -> g.names().forEach(n -> writes.merge(n, 2, Integer::sum));
            case Stmt.Nonlocal n -> n.names().forEach(x -> writes.merge(x, 2, Integer::sum));
            case Expr.NamedExpr ne -> {
                targets(ne.target(), writes);
                countWrites(ne.value(), writes);
            }
            case Record r when !opaque(r) -> components(r).forEach(o -> countWrites(o, writes));
            default -> { }
        }
    }

    private static String bound(Stmt.Alias a) {
        String n = a.asname() != null ? a.asname() : a.name();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static void targets(Expr t, Map<String, Integer> writes) {
        switch (t) {
            case null -> { }
            case Expr.Name n -> writes.merge(n.id(), 1, Integer::sum);
            case Expr.Tuple tu -> tu.elts().forEach(e -> targets(e, writes));
            case Expr.ListExpr li -> li.elts().forEach(e -> targets(e, writes));
            case Expr.Starred st -> targets(st.value(), writes);
            default -> countWrites(t, writes);
        }
    }

    private static void countReads(Object node, Map<String, Integer> reads) {
        switch (node) {
            case null -> { }
            case List<?> list -> list.forEach(o -> countReads(o, reads));
            case Expr.Name n -> reads.merge(n.id(), 1, Integer::sum);
            case Stmt.Assign a -> {
                a.targets().forEach(t -> {
                    if (!(t instanceof Expr.Name)) {
                        countReads(t, reads);
                    }
                });
                countReads(a.value(), reads);
            }
            case Record r -> components(r).forEach(o -> countReads(o, reads));   // nested scopes too: reads only keep
            default -> { }
        }
    }

    // ---- generic walking and rebuilding of the IR records ----

    /** Nested scopes: their names (and temporaries) are their own. */
    private static boolean opaque(Object node) {
        return node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda
                || node instanceof Expr.ListComp || node instanceof Expr.SetComp || node instanceof Expr.DictComp
                || node instanceof Expr.GeneratorExp;
    }

    private static List<Object> components(Record r) {
        return depyf.ir.Parts.of(r);
    }

    /** {@code s} with each statement list directly inside it (bodies, else, handlers) replaced. */
    private static Stmt nested(Stmt s, Function<List<Stmt>, List<Stmt>> f) {
        return switch (s) {
            case Stmt.If i -> new Stmt.If(i.test(), f.apply(i.body()), f.apply(i.orelse()));
            case Stmt.While w -> new Stmt.While(w.test(), f.apply(w.body()), f.apply(w.orelse()));
            case Stmt.For fo -> new Stmt.For(fo.target(), fo.iter(), f.apply(fo.body()), f.apply(fo.orelse()), fo.isAsync());
            case Stmt.With w -> new Stmt.With(w.items(), f.apply(w.body()), w.isAsync());
            case Stmt.Try t -> new Stmt.Try(f.apply(t.body()), t.handlers().stream()
                    .map(h -> new Stmt.ExceptHandler(h.type(), h.name(), f.apply(h.body()))).toList(),
                    f.apply(t.orelse()), f.apply(t.finalbody()), t.star());
            default -> s;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Stmt> mapList(List<Stmt> body, Function<Expr, Expr> f) {
        return (List<Stmt>) map(body, f);
    }

    /** Rebuilds {@code node} bottom-up, applying {@code f} to every expression; shares unchanged parts. */
    private static Object map(Object node, Function<Expr, Expr> f) {
        return depyf.ir.Parts.rewrite(node,
                n -> n instanceof Expr.Constant || n instanceof Stmt.Unrecoverable || n instanceof PyObject || opaque(n),
                (r, part) -> false,
                n -> n instanceof Expr e ? f.apply(e) : n);
    }
}
