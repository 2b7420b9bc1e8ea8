package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Comprehensions: a for loop whose body only adds to an accumulator (or yields, in a generator
 * expression) becomes a comprehension expression; function-form ones (3.11, and generator
 * expressions in every version) are called with the first iterable.
 */
public final class Comprehensions {
    private Comprehensions() {}

    static boolean isComprehension(CodeObject code) {
        return switch (code.name()) {
            case "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" -> true;
            default -> false;
        };
    }

    /** The comprehension made by calling a comprehension function with {@code iterArg}. */
    static Expr fromFunction(Lifter l, Item.Function f, Object iterArg) {
        Expr iterable;
        if (iterArg instanceof Item.Iterator it) {
            iterable = it.iterable();
        } else {
            iterable = l.asExpr(iterArg);
        }
        List<Stmt> body = l.env.nested.body(f.code());
        // the global/nonlocal declarations the transforms add for a walrus target: implied by the comprehension
        body = body.stream().filter(s -> !(s instanceof Stmt.Nonlocal || s instanceof Stmt.Global)).toList();
        Expr comp = null;
        if (f.code().name().equals("<genexpr>")) {
            if (body.size() == 1 && body.get(0) instanceof Stmt.For loop) {
                comp = fromLoop(l.env, loop, null);
                if (comp != null) {
                    Code code = new Code(f.code());
                    comp = withLineBreaks(comp, code, 0, code.size());
                }
            }
        } else if (body.size() == 1 && body.get(0) instanceof Stmt.Return r && r.value() != null) {
            comp = r.value();
        }
        if (comp == null) {
            throw new LiftException("unrecognised " + f.code().name() + " body");
        }
        return replaceFirstIter(comp, iterable);
    }

    /**
     * The comprehension a for loop computes, or null when it is not one: {@code accumulator} is the
     * list/set/dict being filled (null for a generator expression, whose element is yielded).
     */
    public static Expr fromLoop(Env env, Stmt.For loop, Expr accumulator) {
        List<Expr.Comprehension> gens = new ArrayList<>();
        Stmt.For cur = loop;
        while (true) {
            if (!cur.orelse().isEmpty()) {
                return null;
            }
            List<Expr> ifs = new ArrayList<>();
            Stmt next = ComprehensionFilters.element(cur.body(), ifs);
            if (next == null) {
                return null;
            }
            gens.add(new Expr.Comprehension(cur.target(), cur.iter(), ifs, cur.isAsync()));
            if (next instanceof Stmt.For inner) {
                cur = inner;
                continue;
            }
            return element(env, next, accumulator, gens);
        }
    }

    private static Expr element(Env env, Stmt s, Expr accumulator, List<Expr.Comprehension> gens) {
        if (accumulator == null) {
            if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Yield y && y.value() != null) {
                return new Expr.GeneratorExp(y.value(), gens);
            }
            return null;
        }
        if (!(s instanceof Stmt.ExprStmt e) || !(env.unwrap(e.value()) instanceof Collections.Append a)
                || a.accumulator() != accumulator) {
            return null;
        }
        return switch (accumulator) {
            case Expr.ListExpr le -> new Expr.ListComp(a.value(), gens);
            case Expr.SetExpr se -> new Expr.SetComp(a.value(), gens);
            case Expr.Dict d -> new Expr.DictComp(a.key(), a.value(), gens);
            default -> null;
        };
    }

    /** The comprehension with its clauses broken over lines where that shapes the bytecode: {@link ComprehensionLines}. */
    public static Expr withLineBreaks(Expr comp, Code code, int from, int to) {
        return ComprehensionLines.layout(comp, code, from, to);
    }

    private static Expr replaceFirstIter(Expr comp, Expr iterable) {
        return switch (comp) {
            case Expr.ListComp c -> new Expr.ListComp(c.elt(), withIter(c.generators(), iterable));
            case Expr.SetComp c -> new Expr.SetComp(c.elt(), withIter(c.generators(), iterable));
            case Expr.DictComp c -> new Expr.DictComp(c.key(), c.value(), withIter(c.generators(), iterable));
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(c.elt(), withIter(c.generators(), iterable));
            default -> throw new LiftException("not a comprehension");
        };
    }

    private static List<Expr.Comprehension> withIter(List<Expr.Comprehension> gens, Expr iterable) {
        List<Expr.Comprehension> out = new ArrayList<>(gens);
        Expr.Comprehension first = out.get(0);
        if (!(first.iter() instanceof Expr.Name n && n.id().equals(".0"))) {
            throw new LiftException("comprehension does not iterate over .0");
        }
        out.set(0, new Expr.Comprehension(first.target(), iterable, first.ifs(), first.isAsync(), first.newLines()));
        return out;
    }
}
