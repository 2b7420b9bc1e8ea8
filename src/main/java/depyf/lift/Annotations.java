package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.List;
import java.util.Map;

/** Variable annotations (3.11-3.13 {@code __annotations__['x'] = T}) and 3.14's {@code __annotate__}. */
final class Annotations {
    private Annotations() {}

    /** STORE_SUBSCR into __annotations__: {@code x: T} or, merged with the assignment before it, {@code x: T = v}. */
    static void store(Lifter l, String name) {
        Expr annotation = l.popExpr();
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
        Object v = l.env.unwrap(annotate);
        if (!(v instanceof Item.Function f)) {
            throw new LiftException("__annotate__ is not a function");
        }
        List<Stmt> body = l.env.nested.body(f.code());
        Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
        if (!(last instanceof Stmt.Return r) || !(r.value() instanceof Expr.Dict d)) {
            throw new LiftException("unrecognised __annotate__");
        }
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                out.put(s.value(), d.values().get(i));
            } else {
                throw new LiftException("unrecognised __annotate__ key");
            }
        }
    }
}
