package depyf.lift;

import depyf.ir.Arguments;
import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE and what a function object turns into: def, lambda. */
final class Functions {
    private Functions() {}

    static void make(Lifter l, int flags) {
        Expr codeExpr = l.popExpr();
        CodeObject code = Steps.codeOf(codeExpr);
        if (code == null) {
            throw new LiftException("MAKE_FUNCTION without a code constant");
        }
        if (l.env.atLeast(3, 13)) {
            l.push(new Item.Function(code, null, null, null, null, null));
            return;
        }
        Expr closure = (flags & 8) != 0 ? l.popExpr() : null;
        Expr annotations = (flags & 4) != 0 ? l.popExpr() : null;
        Expr kwDefaults = (flags & 2) != 0 ? l.popExpr() : null;
        List<Expr> defaults = (flags & 1) != 0 ? elements(l.popExpr()) : null;
        l.push(new Item.Function(code, defaults, kwDefaults, annotations, closure, null));
    }

    static void setAttribute(Lifter l, int flag) {
        Object top = l.pop();
        if (!(top instanceof Item.Function f)) {
            throw new LiftException("SET_FUNCTION_ATTRIBUTE on " + top);
        }
        Expr value = l.popExpr();
        l.push(switch (flag) {
            case 1 -> new Item.Function(f.code(), elements(value), f.kwDefaults(), f.annotations(), f.closure(), f.annotate());
            case 2 -> new Item.Function(f.code(), f.defaults(), value, f.annotations(), f.closure(), f.annotate());
            case 4 -> new Item.Function(f.code(), f.defaults(), f.kwDefaults(), value, f.closure(), f.annotate());
            case 8 -> new Item.Function(f.code(), f.defaults(), f.kwDefaults(), f.annotations(), value, f.annotate());
            case 16 -> new Item.Function(f.code(), f.defaults(), f.kwDefaults(), f.annotations(), f.closure(), value);
            default -> throw new LiftException("unknown function attribute " + flag);
        });
    }

    static List<Expr> elements(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Tuple t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple t) {
            for (PyObject o : t.items()) {
                out.add(new Expr.Constant(o));
            }
        } else {
            throw new LiftException("defaults are not a tuple");
        }
        return out;
    }

    static boolean isLambda(CodeObject code) {
        return code.name().equals("<lambda>");
    }

    /** A lambda expression for a function object made from a {@code <lambda>} code object. */
    static Expr lambda(Lifter l, Item.Function f) {
        List<Stmt> body = l.env.nested.body(f.code());
        Expr value;
        if (body.size() == 1 && body.get(0) instanceof Stmt.Return r) {
            value = r.value() == null ? Lifter.none() : r.value();
        } else if (body.size() == 1 && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Yield) {
            value = e.value();
        } else {
            value = returnedValue(body);
            if (value == null) {
                throw new LiftException("lambda body is not one expression");
            }
        }
        return new Expr.Lambda(arguments(l, f), value);
    }

    /**
     * {@code a if c else b} returned by a lambda: 3.12+ copies the return into both branches, giving
     * {@code if c: return a} then {@code return b}. The value that such a body returns, or null.
     */
    private static Expr returnedValue(List<Stmt> body) {
        if (body.isEmpty() || body.size() == 1 && body.get(0) instanceof Stmt.Pass) {
            return Lifter.none();              // the trailing return None was dropped as implicit
        }
        if (body.size() == 1 && body.get(0) instanceof Stmt.Return r) {
            return r.value() == null ? Lifter.none() : r.value();
        }
        if (!body.isEmpty() && body.get(0) instanceof Stmt.If i) {
            List<Stmt> other = i.orelse().isEmpty() ? body.subList(1, body.size()) : i.orelse();
            if (!i.orelse().isEmpty() && body.size() != 1) {
                return null;
            }
            Expr a = returnedValue(i.body());
            Expr b = returnedValue(other);
            return a == null || b == null ? null : new Expr.IfExp(i.test(), a, b);
        }
        return null;
    }

    /** The parameter list of a function object: names from the code, defaults and annotations from the stack. */
    static Arguments arguments(Lifter l, Item.Function f) {
        CodeObject c = f.code();
        String cls = Mangling.privateClass(c);
        List<String> vars = c.varnames().stream().map(v -> Mangling.unmangle(cls, v)).toList();
        Map<String, Expr> ann = annotations(l, f);
        int posOnly = c.posOnlyArgCount();
        int pos = c.argCount();
        int kwOnly = c.kwOnlyArgCount();
        List<Arguments.Arg> posonlyargs = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        for (int i = 0; i < pos; i++) {
            Arguments.Arg a = new Arguments.Arg(vars.get(i), ann.get(vars.get(i)));
            (i < posOnly ? posonlyargs : args).add(a);
        }
        int next = pos;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        for (int i = 0; i < kwOnly; i++) {
            String n = vars.get(next + i);
            kwonly.add(new Arguments.Arg(n, ann.get(n)));
        }
        next += kwOnly;
        Arguments.Arg vararg = null;
        if (c.hasFlag(CodeObject.CO_VARARGS)) {
            String n = vars.get(next++);
            vararg = new Arguments.Arg(n, ann.get(n));
        }
        Arguments.Arg kwarg = null;
        if (c.hasFlag(CodeObject.CO_VARKEYWORDS)) {
            String n = vars.get(next);
            kwarg = new Arguments.Arg(n, ann.get(n));
        }
        List<Expr> kwDefaults = new ArrayList<>();
        Map<String, Expr> kwd = new HashMap<>();
        if (f.kwDefaults() instanceof Expr.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) instanceof Expr.Constant k && k.value() instanceof PyObject.Str s) {
                    kwd.put(Mangling.unmangle(Mangling.privateClass(f.code()), s.value()), d.values().get(i));
                }
            }
        } else if (f.kwDefaults() != null) {
            throw new LiftException("keyword defaults are not a dict");
        }
        for (Arguments.Arg a : kwonly) {
            kwDefaults.add(kwd.get(a.name()));
        }
        List<Expr> defaults = f.defaults() == null ? List.of() : f.defaults();
        return new Arguments(posonlyargs, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** The annotations of a function object, by parameter name ("return" for the return annotation). */
    static Map<String, Expr> annotations(Lifter l, Item.Function f) {
        Map<String, Expr> out = new HashMap<>();
        if (f.annotations() != null) {
            List<Expr> items = elements(f.annotations());
            for (int i = 0; i + 1 < items.size(); i += 2) {
                String name = ((PyObject.Str) ((Expr.Constant) items.get(i)).value()).value();
                out.put(Mangling.unmangle(Mangling.privateClass(f.code()), name), Annotations.source(l, items.get(i + 1)));
            }
        }
        if (f.annotate() != null) {
            Annotations.fromAnnotate(l, f.annotate(), out);
        }
        return out;
    }
}
