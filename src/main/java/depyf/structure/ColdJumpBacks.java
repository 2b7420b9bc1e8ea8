package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * A {@code while True} whose only way back to its head is an except clause's end (3.11-3.13): {@code while
 * True: try: x(); break / except E: pass} nested in another loop's body, where the jump back the clauses
 * fall off to is laid out after the handlers, past the body of the enclosing loop (3.12, 3.13), or right
 * after the inline handlers (3.11), reached only from handler code. {@link WhileTrue#clauseOnlyLoopEnd}
 * reads such a loop; these tell where its jump back is, and when a jump is no such loop's.
 */
final class ColdJumpBacks {
    private ColdJumpBacks() {}

    /**
     * The jump back to p that the except clauses of a try in [p, to) fall off to, when it is p's last jump
     * back, reached only from handler code (the others, written continues, are handler code): 3.12, 3.13
     * lay it out after the handlers past the region [p, to) (the region is the body of an enclosing loop,
     * say), 3.11 right after the handlers, inline; or -1. The walk does not take such a jump for a loop's
     * back edge (Walker: it may be a cold jump back to the code after a try); where 3.11's is taken for one,
     * it is not one of these.
     */
    static int pastRegion(Walker w, int p, int to) {
        if (w.env.atLeast(3, 14) && !w.code.op(p).is("NOP")) {
            return -1;                         // (3.14: a head that is no `while True` line's NOP is a tested loop's
        }                                      // test, whose body's break falls into its exit: fuzz_seed21)
        boolean inline = !w.env.atLeast(3, 12);
        int back = -1;
        for (int k = p; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            // (the head's line NOP, `while True:`, or the body's first instruction after it: 3.12, 3.13 jump
            // there from the end, to the NOP from a written continue)
            boolean head = op.target() == p || op.target() == p + 1 && w.code.op(p).is("NOP");
            if (op.is("JUMP_BACKWARD") && head && w.reachable.get(k)) {
                if (back >= 0 && w.normalFlow.get(back) || k < to && !inline || k >= to && inline) {
                    return -1;                 // (an earlier one, but a clause's written continue)
                }
                back = k;
            }
        }
        int rest = back < 0 ? -1 : restStart(w, back);
        if (rest < 0 || inline && w.lastBackEdge[w.code.op(back).target()] == back) {
            return -1;                         // (or the walk takes it for a back edge already: 3.11, at times)
        }
        if (w.env.atLeast(3, 14) && rest == back) {
            return -1;                         // (3.14 threads the clauses' jumps to the head itself, but past a rest)
        }
        for (Op op : w.code.ops()) {
            if (op.target() == back && w.normalFlow.get(op.index())) {
                return -1;
            }
        }
        return back;
    }

    /**
     * Where the code ending with the cold jump back at {@code back} starts: back itself when handler code
     * (or a jump) right before it ends there, or (3.12, 3.13) the start of the straight code before it, laid
     * out after the handlers and entered only from except clauses' exits: the rest of the loop's body after
     * the try ({@code t()} of {@code while True: try: x(); break / except E: pass / t()}); -1 otherwise.
     */
    static int restStart(Walker w, int back) {
        Op before = w.code.op(back - 1);
        if (before.isTerminal() || before.isUnconditionalJump()) {
            return back;
        }
        if (!w.env.atLeast(3, 12)) {
            return -1;
        }
        for (int s = back - 1; s > 0; s--) {
            Op op = w.code.op(s);
            if (op.target() >= 0 && !(op.isConditionalJump() && op.target() > s && op.target() <= back)
                    || op.isTerminal() || op.is("PUSH_EXC_INFO")) {
                return -1;                     // (straight code only, but for an if's tests jumping forward in it)
            }
            Op prev = w.code.op(s - 1);
            if (prev.isTerminal() || prev.isUnconditionalJump()) {
                return ColdContinuations.end(w, s) == back + 1 ? s : -1;
            }
        }
        return -1;
    }

    /**
     * 3.12, 3.13: the jump back to p, past the region [p, to), that the except clauses of a try in a
     * {@code while True} headed at p fall off to, in a loop the try body's written continue also closes
     * ({@code while True: try: x(); continue / except E: pass} ending an if's branch): laid out after the
     * handlers, reached only from handler code, it is p's last jump back, the continue the last one in the
     * region. Returns that continue, the loop's end (the cold jump read as the clauses' continue), or -1.
     */
    static int continueBeforeClauseTail(Walker w, int p, int to, Region r) {
        int cold = w.lastBackEdge[p];
        if (w.env.atLeast(3, 14) || cold < to || !w.code.op(cold).is("JUMP_BACKWARD") || !w.reachable.get(cold)
                || !w.code.op(cold - 1).isTerminal() && !w.code.op(cold - 1).isUnconditionalJump()
                || r.loop() != null && r.loop().continuesThisOrOuter(p)) {
            return -1;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == cold && (w.normalFlow.get(op.index()) || op.index() < p || op.index() >= cold)) {
                return -1;                     // (only clauses in the loop's body go there)
            }
        }
        for (int k = to - 1; k > p; k--) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && op.target() == p && w.normalFlow.get(k) && !w.dead.get(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when no exit of the except clauses of {@code guard} goes to the NOP right before p: a written
     * continue to that NOP (3.11: the line of a `while True` whose head an enclosing loop shares, p the
     * try's NOP after it, where the cold jump back goes) says p heads no loop of its own. (A break threaded
     * to an enclosing loop's head jumps back further, a break to the code after the loop forward.)
     */
    static boolean noContinueBefore(Walker w, Code.Handler guard, int p) {
        for (int t : ExceptClauses.clauseExits(w, guard.target())) {
            if (t == p - 1 && w.code.op(t).is("NOP")) {
                return false;
            }
        }
        return true;
    }
}
