package depyf.lift;

import depyf.ir.Expr;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/** f-strings: FORMAT_VALUE (3.11, 3.12), CONVERT_VALUE / FORMAT_SIMPLE / FORMAT_WITH_SPEC (3.13+), BUILD_STRING. */
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
            default -> {
                return false;
            }
        }
        return true;
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
