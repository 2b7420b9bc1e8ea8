package depyf.structure;

import depyf.lift.Code;

/**
 * 3.12+ compile a {@code break} out of a while loop whose exit is a small block ending in a return or
 * raise as a copy of that block; from an except clause the copy follows the clause's POP_EXCEPT (and
 * name cleanup). A {@code while True} loop left only by such breaks has no block of its own after it:
 * the compiler dropped it, no path reaching it but the copies. When every clause of the body's try
 * statements that goes on after its POP_EXCEPT runs the same copy, that is the code after the loop, and
 * each copy a break ({@link Walker#copiedWhileExit}). A return of a value computed inside the clause
 * swaps it below the exception first: not a copy; nor is a return that unwinds a with or try around the
 * loop, which runs outside the handler protecting the loop (a copy keeps its block's handler).
 *
 * @param copy where the first copy starts
 * @param length the block's length
 */
record ClauseBreakCopies(int copy, int length) {

    /** The copies of the while True loop [p, back], nothing but handler code after it up to {@code to}; or null. */
    static ClauseBreakCopies find(Walker w, int p, int back, int to) {
        if (!w.env.atLeast(3, 12) || back + 1 < to && !w.onlyHandlerCode(back + 1, to)) {
            return null;
        }
        if (WhileTrue.threadedBreak(w, p, back + 1) >= 0) {
            // a break threaded to an enclosing loop's head: the code after the loop goes on there, no exit
            // block a clause could copy (its return is its own: {@code for: while c(): try: continue /
            // except E: return 5})
            return null;
        }
        if (breaksToExit(w, p, back)) {
            return null;
        }
        int copy = -1;
        int n = 0;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < p || h.start() > back || h.target() <= back
                    || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
                continue;
            }
            Code.Handler atBack = w.code.handlerAt(back);
            if (!insideLoop(w, h.target(), p, back) || atBack != null && atBack.target() == h.target()) {
                // a try around the loop (its range split by gaps, or its protected jump back: a try inside
                // the loop leaves its block before jumping back): its clauses' exits are its own
                return null;
            }
            if (inNestedLoop(w, p, back, h.start())) {
                return null;                   // its clauses' breaks leave the nested loop
            }
            int areaEnd = ExceptClauses.handlerAreaEnd(w, h.target());
            for (int k = h.target() + 1; k < areaEnd; k++) {
                if (!w.code.op(k).is("POP_EXCEPT") || w.code.op(k - 1).is("SWAP") || !w.reachable.get(k)) {
                    continue;
                }
                Code.Handler around = w.code.handlerAt(k);
                if (around != null && Handlers.kind(w.code, around.target()) != Handlers.Kind.EXCEPT
                        && Handlers.kind(w.code, around.target()) != Handlers.Kind.CLEANUP && insideLoop(w, around.target(), p, back)) {
                    // a finally (or with) inside the loop around the clause: what follows the POP_EXCEPT
                    // starts with its unwinding, which a break runs too, no copy of the code after the loop
                    // ({@code while True: if c: try: x() / except E: return 6 / finally: t(8)})
                    return null;
                }
                int c = ExceptClauses.afterNameCleanup(w.code, k + 1);
                int len = FinallyCopy.exitLength(w, c);
                if (len == 0 || Tries.constReturn(w, c)) {
                    continue;                  // (a constant returned is the clause's own return as much)
                }
                if (!protectedAsAfterLoop(w, p, back, c, len)) {
                    return null;               // unwinding outside the loop's handler (a return leaving a with or try)
                }
                if (copy < 0) {
                    copy = c;
                    n = len;
                } else if (len != n || !Tries.sameOps(w, copy, c, n)) {
                    return null;
                }
            }
        }
        return copy < 0 ? null : new ClauseBreakCopies(copy, n);
    }

    /**
     * True when a jump of normal flow in [p, back] goes to the code right after the loop: a break of the
     * body reaches that code, so the compiler kept it and a clause's exit block is the clause's own, not
     * a copy of it ({@code while not c(): while True: if c(): break / try: t() / except E: return 7 /
     * finally: t(9)}: the break jumps to the enclosing loop's test copy; the clause returns).
     */
    private static boolean breaksToExit(Walker w, int p, int back) {
        for (int q = p; q <= back; q++) {
            depyf.lift.Op op = w.code.op(q);
            if ((op.isConditionalJump() || op.isUnconditionalJump()) && op.target() > back
                    && Tries.skipNops(w, op.target()) == Tries.skipNops(w, back + 1) && w.normalFlow.get(q) && w.reachable.get(q)) {
                return true;
            }
        }
        return false;
    }

    /** True when k lies in a loop nested in the loop [p, back]: a for loop started before it, or a jump back over it not to p. */
    private static boolean inNestedLoop(Walker w, int p, int back, int k) {
        java.util.Set<Integer> heads = WhileTrue.headTargets(w, p);
        for (int q = p + 1; q <= back; q++) {
            depyf.lift.Op op = w.code.op(q);
            if (q < k && op.is("FOR_ITER") && op.target() > k
                    || q >= k && op.target() > p && op.target() <= k && !heads.contains(op.target())
                        && (op.is("JUMP_BACKWARD") || op.isConditionalJump())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the block [c, c + len) is protected as code right after the loop [p, back] would be: all
     * of it by one handler, the one around the loop (that of the head p, unless that is a try's inside
     * the loop; then none of those).
     */
    private static boolean protectedAsAfterLoop(Walker w, int p, int back, int c, int len) {
        for (int q = c + 1; q < c + len; q++) {
            if (!Branches.sameHandler(w, q, c)) {
                return false;
            }
        }
        Code.Handler head = w.code.handlerAt(p);
        if (head == null || !insideLoop(w, head.target(), p, back)) {
            return Branches.sameHandler(w, c, p);
        }
        Code.Handler own = w.code.handlerAt(c);
        return own == null || !insideLoop(w, own.target(), p, back);
    }

    /** True when every range of normal flow protected by the handler at {@code target} lies in the loop [p, back]. */
    private static boolean insideLoop(Walker w, int target, int p, int back) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == target && w.normalFlow.get(h.start()) && (h.start() < p || h.end() > back + 1)) {
                return false;
            }
        }
        return true;
    }
}
