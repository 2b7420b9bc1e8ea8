package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.LiftException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler copies the end of a finally clause into the branches that reach it, each copy ending in
 * its own RERAISE ({@link Stmt.FinallyExit} here). A branch ending with a copy of the statements that
 * follow it, then the exit, is the branch falling through to them: the copy goes.
 */
final class FinallyExits {
    private FinallyExits() {}

    /** {@code body} without exits, given the statements that follow it up to the end of the clause. */
    static List<Stmt> merge(List<Stmt> body, List<Stmt> tail) {
        if (!contains(body)) {
            return body;
        }
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            Stmt s = body.get(k);
            List<Stmt> after = new ArrayList<>(body.subList(k + 1, body.size()));
            after.addAll(tail);
            if (!after.isEmpty() && after.get(after.size() - 1) instanceof Stmt.FinallyExit) {
                // (the exit ending the clause, after the statement: its branches each end with a copy of it,
                // 3.12+ falling from a nested clause into the end of the clause, `finally: pass` between)
                after.remove(after.size() - 1);
            }
            switch (s) {
                case Stmt.FinallyExit x -> {
                    if (!after.isEmpty()) {
                        throw new LiftException("finally clause left early");
                    }
                    return out;
                }
                case Stmt.If i when !after.isEmpty() && tail.isEmpty() && i.orelse().isEmpty() && leavesEarly(i.body(), after) -> {
                    // `if c: A` leaving the clause (its own copy of the end) before the rest of the clause:
                    // the rest runs only when c is false, the else
                    List<Stmt> then = merge(new ArrayList<>(i.body().subList(0, i.body().size() - 1)), List.of());
                    List<Stmt> rest = merge(new ArrayList<>(body.subList(k + 1, body.size())), List.of());
                    out.add(new Stmt.If(i.test(), then.isEmpty() ? List.of(new Stmt.Pass()) : then, rest));
                    return out;
                }
                case Stmt.While wh when after.isEmpty() && contains(wh.body()) -> {
                    // the clause's last statement: a break out of the loop goes to the end of the clause,
                    // which the compiler copied there (its own RERAISE)
                    out.add(new Stmt.While(wh.test(), breaks(wh.body()), merge(wh.orelse(), List.of())));
                }
                case Stmt.For f when after.isEmpty() && contains(f.body()) -> {
                    // the same for a for loop: its break pops the iterator and runs the copied end
                    out.add(new Stmt.For(f.target(), f.iter(), breaks(f.body()), merge(f.orelse(), List.of()), f.isAsync()));
                }
                case Stmt.If i -> out.add(new Stmt.If(i.test(), branch(i.body(), after), branch(i.orelse(), after)));
                case Stmt.Try t -> {
                    List<Stmt.ExceptHandler> hs = new ArrayList<>();
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        hs.add(new Stmt.ExceptHandler(h.type(), h.name(), branch(h.body(), after)));
                    }
                    List<Stmt> orelse = branch(t.orelse(), after);
                    List<Stmt> tryBody = t.orelse().isEmpty() ? branch(t.body(), after) : notLeaving(t.body());
                    out.add(new Stmt.Try(tryBody, hs, orelse, notLeaving(t.finalbody()), t.star()));
                }
                default -> out.add(notLeaving(s));
            }
        }
        return out;
    }

    /**
     * True when the branch b ends with the exit but not with a copy of {@code after} (the rest of the
     * clause) before it: it leaves the clause, skipping the rest.
     */
    private static boolean leavesEarly(List<Stmt> b, List<Stmt> after) {
        int n = b.size() - 1;
        int m = after.size();
        return n >= 0 && b.get(n) instanceof Stmt.FinallyExit && !(n >= m && b.subList(n - m, n).equals(after));
    }

    /** A branch followed by {@code after}: ending in a copy of {@code after} and the exit, it falls through. */
    private static List<Stmt> branch(List<Stmt> b, List<Stmt> after) {
        if (!contains(b)) {
            return b;
        }
        if (b.get(b.size() - 1) instanceof Stmt.FinallyExit) {
            int n = b.size() - 1;
            int m = after.size();
            if (n >= m && b.subList(n - m, n).equals(after)) {
                return merge(new ArrayList<>(b.subList(0, n - m)), after);
            }
            throw new LiftException("finally clause left early");
        }
        return merge(b, after);
    }

    /** A loop body whose exits are breaks (see {@link #merge}); exits in nested loops stay unread. */
    private static List<Stmt> breaks(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.add(switch (s) {
                case Stmt.FinallyExit x -> new Stmt.Break();
                case Stmt.If i -> new Stmt.If(i.test(), breaks(i.body()), breaks(i.orelse()));
                case Stmt.Try t -> {
                    List<Stmt.ExceptHandler> hs = new ArrayList<>();
                    for (Stmt.ExceptHandler h : t.handlers()) {
                        hs.add(new Stmt.ExceptHandler(h.type(), h.name(), breaks(h.body())));
                    }
                    yield new Stmt.Try(breaks(t.body()), hs, breaks(t.orelse()), notLeaving(t.finalbody()), t.star());
                }
                case Stmt.With wi -> new Stmt.With(wi.items(), breaks(wi.body()), wi.isAsync());
                default -> notLeaving(s);
            });
        }
        return out;
    }

    private static <T> T notLeaving(T s) {
        if (s instanceof Stmt st && contains(List.of(st)) || s instanceof List<?> l && containsAny(l)) {
            throw new LiftException("finally clause left early");
        }
        return s;
    }

    private static boolean containsAny(List<?> l) {
        for (Object o : l) {
            if (o instanceof Stmt s && contains(List.of(s))) {
                return true;
            }
        }
        return false;
    }

    /** True when an exit appears anywhere in the statements (not inside nested functions or classes). */
    static boolean contains(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.FinallyExit x -> true;
                case Stmt.If i -> contains(i.body()) || contains(i.orelse());
                case Stmt.While wh -> contains(wh.body()) || contains(wh.orelse());
                case Stmt.For f -> contains(f.body()) || contains(f.orelse());
                case Stmt.With wi -> contains(wi.body());
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> contains(c.body()));
                case Stmt.Try t -> contains(t.body()) || contains(t.orelse()) || contains(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> contains(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
