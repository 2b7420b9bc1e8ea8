package depyf.lift;

import depyf.ir.Expr;

/** The entry of with statements: BEFORE_WITH (3.11-3.13) and the LOAD_SPECIAL sequence (3.14+). */
final class WithEntries {
    private WithEntries() {}

    /** The bound __enter__ of a context manager, waiting for its CALL 0 (3.14+). */
    record Enter(Expr context, boolean async) {}

    static void beforeWith(Lifter l, boolean async) {
        Expr ctx = l.popExpr();
        l.push(new Item.WithExit(ctx, async));
        l.push(new Item.Entered(ctx, async));
    }

    /**
     * 3.14: COPY 1; LOAD_SPECIAL __exit__; SWAP 2; SWAP 3; LOAD_SPECIAL __enter__; CALL 0. LOAD_SPECIAL
     * pushes the method and self (or NULL); we push a with-exit (or an enter) and NULL so that the swaps
     * and the call work out.
     */
    static void loadSpecial(Lifter l, Op op) {
        Expr ctx = l.popExpr();
        String which = op.argrepr();
        switch (which) {
            case "__exit__" -> { l.push(new Item.WithExit(ctx, false)); l.push(Item.Null.INSTANCE); }
            case "__aexit__" -> { l.push(new Item.WithExit(ctx, true)); l.push(Item.Null.INSTANCE); }
            case "__enter__" -> { l.push(new Enter(ctx, false)); l.push(Item.Null.INSTANCE); }
            case "__aenter__" -> { l.push(new Enter(ctx, true)); l.push(Item.Null.INSTANCE); }
            default -> throw new LiftException("LOAD_SPECIAL " + which);
        }
    }
}
