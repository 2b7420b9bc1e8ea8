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
        return recorded(w, ExceptClauses.afterNameCleanup(w.code, i), loop);
    }

    /**
     * The same after a copy of a finally body (or a with's exit call) ending at i, followed by a return of a
     * value computed after it: a return in the try body computes its value before the copy (compile.c's
     * compiler_return), so this is a break's, unwinding the statement, then the copy of the loop's dropped
     * exit block (3.12+, subprocess.py's Popen._wait: {@code while True: try: if c: break / ... / finally:
     * f()} then {@code return x.y}). Records it for the loop and returns where it ends; else 0.
     */
    static int breakAfterFinallyCopy(Walker w, int i, Region r) {
        return dropsExit(w, r) ? recorded(w, i, r.loop()) : 0;
    }

    /**
     * The length of the copy at k of the dropped exit block of the while True loop the region lies in (3.12+,
     * no exit of its own, the block a return of a value computed there, not a constant's), or 0: a try body's
     * break unwinding the finally body goes on with it ({@link #breakAfterFinallyCopy}).
     */
    static int droppedExitLength(Walker w, int k, Region r) {
        return dropsExit(w, r) && !Tries.constReturn(w, k) ? scopeExitLength(w, k) : 0;
    }

    /** True when the region lies in a while loop (3.12+) that reaches no exit block of its own ({@link #reachesOwnExit}). */
    private static boolean dropsExit(Walker w, Region r) {
        Region.Loop loop = r.loop();
        return loop != null && !loop.isFor() && w.env.atLeast(3, 12) && !reachesOwnExit(w, loop);
    }

    /** Records the copy of the exit block at k for the loop (the same as any recorded before); its end, or 0. */
    private static int recorded(Walker w, int k, Region.Loop loop) {
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
     * {@link #hasOwnExit}, counting only code the loop reaches: fallen into, or jumped to from the loop.
     * Code at the exit reached otherwise is no exit of the loop's own: an else branch of an if whose
     * then-branch the loop ends (neither branch falls into code after the if, 3.12+ copying that return
     * into both), jumped to by the if's test. (Not for a clause's POP_EXCEPT, {@link #breakAt}: its return
     * out of a for loop pops the iterator, no copy of an exit block.)
     */
    private static boolean reachesOwnExit(Walker w, Region.Loop loop) {
        int exit = loop.exit();
        if (exit < 0 || exit >= w.code.size()) {
            return false;
        }
        int code = Tries.skipNops(w, exit);
        int head = loop.continues().stream().min(Integer::compare).orElse(exit);
        for (int k = exit; k <= code && k < w.code.size(); k++) {
            if ((w.jumpTargets.get(k) || w.normalFlow.get(k)) && (w.fallenInto(k) || jumpedToFrom(w, k, head, exit))) {
                return true;
            }
        }
        return false;
    }

    /** True when a jump from the loop [head, exit) goes to k. */
    private static boolean jumpedToFrom(Walker w, int k, int head, int exit) {
        for (int q = head; q < exit; q++) {
            if (w.code.op(q).target() == k) {
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
