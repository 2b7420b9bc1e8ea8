package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Op;

import java.util.ArrayList;
import java.util.List;

/**
 * 3.12+: a loop body ending with a try statement whose body never falls off its end (its else clause
 * continues, returns or raises) has its end jump back, which carries the loop's line, reached only from
 * the except clauses falling off their ends: the compiler lays that lone jump out with the cold blocks,
 * after the handlers ({@code while True: if c(): break / try: x() / except E: pass / else: continue}
 * then {@code t()}). A clause's jump there is a continue of the loop; at the end of the body it is no
 * written statement, and {@link #dropAtTail} removes it there.
 */
final class ColdLoopEnds {
    private ColdLoopEnds() {}

    /**
     * True when t is such a lone jump back to the head of {@code loop}: laid out right after a handler
     * area (its RERAISE), protected by no handler but the loop's own, and entered only by jumps leaving except clauses (or a
     * with's suppressing path: the with ending a try's body, whose clauses go there too, seed 165 f189).
     */
    static boolean isEndJump(Walker w, int t, Region.Loop loop) {
        if (!w.env.atLeast(3, 12) || loop == null || t <= 0 || t >= w.code.size()) {
            return false;
        }
        Op op = w.code.op(t);
        // (protected only as the loop's head is: the loop inside a with, say, seed 1 f183)
        if (!op.is("JUMP_BACKWARD") || !loop.continues().contains(op.target()) || !w.code.op(t - 1).is("RERAISE")
                || w.code.handlerAt(t) != null && !Withs.sameHandler(w.code.handlerAt(t), w.code.handlerAt(op.target()))) {
            return false;
        }
        return enteredOnlyBy(w, t, o -> !w.normalFlow.get(o.index()) && (w.leavesExceptClause(o.index())
                || WithSuppressedPaths.endsSuppressingPath(w.code, o.index())) || clausesOnlyHop(w, o.index(), 3));
    }

    /** True when t is jumped to, and only by reachable unconditional jumps that {@code accepted} takes. */
    private static boolean enteredOnlyBy(Walker w, int t, java.util.function.Predicate<Op> accepted) {
        boolean entered = false;
        for (Op o : w.code.ops()) {
            if (o.target() != t || !w.reachable.get(o.index())) {
                continue;
            }
            if (!o.isUnconditionalJump() || !accepted.test(o)) {
                return false;
            }
            entered = true;
        }
        return entered;
    }

    /**
     * Where the lone jump at t goes when it is such a hop ({@link #clausesOnlyHop}) to the loop's end jump
     * ({@link #isEndJump}): the end jump's index, or -1.
     */
    static int hopToEndJump(Walker w, int t, Region.Loop loop) {
        int k = t > 0 && t < w.code.size() ? hopJump(w, t) : -1;
        if (k < 0 || !clausesOnlyHop(w, k, 3)) {
            return -1;
        }
        int end = w.code.op(k).target();
        return isEndJump(w, end, loop) ? end : -1;
    }

    /**
     * The JUMP_FORWARD ending the block at s when the block is only that jump after line NOPs and copies of
     * finally bodies (a try/except/finally's normal exit: the finally body's copy, then the jump over its
     * handler), nothing jumping into it past s; or -1.
     */
    static int hopJump(Walker w, int s) {
        int p = s;
        for (int n = 0; n < 8 && p < w.code.size(); n++) {
            int k = Tries.skipNops(w, p);
            if (k >= w.code.size() || k > s && w.jumpTargets.get(k) && k != Tries.skipNops(w, s)) {
                return -1;
            }
            if (w.code.op(k).is("JUMP_FORWARD")) {
                return k;
            }
            int copy = finallyCopyEnd(w, k);
            if (copy <= k) {
                return -1;
            }
            p = copy;
        }
        return -1;
    }

    /**
     * The end of a copy of a (non-empty) finally body starting at k, or -1. (Also of a finally protecting
     * nothing, an orphan handler no range targets: `try: return 8 / finally: t(9)`, q59 f256.)
     */
    static int finallyCopyEnd(Walker w, int k) {
        int copy = -1;
        java.util.Set<Integer> handlers = new java.util.TreeSet<>(w.orphanBodies.values());
        for (Code.Handler h : w.code.handlers()) {
            handlers.add(h.target());
        }
        for (int h : handlers) {
            if (Handlers.kind(w.code, h) == Handlers.Kind.FINALLY && TryFinally.finallyLength(w, h) > 0) {
                copy = Math.max(copy, FinallyCopy.end(w, h, k));
            }
        }
        return copy;
    }

    /**
     * True when the jump at k is the code after an inner try, a lone jump laid out after its handler area
     * (the enclosing try's body falls off there), entered only by jumps leaving except clauses or by such
     * hops in turn (up to {@code depth} deep): 3.12+ thread nothing through it, the inner clauses' exits
     * reach the loop's end only through it. Line NOPs and finally bodies' copies may come first ({@link
     * #hopJump}: `finally: pass` or `finally: t()` after the clauses).
     */
    private static boolean clausesOnlyHop(Walker w, int k, int depth) {
        int s = -1;                            // (the hop's start: right after handler code, a short way back)
        for (int q = k; q > 0 && q >= k - 40 && s < 0; q--) {
            if (w.code.op(q - 1).is("RERAISE") && hopJump(w, q) == k) {
                s = q;
            }
        }
        if (depth == 0 || s <= 0 || !w.code.op(k).isUnconditionalJump()) {
            return false;
        }
        int start = s;
        return enteredOnlyBy(w, start, o -> !w.normalFlow.get(o.index()) && w.leavesExceptClause(o.index())
                || clausesOnlyHop(w, o.index(), depth - 1));
    }

    /**
     * The loop body {@code stmts} with the continues read from such jumps removed where they end the
     * body: at the end of the last statement's clauses and branches, falling off is going round.
     */
    static List<Stmt> dropAtTail(Walker w, List<Stmt> stmts) {
        if (stmts.isEmpty() || w.coldEndContinues.isEmpty()) {
            return stmts;
        }
        List<Stmt> out = new ArrayList<>(stmts);
        Stmt last = out.get(out.size() - 1);
        if (last instanceof Stmt.Continue && w.coldEndContinues.contains(last)) {
            out.remove(out.size() - 1);
            return out;
        }
        Stmt dropped = last;
        if (last instanceof Stmt.Try t && t.finalbody().isEmpty()) {
            List<Stmt.ExceptHandler> handlers = new ArrayList<>();
            for (Stmt.ExceptHandler h : t.handlers()) {
                handlers.add(new Stmt.ExceptHandler(h.type(), h.name(), orPass(dropAtTail(w, h.body()))));
            }
            List<Stmt> orelse = t.orelse().isEmpty() ? t.orelse() : orPass(dropAtTail(w, t.orelse()));
            List<Stmt> body = t.orelse().isEmpty() ? orPass(dropAtTail(w, t.body())) : t.body();
            dropped = new Stmt.Try(body, handlers, orelse, t.finalbody(), t.star());
        } else if (last instanceof Stmt.If i) {
            dropped = new Stmt.If(i.test(), orPass(dropAtTail(w, i.body())),
                    i.orelse().isEmpty() ? i.orelse() : orPass(dropAtTail(w, i.orelse())));
        }
        if (dropped.equals(last)) {
            return stmts;
        }
        out.set(out.size() - 1, dropped);
        return out;
    }

    private static List<Stmt> orPass(List<Stmt> body) {
        return body.isEmpty() ? List.of(new Stmt.Pass()) : body;
    }
}
