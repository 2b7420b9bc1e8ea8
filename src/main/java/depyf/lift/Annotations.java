package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.List;
import java.util.Map;

/** Variable annotations (3.11-3.13 {@code __annotations__['x'] = T}) and 3.14's {@code __annotate__}. */
final class Annotations {
    private Annotations() {}

    /**
     * An annotation as the compiler stored it: under {@code from __future__ import annotations} a string
     * constant is the annotation's source text (a string annotation {@code 'T'} is stored as {@code "'T'"}).
     */
    static Expr source(Lifter l, Expr annotation) {
        int flag = l.env.atLeast(3, 8) ? depyf.pyc.CodeObject.CO_FUTURE_ANNOTATIONS : 0x100000;
        if (l.env.code.object().hasFlag(flag) && annotation instanceof Expr.Constant c
                && c.value() instanceof PyObject.Str s) {
            return new Expr.SourceText(s.value());
        }
        return annotation;
    }

    /** STORE_SUBSCR into __annotations__: {@code x: T} or, merged with the assignment before it, {@code x: T = v}. */
    static void store(Lifter l, String name) {
        Expr annotation = source(l, l.popExpr());
        Expr target = new Expr.Name(name);
        Stmt last = l.out.isEmpty() ? null : l.out.get(l.out.size() - 1);
        if (last instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0).equals(target)) {
            l.out.set(l.out.size() - 1, new Stmt.AnnAssign(target, annotation, a.value(), true));
        } else {
            l.emit(new Stmt.AnnAssign(target, annotation, null, true));
        }
    }

    /** Reads the annotations out of a 3.14 {@code __annotate__} function: its body returns a dict. */
    static void fromAnnotate(Lifter l, Expr annotate, Map<String, Expr> out) {
        for (Entry e : entries(l, annotate)) {
            out.put(e.name(), e.value());
        }
    }

    /** One annotation of a 3.14 {@code __annotate__}: {@code index} is its conditional-annotation index, or -1. */
    record Entry(String name, Expr value, int index) {}

    /**
     * The annotations a 3.14 {@code __annotate__} returns, in order: a dict display (parameters), or
     * {@code d[name] = value} into an empty display (class and module bodies), each under
     * {@code if index in __conditional_annotations__:} for module-level and conditional ones.
     */
    static List<Entry> entries(Lifter l, Expr annotate) {
        Object v = l.env.unwrap(annotate);
        if (!(v instanceof Item.Function f)) {
            throw new LiftException("__annotate__ is not a function");
        }
        List<Stmt> body = l.env.nested.body(f.code());
        Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (!(last instanceof Stmt.Return r) || !(r.value() instanceof Expr.Dict d)) {
            throw new LiftException("unrecognised __annotate__");
        }
        List<Entry> out = new java.util.ArrayList<>();
        for (Stmt s : body.subList(0, body.size() - 1)) {
            if (s instanceof Stmt.If i && i.orelse().isEmpty() && i.body().size() == 1
                    && i.test() instanceof Expr.Compare c && c.ops().equals(List.of(depyf.ir.Operator.Compare.IN))
                    && c.left() instanceof Expr.Constant k && k.value() instanceof PyObject.Int idx
                    && c.comparators().equals(List.of(new Expr.Name("__conditional_annotations__")))) {
                out.add(stored(l, i.body().get(0), idx.value().intValueExact()));
            } else if (s instanceof Stmt.Assign) {
                out.add(stored(l, s, -1));
            } else if (!(s instanceof Stmt.If i && i.body().size() == 1 && i.body().get(0) instanceof Stmt.Raise)) {
                throw new LiftException("unrecognised __annotate__ statement");
            }
        }
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                out.add(new Entry(s.value(), source(l, d.values().get(i)), -1));
            } else {
                throw new LiftException("unrecognised __annotate__ key");
            }
        }
        return out;
    }

    private static Entry stored(Lifter l, Stmt s, int index) {
        if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Subscript sub
                && sub.value() instanceof Expr.Dict && sub.index() instanceof Expr.Constant k
                && k.value() instanceof PyObject.Str name) {
            return new Entry(name.value(), source(l, a.value()), index);
        }
        throw new LiftException("unrecognised __annotate__ entry");
    }
}
