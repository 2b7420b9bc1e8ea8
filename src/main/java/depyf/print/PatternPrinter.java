package depyf.print;

import depyf.ir.Expr;
import depyf.ir.Pattern;
import depyf.pyc.PyObject;
import depyf.pyc.PyRepr;
import java.util.ArrayList;
import java.util.List;

/** Patterns of {@code case} clauses as source. */
final class PatternPrinter {
    private final ExprPrinter exprs;

    PatternPrinter(ExprPrinter exprs) {
        this.exprs = exprs;
    }

    private String continuation = "";

    /**
     * A case's pattern; a top-level sequence keeps its brackets, an or/as needs no parentheses. Captures
     * on lines of their own start a line indented by {@code indent} levels (inside brackets: any indent).
     */
    String top(Pattern p, int indent) {
        continuation = "\n" + "    ".repeat(indent);
        return pattern(p, false);
    }

    /** {@code nested}: inside another pattern, where an or-pattern or an as-pattern needs parentheses. */
    private String pattern(Pattern p, boolean nested) {
        return switch (p) {
            case Pattern.MatchValue v -> value(v.value());
            case Pattern.MatchSingleton s -> PyRepr.repr(s.value());
            case Pattern.MatchSequence s -> "[" + join(all(s.patterns())) + "]";
            case Pattern.MatchStar s -> "*" + (s.name() == null ? "_" : s.name());
            case Pattern.MatchMapping m -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < m.keys().size(); i++) {
                    Pattern v = m.patterns().get(i);
                    String start = v instanceof Pattern.OnNewLine n ? continuation : "";
                    parts.add(start + value(m.keys().get(i)) + ": " + pattern(v instanceof Pattern.OnNewLine n ? n.pattern() : v, false));
                }
                if (m.rest() != null) {
                    parts.add("**" + m.rest());
                }
                yield "{" + join(parts) + "}";
            }
            case Pattern.MatchClass c -> {
                List<String> parts = all(c.patterns());
                for (int i = 0; i < c.kwdAttrs().size(); i++) {
                    Pattern v = c.kwdPatterns().get(i);
                    String start = v instanceof Pattern.OnNewLine n ? continuation : "";
                    parts.add(start + c.kwdAttrs().get(i) + "=" + pattern(v instanceof Pattern.OnNewLine n ? n.pattern() : v, false));
                }
                yield exprs.expr(c.cls(), ExprPrinter.ATOM) + "(" + join(parts) + ")";
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    yield a.name() == null ? "_" : a.name();
                }
                String s = pattern(a.pattern(), true) + " as " + a.name();
                yield nested ? "(" + s + ")" : s;
            }
            case Pattern.OnNewLine n -> continuation + pattern(n.pattern(), nested);
            case Pattern.MatchOr o -> {
                List<String> parts = new ArrayList<>();
                for (Pattern alt : o.patterns()) {
                    parts.add(pattern(alt, true));
                }
                String s = String.join(" | ", parts);
                yield nested ? "(" + s + ")" : s;
            }
        };
    }

    /** Elements separated by commas; one that starts a line takes no space before it. */
    private static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : parts.get(i).startsWith("\n") ? "," : ", ").append(parts.get(i));
        }
        return b.toString();
    }

    private List<String> all(List<Pattern> ps) {
        List<String> out = new ArrayList<>();
        for (Pattern p : ps) {
            out.add(pattern(p, false));
        }
        return out;
    }

    /** A literal or dotted name: complex numbers as {@code 1+2j}, never in parentheses. */
    private String value(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof PyObject.Complex z) {
            return complex(z.real(), z.imag());
        }
        if (e instanceof Expr.Constant c && c.value() instanceof PyObject.Float f
                && (Double.isNaN(f.value()) || Double.isInfinite(f.value()))) {
            throw new PrintException("pattern value " + PyRepr.repr(c.value()));
        }
        if (!(e instanceof Expr.Constant) && !(e instanceof Expr.Attribute)) {
            throw new PrintException("pattern value that is not a literal or dotted name");
        }
        return exprs.expr(e);
    }

    private static String complex(double re, double im) {
        if (Double.isNaN(re) || Double.isNaN(im) || Double.isInfinite(re) || Double.isInfinite(im)) {
            throw new PrintException("pattern value " + re + "+" + im + "j");
        }
        String imag = PyRepr.repr(new PyObject.Complex(0.0, Math.abs(im)));
        boolean negZero = re == 0.0 && 1 / re < 0;
        if (negZero && im < 0) {
            return "-" + imag;
        }
        if (negZero) {
            throw new PrintException("pattern value -0+" + imag);
        }
        if (re == 0.0 && im >= 0 && 1 / im > 0) {
            return imag;
        }
        String real = PyRepr.repr(new PyObject.Float(re));
        real = real.endsWith(".0") ? real.substring(0, real.length() - 2) : real;
        return real + (im < 0 || 1 / im < 0 ? " - " : " + ") + imag;
    }
}
