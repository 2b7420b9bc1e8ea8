package depyf.structure;

import depyf.lift.Op;

/**
 * 3.13: a try statement ending a loop body whose except clauses continue the loop compiles the same with
 * {@code continue} in the clause and the code after the statement, or {@code pass} and that code as its
 * else clause, but for one layout: {@code if c: return x} ending the else clause tests jumping forward over
 * the return to the loop's jump back, laid out after it (the end of the try statement is a block of its
 * own), while ending the body itself it is inverted, jumping over the jump back to the return.
 */
final class LoopEndElse {
    private LoopEndElse() {}

    /**
     * True when the rest of the loop body [j, to) ends with the loop's jump back to {@code head}, reached
     * only by a forward test of that code over the block before it, which leaves (a return or raise).
     */
    static boolean endsOverExit(Walker w, int j, int to, int head) {
        if (!w.env.atLeast(3, 13) || w.env.atLeast(3, 14) || to - 2 <= j) {
            return false;
        }
        Op back = w.code.op(to - 1);
        Op before = w.code.op(to - 2);
        if (!back.is("JUMP_BACKWARD") || back.target() != head || !before.isTerminal() || before.isUnconditionalJump()) {
            return false;
        }
        for (int k = j; k < to - 2; k++) {
            if (w.code.op(k).isConditionalJump() && w.code.op(k).target() == to - 1) {
                return true;
            }
        }
        return false;
    }
}
