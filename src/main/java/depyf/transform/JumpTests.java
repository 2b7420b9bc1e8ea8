package depyf.transform;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Parts;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests that only decide a jump (if, while, assert, a conditional expression's test, a
 * comprehension's if, a match guard) spelled with the fewest {@code not}s. There the compiler pushes a
 * negation through and/or (De Morgan) and into {@code x is None} (one POP_JUMP_IF_NONE or
 * POP_JUMP_IF_NOT_NONE either way), so every placement of the negations compiles alike, with one
 * exception: up to 3.13 the AST optimiser folds {@code not (a in b)} into {@code a not in b} (and
 * {@code is}), so a CONTAINS_OP 0 / IS_OP 0 whose jump reads negated cannot carry its own {@code not}:
 * the negation belongs to an enclosing and/or ({@code not (x and a in b)}), as the source had it.
 */
final class JumpTests {
    private JumpTests() {}

    /** The cost of a spelling that recompiles to other code: any spelling without one is preferred. */
    private static final int FOLDS = 1000;

    private record Form(int cost, Expr e) {}

    static List<Stmt> tidy(List<Stmt> body, PythonVersion version) {
        @SuppressWarnings("unchecked")
        List<Stmt> out = (List<Stmt>) map(body, !version.atLeast(3, 14));
        return out;
    }

    /** Rebuilds {@code node} bottom-up with each jump test respelled; shares unchanged parts. */
    private static Object map(Object node, boolean folds) {
        // a def's or class's body was tidied when its own code object was decompiled: only the parts the
        // enclosing scope evaluates (decorators, defaults, bases) are its (walking bodies again is quadratic)
        return Parts.rewrite(node,
                n -> n instanceof Expr.Constant || n instanceof Stmt.Unrecoverable || n instanceof PyObject,
                (r, part) -> (r instanceof Stmt.FunctionDef || r instanceof Stmt.ClassDef) && part.equals("body"),
                n -> tidy(n, folds));
    }

    /** One node whose parts are tidied: its own test spelled with the fewest nots. */
    private static Object tidy(Object n, boolean folds) {
        if (!(n instanceof Stmt.If || n instanceof Stmt.While || n instanceof Stmt.Assert || n instanceof Expr.IfExp
                || n instanceof Stmt.MatchCase || n instanceof Expr.Comprehension)) {
            return n;       // most nodes: not worth a pattern switch (a type switch tests its cases in turn)
        }
        return switch (n) {
            case Stmt.If i -> same(i, i.test(), folds) ? i : new Stmt.If(best(i.test(), false, folds).e(), i.body(), i.orelse());
            case Stmt.While w -> same(w, w.test(), folds) ? w : new Stmt.While(best(w.test(), false, folds).e(), w.body(), w.orelse());
            case Stmt.Assert a -> assertion(a, folds);
            case Expr.IfExp x -> same(x, x.test(), folds) ? x : new Expr.IfExp(best(x.test(), false, folds).e(), x.body(), x.orelse());
            case Stmt.MatchCase c when c.guard() != null ->
                    same(c, c.guard(), folds) ? c : new Stmt.MatchCase(c.pattern(), best(c.guard(), false, folds).e(), c.body());
            case Expr.Comprehension c -> {
                List<Expr> ifs = c.ifs().stream().map(t -> best(t, false, folds).e()).toList();
                yield ifs.equals(c.ifs()) ? c : new Expr.Comprehension(c.target(), c.iter(), ifs, c.isAsync(), c.newLines());
            }
            default -> n;
        };
    }

    /**
     * An assert spelled with the fewest nots; when every spelling of {@code assert not A or B} would
     * recompile other code (A a folded {@code in}/{@code is} test), {@code if A: assert B}, which
     * compiles to the same jumps (the source had {@code if __debug__: if A: assert B}, pickletools dis).
     */
    private static Stmt assertion(Stmt.Assert a, boolean folds) {
        Form f = best(a.test(), false, folds);
        if (f.cost() >= FOLDS && f.e() instanceof Expr.BoolOp b && b.op() == Operator.Bool.OR) {
            Form guard = best(b.values().get(0), true, folds);
            List<Expr> rest = b.values().subList(1, b.values().size());
            Expr asserted = rest.size() == 1 ? rest.get(0) : new Expr.BoolOp(Operator.Bool.OR, rest);
            Form inner = best(asserted, false, folds);
            if (guard.cost() + inner.cost() < FOLDS) {
                return new Stmt.If(guard.e(), List.of(new Stmt.Assert(inner.e(), a.msg())), List.of());
            }
        }
        return f.e().equals(a.test()) ? a : new Stmt.Assert(f.e(), a.msg());
    }

    private static boolean same(Object owner, Expr test, boolean folds) {
        return best(test, false, folds).e().equals(test);
    }

    /** The cheapest spelling of {@code e} (of {@code not e} when {@code negate}) in a jump context. */
    private static Form best(Expr e, boolean negate, boolean folds) {
        if (e instanceof Expr.UnaryOp u && u.op() == Operator.Unary.NOT) {
            return best(u.operand(), !negate, folds);
        }
        if (e instanceof Expr.BoolOp b) {
            Form kept = join(b.op(), b.values(), false, folds);        // b's own operator, operands as they are
            Form dual = join(b.op() == Operator.Bool.AND ? Operator.Bool.OR : Operator.Bool.AND,
                    b.values(), true, folds);                          // De Morgan: operands negated
            Form asIs = negate ? not(kept) : kept;
            Form flipped = negate ? dual : not(dual);
            return flipped.cost() < asIs.cost() ? flipped : asIs;
        }
        if (!negate) {
            return new Form(0, e);
        }
        if (e instanceof Expr.Compare c && c.ops().size() == 1) {
            Operator.Compare op = c.ops().get(0);
            boolean identity = op == Operator.Compare.IS || op == Operator.Compare.IS_NOT;
            if (identity && c.comparators().get(0) instanceof Expr.Constant k && k.value() instanceof PyObject.None) {
                Operator.Compare flipped = op == Operator.Compare.IS ? Operator.Compare.IS_NOT : Operator.Compare.IS;
                return new Form(0, new Expr.Compare(c.left(), List.of(flipped), c.comparators()));
            }
            if (folds && (identity || op == Operator.Compare.IN || op == Operator.Compare.NOT_IN)) {
                return new Form(FOLDS, new Expr.UnaryOp(Operator.Unary.NOT, e));
            }
        }
        return new Form(1, new Expr.UnaryOp(Operator.Unary.NOT, e));
    }

    private static Form not(Form f) {
        return new Form(f.cost() + 1, new Expr.UnaryOp(Operator.Unary.NOT, f.e()));
    }

    /** The operands' best spellings (negated when {@code negate}) joined by {@code op}, nested ones of op flattened. */
    private static Form join(Operator.Bool op, List<Expr> values, boolean negate, boolean folds) {
        int cost = 0;
        List<Expr> out = new ArrayList<>();
        for (Expr v : values) {
            Form f = best(v, negate, folds);
            cost += f.cost();
            if (f.e() instanceof Expr.BoolOp nb && nb.op() == op) {
                out.addAll(nb.values());
            } else {
                out.add(f.e());
            }
        }
        return new Form(cost, new Expr.BoolOp(op, out));
    }
}
