package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Lifter;
import depyf.lift.Op;

/**
 * 3.12+ copy a small exit block (a return of at most four instructions: {@code return c()}) into each jump
 * to it. A try body ending in an if whose then-branch falls into the code after the try, a return, ends that
 * branch with a copy of it: laid out right after the branch, outside every range (it belongs to no try),
 * the else following inside the range. Read as a return in the body, the copy would lose its protection:
 * it is where the then-branch goes on, the code after the try.
 */
final class CopiedFollowReturns {
    private CopiedFollowReturns() {}

    /** The longest copy: the small exit block (four instructions) and a line NOP. */
    private static final int LONGEST = 6;

    /**
     * Reads {@code if e: [b, s) else: [f, to)} when the then-branch [b, f) ends with such a copy [s, f) of
     * the code where the region (a try body) goes on; returns where the walk goes on, or -1.
     */
    static int read(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        int s = copyStart(w, b, f, to, r);
        if (s < 0) {
            return -1;
        }
        w.dead.set(s, f);                      // read: where the then-branch goes on
        Lifter then = l.fork();
        w.walk(b, s, then, r.withFollow(s), -1);
        Lifter other = l.fork();
        int own = ownReturnEnd(w, s, f, to, r);
        if (own > 0) {
            // the copy is of the code past the body's own return at the follow, which the then-branch skips:
            // that return, unwound past the range and reached only from the else, is the else's last
            // statement (`try: if c(): assert d() / else: t(); return 34 / except E: pass` then `return x`:
            // unseen seed q58 f83, 3.13-3.14)
            int stop = w.walk(f, own, other, r.withFollow(own), -1);
            w.dead.set(to, own);
            l.emit(new Stmt.If(e, then.out, other.out));
            return Math.max(stop, own);
        }
        int stop = w.walk(f, to, other, r, -1);
        l.emit(new Stmt.If(e, then.out, other.out));
        return stop;
    }

    /**
     * Where the copy ending the then-branch [b, f) starts: straight code ending in the return at f - 1, out
     * of the try's range (TryRanges.markCopiedFollowReturn recorded it) that protects b and f, the same as the code at the
     * region's follow. Else -1.
     */
    private static int copyStart(Walker w, int b, int f, int to, Region r) {
        if (!w.env.atLeast(3, 12) || f >= to || f - 1 <= b || r.follow() < 0 || !w.code.op(f - 1).is("RETURN_VALUE")) {
            return -1;
        }
        Integer handler = w.copiedFollowReturns.get(f - 1);
        Code.Handler hb = w.code.handlerAt(b);
        Code.Handler hf = w.code.handlerAt(f);
        if (handler == null || !r.handlers().contains(handler) || hb == null || hb.target() != handler
                || hf == null || hf.target() != handler) {
            return -1;
        }
        int s = f - 1;
        while (s - 1 > b && f - s < LONGEST && outside(w, s - 1, handler) && !w.jumpTargets.get(s)) {
            s--;
        }
        // (the copy starts where a jump goes, or past protected code or the line NOP of the branch's last statement)
        boolean starts = w.jumpTargets.get(s) || !outside(w, s - 1, handler) || w.code.op(s - 1).is("NOP");
        return starts && (copiesFollow(w, s, r.follow()) || endsRegion(w, s, f, to, r) && copiesClauseExit(w, s, handler))
                ? s : -1;
    }

    /**
     * True when the if ends its region (a try body's end: the follow is where it ends, not a branch's exact
     * one), the copy at s not of the code there: the else [f, to) returns, or falls off into the region's end,
     * straight code returning that only the else enters ({@link #ownReturnEnd}). The copy is then of the code
     * after the try, laid out past that return or only copied (into the clauses and this branch).
     */
    private static boolean endsRegion(Walker w, int s, int f, int to, Region r) {
        if (r.exactFollow() || r.follow() != to || Branches.sameExit(w, s, to)) {
            return false;
        }
        Op last = w.code.op(to - 1);
        return last.isReturn() && w.jumpsOnlyFrom(to - 1, f, to - 1) || ownReturnEnd(w, s, f, to, r) > 0;
    }

    /**
     * True when an except clause of {@code handler} goes on (past its POP_EXCEPT and name cleanup, or by a jump
     * from there) to code the same as at s: the code after the try, not a break's copy of a loop's exit.
     */
    private static boolean copiesClauseExit(Walker w, int s, int handler) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        for (int k = handler; k < areaEnd; k++) {
            if (w.code.op(k).is("POP_EXCEPT")) {
                int after = ExceptClauses.afterNameCleanup(w.code, k + 1);
                int t = after < w.code.size() && w.code.op(after).isUnconditionalJump() ? w.code.op(after).target() : after;
                if (t >= 0 && t < w.code.size() && Branches.sameExit(w, s, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the body's own return at the region's end ends, when the else [f, to) falls off into it, straight
     * code returning, which nothing else enters, and the copy at s is not of it (but of the code after the
     * try); else -1.
     */
    private static int ownReturnEnd(Walker w, int s, int f, int to, Region r) {
        Op last = w.code.op(to - 1);
        if (r.exactFollow() || r.follow() != to || Branches.sameExit(w, s, to) || last.isTerminal() || last.isUnconditionalJump()
                || !w.jumpsOnlyFrom(to, f, to)) {
            return -1;
        }
        int own = TryRanges.straightExit(w, to, w.code.size());
        return own > to && w.code.op(own - 1).isReturn() ? own : -1;
    }

    /**
     * True when the code at s is the same as where the region goes on: at its follow, or past it when the body
     * ends there with a return of its own unwound past the range (a constant loaded after it).
     */
    private static boolean copiesFollow(Walker w, int s, int follow) {
        if (Branches.sameExit(w, s, follow)) {
            return true;
        }
        int own = TryRanges.straightExit(w, follow, w.code.size());
        return own > follow && own - follow <= 2 && w.code.op(own - 1).isReturn()
                && Branches.sameExit(w, s, own);
    }

    /** True when no handler covers k, or only that of a statement around the try (laid out after its handler). */
    private static boolean outside(Walker w, int k, int handler) {
        Code.Handler h = w.code.handlerAt(k);
        return h == null || h.target() > handler;
    }
}
