package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.List;

/**
 * 3.14 copies a jump without a line number for each way into it, each copy taking the line of the jump
 * that reaches it. The jump that ends an if statement's branch has none; at the end of a loop body it goes
 * back to the loop's head, so a branch ending with a while loop whose tests all leave it through that
 * jump ends with one copy per test. A {@code continue} written there has a line and is not copied: the
 * branch ended an if statement with an else.
 */
final class CopiedEndJumps {
    private CopiedEndJumps() {}

    /**
     * Reads {@code if e: [b, f) else: [f, to)} when the region ends the loop body and the then-branch ends
     * with two copies of the jump back to the loop's head on one line, the first reached only by jumps;
     * returns to, or -1.
     */
    static int read(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Region.Loop loop = r.loop();
        if (!w.env.atLeast(3, 14) || loop == null || f >= to || f - 3 < b || !loop.continues().contains(r.follow())
                || !copiedJumpBack(w, loop, f - 2, f - 1) || !w.code.op(f - 3).isTerminal()) {
            return -1;
        }
        Lifter then = l.fork();
        w.walk(b, f, then, r, -1);
        Lifter other = l.fork();
        w.walk(f, to, other, r, -1);
        l.emit(new Stmt.If(e, then.out, other.out));
        return to;
    }

    /** The jumps at j and k go back to the same head of the loop, on the same line. */
    private static boolean copiedJumpBack(Walker w, Region.Loop loop, int j, int k) {
        Op a = w.code.op(j);
        Op c = w.code.op(k);
        return a.is("JUMP_BACKWARD") && c.is("JUMP_BACKWARD") && a.target() == c.target()
                && loop.continues().contains(a.target()) && a.line() == c.line()
                && w.reachable.get(j) && w.reachable.get(k);
    }
}
