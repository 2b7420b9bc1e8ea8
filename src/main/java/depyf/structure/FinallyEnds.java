package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * A try/finally ending a branch of {@code if c: A else: B} that ends a loop body: the normal exit's copy
 * of the finally body goes on to the end of the if statement, the loop's head, and the compiler threads
 * that jump (it has no line) to the head. A written {@code continue} after the statement keeps its own
 * jump with its line: 3.11 lays it out after the handler (the copy jumps forward to it), 3.12+ right after
 * the copy, where the copy's own branches jump to it rather than to the head. Without that jump, the
 * branch falls off the if statement and the code after it is its else clause.
 */
final class FinallyEnds {
    private FinallyEnds() {}

    /**
     * The normal exit's copy of a finally body [copy, resume) goes on at resume: when that is a jump back
     * to the head of the loop being walked that no {@code continue} wrote, marks it.
     */
    static void markLoopBodyEnd(Walker w, int copy, int resume, Region r) {
        if (r.loop() == null || resume >= w.code.size()) {
            return;
        }
        int k = Tries.skipNops(w, resume);
        Op last = w.code.op(resume - 1);
        if (last.is("JUMP_BACKWARD") && r.loop().continues().contains(last.target())) {
            // the copy's own end jumps back (3.11: nested handlers laid out after it): the walk goes on at
            // the next jump back, which another branch of the copy takes
            k = w.normalFlow.nextSetBit(resume);
            if (k < 0 || !w.onlyHandlerCode(resume, k) || !isJumpBack(w, k, last.target())) {
                return;
            }
            w.loopBodyEnds.set(k);
            return;
        }
        Op end = w.code.op(k);
        if (!end.is("JUMP_BACKWARD") || !r.loop().continues().contains(end.target())) {
            return;
        }
        if (!w.env.atLeast(3, 12) || jumpsBackTo(w, copy, resume, end.target())) {
            w.loopBodyEnds.set(k);
        }
    }

    private static boolean isJumpBack(Walker w, int k, int t) {
        return k < w.code.size() && w.code.op(k).is("JUMP_BACKWARD") && w.code.op(k).target() == t;
    }

    /** True when a jump in [from, to) goes back to t itself (a copy of the exit, not a jump to the exit). */
    private static boolean jumpsBackTo(Walker w, int from, int to, int t) {
        for (int k = from; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() == t && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code then} walked the then-branch [.., f) of test e; it ends with a try statement and the
     * loop-head jump after its finally copy that no {@code continue} wrote, and the if statement ends
     * the loop body: emits {@code if e: A else: <the rest of the body>} and returns where the walk goes
     * on, or -1.
     */
    static int ifElse(Walker w, Expr e, Lifter then, int f, int to, Lifter l, Region r) {
        List<Stmt> out = then.out;
        int n = out.size();
        if (r.loop() == null || n < 2 || !(out.get(n - 1) instanceof Stmt.Continue c) || !w.unwrittenContinues.contains(c)
                || !(out.get(n - 2) instanceof Stmt.Try t) || t.finalbody().isEmpty()
                || !r.loop().continues().contains(r.follow()) || f >= to) {
            return -1;
        }
        Lifter other = l.fork();
        w.walk(f, to, other, r, -1);
        l.emit(new Stmt.If(e, new ArrayList<>(out.subList(0, n - 1)), other.out));
        return to;
    }
}
