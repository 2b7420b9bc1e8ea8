package depyf.print;

import depyf.ir.Expr;
import depyf.pyc.PyObject;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.List;

/** f-strings: literal parts escaped, replacement fields printed, a quote chosen that the version accepts. */
final class FStrings {
    private final ExprPrinter exprs;
    private final PythonVersion version;

    FStrings(ExprPrinter exprs, PythonVersion version) {
        this.exprs = exprs;
        this.version = version;
    }

    String joined(Expr.JoinedStr j) {
        List<String> fieldTexts = new ArrayList<>();
        collect(j, fieldTexts);
        String quote = null;
        for (String q : new String[] {"'", "\"", "'''", "\"\"\""}) {
            boolean clash = false;
            for (String t : fieldTexts) {
                if (t.contains(q.substring(0, 1)) && q.length() == 1 || t.contains(q)) {
                    clash = true;
                }
                if (version.before(3, 12) && t.contains("\\")) {
                    throw new PrintException("f-string field with a backslash cannot be written before 3.12");
                }
            }
            if (!clash) {
                quote = q;
                break;
            }
        }
        if (quote == null) {
            if (version.before(3, 12)) {
                throw new PrintException("f-string needs more kinds of quotes than Python " + version + " has");
            }
            quote = "'";
        }
        return "f" + quote + body(j, quote.charAt(0)) + quote;
    }

    /**
     * A t-string (3.14). Each field is written with the expression's own source text, which the compiler
     * keeps as Interpolation.expression; from 3.12 on a field may hold any quote, so the quote is chosen
     * for looks only; a field spanning lines gets triple quotes.
     */
    String template(Expr.TemplateStr t) {
        boolean single = false;
        boolean dbl = false;
        boolean multiline = false;
        for (Expr v : t.values()) {
            if (v instanceof Expr.Interpolation i) {
                single |= i.text().contains("'");
                dbl |= i.text().contains("\"");
                multiline |= i.text().contains("\n") || i.text().contains("\r");
            }
        }
        String quote = single && !dbl ? "\"" : "'";
        if (multiline) {
            quote = quote.repeat(3);
        }
        StringBuilder b = new StringBuilder("t").append(quote);
        for (Expr v : t.values()) {
            if (v instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                literal(b, s.value(), quote.charAt(0));
            } else if (v instanceof Expr.Interpolation i) {
                b.append('{').append(i.text());
                if (i.conversion() >= 0) {
                    b.append('!').append((char) i.conversion());
                }
                if (i.formatSpec() instanceof Expr.JoinedStr spec) {
                    b.append(':').append(body(spec, quote.charAt(0)));
                } else if (i.formatSpec() != null) {
                    throw new PrintException("unexpected interpolation format spec");
                }
                b.append('}');
            } else {
                throw new PrintException("unexpected t-string part");
            }
        }
        return b.append(quote).toString();
    }

    private void collect(Expr.JoinedStr j, List<String> out) {
        for (Expr v : j.values()) {
            if (v instanceof Expr.FormattedValue f) {
                out.add(exprs.expr(f.value(), ExprPrinter.TEST + 1));
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    collect(spec, out);
                }
            }
        }
    }

    private String body(Expr.JoinedStr j, char quote) {
        StringBuilder b = new StringBuilder();
        for (Expr v : j.values()) {
            if (v instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                literal(b, s.value(), quote);
            } else if (v instanceof Expr.FormattedValue f) {
                String text = exprs.expr(f.value(), ExprPrinter.TEST + 1);
                b.append('{');
                if (text.startsWith("{")) {
                    b.append(' ');
                }
                b.append(text);
                if (f.conversion() >= 0) {
                    b.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    b.append(':').append(body(spec, quote));
                }
                b.append('}');
            } else if (v instanceof Expr.JoinedStr inner) {
                b.append(body(inner, quote));
            } else {
                throw new PrintException("unexpected f-string part");
            }
        }
        return b.toString();
    }

    private static void literal(StringBuilder b, String s, char quote) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '{' -> b.append("{{");
                case '}' -> b.append("}}");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp == quote) {
                        b.append('\\').append(quote);
                    } else if (cp < 0x20 || cp == 0x7f) {
                        b.append(String.format("\\x%02x", cp));
                    } else if (Character.isSurrogate((char) cp)) {
                        b.append(String.format("\\u%04x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
    }
}
