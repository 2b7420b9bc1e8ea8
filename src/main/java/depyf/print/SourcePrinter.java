package depyf.print;

import depyf.ir.Expr;
import depyf.ir.Module;
import depyf.ir.Stmt;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.List;

/** Prints the IR as Python source for one version: 4-space indentation, one statement per line. */
public final class SourcePrinter {
    private final ExprPrinter exprs;
    private final PatternPrinter patterns;
    private final StringBuilder out = new StringBuilder();
    private final List<String> warnings;
    private final PythonVersion version;

    /** Loads (by identity) whose statement goes on the line of the statement or header before it. */
    private final java.util.Set<Expr> lineJoins;

    private SourcePrinter(PythonVersion version, List<String> warnings, java.util.Set<Expr> lineStarts,
            java.util.Set<Expr> lineJoins) {
        this.lineJoins = lineJoins;
        this.exprs = new ExprPrinter(version, lineStarts);
        this.patterns = new PatternPrinter(exprs);
        this.version = version;
        this.warnings = warnings;
    }

    public static String print(Module module, PythonVersion version) {
        return print(module, version, new ArrayList<>());
    }

    /** Prints {@code module}; a statement that cannot be printed becomes a marked failure and a warning. */
    public static String print(Module module, PythonVersion version, List<String> warnings) {
        SourcePrinter p = new SourcePrinter(version, warnings, module.lineStarts(), module.lineJoins());
        p.block(module.body(), 0, true);
        return p.out.toString();
    }

    private int countedChars;
    private int countedLines;

    /** The 1-based number of the line about to be written. */
    private int currentLine() {
        if (countedChars > out.length()) {
            countedChars = 0;
            countedLines = 0;
        }
        for (; countedChars < out.length(); countedChars++) {
            if (out.charAt(countedChars) == '\n') {
                countedLines++;
            }
        }
        return countedLines + 1;
    }

    /**
     * Blank lines up to {@code target}, when the output is still above it: 3.13+ class bodies record the
     * class's line as {@code __firstlineno__}, so recompiling gives the same constant only there.
     */
    private void padTo(int target) {
        int gap = target - currentLine();
        if (gap > 0 && gap < 100_000) {
            out.append("\n".repeat(gap));
        }
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }

    private void block(List<Stmt> body, int indent, boolean top) {
        if (body.isEmpty()) {
            line(indent, "pass");
            return;
        }
        int previous = -1;     // where the statement before began, when it was simple and printed on one line
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            Stmt.Match capture = i + 1 < body.size() ? guardedCapture(s, body.get(i + 1)) : null;
            if (capture != null) {
                s = capture;
                i++;
            }
            boolean def = s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef;
            if (top && def && i > 0) {
                out.append('\n');
            }
            int mark = out.length();
            try {
                stmt(s, indent);
                boolean oneLine = out.indexOf("\n", mark) == out.length() - 1;
                if (oneLine && joinsLine(s)) {
                    if (i > 0 && previous >= 0) {
                        joinLine(mark, "; ");
                        mark = previous;
                    } else if (i == 0 && body.size() == 1 && mark > 0 && out.charAt(mark - 1) == '\n'
                            && mark > 1 && out.charAt(mark - 2) == ':') {
                        joinLine(mark, " ");     // the body on its header's line
                    }
                }
                previous = oneLine && isSimple(s) ? mark : -1;
            } catch (PrintException e) {
                out.setLength(mark);
                warnings.add("a statement could not be printed: " + e.getMessage());
                line(indent, "# depyf: this statement could not be printed: " + e.getMessage());
                line(indent, "raise RuntimeError(" + depyf.pyc.PyRepr.str("depyf: could not print a statement: "
                        + e.getMessage()) + ")");
            }
            if (top && def && i + 1 < body.size()) {
                out.append('\n');
            }
        }
    }

    /**
     * {@code s} is a simple statement whose first load the source wrote on the line of the store before it
     * (3.14 paired the two into STORE_FAST_LOAD_FAST).
     */
    private boolean joinsLine(Stmt s) {
        if (lineJoins.isEmpty()) {
            return false;
        }
        Expr first = switch (s) {
            case Stmt.ExprStmt x -> ExprPrinter.firstLoad(x.value());
            case Stmt.Assign a -> ExprPrinter.firstLoad(a.value());
            case Stmt.AugAssign a -> ExprPrinter.firstLoad(a.target());
            case Stmt.Return r -> r.value() == null ? null : ExprPrinter.firstLoad(r.value());
            default -> null;
        };
        return first != null && lineJoins.contains(first);
    }

    /**
     * {@code name = v} followed by an if statement whose test's first load 3.14 paired with that store
     * (STORE_FAST_LOAD_FAST: one line, never so for two statements of which the second is compound): the source
     * was {@code match v: case name if test: A} (a lone capture pattern stores without a COPY of the subject,
     * its guard jumps to the {@code case _:} default or past the match, compile.c's compiler_match_inner),
     * printed so that the store and the load share a line again; else null.
     */
    private Stmt.Match guardedCapture(Stmt s, Stmt next) {
        if (lineJoins.isEmpty() || !(s instanceof Stmt.Assign a) || a.targets().size() != 1
                || !(a.targets().get(0) instanceof Expr.Name n) || n.id().equals("_") || !(next instanceof Stmt.If i)
                || joinsLine(s)) {
            return null;
        }
        Expr first = ExprPrinter.firstLoad(i.test());
        if (first == null || !lineJoins.contains(first)) {
            return null;
        }
        List<Stmt.MatchCase> cases = new ArrayList<>();
        cases.add(new Stmt.MatchCase(new depyf.ir.Pattern.MatchAs(null, n.id()), i.test(), i.body()));
        if (!i.orelse().isEmpty()) {
            cases.add(new Stmt.MatchCase(new depyf.ir.Pattern.MatchAs(null, null), null, i.orelse()));
        }
        return new Stmt.Match(a.value(), cases);
    }

    private static boolean isSimple(Stmt s) {
        return s instanceof Stmt.ExprStmt || s instanceof Stmt.Assign || s instanceof Stmt.AugAssign
                || s instanceof Stmt.AnnAssign || s instanceof Stmt.Delete || s instanceof Stmt.Pass
                || s instanceof Stmt.Return || s instanceof Stmt.Raise || s instanceof Stmt.Assert
                || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal;
    }

    /** Moves the line printed from {@code mark} onto the line before it, after {@code separator}. */
    private void joinLine(int mark, String separator) {
        String text = out.substring(mark).strip();
        out.setLength(mark - 1);
        out.append(separator).append(text).append('\n');
    }

    private String e(Expr x) {
        return exprs.expr(x);
    }

    private String e(Expr x, int ctx) {
        return exprs.expr(x, ctx);
    }

    private void stmt(Stmt s, int indent) {
        exprs.indent(indent);
        switch (s) {
            case Stmt.ExprStmt x -> line(indent, e(x.value(), ExprPrinter.YIELD));
            case Stmt.Assign a -> {
                StringBuilder b = new StringBuilder();
                for (Expr t : a.targets()) {
                    b.append(e(t, ExprPrinter.TUPLE)).append(" = ");
                }
                line(indent, b + e(a.value(), ExprPrinter.YIELD));
            }
            case Stmt.AugAssign a -> line(indent, e(a.target(), ExprPrinter.TUPLE) + " "
                    + ExprPrinter.binarySymbol(a.op()) + "= " + e(a.value(), ExprPrinter.YIELD));
            case Stmt.AnnAssign a -> {
                String t = a.simple() ? e(a.target()) : "(" + e(a.target()) + ")";
                line(indent, t + ": " + e(a.annotation()) + (a.value() == null ? "" : " = " + e(a.value(), ExprPrinter.YIELD)));
            }
            case Stmt.Delete d -> line(indent, "del " + join(d.targets(), ExprPrinter.TEST));
            case Stmt.Pass p -> line(indent, "pass");
            case Stmt.Break b -> line(indent, "break");
            case Stmt.Continue c -> line(indent, "continue");
            case Stmt.Return r -> line(indent, r.value() == null ? "return"
                    : r.value() instanceof Expr.Yield || r.value() instanceof Expr.YieldFrom
                    ? "return (" + e(r.value()) + ")"            // the grammar takes no bare yield here
                    : "return " + e(r.value(), ExprPrinter.TUPLE));
            case Stmt.Raise r -> line(indent, "raise" + (r.exc() == null ? "" : " " + e(r.exc()))
                    + (r.cause() == null ? "" : " from " + e(r.cause())));
            case Stmt.Assert a -> line(indent, "assert " + e(a.test()) + (a.msg() == null ? "" : ", " + e(a.msg())));
            case Stmt.Import i -> line(indent, "import " + aliases(i.names()));
            case Stmt.ImportFrom i -> line(indent, "from " + ".".repeat(i.level()) + (i.module() == null ? "" : i.module())
                    + " import " + aliases(i.names()));
            case Stmt.Global g -> line(indent, "global " + String.join(", ", g.names()));
            case Stmt.Nonlocal n -> line(indent, "nonlocal " + String.join(", ", n.names()));
            case Stmt.If i -> ifStmt(i, indent, "if ");
            case Stmt.While w -> {
                line(indent, "while " + e(w.test()) + ":");
                block(w.body(), indent + 1, false);
                orelse(w.orelse(), indent);
            }
            case Stmt.For f -> {
                line(indent, (f.isAsync() ? "async for " : "for ") + e(f.target(), ExprPrinter.TUPLE) + " in "
                        + e(f.iter(), ExprPrinter.TUPLE) + ":");
                block(f.body(), indent + 1, false);
                orelse(f.orelse(), indent);
            }
            case Stmt.With w -> {
                StringBuilder items = new StringBuilder();
                for (Stmt.WithItem it : w.items()) {
                    if (!items.isEmpty()) {
                        // an item whose first load the source put on the next line (3.14 borrows it there)
                        items.append(exprs.startsLine(it.context()) ? ", \\\n" + exprs.continuation() : ", ");
                    }
                    // a tuple target keeps its parentheses: `with x as a, b:` is two items
                    items.append(e(it.context())).append(it.optionalVars() == null ? "" : " as " + e(it.optionalVars()));
                }
                line(indent, (w.isAsync() ? "async with " : "with ") + items + ":");
                block(w.body(), indent + 1, false);
            }
            case Stmt.Try t -> tryStmt(t, indent);
            case Stmt.FunctionDef f -> {
                for (Expr d : f.decorators()) {
                    line(indent, "@" + e(d));
                }
                line(indent, (f.isAsync() ? "async def " : "def ") + f.name() + TypeParamPrinter.list(exprs, f.typeParams())
                        + "(" + exprs.arguments(f.args(), true) + ")"
                        + (f.returns() == null ? "" : " -> " + e(f.returns())) + ":");
                block(f.body(), indent + 1, false);
            }
            case Stmt.ClassDef c -> {
                if (version.atLeast(3, 13)) {
                    padTo(c.line());
                }
                for (Expr d : c.decorators()) {
                    line(indent, "@" + e(d));
                }
                List<String> args = new ArrayList<>();
                for (Expr b : c.bases()) {
                    args.add(e(b));
                }
                for (Expr.Keyword k : c.keywords()) {
                    args.add(k.name() == null ? "**" + e(k.value()) : k.name() + "=" + e(k.value()));
                }
                line(indent, "class " + c.name() + TypeParamPrinter.list(exprs, c.typeParams()) + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")") + ":");
                block(c.body(), indent + 1, false);
            }
            case Stmt.Match m -> {
                line(indent, "match " + e(m.subject(), ExprPrinter.NAMED) + ":");
                for (Stmt.MatchCase c : m.cases()) {
                    line(indent + 1, "case " + patterns.top(c.pattern(), indent + 3) + (c.guard() == null ? "" : " if " + e(c.guard()))
                            + ":");
                    block(c.body(), indent + 2, false);
                }
            }
            case Stmt.TypeAlias t -> line(indent, TypeParamPrinter.alias(exprs, t.name(), t.typeParams(), t.value()));
            case Stmt.FinallyExit x -> throw new PrintException("internal finally exit reached the printer");
            case Stmt.ClauseExit x -> throw new PrintException("internal except clause exit reached the printer");
            case Stmt.PendingAnnotations x -> throw new PrintException("internal annotations reached the printer");
            case Stmt.Comment c -> {
                for (String l : c.text().split("\n", -1)) {
                    line(indent, "# " + l);
                }
            }
            case Stmt.Unrecoverable u -> {
                line(indent, "# depyf: could not decompile " + u.qualname() + ": " + u.reason());
                for (String l : u.disassembly().split("\n")) {
                    line(indent, "#   " + l);
                }
                line(indent, "raise RuntimeError(" + depyf.pyc.PyRepr.str("depyf: could not decompile " + u.qualname()
                        + ": " + u.reason()) + ")");
                if (!u.freeVariables().isEmpty() || !u.selfAttributes().isEmpty()) {
                    line(indent, "# depyf: unreachable; what the enclosing code was compiled with");
                }
                if (!u.freeVariables().isEmpty()) {
                    line(indent, String.join(", ", u.freeVariables()));
                }
                if (!u.selfAttributes().isEmpty()) {
                    line(indent, u.selfAttributes().stream().map(a -> "self." + a + " = ").collect(
                            java.util.stream.Collectors.joining()) + "None");
                }
            }
        }
    }

    private void ifStmt(Stmt.If i, int indent, String keyword) {
        line(indent, keyword + e(i.test()) + ":");
        block(i.body(), indent + 1, false);
        if (i.orelse().size() == 1 && i.orelse().get(0) instanceof Stmt.If elif) {
            ifStmt(elif, indent, "elif ");
        } else {
            orelse(i.orelse(), indent);
        }
    }

    private void orelse(List<Stmt> orelse, int indent) {
        if (!orelse.isEmpty()) {
            line(indent, "else:");
            block(orelse, indent + 1, false);
        }
    }

    private void tryStmt(Stmt.Try t, int indent) {
        line(indent, "try:");
        block(t.body(), indent + 1, false);
        for (Stmt.ExceptHandler h : t.handlers()) {
            String head = t.star() ? "except*" : "except";
            if (h.type() != null) {
                head += " " + e(h.type()) + (h.name() == null ? "" : " as " + h.name());
            }
            line(indent, head + ":");
            block(h.body(), indent + 1, false);
        }
        orelse(t.orelse(), indent);
        if (!t.finalbody().isEmpty() || t.handlers().isEmpty()) {
            line(indent, "finally:");
            block(t.finalbody(), indent + 1, false);
        }
    }

    private String join(List<Expr> xs, int ctx) {
        List<String> parts = new ArrayList<>();
        for (Expr x : xs) {
            parts.add(e(x, ctx));
        }
        return String.join(", ", parts);
    }

    private static String aliases(List<Stmt.Alias> names) {
        List<String> parts = new ArrayList<>();
        for (Stmt.Alias a : names) {
            parts.add(a.asname() == null ? a.name() : a.name() + " as " + a.asname());
        }
        return String.join(", ", parts);
    }
}
