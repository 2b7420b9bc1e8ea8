package depyf.lift;

import depyf.ir.Expr;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * f-strings: FORMAT_VALUE (3.11, 3.12), CONVERT_VALUE / FORMAT_SIMPLE / FORMAT_WITH_SPEC (3.13+), BUILD_STRING;
 * 3.14 t-strings: BUILD_INTERPOLATION (value, source text, optional spec; oparg = conversion << 2 | 2 | has spec)
 * and BUILD_TEMPLATE (the constant tuple of literal parts and the tuple of interpolations).
 */
final class Strings {
    private Strings() {}

    /** Conversion of a pending CONVERT_VALUE, kept on the value until it is formatted. */
    record Converted(Expr value, int conversion) {}

    static boolean step(Lifter l, Op op) {
        switch (op.name()) {
            case "FORMAT_VALUE" -> {
                int flags = op.arg();
                Expr spec = (flags & 4) != 0 ? spec(l.popExpr()) : null;
                Expr value = l.popExpr();
                l.push(joined(new Expr.FormattedValue(value, conversion(flags & 3), spec)));
            }
            case "CONVERT_VALUE" -> l.push(new Converted(l.popExpr(), conversion(op.arg())));
            case "FORMAT_SIMPLE" -> l.push(formatted(l.pop(), null));
            case "FORMAT_WITH_SPEC" -> {
                Expr spec = spec(l.popExpr());
                l.push(formatted(l.pop(), spec));
            }
            case "BUILD_STRING" -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < op.arg(); i++) {
                    parts.add(0, l.pop());
                }
                List<Expr> values = new ArrayList<>();
                for (Object p : parts) {
                    if (p instanceof Expr.JoinedStr js) {
                        values.addAll(js.values());
                    } else {
                        values.add(p instanceof Expr e ? e : l.asExpr(p));
                    }
                }
                l.push(new Expr.JoinedStr(values));
            }
            case "BUILD_INTERPOLATION" -> {
                int arg = op.arg();
                if ((arg & 2) == 0) {
                    throw new LiftException("BUILD_INTERPOLATION " + arg);
                }
                Expr spec = (arg & 1) != 0 ? spec(l.popExpr()) : null;
                Expr text = l.popExpr();
                Expr value = l.popExpr();
                if (!(text instanceof Expr.Constant c && c.value() instanceof PyObject.Str str) || str.value().isBlank()) {
                    throw new LiftException("interpolation without its source text");
                }
                l.push(new Expr.Interpolation(value, str.value(), conversion(arg >> 2), spec));
            }
            case "BUILD_TEMPLATE" -> {
                Expr interpolations = l.popExpr();
                Expr strings = l.popExpr();
                l.push(template(strings, interpolations));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A t-string from its literal parts (a constant tuple, one more than the fields) and its fields. */
    private static Expr template(Expr strings, Expr interpolations) {
        List<Expr> fields = new ArrayList<>();
        if (interpolations instanceof Expr.Tuple t) {
            fields.addAll(t.elts());
        } else if (!(interpolations instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple e && e.items().isEmpty())) {
            throw new LiftException("BUILD_TEMPLATE fields are not a tuple");
        }
        if (!(strings instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple parts)
                || parts.items().size() != fields.size() + 1) {
            throw new LiftException("BUILD_TEMPLATE literal parts are not a constant tuple");
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < parts.items().size(); i++) {
            if (!(parts.items().get(i) instanceof PyObject.Str part)) {
                throw new LiftException("BUILD_TEMPLATE literal part is not a str");
            }
            if (!part.value().isEmpty()) {
                values.add(new Expr.Constant(part));
            }
            if (i < fields.size()) {
                if (!(fields.get(i) instanceof Expr.Interpolation)) {
                    throw new LiftException("BUILD_TEMPLATE field is not an interpolation");
                }
                values.add(fields.get(i));
            }
        }
        return new Expr.TemplateStr(values);
    }

    private static int conversion(int code) {
        return switch (code) {
            case 0 -> -1;
            case 1 -> 's';
            case 2 -> 'r';
            case 3 -> 'a';
            default -> throw new LiftException("unknown conversion " + code);
        };
    }

    private static Expr formatted(Object v, Expr spec) {
        if (v instanceof Converted c) {
            return joined(new Expr.FormattedValue(c.value(), c.conversion(), spec));
        }
        if (v instanceof Expr e) {
            return joined(new Expr.FormattedValue(e, -1, spec));
        }
        throw new LiftException("format of " + v);
    }

    private static Expr joined(Expr.FormattedValue v) {
        return new Expr.JoinedStr(List.of(v));
    }

    private static Expr spec(Expr e) {
        if (e instanceof Expr.JoinedStr) {
            return e;
        }
        if (e instanceof Expr.Constant c && c.value() instanceof PyObject.Str) {
            return new Expr.JoinedStr(List.of(e));
        }
        return new Expr.JoinedStr(List.of(e));
    }
}
