package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.List;

/**
 * {@code while True: ... if c: <rest of the body> else: break} (3.12+). A break is compiled as a jump that the
 * compiler replaces with a copy of the exit block after the loop when that block is small (at most four
 * instructions ending in a return), so {@code if not c: break} jumps over such a copy. A test jumping
 * straight to the small exit block instead had the break in its else clause: the jump to the else's
 * break was threaded to the exit, and the else removed.
 */
final class ElseBreaks {
    private ElseBreaks() {}

    /**
     * Reads {@code if e: [b, to) else: break} when the test jumping to the loop's exit f ends the body of a
     * while loop (the region goes back to its head) and the exit is a small return block; returns where
     * the walk goes on, or -1.
     */
    static int read(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Region.Loop loop = r.loop();
        if (!w.env.atLeast(3, 12) || loop == null || loop.isFor() || f != loop.exit() || b >= to
                || !loop.continues().contains(r.follow()) || !smallReturn(w, f) || testedAtHead(w, loop, b - 1, f)) {
            return -1;
        }
        Lifter then = l.fork();
        w.walk(b, to, then, r, -1);
        if (then.out.isEmpty()) {
            // only the jump back: `if c: break` whose test the compiler inverted over that jump, to the exit
            return -1;
        }
        l.emit(new Stmt.If(e, then.out, List.of(new Stmt.Break())));
        return to;
    }

    /**
     * True when a test from the loop's head up to the jump at j also jumps to the exit f: the loop's own
     * test (a {@code while a and b} read as {@code while a} around {@code if b}), not a while True loop.
     */
    private static boolean testedAtHead(Walker w, Region.Loop loop, int j, int f) {
        int head = loop.continues().stream().min(Integer::compare).orElse(j);
        for (int k = head; k < j; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() == f) {
                return true;
            }
        }
        return false;
    }

    /** True when the block at f returns within MAX_COPY_SIZE instructions, without jumps (a superinstruction counts twice). */
    private static boolean smallReturn(Walker w, int f) {
        int n = 0;
        for (int k = f; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.is("NOP")) {
                continue;
            }
            n += WhileExitCopies.copyWeight(op);
            if (n > WhileExitCopies.MAX_COPY_SIZE || op.target() >= 0 || k > f && w.jumpTargets.get(k)) {
                return false;
            }
            if (op.isReturn()) {
                return true;
            }
            if (op.isTerminal()) {
                return false;
            }
        }
        return false;
    }
}
