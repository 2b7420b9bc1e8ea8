package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * {@code if c: return} (or break, continue) ending a try body: the compiler unwinds the
 * handler (POP_BLOCK) before the exit, so the exit's code lies just past the protected range and the
 * test jumps past it, to where the body's normal end goes. Read inside the body, the test jumps out of
 * its region; the then-branch is the rest of the range and the exit after it.
 */
final class RangeTailExits {
    private RangeTailExits() {}

    /**
     * What the exit after the range may hold: a return (of a constant), break or continue, and the unwinding
     * the walk reads with it (a for loop's iterator popped, a handled exception's POP_EXCEPT).
     */
    private static final java.util.Set<String> UNWINDS = java.util.Set.of("NOP", "LOAD_CONST", "LOAD_SMALL_INT", "RETURN_VALUE",
            "RETURN_CONST", "POP_TOP", "POP_ITER", "SWAP", "POP_EXCEPT", "JUMP_FORWARD", "JUMP_BACKWARD",
            "JUMP_BACKWARD_NO_INTERRUPT");

    /**
     * Where the then-branch [b, f) of the test at {@code jump}, in a try body ending at {@code to}, ends
     * (f), when [to, f) is such an exit: straight code in one handler context (that of the code around the
     * try), reached only from the then-branch, ending in a return or jump that does not fall into f,
     * and f is where the body's normal end goes (outside the protected range). Else -1.
     */
    static int thenEnd(Walker w, int jump, int b, int f, int to, Region r) {
        Code.Handler body = w.code.handlerAt(jump);
        if (f <= to || to != r.follow() || to < b || body == null || Handlers.covers(w.code, to, body.target())
                || Handlers.covers(w.code, f, body.target())
                || Handlers.kind(w.code, body.target()) != Handlers.Kind.EXCEPT) {
            // a with or finally body unwinds with more code (an __exit__ call, a copy of the finally body),
            // not read here: the try would print that copy a second time
            return -1;
        }
        if (Branches.sameExit(w, to, f)) {
            return -1;                         // the body's own end, a jump where the test goes too
        }
        Code.Handler outside = w.code.handlerAt(to);
        for (int k = to; k < f; k++) {
            Op op = w.code.op(k);
            if (k > b && w.jumpTargets.get(k) && !w.jumpsOnlyFrom(k, b, f) || !sameHandler(outside, w.code.handlerAt(k))
                    || w.dead.get(k)) {
                return -1;
            }
            if (!UNWINDS.contains(op.name())) {
                if (copiedLoopExit(w, k, f, r)) {
                    break;
                }
                return -1;                     // unwinding of an enclosing statement (a name's cleanup, __exit__)
            }
            boolean last = k == f - 1;
            if (last != (op.isTerminal() || op.isUnconditionalJump()) || !last && op.target() >= 0) {
                return -1;
            }
        }
        Op exit = w.code.op(f - 1);
        if (exit.isUnconditionalJump() && exit.target() > f && !Branches.sameExit(w, f, exit.target())) {
            for (int t : ExceptClauses.clauseExits(w, body.target())) {
                if (Branches.sameExit(w, t, exit.target())) {
                    // the exit jumps past f where the try statement goes on (a break out of a loop whose body
                    // never loops: no jump back, the loop's exit NOP lies between): f, past it, is not
                    // the body's normal end but code the test alone reaches, an else
                    return -1;
                }
            }
        }
        return f;
    }

    /**
     * Where the body's normal end goes when the code [f, to) ending a try body holds a test read by
     * {@link #thenEnd}, jumping past the exit after the range to there, and that is (a copy of) t; else -1.
     */
    static int endsAt(Walker w, int f, int to, int t, Region r) {
        for (int k = f; k < to; k++) {
            Op op = w.code.op(k);
            int end = op.target();
            if (op.isConditionalJump() && end > to && thenEnd(w, k, k + 1, end, to, r) == end
                    && Branches.sameExit(w, end, t)) {
                return end;
            }
        }
        return -1;
    }

    /** A break's copy of the small exit block after the loop (3.12+), [k, f) ending in a return. */
    private static boolean copiedLoopExit(Walker w, int k, int f, Region r) {
        Region.Loop loop = r.loop();
        Op end = w.code.op(f - 1);
        return loop != null && loop.isFor() && loop.exit() >= 0 && k > 0 && w.code.op(k - 1).is("POP_TOP")
                && (end.isReturn()) && loop.exit() + (f - k) <= w.code.size()
                && Tries.sameOps(w, loop.exit(), k, f - k);
    }

    private static boolean sameHandler(Code.Handler a, Code.Handler b) {
        return a == null ? b == null : b != null && a.target() == b.target() && a.depth() == b.depth()
                && a.lasti() == b.lasti();
    }
}
