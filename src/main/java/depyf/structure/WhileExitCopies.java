package depyf.structure;

import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;

/**
 * {@code break} out of an except clause of a {@code while True} loop whose exit block exists only as
 * copies (3.12+): the block after the loop is small and ends the scope (at most four instructions ending
 * in a return or raise), so the compiler replaced every jump to it, each break, by a copy, and dropped
 * it. The clause's break is then its POP_EXCEPT (and name cleanup) followed by such a copy. A return or
 * raise of the clause's own runs before POP_EXCEPT (a return's value is computed first and swapped below
 * it; a raise does not unwind), so code after POP_EXCEPT was reached by a jump out of the clause; and
 * when the loop has no code of its own to go on at (its exit is handler code or the end), whatever jump
 * that was ran the copy next: a break, the copy printed after the loop.
 *
 * @param copy where the copy starts
 * @param length its length
 */
record WhileExitCopies(int copy, int length) {

    /** The most instructions of an exit block the compiler copies into a jump to it (CPython's MAX_COPY_SIZE). */
    static final int MAX_COPY_SIZE = 4;

    /** What op counts toward MAX_COPY_SIZE: a superinstruction twice (the copy is made before they are formed). */
    static int copyWeight(Op op) {
        return op.name().contains("_LOAD_FAST") || op.name().endsWith("_STORE_FAST") ? 2 : 1;
    }

    /**
     * When the POP_EXCEPT before i (not a return's: no SWAP before it) leaves through a copy of the
     * loop's dropped exit block, records the copy for the loop and returns where the copy ends; else 0.
     */
    static int breakAt(Walker w, int i, Region r) {
        Region.Loop loop = r.loop();
        if (loop == null || loop.isFor() || !w.env.atLeast(3, 12) || i > 1 && w.code.op(i - 2).is("SWAP")
                || hasOwnExit(w, loop)) {
            return 0;
        }
        int k = ExceptClauses.afterNameCleanup(w.code, i);
        int n = scopeExitLength(w, k);
        if (n == 0 || Tries.constReturn(w, k)) {
            return 0;                              // (a lone `return CONST` is as much the clause's own)
        }
        WhileExitCopies seen = w.whileExitCopies.get(loop);
        if (seen != null && (seen.length() != n || !Tries.sameOps(w, seen.copy(), k, n))) {
            throw new LiftException("breaks of a while loop leave through different copies at " + w.code.op(k).offset());
        }
        if (seen == null) {
            w.whileExitCopies.put(loop, new WhileExitCopies(k, n));
        }
        return k + n;
    }

    /** Prints after the loop the block its breaks copied, when one was recorded. */
    static void emitAfter(Walker w, Region.Loop loop, Lifter l, Region r) {
        WhileExitCopies c = w.whileExitCopies.remove(loop);
        if (c != null) {
            w.walk(c.copy(), c.copy() + c.length(), l, r.withFollow(-1), -1);
        }
    }

    /**
     * True when the loop's breaks could go to code of its own: its exit is reached by normal flow or by a
     * jump (inside handler code nothing is normal flow; a break there still jumps).
     */
    private static boolean hasOwnExit(Walker w, Region.Loop loop) {
        int exit = loop.exit();
        if (exit < 0 || exit >= w.code.size()) {
            return false;
        }
        int code = Tries.skipNops(w, exit);
        for (int k = exit; k <= code && k < w.code.size(); k++) {
            if (w.jumpTargets.get(k) || w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the block at k when it is straight-line code of at most MAX_COPY_SIZE instructions
     * (a superinstruction counts twice: the copy is made before they are formed) ending in a return or
     * raise, with no other way in; else 0. Not the unwinding of an enclosing clause (its POP_EXCEPT): the
     * break leaves that clause too, read at its POP_EXCEPT.
     */
    private static int scopeExitLength(Walker w, int k) {
        int size = 0;
        for (int q = k; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (q > k && w.jumpTargets.get(q) || op.target() >= 0 || op.is("POP_EXCEPT")) {
                return 0;
            }
            if (!op.is("NOP")) {
                size += copyWeight(op);
            }
            if (size > MAX_COPY_SIZE) {
                return 0;
            }
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return q - k + 1;
            }
            if (op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }
}
