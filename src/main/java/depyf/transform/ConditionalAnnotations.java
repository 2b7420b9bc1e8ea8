package depyf.transform;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 3.14 module (and conditional class) annotations: the body runs {@code __conditional_annotations__.add(i)}
 * right after the statement annotated {@code i}, and {@code __annotate__} returns annotation {@code i}
 * only when it ran. Each marker becomes the annotation, merged with the assignment before it.
 */
final class ConditionalAnnotations {
    private ConditionalAnnotations() {}

    static List<Stmt> merge(List<Stmt> body) {
        Stmt.PendingAnnotations pending = null;
        for (Stmt s : body) {
            if (s instanceof Stmt.PendingAnnotations p && p.indexes().stream().anyMatch(i -> i >= 0)) {
                pending = p;
            }
        }
        if (pending == null) {
            return body;
        }
        Map<Integer, Stmt.AnnAssign> byIndex = new HashMap<>();
        for (int k = 0; k < pending.items().size(); k++) {
            byIndex.put(pending.indexes().get(k), pending.items().get(k));
        }
        List<Stmt> out = new ArrayList<>(body);
        out.remove(pending);
        out = deadCode(out, byIndex);
        out = place(out, byIndex);
        if (!byIndex.isEmpty()) {
            throw new depyf.lift.LiftException("annotations without their statements: " + byIndex.keySet());
        }
        return out;
    }

    /**
     * Annotations whose statements were dead code ({@code if False: x: T}, a typing-only block): the
     * compiler numbered and kept the annotations but removed the statements with their markers. Each run
     * of them goes back under {@code if False:} before the first statement holding a later marker, so
     * that the numbering comes out the same; they leave {@code byIndex}.
     */
    private static List<Stmt> deadCode(List<Stmt> body, Map<Integer, Stmt.AnnAssign> byIndex) {
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        markers(body, marked);
        java.util.TreeMap<Integer, Stmt.AnnAssign> dead = new java.util.TreeMap<>();
        for (Map.Entry<Integer, Stmt.AnnAssign> e : byIndex.entrySet()) {
            if (e.getKey() >= 0 && !marked.contains(e.getKey())) {
                dead.put(e.getKey(), e.getValue());
            }
        }
        if (dead.isEmpty()) {
            return body;
        }
        byIndex.keySet().removeAll(dead.keySet());
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            java.util.Set<Integer> here = new java.util.HashSet<>();
            markers(s, here);
            int first = here.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
            java.util.SortedMap<Integer, Stmt.AnnAssign> before = dead.headMap(first);
            if (!here.isEmpty() && !before.isEmpty()) {
                out.add(new Stmt.If(new Expr.Constant(PyObject.Bool.FALSE), new ArrayList<>(before.values()), List.of()));
                before.clear();
            }
            out.add(s);
        }
        if (!dead.isEmpty()) {
            out.add(new Stmt.If(new Expr.Constant(PyObject.Bool.FALSE), new ArrayList<>(dead.values()), List.of()));
        }
        return out;
    }

    /** The indexes of the conditional-annotation markers in {@code node}. */
    private static void markers(Object node, java.util.Set<Integer> out) {
        if (node instanceof Stmt s && marker(s) != null) {
            out.add(marker(s));
        } else if (node instanceof List<?> list) {
            list.forEach(o -> markers(o, out));
        } else if (node instanceof Stmt.ExceptHandler h) {
            markers(h.body(), out);
        } else if (node instanceof Stmt && node instanceof Record r) {
            depyf.ir.Parts.of(r).forEach(o -> markers(o, out));
        }
    }

    private static List<Stmt> place(List<Stmt> body, Map<Integer, Stmt.AnnAssign> byIndex) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Integer index = marker(s);
            if (index != null && byIndex.containsKey(index)) {
                Stmt.AnnAssign a = byIndex.remove(index);
                Stmt prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev instanceof Stmt.Assign as && as.targets().size() == 1 && as.targets().get(0).equals(a.target())) {
                    out.set(out.size() - 1, new Stmt.AnnAssign(a.target(), a.annotation(), as.value(), true));
                } else {
                    out.add(a);
                }
                continue;
            }
            out.add(switch (s) {
                case Stmt.If i -> new Stmt.If(i.test(), place(i.body(), byIndex), place(i.orelse(), byIndex));
                case Stmt.While w -> new Stmt.While(w.test(), place(w.body(), byIndex), place(w.orelse(), byIndex));
                case Stmt.For f -> new Stmt.For(f.target(), f.iter(), place(f.body(), byIndex), place(f.orelse(), byIndex),
                        f.isAsync());
                case Stmt.With w -> new Stmt.With(w.items(), place(w.body(), byIndex), w.isAsync());
                case Stmt.Try t -> {
                    List<Stmt.ExceptHandler> hs = new ArrayList<>();
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        hs.add(new Stmt.ExceptHandler(h.type(), h.name(), place(h.body(), byIndex)));
                    }
                    yield new Stmt.Try(place(t.body(), byIndex), hs, place(t.orelse(), byIndex),
                            place(t.finalbody(), byIndex), t.star());
                }
                default -> s;
            });
        }
        return out;
    }

    /** The index of a {@code __conditional_annotations__.add(i)} marker, or null. */
    private static Integer marker(Stmt s) {
        if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c && c.args().size() == 1
                && c.func() instanceof Expr.Attribute at && at.attr().equals("add")
                && at.value() instanceof Expr.Name n && n.id().equals("__conditional_annotations__")
                && c.args().get(0) instanceof Expr.Constant k && k.value() instanceof PyObject.Int i) {
            return i.value().intValueExact();
        }
        return null;
    }
}
