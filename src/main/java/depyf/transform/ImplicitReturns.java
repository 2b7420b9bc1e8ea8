package depyf.transform;

import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Module and class bodies cannot hold {@code return}: every return there is a copy of the body's final
 * {@code return None} (3.11+ copy it into each branch that ends the body). Such a return is dropped
 * where falling off the block ends the body as well (tail position). An if-branch that ends in one
 * before more statements skips them: they become the if's else ({@code if a: X} + exit, {@code elif b:
 * Y} + exit, {@code raise E} is {@code if a: X elif b: Y else: raise E}). A return anywhere else (in a
 * loop body, before statements of its own block) has no source form: the body fails.
 */
final class ImplicitReturns {
    private ImplicitReturns() {}

    static List<Stmt> drop(List<Stmt> body) {
        return block(body, true, false);
    }

    private static List<Stmt> block(List<Stmt> body, boolean tail) {
        return block(body, tail, false);
    }

    /**
     * The block's statements without returns; tail: falling off its end ends the body; loopTail: the block
     * is the body of a loop in tail position, whose last return is dropped as well (3.11 walks the
     * copy of the exit that an enclosing if jumps to into such a loop's body when the loop's own exit is
     * another copy past it: {@code if c: for x in y: f(x)} at the end of the body).
     */
    private static List<Stmt> block(List<Stmt> body, boolean tail, boolean loopTail) {
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            Stmt s = body.get(k);
            boolean last = k == body.size() - 1;
            boolean end = tail && last;
            switch (s) {
                case Stmt.Return r -> {
                    if (!end && !(loopTail && last)) {
                        throw new depyf.lift.LiftException("a return inside a module or class body");
                    }
                }
                case Stmt.If i when tail && !last && endsInReturn(i.body()) -> {
                    List<Stmt> orelse = new ArrayList<>(i.orelse());
                    orelse.addAll(body.subList(k + 1, body.size()));
                    boolean onlyExit = orelse.stream().allMatch(o -> o instanceof Stmt.Return || isClassExit(o));
                    out.add(new Stmt.If(i.test(), block(i.body(), true), onlyExit ? List.of() : block(orelse, true)));
                    return out;         // (a class body's copied exit alone is no else)
                }
                case Stmt.If i -> out.add(new Stmt.If(i.test(), block(i.body(), end), block(i.orelse(), end)));
                case Stmt.While w -> out.add(new Stmt.While(w.test(), block(w.body(), false, end), block(w.orelse(), end)));
                case Stmt.For f -> out.add(new Stmt.For(f.target(), f.iter(), block(f.body(), false, end),
                        block(f.orelse(), end), f.isAsync()));
                case Stmt.With w -> out.add(new Stmt.With(w.items(), block(w.body(), end), w.isAsync()));
                case Stmt.Try t -> {
                    List<Stmt.ExceptHandler> hs = new ArrayList<>();
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        hs.add(new Stmt.ExceptHandler(h.type(), h.name(), block(h.body(), end)));
                    }
                    out.add(new Stmt.Try(block(t.body(), end && t.orelse().isEmpty()), hs, block(t.orelse(), end),
                            block(t.finalbody(), end), t.star()));
                }
                case Stmt.Match m -> out.add(new Stmt.Match(m.subject(), m.cases().stream()
                        .map(c -> new Stmt.MatchCase(c.pattern(), c.guard(), block(c.body(), end))).toList()));
                default -> out.add(s);
            }
        }
        while (tail && !out.isEmpty() && isClassExit(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        if (out.isEmpty() && !body.isEmpty()) {
            out.add(new Stmt.Pass());
        }
        return out;
    }

    /**
     * The compiler's stores at the end of a class body ({@code __static_attributes__}, the class cells):
     * 3.13+ copy them with its return.
     */
    private static boolean isClassExit(Stmt s) {
        return Transforms.CLASS_EXIT_STORES.stream().anyMatch(name -> Transforms.isBookkeeping(s, name));
    }

    private static boolean endsInReturn(List<Stmt> block) {
        return !block.isEmpty() && block.get(block.size() - 1) instanceof Stmt.Return;
    }
}
