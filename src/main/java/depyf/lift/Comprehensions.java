package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
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
            List<Stmt> body = cur.body();
            Stmt next = null;
            while (true) {
                if (body.size() == 1 && body.get(0) instanceof Stmt.If i && i.orelse().isEmpty()) {
                    ifs.add(i.test());
                    body = i.body();
                } else if (body.size() >= 2 && body.get(0) instanceof Stmt.If i && i.orelse().isEmpty()
                        && i.body().size() == 1 && i.body().get(0) instanceof Stmt.Continue) {
                    ifs.add(Conditions.not(i.test()));
                    body = body.subList(1, body.size());
                } else if (body.size() == 1) {
                    next = body.get(0);
                    break;
                } else {
                    return null;
                }
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

    /**
     * The comprehension with its clauses broken over lines where the line numbers of the code in [from, to)
     * (its loops, one FOR_ITER each, {@code heads}) shape that version's bytecode; unchanged when the loops do
     * not match its generators one for one or the lines do not say. 3.12 threads a condition's jump to the
     * loop's back jump (which carries the element's line) only when both are on one line
     * ({@link #conditionsOffElementLine}); 3.13+ pair the target's store and the next load only on one line
     * ({@link #lineBreakAfterTarget}). 3.11 and the other cases do not depend on lines: one line.
     */
    public static Expr withLineBreaks(Expr comp, Code code, int from, int to) {
        if (!code.version().atLeast(3, 12)) {
            return comp;
        }
        List<Integer> heads = new ArrayList<>();
        for (int k = from; k < Math.min(to, code.size()); k++) {
            if (code.op(k).is("FOR_ITER")) {
                heads.add(k);
            }
        }
        List<Expr.Comprehension> gens = generators(comp);
        if (gens == null || gens.size() != heads.size()) {
            return comp;
        }
        int[] newLines = code.version().before(3, 13) ? conditionsOffElementLine(code, heads, gens)
                : breaksAfterTargets(code, heads, gens);
        if (newLines == null || java.util.Arrays.stream(newLines).allMatch(b -> b == 0)) {
            return comp;
        }
        List<Expr.Comprehension> out = new ArrayList<>();
        for (int n = 0; n < gens.size(); n++) {
            Expr.Comprehension g = gens.get(n);
            out.add(new Expr.Comprehension(g.target(), g.iter(), g.ifs(), g.isAsync(), newLines[n]));
        }
        return switch (comp) {
            case Expr.ListComp c -> new Expr.ListComp(c.elt(), out);
            case Expr.SetComp c -> new Expr.SetComp(c.elt(), out);
            case Expr.DictComp c -> new Expr.DictComp(c.key(), c.value(), out);
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(c.elt(), out);
            default -> comp;
        };
    }

    private static List<Expr.Comprehension> generators(Expr comp) {
        return switch (comp) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            case Expr.GeneratorExp c -> c.generators();
            default -> null;
        };
    }

    /**
     * 3.13+: a line break after each target that is stored on another line than the local loaded next, put
     * before what the code evaluates next: the generator's first condition, the next generator, or (last
     * generator, the element printed first) before the generator itself.
     */
    private static int[] breaksAfterTargets(Code code, List<Integer> heads, List<Expr.Comprehension> gens) {
        int[] newLines = new int[gens.size()];
        for (int n = 0; n < gens.size(); n++) {
            if (!lineBreakAfterTarget(code, heads.get(n))) {
                continue;
            }
            if (!gens.get(n).ifs().isEmpty()) {
                newLines[n] |= 2;
            } else if (n + 1 < gens.size()) {
                newLines[n + 1] |= 1;
            } else {
                newLines[n] |= 1;
            }
        }
        return newLines;
    }

    /**
     * 3.12: every condition jumps to the back jump its loop ends with (if_cleanup), which carries the
     * element's line; the flowgraph threads that jump (then inverted over a JUMP_BACKWARD of its own) only
     * when the jump is on the element's line. The first condition whose jumps are all left unthreaded starts
     * a new line (so do the clauses after it); null when its jumps cannot be told apart per condition, some
     * condition's jumps disagree, or a condition after a break was threaded.
     */
    private static int[] conditionsOffElementLine(Code code, List<Integer> heads, List<Expr.Comprehension> gens) {
        int innermost = heads.get(heads.size() - 1);
        int end = code.op(innermost).target();
        if (end <= innermost || !isBackJumpTo(code, end - 1, innermost) || code.op(end - 1).line() < 0) {
            return null;
        }
        int elementLine = code.op(end - 1).line();
        int[] newLines = new int[gens.size()];
        boolean broken = false;
        for (int n = 0; n < gens.size(); n++) {
            int head = heads.get(n);
            int stop = n + 1 < heads.size() ? heads.get(n + 1) : end;
            List<Integer> lines = new ArrayList<>();
            for (int k = head + 1; k < stop; k++) {
                if (jumpsToNextRound(code, k, head)) {
                    lines.add(code.op(k).line());
                }
            }
            List<Expr> ifs = gens.get(n).ifs();
            int at = 0;
            for (int i = 0; i < ifs.size(); i++) {
                int jumps = jumpsToNext(ifs.get(i), false);
                if (jumps <= 0 || at + jumps > lines.size()) {
                    return null;
                }
                List<Integer> own = lines.subList(at, at + jumps);
                at += jumps;
                if (own.contains(-1)) {
                    return null;
                }
                boolean off = !own.contains(elementLine);
                if (!off && !own.stream().allMatch(line -> line == elementLine)) {
                    return null;
                }
                if (off && !broken) {
                    newLines[n] |= 2 << i;
                    broken = true;
                } else if (!off && broken) {
                    return null;
                }
            }
            if (at != lines.size()) {
                return null;
            }
        }
        return newLines;
    }

    private static boolean isBackJumpTo(Code code, int k, int head) {
        return k >= 0 && k < code.size() && code.op(k).is("JUMP_BACKWARD") && code.op(k).target() == head;
    }

    /**
     * The conditional jump at k leaves for the loop's next round: to the back jump to {@code head}, or (threaded
     * and inverted, 3.12 has no backward conditional jumps) over the back jump right after it.
     */
    private static boolean jumpsToNextRound(Code code, int k, int head) {
        Op op = code.op(k);
        if (!op.isConditionalJump() || op.target() < 0) {
            return false;
        }
        return isBackJumpTo(code, op.target(), head) || op.target() == k + 2 && isBackJumpTo(code, k + 1, head);
    }

    /**
     * How many jumps CPython's compiler_jump_if makes from {@code test} to its target label (jumping when
     * the test is {@code cond}): and/or operands before the last jump there only when the operator agrees
     * with {@code cond}; -1 for tests it compiles otherwise (chained comparisons, conditional expressions,
     * constants the optimiser may fold).
     */
    private static int jumpsToNext(Expr test, boolean cond) {
        return switch (test) {
            case Expr.UnaryOp u when u.op() == Operator.Unary.NOT -> jumpsToNext(u.operand(), !cond);
            case Expr.BoolOp b -> {
                boolean isOr = b.op() == Operator.Bool.OR;
                int total = 0;
                for (int i = 0; i < b.values().size(); i++) {
                    boolean last = i == b.values().size() - 1;
                    if (!last && isOr != cond) {
                        if (jumpsToNext(b.values().get(i), isOr) < 0) {
                            yield -1;
                        }
                        continue;
                    }
                    int j = jumpsToNext(b.values().get(i), last ? cond : isOr);
                    if (j < 0) {
                        yield -1;
                    }
                    total += j;
                }
                yield total;
            }
            case Expr.Compare c when c.ops().size() > 1 -> -1;
            case Expr.IfExp x -> -1;
            case Expr.Constant k -> -1;
            default -> 1;
        };
    }

    /** The loop's target stores (after FOR_ITER at k) are followed by a plain load of a local on another line. */
    private static boolean lineBreakAfterTarget(Code code, int k) {
        int p = k + 1;
        if (p < code.size() && code.op(p).is("UNPACK_SEQUENCE")) {
            p++;
        }
        int last = -1;
        while (p < code.size() && (code.op(p).is("STORE_FAST") || code.op(p).is("STORE_FAST_STORE_FAST"))) {
            last = p++;
        }
        if (last < 0 || p >= code.size() || !(code.op(p).is("LOAD_FAST") || code.op(p).is("LOAD_FAST_LOAD_FAST"))) {
            return false;
        }
        int a = code.op(last).line();
        int b = code.op(p).line();
        return a >= 0 && b >= 0 && a != b;
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
