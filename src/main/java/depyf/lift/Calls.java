package depyf.lift;

import depyf.ir.Expr;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/** CALL, CALL_KW and CALL_FUNCTION_EX: ordinary calls, class creation, function-form comprehensions. */
final class Calls {
    private Calls() {}

    /** The placeholder value of a class statement, until it is stored under its name. */
    record ClassInfo(depyf.pyc.CodeObject code, String name, List<Expr> bases, List<Expr.Keyword> keywords) {}

    static void call(Lifter l, int argc, PyObject.Tuple kwNames) {
        PyObject.Tuple names = kwNames != null ? kwNames : l.kwNames;
        l.kwNames = null;
        List<Object> raw = new ArrayList<>();
        for (int i = 0; i < argc; i++) {
            raw.add(0, l.pop());
        }
        Object upper = l.pop();
        Object lower = l.pop();
        Object callable;
        if (lower == Item.Null.INSTANCE) {
            callable = upper;
        } else if (upper == Item.Null.INSTANCE) {
            callable = lower;
        } else {
            callable = lower;
            raw.add(0, upper);
        }
        if (callable == Item.BuildClass.INSTANCE) {
            l.push(buildClass(l, raw, names));
            return;
        }
        if (callable instanceof Item.Function g && TypeParams.isGeneric(g.code())) {
            l.push(TypeParams.generic(l, g, raw));
            return;
        }
        if (callable instanceof Item.Function f && raw.size() == 1 && Comprehensions.isComprehension(f.code())) {
            l.push(Comprehensions.fromFunction(l, f, raw.get(0)));
            return;
        }
        if (callable instanceof WithEntries.Enter e && raw.isEmpty()) {
            l.push(new Item.Entered(e.context(), e.async()));
            return;
        }
        if (callable instanceof Item.WithExit) {
            l.push(Item.Null.INSTANCE);        // the result of __exit__(None, None, None), popped next
            return;
        }
        Expr func = l.asExpr(callable);
        int kwCount = names == null ? 0 : names.items().size();
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < raw.size() - kwCount; i++) {
            args.add(l.asExpr(raw.get(i)));
        }
        List<Expr.Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < kwCount; i++) {
            String name = ((PyObject.Str) names.items().get(i)).value();
            keywords.add(new Expr.Keyword(name, l.asExpr(raw.get(raw.size() - kwCount + i))));
        }
        l.push(new Expr.Call(func, args, keywords));
    }

    private static Expr buildClass(Lifter l, List<Object> raw, PyObject.Tuple names) {
        int kwCount = names == null ? 0 : names.items().size();
        Object body = raw.get(0);
        if (!(body instanceof Item.Function f)) {
            throw new LiftException("class body is not a function");
        }
        Expr nameExpr = l.asExpr(raw.get(1));
        String name = ((PyObject.Str) ((Expr.Constant) nameExpr).value()).value();
        List<Expr> bases = new ArrayList<>();
        for (int i = 2; i < raw.size() - kwCount; i++) {
            bases.add(l.asExpr(raw.get(i)));
        }
        List<Expr.Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < kwCount; i++) {
            keywords.add(new Expr.Keyword(((PyObject.Str) names.items().get(i)).value(),
                    l.asExpr(raw.get(raw.size() - kwCount + i))));
        }
        return l.env.placeholder(new ClassInfo(f.code(), name, bases, keywords));
    }

    /** CALL_FUNCTION_EX: the positional arguments as one tuple, the keywords as one dict (or NULL). */
    static void callEx(Lifter l, int flags) {
        Object kwargs = null;
        if (l.env.atLeast(3, 14) || (flags & 1) != 0) {
            kwargs = l.pop();
        }
        Expr args = l.popExpr();
        Object upper = l.pop();
        Object lower = l.pop();
        Object callable = lower == Item.Null.INSTANCE ? upper : lower;
        if (lower != Item.Null.INSTANCE && upper != Item.Null.INSTANCE) {
            throw new LiftException("CALL_FUNCTION_EX with self");
        }
        Expr func = l.asExpr(callable);
        List<Expr> positional = new ArrayList<>();
        if (args instanceof Expr.Tuple t) {
            positional.addAll(t.elts());
        } else if (args instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple t) {
            for (PyObject o : t.items()) {
                positional.add(new Expr.Constant(o));
            }
        } else {
            positional.add(new Expr.Starred(args));
        }
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (kwargs != null && kwargs != Item.Null.INSTANCE) {
            Expr kw = l.asExpr(kwargs);
            if (kw instanceof Expr.Dict d) {
                for (int i = 0; i < d.keys().size(); i++) {
                    Expr k = d.keys().get(i);
                    if (k == null) {
                        keywords.add(new Expr.Keyword(null, d.values().get(i)));
                    } else if (k instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                        keywords.add(new Expr.Keyword(s.value(), d.values().get(i)));
                    } else {
                        throw new LiftException("non-string keyword");
                    }
                }
            } else {
                keywords.add(new Expr.Keyword(null, kw));
            }
        }
        l.push(new Expr.Call(func, positional, keywords));
    }
}
