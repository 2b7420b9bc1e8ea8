package depyf.transform;

import depyf.ir.Expr;
import depyf.lift.Conditions;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * If statements at the end of a loop's body, as the source wrote them. The compiler ends each branch of
 * {@code if a: A elif b: B else: C} there with a jump to the end of the statement, which is the end of the
 * body, and threads it to the loop's head: the structure reads {@code if a: A; continue} then {@code if b:
 * B; continue} then {@code C}. Such a jump carries the line of the code before it ({@code Env.linelessContinues});
 * a continue statement has a line of its own and stays. Where a branch ends in such a continue and more of
 * the body follows the if statement, that code is its else (an elif when it is another if): the same
 * bytecode, without the continues the source did not write. A branch holding only such a continue, with
 * more of the body after the if, is the false exit of {@code if not a: B}: the test is negated.
 */
final class LoopTails {
    private LoopTails() {}

    /**
     * The body with every loop's tail folded (nested function and class bodies are decompiled on their own).
     * {@code testCopied}: a while loop's test is copied to the bottom of its body (3.11-3.13), where falling
     * off the body goes while a continue jumps to the test at the top: such a loop's jumps to its head are
     * continue statements, and its body is left as it is.
     */
    static List<Stmt> fold(List<Stmt> body, Set<Stmt> lineless, boolean testCopied) {
        if (lineless.isEmpty()) {
            return body;
        }
        return Transforms.inScope(body, n -> switch (n) {
            case null -> null;
            case Stmt.While w when !testCopied || isTrue(w.test()) -> new Stmt.While(w.test(), tail(w.body(), lineless), w.orelse());
            case Stmt.For f -> new Stmt.For(f.target(), f.iter(), tail(f.body(), lineless), f.orelse(), f.isAsync());
            default -> n;
        });
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof PyObject.Bool b && b.value();
    }

    /** Statements at the end of a loop's body: falling off them goes back to the loop's head. */
    private static List<Stmt> tail(List<Stmt> block, Set<Stmt> lineless) {
        int n = block.size();
        if (n >= 2 && lineless.contains(block.get(n - 1))) {
            return tail(block.subList(0, n - 1), lineless);
        }
        if (n >= 1 && block.get(n - 1) instanceof Stmt.Try t && t.finalbody().isEmpty()) {
            // a try ending the body (no finally to run on the way back): its else, or its body when it has
            // none, and its clauses end the loop's body too
            List<Stmt.ExceptHandler> handlers = t.handlers().stream()
                    .map(h -> new Stmt.ExceptHandler(h.type(), h.name(), tail(h.body(), lineless))).toList();
            List<Stmt> out = new ArrayList<>(block.subList(0, n - 1));
            out.add(new Stmt.Try(t.orelse().isEmpty() ? tail(t.body(), lineless) : t.body(), handlers,
                    tail(t.orelse(), lineless), t.finalbody(), t.star()));
            return out;
        }
        for (int k = 0; k < n; k++) {
            if (!(block.get(k) instanceof Stmt.If i) || !i.orelse().isEmpty() && k < n - 1) {
                continue;
            }
            List<Stmt> then = i.body();
            if (k < n - 1 && i.orelse().isEmpty() && then.size() == 1 && lineless.contains(then.get(0))) {
                // `if a: <lineless continue>` then B: the jump a's test takes past B when false, threaded to
                // the head, is the end of `if not a: B` (glob._rlistdir: `if include_hidden or not
                // _ishidden(x): ...`; JumpTests spells the negation with the fewest nots)
                List<Stmt> out = new ArrayList<>(block.subList(0, k));
                out.add(new Stmt.If(Conditions.not(i.test()), tail(block.subList(k + 1, n), lineless), List.of()));
                return out;
            }
            boolean continues = then.size() >= 2 && lineless.contains(then.get(then.size() - 1));
            if (k < n - 1 && !continues) {
                continue;
            }
            List<Stmt> out = new ArrayList<>(block.subList(0, k));
            List<Stmt> body = tail(continues ? then.subList(0, then.size() - 1) : then, lineless);
            List<Stmt> orelse = k < n - 1 ? tail(block.subList(k + 1, n), lineless) : tail(i.orelse(), lineless);
            out.add(new Stmt.If(i.test(), body, orelse));
            return out;
        }
        return block;
    }
}
