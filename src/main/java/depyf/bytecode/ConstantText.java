package depyf.bytecode;

import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;

/** How dis shows a constant: Python's repr, and CPython's repr of code objects. */
public final class ConstantText {
    private ConstantText() {}

    /** repr(value) as the value's Python version prints it. */
    public static String repr(PyObject value) {
        if (value instanceof CodeObject code) {
            return codeRepr(code);
        }
        return placeholderRepr(value);
    }

    /** {@code <code object NAME at 0x..., file "FILE", line N>}; the address is made up. */
    public static String codeRepr(CodeObject code) {
        return "<code object " + code.name() + " at 0x" + Integer.toHexString(System.identityHashCode(code))
                + ", file \"" + code.filename() + "\", line " + code.firstLineNo() + ">";
    }

    // Placeholder until depyf.pyc.PyRepr lands on main.
    private static String placeholderRepr(PyObject v) {
        return switch (v) {
            case PyObject.None n -> "None";
            case PyObject.Ellipsis e -> "Ellipsis";
            case PyObject.Bool b -> b.value() ? "True" : "False";
            case PyObject.Int i -> i.value().toString();
            case PyObject.Float f -> floatRepr(f.value());
            case PyObject.Complex c -> c.real() == 0 && 1 / c.real() > 0 ? imag(c.imag())
                    : "(" + floatRepr(c.real()).replace(".0", "") + (c.imag() < 0 || (c.imag() == 0 && 1 / c.imag() < 0) ? "" : "+") + imag(c.imag()) + ")";
            case PyObject.Str s -> strRepr(s.value());
            case PyObject.Bytes b -> bytesRepr(b.value());
            case PyObject.Tuple t -> seq("(", t.items(), t.items().size() == 1 ? ",)" : ")");
            case PyObject.FrozenSet f -> f.items().isEmpty() ? "frozenset()" : seq("frozenset({", f.items(), "})");
            case PyObject.Slice s -> "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
            default -> v.toString();
        };
    }

    private static String imag(double d) {
        String r = floatRepr(d);
        return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
    }

    private static String seq(String open, java.util.List<PyObject> items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(repr(items.get(i)));
        }
        return sb.append(close).toString();
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d > 0 ? "0.0" : "-0.0";
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = bd.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    private static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
