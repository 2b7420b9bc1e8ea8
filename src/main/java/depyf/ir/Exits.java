package depyf.ir;

import java.util.List;

/** How statements end: whether a path through them can go on to the statement after them. */
public final class Exits {
    private Exits() {}

    /**
     * True when no path through s goes on to the statement after it. A with never counts (its manager may
     * suppress), nor a loop (a while True without a break is rare and its test may be any constant).
     */
    public static boolean leaves(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Raise r -> true;
            case Stmt.Break b -> true;
            case Stmt.Continue c -> true;
            case Stmt.If i -> !i.orelse().isEmpty() && leaves(i.body()) && leaves(i.orelse());
            case Stmt.Try t -> leaves(t.finalbody())
                    || (leaves(t.body()) || leaves(t.orelse()))
                        && t.handlers().stream().allMatch(h -> leaves(h.body()));
            default -> false;
        };
    }

    /** True when the block ends with a statement that {@link #leaves(Stmt) leaves}. */
    public static boolean leaves(List<Stmt> block) {
        return !block.isEmpty() && leaves(block.get(block.size() - 1));
    }
}
