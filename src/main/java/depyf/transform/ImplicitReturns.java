package depyf.transform;

import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Module and class bodies cannot hold {@code return}: every return the compiler put there (3.12+
 * copies the final {@code return None} into each branch that ends the body) is dropped, in nested
 * blocks too but never inside a def.
 */
final class ImplicitReturns {
    private ImplicitReturns() {}

    static List<Stmt> drop(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Return r -> { }
                case Stmt.If i -> out.add(new Stmt.If(i.test(), drop(i.body()), drop(i.orelse())));
                case Stmt.While w -> out.add(new Stmt.While(w.test(), drop(w.body()), drop(w.orelse())));
                case Stmt.For f -> out.add(new Stmt.For(f.target(), f.iter(), drop(f.body()), drop(f.orelse()), f.isAsync()));
                case Stmt.With w -> out.add(new Stmt.With(w.items(), drop(w.body()), w.isAsync()));
                case Stmt.Try t -> {
                    List<Stmt.ExceptHandler> hs = new ArrayList<>();
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        hs.add(new Stmt.ExceptHandler(h.type(), h.name(), drop(h.body())));
                    }
                    out.add(new Stmt.Try(drop(t.body()), hs, drop(t.orelse()), drop(t.finalbody()), t.star()));
                }
                case Stmt.Match m -> out.add(new Stmt.Match(m.subject(), m.cases().stream()
                        .map(c -> new Stmt.MatchCase(c.pattern(), c.guard(), drop(c.body()))).toList()));
                default -> out.add(s);
            }
        }
        return out;
    }
}
