package depyf.print;

import depyf.ir.Arguments;
import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.pyc.PyObject;
import depyf.pyc.PyRepr;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.List;

/** Expressions as source, with parentheses only where Python's precedence needs them. */
final class ExprPrinter {
    // precedence levels, lowest first (as in CPython's ast.unparse)
    static final int NAMED = 1, TUPLE = 2, YIELD = 3, TEST = 4, OR = 5, AND = 6, NOT = 7, CMP = 8, BOR = 9,
            BXOR = 10, BAND = 11, SHIFT = 12, ARITH = 13, TERM = 14, FACTOR = 15, POWER = 16, AWAIT = 17, ATOM = 18;

    private final PythonVersion version;
    /** Where a line broken inside brackets goes on: two levels deeper than the statement being printed. */
    private String continuation = " ".repeat(8);

    /** Expressions (by identity) that start a new line inside the brackets around them. */
    private final java.util.Set<Expr> lineStarts;
    /** Those of them a line was broken for already. */
    private final java.util.Set<Expr> brokenFor = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExprPrinter(PythonVersion version) {
        this(version, java.util.Set.of());
    }

    ExprPrinter(PythonVersion version, java.util.Set<Expr> lineStarts) {
        this.version = version;
        this.lineStarts = lineStarts;
    }

    /** A line break inside a statement, where it goes on. */
    String continuation() {
        return continuation;
    }

    /** The indentation level of the statement whose expressions are printed next. */
    void indent(int level) {
        continuation = "    ".repeat(level + 2);
    }

    String expr(Expr e) {
        return expr(e, TEST);
    }

    /** {@code e} printed where the surrounding context binds at level {@code ctx}. */
    String expr(Expr e, int ctx) {
        StringBuilder b = new StringBuilder();
        write(b, e, ctx);
        return b.toString();
    }

    private void paren(StringBuilder b, boolean need, Runnable body) {
        if (need) {
            b.append('(');
        }
        body.run();
        if (need) {
            b.append(')');
        }
    }

    void write(StringBuilder b, Expr e, int ctx) {
        switch (e) {
            case Expr.Name n -> {
                if (n.id().startsWith("\u0000")) {
                    throw new PrintException("internal placeholder reached the printer");
                }
                b.append(n.id());
            }
            case Expr.Constant c -> constant(b, c.value(), ctx);
            case Expr.Attribute a -> {
                write(b, a.value(), ATOM);
                if (a.value() instanceof Expr.Constant c && c.value() instanceof PyObject.Int i && i.value().signum() >= 0) {
                    b.append(' ');
                }
                b.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                write(b, s.value(), ATOM);
                b.append('[');
                if (s.index() instanceof Expr.Tuple t && !t.elts().isEmpty()
                        && (version.atLeast(3, 11) || t.elts().stream().noneMatch(x -> x instanceof Expr.Starred))) {
                    items(b, t.elts(), TEST, true);
                    if (t.elts().size() == 1) {
                        b.append(',');
                    }
                } else {
                    write(b, s.index(), TUPLE);
                }
                b.append(']');
            }
            case Expr.Slice s -> {
                if (s.lower() != null) write(b, s.lower(), TEST);
                b.append(':');
                if (s.upper() != null) write(b, s.upper(), TEST);
                if (s.step() != null) {
                    b.append(':');
                    write(b, s.step(), TEST);
                }
            }
            case Expr.Call c -> call(b, c);
            case Expr.BinOp o -> {
                int p = binaryPrecedence(o.op());
                boolean pow = o.op() == Operator.Binary.POW;
                paren(b, ctx > p, () -> {
                    if (formatsToFString(o)) {
                        // a plain string here would have been compiled as an f-string (see formatsToFString)
                        b.append(new FStrings(this, version).joined(new Expr.JoinedStr(List.of(o.left()))));
                    } else {
                        write(b, o.left(), pow ? p + 1 : p);
                    }
                    b.append(' ').append(binarySymbol(o.op())).append(' ');
                    write(b, o.right(), pow ? p : p + 1);
                });
            }
            case Expr.UnaryOp u -> {
                int p = u.op() == Operator.Unary.NOT ? NOT : FACTOR;
                paren(b, ctx > p, () -> {
                    b.append(switch (u.op()) {
                        case NOT -> "not ";
                        case USUB -> "-";
                        case UADD -> "+";
                        case INVERT -> "~";
                    });
                    write(b, u.operand(), p);
                });
            }
            case Expr.BoolOp o -> {
                int p = o.op() == Operator.Bool.AND ? AND : OR;
                paren(b, ctx > p, () -> {
                    for (int i = 0; i < o.values().size(); i++) {
                        if (i > 0) b.append(o.op() == Operator.Bool.AND ? " and " : " or ");
                        write(b, o.values().get(i), p + 1);
                    }
                });
            }
            case Expr.Compare c -> paren(b, ctx > CMP, () -> {
                write(b, c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    b.append(' ').append(compareSymbol(c.ops().get(i))).append(' ');
                    write(b, c.comparators().get(i), CMP + 1);
                }
            });
            case Expr.IfExp i -> paren(b, ctx > TEST, () -> {
                write(b, i.body(), TEST + 1);
                b.append(" if ");
                write(b, i.test(), TEST + 1);
                b.append(" else ");
                write(b, i.orelse(), TEST);
            });
            case Expr.Lambda l -> paren(b, ctx > TEST, () -> {
                String args = arguments(l.args(), false);
                b.append(args.isEmpty() ? "lambda" : "lambda " + args).append(": ");
                write(b, l.body(), TEST);
            });
            case Expr.NamedExpr n -> paren(b, ctx > NAMED, () -> {
                write(b, n.target(), ATOM);
                b.append(" := ");
                write(b, n.value(), ATOM);
            });
            case Expr.Tuple t -> tuple(b, t.elts(), ctx);
            case Expr.ListExpr l -> {
                b.append('[');
                items(b, l.elts(), TEST, true);
                b.append(']');
            }
            case Expr.SetExpr s -> {
                if (s.elts().isEmpty()) {
                    throw new PrintException("empty set display");
                }
                b.append('{');
                items(b, s.elts(), TEST, true);
                b.append('}');
            }
            case Expr.Dict d -> {
                b.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) b.append(", ");
                    if (d.keys().get(i) == null) {
                        b.append("**");
                        write(b, d.values().get(i), BOR);
                    } else {
                        write(b, d.keys().get(i), TEST);
                        b.append(": ");
                        write(b, d.values().get(i), TEST);
                    }
                }
                b.append('}');
            }
            case Expr.Starred s -> {
                b.append('*');
                write(b, s.value(), BOR);
            }
            case Expr.ListComp c -> comp(b, "[", "]", c.elt(), null, c.generators());
            case Expr.SetComp c -> comp(b, "{", "}", c.elt(), null, c.generators());
            case Expr.GeneratorExp c -> comp(b, "(", ")", c.elt(), null, c.generators());
            case Expr.DictComp c -> comp(b, "{", "}", c.key(), c.value(), c.generators());
            case Expr.Await a -> paren(b, ctx > AWAIT, () -> {
                b.append("await ");
                write(b, a.value(), ATOM);
            });
            case Expr.Yield y -> paren(b, ctx > YIELD, () -> {
                b.append("yield");
                if (y.value() != null) {
                    b.append(' ');
                    write(b, y.value(), TUPLE);
                }
            });
            case Expr.YieldFrom y -> paren(b, ctx > YIELD, () -> {
                b.append("yield from ");
                write(b, y.value(), TEST);
            });
            case Expr.JoinedStr j -> b.append(new FStrings(this, version).joined(j));
            case Expr.FormattedValue f -> b.append(new FStrings(this, version).joined(new Expr.JoinedStr(List.of(f))));
            case Expr.SourceText t -> paren(b, ctx > TEST, () -> b.append(t.text()));
            case Expr.TemplateStr t -> b.append(new FStrings(this, version).template(t));
            case Expr.Interpolation t -> throw new PrintException("interpolation outside a template string");
        }
    }

    /** Items separated by commas; {@code bracketed}: inside brackets, where an item may start a new line. */
    private void items(StringBuilder b, List<Expr> elts, int ctx, boolean bracketed) {
        for (int i = 0; i < elts.size(); i++) {
            if (bracketed) {
                separator(b, i == 0, elts.get(i));
            } else if (i > 0) {
                b.append(", ");
            }
            write(b, elts.get(i), ctx);
        }
    }

    /**
     * {@code 'literal' % (a, b)} whose format has only %s, %r and %a units, one per item: CPython's AST
     * optimiser (3.11+) turns it into an f-string, so a BINARY_OP % that survived came from a format
     * the optimiser does not see as a constant, an f-string without fields ({@code f'%s.%s' % (a, b)}),
     * which compiles to the same constant. Accepting more formats than CPython does only prints an
     * f-string where a plain string would do.
     */
    private static boolean formatsToFString(Expr.BinOp o) {
        if (o.op() != Operator.Binary.MOD || !(o.left() instanceof Expr.Constant k) || !(k.value() instanceof PyObject.Str str)
                || !(o.right() instanceof Expr.Tuple t) || t.elts().stream().anyMatch(e -> e instanceof Expr.Starred)) {
            return false;
        }
        String f = str.value();
        int units = 0;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '%') {
                continue;
            }
            i++;
            if (i < f.length() && f.charAt(i) == '%') {
                continue;
            }
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            while (i < f.length() && Character.isDigit(f.charAt(i))) {
                i++;
            }
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
            }
            if (i >= f.length() || "sra".indexOf(f.charAt(i)) < 0) {
                return false;
            }
            units++;
        }
        return units == t.elts().size();
    }

    private void tuple(StringBuilder b, List<Expr> elts, int ctx) {
        boolean parenthesized = elts.isEmpty() || ctx > TUPLE;
        paren(b, parenthesized, () -> {
            items(b, elts, TEST, parenthesized);
            if (elts.size() == 1) {
                b.append(',');
            }
        });
    }

    private void comp(StringBuilder b, String open, String close, Expr elt, Expr value, List<Expr.Comprehension> gens) {
        b.append(open);
        write(b, elt, TEST);
        if (value != null) {
            b.append(": ");
            write(b, value, TEST);
        }
        for (Expr.Comprehension g : gens) {
            // the first iterable is evaluated before the element: it starts a line when its first load does
            // (unless the line already broke before the comprehension for it)
            boolean iterStarts = g == gens.get(0) && startsLine(g.iter()) && !brokenFor.contains(firstLoad(g.iter()));
            b.append(g.forOnNewLine() || iterStarts ? "\n" + continuation : " ");
            b.append(g.isAsync() ? "async for " : "for ");
            write(b, g.target(), TUPLE);
            b.append(" in ");
            write(b, g.iter(), TEST + 1);
            for (int c = 0; c < g.ifs().size(); c++) {
                b.append(g.ifOnNewLine(c) ? "\n" + continuation + "if " : " if ");
                write(b, g.ifs().get(c), TEST + 1);
            }
        }
        b.append(close);
    }

    /** ", " before an item in brackets (nothing before the first), or a line break where the item starts a line. */
    private void separator(StringBuilder b, boolean first, Expr item) {
        if (startsLine(item)) {
            brokenFor.add(firstLoad(item));
            b.append(first ? "" : ",").append('\n').append(continuation);
        } else if (!first) {
            b.append(", ");
        }
    }

    /** The first load of {@code e} starts a new line. */
    boolean startsLine(Expr e) {
        Expr load = lineStarts.isEmpty() ? null : firstLoad(e);
        return load != null && lineStarts.contains(load);
    }

    /** The name {@code e} loads first when evaluated, or null. */
    static Expr firstLoad(Expr e) {
        return switch (e) {
            case Expr.Name n -> n;
            case Expr.Attribute a -> firstLoad(a.value());
            case Expr.Subscript s -> firstLoad(s.value());
            case Expr.Call c -> firstLoad(c.func());
            case Expr.BinOp o -> firstLoad(o.left());
            case Expr.Compare c -> firstLoad(c.left());
            case Expr.BoolOp o -> firstLoad(o.values().get(0));
            case Expr.IfExp x -> firstLoad(x.test());
            case Expr.UnaryOp u -> firstLoad(u.operand());
            case Expr.Starred s -> firstLoad(s.value());
            case Expr.Await a -> firstLoad(a.value());
            case Expr.Tuple t -> t.elts().isEmpty() ? null : firstLoad(t.elts().get(0));
            case Expr.ListExpr t -> t.elts().isEmpty() ? null : firstLoad(t.elts().get(0));
            // inlined (3.12+): the first iterable is evaluated first
            case Expr.ListComp c -> firstLoad(c.generators().get(0).iter());
            case Expr.SetComp c -> firstLoad(c.generators().get(0).iter());
            case Expr.DictComp c -> firstLoad(c.generators().get(0).iter());
            default -> null;
        };
    }

    private void call(StringBuilder b, Expr.Call c) {
        write(b, c.func(), ATOM);
        b.append('(');
        boolean first = true;
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            write(b, g, TEST);
            b.append(')');
            return;
        }
        for (Expr a : c.args()) {
            separator(b, first, a);
            first = false;
            write(b, a, TEST);
        }
        for (Expr.Keyword k : c.keywords()) {
            separator(b, first, k.value());
            first = false;
            if (k.name() == null) {
                b.append("**");
                write(b, k.value(), BOR);
            } else {
                b.append(k.name()).append('=');
                write(b, k.value(), TEST);
            }
        }
        b.append(')');
    }

    private void constant(StringBuilder b, PyObject v, int ctx) {
        switch (v) {
            case PyObject.Ellipsis e -> b.append("...");
            case PyObject.Int i -> paren(b, i.value().signum() < 0 && ctx > FACTOR, () -> b.append(i.value()));
            case PyObject.Float f -> {
                String s = Double.isInfinite(f.value()) ? (f.value() > 0 ? "1e309" : "-1e309")
                        : Double.isNaN(f.value()) ? "(1e309 - 1e309)" : PyRepr.floatRepr(f.value());
                paren(b, s.startsWith("-") && ctx > FACTOR, () -> b.append(s));
            }
            case PyObject.Complex c -> {
                String s = PyRepr.repr(c).replace("inf", "1e309");
                paren(b, s.startsWith("-") && ctx > FACTOR, () -> b.append(s));
            }
            case PyObject.Tuple t -> {
                List<Expr> elts = new ArrayList<>();
                for (PyObject o : t.items()) elts.add(new Expr.Constant(o));
                tuple(b, elts, ctx);
            }
            case PyObject.FrozenSet s -> {
                List<Expr> elts = new ArrayList<>();
                for (PyObject o : s.items()) elts.add(new Expr.Constant(o));
                if (elts.isEmpty()) {
                    b.append("frozenset()");
                } else {
                    write(b, new Expr.SetExpr(elts), ctx);
                }
            }
            case depyf.pyc.CodeObject c -> throw new PrintException("code object as a value");
            default -> b.append(PyRepr.repr(v));
        }
    }

    static int binaryPrecedence(Operator.Binary op) {
        return switch (op) {
            case BITOR -> BOR;
            case BITXOR -> BXOR;
            case BITAND -> BAND;
            case LSHIFT, RSHIFT -> SHIFT;
            case ADD, SUB -> ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
            case POW -> POWER;
        };
    }

    static String binarySymbol(Operator.Binary op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MULT -> "*";
            case MATMULT -> "@";
            case DIV -> "/";
            case MOD -> "%";
            case POW -> "**";
            case LSHIFT -> "<<";
            case RSHIFT -> ">>";
            case BITOR -> "|";
            case BITXOR -> "^";
            case BITAND -> "&";
            case FLOORDIV -> "//";
        };
    }

    static String compareSymbol(Operator.Compare op) {
        return switch (op) {
            case EQ -> "==";
            case NOT_EQ -> "!=";
            case LT -> "<";
            case LT_E -> "<=";
            case GT -> ">";
            case GT_E -> ">=";
            case IS -> "is";
            case IS_NOT -> "is not";
            case IN -> "in";
            case NOT_IN -> "not in";
        };
    }

    /** A parameter list; annotations only where allowed (not in lambdas). */
    String arguments(Arguments a, boolean annotations) {
        List<String> parts = new ArrayList<>();
        List<Arguments.Arg> positional = new ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            String s = arg(positional.get(i), annotations);
            if (i >= firstDefault) {
                Expr d = a.defaults().get(i - firstDefault);
                s += (annotations && positional.get(i).annotation() != null ? " = " : "=") + expr(d);
            }
            parts.add(s);
            if (i == a.posonlyargs().size() - 1) {
                parts.add("/");
            }
        }
        if (a.vararg() != null) {
            parts.add("*" + arg(a.vararg(), annotations));
        } else if (!a.kwonlyargs().isEmpty()) {
            parts.add("*");
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Arguments.Arg k = a.kwonlyargs().get(i);
            String s = arg(k, annotations);
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                s += (annotations && k.annotation() != null ? " = " : "=") + expr(d);
            }
            parts.add(s);
        }
        if (a.kwarg() != null) {
            parts.add("**" + arg(a.kwarg(), annotations));
        }
        return String.join(", ", parts);
    }

    private String arg(Arguments.Arg a, boolean annotations) {
        return annotations && a.annotation() != null ? a.name() + ": " + expr(a.annotation()) : a.name();
    }
}
