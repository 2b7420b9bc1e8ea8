package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * 3.14 breaks of a while loop laid out last. 3.14 compiles {@code if not c: break} as a test jumping over
 * the break (it no longer inverts a test over an unconditional jump), so a test jumping straight to the
 * loop's exit, or to the NOP that holds a break's line and falls into the exit, had the break after the
 * code it guards: {@code if c: <rest> else: break}, {@code if c: raise ...} + {@code break}, the break's
 * jump to the very next instruction removed.
 */
final class LaidOutBreaks {
    private LaidOutBreaks() {}

    /**
     * Reads {@code if e: [b, ..) else: break} when the test [stmtStart, b) jumps to f, the loop's exit or
     * the NOPs before it, which no other code jumps to, and the code it guards goes round the loop or leaves it (a raise or return before the break's
     * NOP); returns where the walk goes on, or -1. The break's NOPs are marked dead, so the loop does not
     * read them as falling off the body's end.
     */
    static int read(Walker w, int stmtStart, Expr e, int b, int f, int to, Lifter l, Region r) {
        Region.Loop loop = r.loop();
        if (!w.env.atLeast(3, 14) || loop == null || f != loop.exit() && !breakNops(w, loop, f)) {
            return -1;
        }
        int thenEnd = Math.min(to, f);
        if (thenEnd <= b || w.code.holdsOnly(b, thenEnd - 1, "NOP")) {
            return -1;                          // only the jump back: LoopBreaks.breakNop reads `if not c: break`
        }
        Op last = w.code.op(thenEnd - 1);
        boolean round = last.is("JUMP_BACKWARD") && loop.continues().contains(last.target());
        boolean leaves = last.isTerminal() && !last.isUnconditionalJump() && thenEnd == f && w.code.op(f).is("NOP");
        if (!round && !leaves) {
            return -1;
        }
        int past = Tries.skipNops(w, f);
        for (int k = 0; k < w.code.size(); k++) {
            int t = w.code.op(k).target();
            if (t >= f && t <= past && (k < stmtStart || k >= b) && w.reachable.get(k)) {
                return -1;                      // other code reaches the break too (a chain split around it)
            }
        }
        w.dead.set(f, past);
        Lifter then = l.fork();
        w.walk(b, thenEnd, then, r, -1);
        l.emit(new Stmt.If(e, then.out, List.of(new Stmt.Break())));
        return Math.max(thenEnd, Math.min(to, past));
    }

    /**
     * The rest of a while body that an inverted test guards ({@code if c: <rest>}, the test jumping over
     * the jump back) ends with a break when the code before {@code to}, the loop's exit, falls into it;
     * that code is marked dead, so an enclosing inverted test or the loop's end does not add it again.
     */
    static List<Stmt> withFallingBreak(Walker w, Region.Loop loop, int to, List<Stmt> rest) {
        if (!fallsIntoWhileExit(w, loop, to)) {
            return rest;
        }
        List<Stmt> body = new ArrayList<>(rest);
        body.add(new Stmt.Break());
        w.dead.set(to - 1);
        return body;
    }

    /** 3.14: the code before {@code to}, the exit of the while loop around it, falls into that exit. */
    private static boolean fallsIntoWhileExit(Walker w, Region.Loop loop, int to) {
        if (!w.env.atLeast(3, 14) || loop.isFor() || to != loop.exit() || to <= 0 || !w.reachable.get(to - 1)
                || w.dead.get(to - 1)) {
            return false;
        }
        Op end = w.code.op(to - 1);
        return end.target() < 0 && !end.isTerminal();
    }

    /** 3.14: f holds only NOPs (a break's line) that fall into the exit of the while loop around it. */
    private static boolean breakNops(Walker w, Region.Loop loop, int f) {
        return !loop.isFor() && f < loop.exit() && w.code.op(f).is("NOP") && Tries.skipNops(w, f) == loop.exit()
                && !w.dead.get(f);
    }
}
