package depyf.pyc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Python's repr() of the values marshal can hold. */
public final class PyRepr {
    private PyRepr() {}

    /** repr(o) as the newest version prints it. */
    public static String repr(PyObject o) {
        return repr(o, null);
    }

    /** repr(o) as {@code version} prints it (which code points a str shows as they are); null: the newest. */
    public static String repr(PyObject o, PythonVersion version) {
        return switch (o) {
            case PyObject.None n -> "None";
            case PyObject.Bool b -> b.value() ? "True" : "False";
            case PyObject.Ellipsis e -> "Ellipsis";
            case PyObject.StopIteration s -> "<class 'StopIteration'>";
            case PyObject.Null n -> "<NULL>";
            case PyObject.Int i -> i.value().toString();
            case PyObject.Float f -> floatRepr(f.value());
            case PyObject.Complex c -> complexRepr(c.real(), c.imag());
            case PyObject.Str s -> str(s.value(), version);
            case PyObject.Bytes b -> bytes(b.value());
            case PyObject.Tuple t -> t.items().size() == 1 ? "(" + repr(t.items().get(0), version) + ",)" : "(" + join(t.items(), version) + ")";
            case PyObject.PyList l -> "[" + join(l.items(), version) + "]";
            case PyObject.Set s -> s.items().isEmpty() ? "set()" : "{" + join(s.items(), version) + "}";
            case PyObject.FrozenSet s -> s.items().isEmpty() ? "frozenset()" : "frozenset({" + join(s.items(), version) + "})";
            case PyObject.Dict d -> dict(d.keys(), d.values(), version);
            case PyObject.FrozenDict d -> "frozendict(" + dict(d.keys(), d.values(), version) + ")";
            case PyObject.Slice s -> "slice(" + repr(s.start(), version) + ", " + repr(s.stop(), version) + ", " + repr(s.step(), version) + ")";
            case CodeObject c -> "<code object " + c.name() + " at 0x0, file \"" + c.filename() + "\", line " + c.firstLineNo() + ">";
        };
    }

    private static String join(List<PyObject> items, PythonVersion version) {
        List<String> parts = new ArrayList<>();
        for (PyObject o : items) {
            parts.add(repr(o, version));
        }
        return String.join(", ", parts);
    }

    private static String dict(List<PyObject> keys, List<PyObject> values, PythonVersion version) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(repr(keys.get(i), version) + ": " + repr(values.get(i), version));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** repr(float): the shortest string that reads back as the same double, in Python's layout. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();       // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -5 + 1 && exp < 16) {
            String s;
            if (exp >= digits.length() - 1) {
                s = digits + "0".repeat(exp - digits.length() + 1) + ".0";
            } else if (exp >= 0) {
                s = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
            } else {
                s = "0." + "0".repeat(-exp - 1) + digits;
            }
            return sign + s;
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        if (e.length() < 2) {
            e = "0" + e;
        }
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + e;
    }

    private static String complexRepr(double re, double im) {
        String imag = componentRepr(im) + "j";
        if (re == 0 && 1 / re > 0) {
            return imag;
        }
        String sign = im < 0 || (im == 0 && 1 / im < 0) || Double.isNaN(im) && false ? "" : "+";
        if (im < 0 || (im == 0 && 1 / im < 0)) {
            sign = "-";
            imag = componentRepr(-im) + "j";
        }
        return "(" + componentRepr(re) + sign + imag + ")";
    }

    private static String componentRepr(double d) {
        String s = floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** repr(str) as the newest version prints it. */
    public static String str(String s) {
        return str(s, null);
    }

    /** repr(str) as {@code version} prints it; null: the newest. */
    public static String str(String s, PythonVersion version) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || (version == null ? Printable.isPrintable(cp) : Printable.isPrintable(cp, version))) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        }
        return b.append(quote).toString();
    }


    /** repr(bytes). */
    public static String bytes(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : v) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }
}
