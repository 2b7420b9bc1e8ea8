package depyf.transform;

import depyf.ir.Stmt;
import java.util.List;

/**
 * {@code else: if b: B / C} where B never falls off its end (it returns, breaks or continues) is
 * {@code elif b: B / else: C}: C runs exactly when b is false either way, and the compiler lays both out
 * alike. The structure reads such chains as nested ifs wherever a branch leaves (an if statement whose
 * branch returns needs no jump over the code after it). Not for a B that raises: measured, 3.13 lays
 * asyncio's BaseEventLoop.create_server out otherwise when its `else: if ...: raise` is an elif.
 */
final class ElifChains {
    private ElifChains() {}

    static List<Stmt> fold(List<Stmt> body) {
        return Transforms.inScope(body, n -> n instanceof Stmt.If i ? chained(i) : n);
    }

    private static Stmt.If chained(Stmt.If i) {
        List<Stmt> orelse = i.orelse();
        if (orelse.size() < 2 || !(orelse.get(0) instanceof Stmt.If inner) || !inner.orelse().isEmpty()
                || inner.body().isEmpty() || !leaves(inner.body().get(inner.body().size() - 1))) {
            return i;
        }
        Stmt.If elif = chained(new Stmt.If(inner.test(), inner.body(), orelse.subList(1, orelse.size())));
        return new Stmt.If(i.test(), i.body(), List.of(elif));
    }

    private static boolean leaves(Stmt s) {
        return s instanceof Stmt.Return || s instanceof Stmt.Break || s instanceof Stmt.Continue;
    }
}
