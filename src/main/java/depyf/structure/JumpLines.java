package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * Whether a jump has a line of its own. The compiler gives each statement's instructions its line; a jump
 * it adds itself (the end of an if statement's branch, threaded to a loop's head) has none and takes the
 * line of the code before it. A continue statement's jump has the continue's line. The line table keeps
 * the difference the bytecode does not ({@code depyf.transform.LoopTails}).
 */
final class JumpLines {
    private JumpLines() {}

    /** The last instruction before the conditional jumps ending at k (3.14: with their NOT_TAKEN). */
    private static int beforeJumps(Walker w, int k) {
        while (k > 0 && (w.code.op(k).isConditionalJump() || w.code.op(k).is("NOT_TAKEN"))) {
            k--;
        }
        return k;
    }

    /**
     * 3.12+: the jump back at i, on its test's line, jumped over when the test is true: `if T: B` ending the
     * loop's body (its false exit, a jump back, turned into a forward jump over one) or `if not T: continue`
     * on one line, compiled alike. Read as the first, the reading without a `not` (typing._collect_parameters:
     * `if t not in parameters: ...`, whose other reading `not t not in parameters` the compiler folds into
     * `t in parameters`). Not when a handler protecting the test and the loop's head protects the jump too
     * (a statement's, see lineless), nor for tests of None (either reading says `is` or `is not`).
     */
    private static boolean invertedIfEnd(Walker w, int i, Code.Handler test) {
        int c = i - 1;
        if (c > 0 && w.code.op(c).is("NOT_TAKEN")) {
            c--;                               // (3.14)
        }
        Op cond = w.code.op(c);
        Op jump = w.code.op(i);
        return w.env.atLeast(3, 12) && jump.is("JUMP_BACKWARD") && cond.is("POP_JUMP_IF_TRUE") && cond.target() == i + 1
                && cond.line() == jump.line() && (test == null || w.code.handlerAt(i) == null
                    || w.code.handlerAt(i).target() != test.target());
    }

    /**
     * True when the jump at i carries the line of the instruction falling into it or, when none does, of every
     * jump to it: a line it took from them, none of its own. Not when a test's fall-through leads to it (the
     * whole branch: {@code if c: continue} on one line).
     */
    static boolean lineless(Walker w, int i) {
        int line = w.code.op(i).line();
        if (line < 0) {
            return true;                       // (3.11: no line at all)
        }
        if (i > 0 && w.reachable.get(i - 1) && !w.code.op(i - 1).isUnconditionalJump() && !w.code.op(i - 1).isTerminal()) {
            // (the line of the code falling into it, which the jumps to it may not share: 3.11's jumps to
            // the end of an if statement, the end of the loop's body)
            Op before = w.code.op(i - 1);
            int p = ExceptClauses.beforeNameCleanup(w.code, i - 1);
            if (p >= 0 && w.code.op(p).is("POP_EXCEPT")) {
                // (an except clause's end: its POP_EXCEPT and jump are copied into each way out of the clause,
                // the copies laid out differently from a continue statement's: not read as the clause's end)
                return false;
            }
            Code.Handler test = w.code.handlerAt(beforeJumps(w, i - 1));
            Code.Handler head = w.code.op(i).target() >= 0 ? w.code.handlerAt(w.code.op(i).target()) : null;
            if (before.isConditionalJump() && w.code.op(i).is("JUMP_BACKWARD") && w.code.handlerAt(i) == null
                    && test != null && head != null && head.target() == test.target()) {
                // a test's jump back to the loop's head made after the exception table was laid out (3.12,
                // 3.13: a conditional jump back turned into a forward one over an unconditional one, both
                // protected by nothing in 3.13, the jump in 3.12), no statement's: `if a or b: B` ending the
                // loop's body, not `if not a and not b: continue` on one line (glob._rlistdir, a generator):
                // the test and the loop's head share a handler (a continue leaving a try is unprotected too)
                return true;
            }
            if (invertedIfEnd(w, i, test)) {
                return true;
            }
            return before.line() == line && !before.isConditionalJump() && !before.is("NOT_TAKEN");
        }
        boolean any = false;
        if (w.jumpTargets.get(i)) {
            for (Op op : w.code.ops()) {
                if (op.target() == i && w.reachable.get(op.index())) {
                    if (op.line() != line) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }
}
