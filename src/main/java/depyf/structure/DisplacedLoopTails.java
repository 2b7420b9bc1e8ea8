package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a loop body the compiler laid out elsewhere: the copy of a while's test after the handlers
 * (3.12+), the tail after a with's or try's handlers jumping back to the head, and the suppressing jumps
 * back into it.
 */
final class DisplacedLoopTails {
    private DisplacedLoopTails() {}

    /**
     * 3.12-3.13: {@code then} walked the then-branch [.., f) of test e; it ends with a try whose body (and
     * else) leaves and whose clauses leave or go on to the copy of the loop's test laid out past the
     * handlers, read as continues ({@link Walker#testCopyContinues}). Only falling off the loop's body goes
     * there, so the if statement ends the body and the code from f is its else clause: emits {@code if e:
     * A else: B} without those continues and returns where the walk goes on, or -1.
     */
    static int ifElse(Walker w, Expr e, Lifter then, int f, int to, Lifter l, Region r) {
        List<Stmt> out = then.out;
        if (r.loop() == null || f >= to || out.isEmpty() || !(out.get(out.size() - 1) instanceof Stmt.Try t)
                || !t.finalbody().isEmpty() || !ExceptClauses.leaves(t.orelse().isEmpty() ? t.body() : t.orelse())) {
            return -1;
        }
        List<Stmt.ExceptHandler> clauses = new ArrayList<>();
        boolean continues = false;
        for (Stmt.ExceptHandler h : t.handlers()) {
            List<Stmt> b = h.body();
            if (!b.isEmpty() && b.get(b.size() - 1) instanceof Stmt.Continue c && w.testCopyContinues.contains(c)) {
                continues = true;
                b = b.size() == 1 ? List.of(new Stmt.Pass()) : b.subList(0, b.size() - 1);
            } else if (!ExceptClauses.leaves(b)) {
                return -1;
            }
            clauses.add(new Stmt.ExceptHandler(h.type(), h.name(), b));
        }
        if (!continues) {
            return -1;
        }
        Lifter other = l.fork();
        w.walk(f, to, other, r, -1);
        List<Stmt> orelse = new ArrayList<>(other.out);
        boolean fallsIntoExit = to == r.loop().exit() && !ExceptClauses.leaves(orelse);
        if (fallsIntoExit) {
            orelse.add(new Stmt.Break());      // the else falls into the loop's exit, the break the loop places
        }
        List<Stmt> body = new ArrayList<>(out.subList(0, out.size() - 1));
        body.add(new Stmt.Try(t.body(), clauses, t.orelse(), t.finalbody(), t.star()));
        Stmt.If made = new Stmt.If(e, body, orelse);
        if (fallsIntoExit) {
            w.fallenBreakElses.add(made);
        }
        l.emit(made);
        return to;
    }

    /**
     * True when the body's last instruction (before the exit f) is a copy of the exit's jump, on the
     * line of the loop's test at condStart (3.14 copies an exit jump without a line for each way in).
     */
    static boolean exitCopyBefore(Walker w, int condStart, int f) {
        if (f >= w.code.size()) {
            return false;
        }
        Op last = w.code.op(f - 1);
        Op exit = w.code.op(f);
        return last.is("JUMP_BACKWARD") && exit.isUnconditionalJump() && last.target() == exit.target()
                && last.line() == exit.line() && last.line() == w.code.op(condStart).line();
    }

    /**
     * 3.12+: when only except clauses fall off the end of a while loop's body, the copy of the loop's test
     * that ends the body is cold code, laid out after the handlers: its instructions (the test's, with
     * jumps back to the body start b, to the exit f or within the copy) jump back to b. Returns the copy's
     * range {start, end}, or null. A jump to its start is the end of the body: the region's body reaches
     * past it, so that jump is not a break.
     */
    static int[] displacedCopy(Walker w, int condStart, int b, int f) {
        return displacedCopy(w, condStart, b, f, -1);
    }

    /**
     * {@link #displacedCopy}, where a jump back to {@code threaded} (when not -1: the enclosing loop's head,
     * which the test's exit jump goes back to, threaded through the loop's exit) leaves the loop as one to f does.
     */
    static int[] displacedCopy(Walker w, int condStart, int b, int f, int threaded) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14)) {
            return null;
        }
        // (a copy falling on from the straight code before it, not a jump target, when that code is no straight
        // tail, displacedTailCopy: the end of the code after a try whose body returns, holding statements)
        int[] tail = tailCopy(w, condStart, b, f);
        boolean fallenCopy = tail == null;
        int structuredCopy = tail != null && tail[3] == 1 ? tail[1] : -1;
        for (int q = f; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (op.target() != b || !w.reachable.get(q)) {
                continue;
            }
            for (int x = q; x > f; x--) {
                int end = w.jumpTargets.get(x) || fallenCopy && fallenInto(w, x) ? displacedCopyEnd(w, condStart, b, f, x, threaded) : -1;
                if (end > q) {
                    // (the copy ending a tail of statements with jumps of their own to it: that tail's, read with it)
                    return x == structuredCopy ? null : new int[] {x, end};
                }
            }
        }
        return null;
    }

    /** True when the instruction before x, reachable, falls into it (the end of a block's straight code). */
    private static boolean fallenInto(Walker w, int x) {
        Op before = w.code.op(x - 1);
        return w.reachable.get(x - 1) && !before.isUnconditionalJump() && !before.isTerminal();
    }

    /**
     * 3.12-3.13: when only except clauses (or a with's suppressing path: {@link #withTail}) reach the end of
     * a while loop's body, that end and the copy of the loop's test after it are laid out after the handlers
     * (see {@link #displacedCopy}, where the copy is all there is). Returns {start, the copy's start, the copy's end} when the tail that the clauses
     * go on at is straight-line code followed by the copy (or holds statements with jumps of their own:
     * {@link #structuredTailCopy}), or null.
     */
    static int[] displacedTailCopy(Walker w, int condStart, int b, int f) {
        int[] tail = tailCopy(w, condStart, b, f);
        return tail == null ? null : java.util.Arrays.copyOf(tail, 3);
    }

    /** {@link #displacedTailCopy}'s three figures and a fourth: 1 when {@link #structuredTailCopy} read the tail, else 0. */
    private static int[] tailCopy(Walker w, int condStart, int b, int f) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14)) {
            return null;
        }
        int[] tail = ForLoops.displacedTail(w, b, f);
        if (tail == null) {
            tail = withTail(w, b, f);
        }
        if (tail == null) {
            return null;
        }
        for (int c = tail[0] + 1; c < tail[1]; c++) {
            Op op = w.code.op(c - 1);
            if (overHandlers(w, c - 1) && op.target() < tail[1]) {
                // a finally's, after the copy of its body on the normal exit of the try the tail starts
                // with (`try: x(); break / except E: pass / finally: t()`)
                c = op.target();
            } else if (op.target() >= 0 || op.isTerminal() || w.jumpTargets.get(c)) {
                break;                         // (not straight code: maybe statements of its own)
            }
            int end = displacedCopyEnd(w, condStart, b, f, c);
            if (end >= tail[1]) {
                return new int[] {tail[0], c, end, 0};
            }
        }
        return structuredTailCopy(w, condStart, b, f, tail);
    }

    /**
     * {@link #displacedTailCopy} when the tail holds statements of its own with jumps (a loop, an if): every
     * jump in [tail start, c) goes to [tail start, c], where c starts the copy of the loop's test, and no jump
     * from elsewhere enters it past its start. Returns {start, c, the copy's end, 1}, or null.
     */
    private static int[] structuredTailCopy(Walker w, int condStart, int b, int f, int[] tail) {
        for (int c = tail[0] + 1; c < tail[1]; c++) {
            Op op = w.code.op(c - 1);
            if (op.target() >= 0 && (op.target() < tail[0] || op.target() > tail[1]) || op.is("PUSH_EXC_INFO")) {
                return null;
            }
            if (!w.jumpTargets.get(c) || displacedCopyEnd(w, condStart, b, f, c) < tail[1]) {
                continue;
            }
            boolean closed = false;                  // (straight code jumping nowhere is displacedTailCopy's)
            for (int k = tail[0]; k < c; k++) {
                closed |= w.code.op(k).target() >= 0;
            }
            for (Op q : w.code.ops()) {
                int k = q.index();
                int t = q.target();
                closed &= k >= tail[0] && k < c ? t < 0 || t >= tail[0] && t <= c : t <= tail[0] || t > c;
            }
            if (closed) {
                return new int[] {tail[0], c, displacedCopyEnd(w, condStart, b, f, c), 1};
            }
        }
        return null;
    }

    /**
     * True when the instruction at q is a JUMP_FORWARD, the only way to its target, over code only
     * handlers reach: cold code going on past the handlers laid out after it.
     */
    static boolean overHandlers(Walker w, int q) {
        Op op = w.code.op(q);
        int t = op.target();
        return op.is("JUMP_FORWARD") && t > q + 1 && w.onlyHandlerCode(q + 1, t) && w.jumpsOnlyFrom(t, q, q + 1);
    }

    /**
     * True when the instruction at q is a JUMP_FORWARD right after a with's exit call (its normal exit, cold:
     * only clauses of a try ending its body reach it), over code only handlers reach, to the code after the
     * with, which only that jump and the with's suppressing path in between reach.
     */
    static boolean withExitOverHandlers(Walker w, int q) {
        Op op = w.code.op(q);
        int t = op.target();
        if (!op.is("JUMP_FORWARD") || t <= q + 1 || !w.onlyHandlerCode(q + 1, t) || !(q >= 5 && Tries.exitCall(w, q - 5) == q)) {
            return false;
        }
        for (Op o : w.code.ops()) {
            if (o.target() == t && o.index() != q && !(o.index() > q && o.index() < t && !w.normalFlow.get(o.index()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.14: the end of a while loop's body [b, f) that only a with's suppressing path reaches (the code
     * after a with whose body ends in break or continue) is laid out cold after that with's handler and
     * ends jumping back to the test at the top, in [lo, hi] (3.14 copies no test to the bottom): when no
     * other path of the body goes on, the loop's only jump back, out of normal flow. Returns that jump, or -1.
     */
    static int withTailBackInto(Walker w, int lo, int hi, int b, int f) {
        return withTailBackInto(w, lo, hi, b, f, -1);
    }

    /**
     * As {@link #withTailBackInto(Walker, int, int, int, int)}, the first such jump, or {@code back} when it
     * is one of them: a with nested in another suppresses through a copy of the outer with's exit call
     * after its handler, reached only from there, which jumps back too (rich seed 98 f96).
     */
    static int withTailBackInto(Walker w, int lo, int hi, int b, int f, int back) {
        if (!w.env.atLeast(3, 14)) {
            return -1;
        }
        int first = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < b || h.start() >= f || h.target() < f || Handlers.kind(w.code, h.target()) != Handlers.Kind.WITH) {
                continue;
            }
            int start = WithSuppressedPaths.suppressedAfter(w, h.target());
            if (start >= lo && start <= hi) {
                // (no code after the with: its suppressing path itself jumps back to the test)
                int jump = suppressingJumpBack(w, h.target(), start);
                if (jump >= 0 && (back < 0 || jump == back)) {
                    return jump;
                }
                first = first < 0 ? jump : first;
                continue;
            }
            boolean throughExitCopy = back >= 0 && w.normalFlow.get(start) && !w.fallenInto(start)
                    && w.jumpsOnlyFrom(start, h.target(), ExceptClauses.handlerAreaEnd(w, h.target()));
            if (start <= h.target() || w.normalFlow.get(start) && !throughExitCopy) {
                continue;
            }
            for (int q = start; q < w.code.size(); q++) {
                Op op = w.code.op(q);
                if (op.is("JUMP_BACKWARD") && op.target() >= lo && op.target() <= hi && w.reachable.get(q)) {
                    if (back < 0 || q == back) {
                        return q;
                    }
                    first = first < 0 ? q : first;
                    break;
                }
                if (op.is("PUSH_EXC_INFO") || op.isTerminal()) {
                    break;
                }
            }
        }
        return back < 0 ? first : -1;
    }

    /** The JUMP_BACKWARD to t ending the suppressing path of the with whose handler is at {@code handler}, or -1. */
    static int suppressingJumpBack(Walker w, int handler, int t) {
        int end = ExceptClauses.handlerAreaEnd(w, handler);
        for (int q = handler; q < end; q++) {
            Op op = w.code.op(q);
            if (op.is("JUMP_BACKWARD") && op.target() == t && w.reachable.get(q) && w.code.op(q - 1).is("POP_TOP")) {
                return q;
            }
        }
        return -1;
    }

    /**
     * 3.12-3.13: the end of a while loop's body [b, f) that only a with's suppressing path reaches (the code
     * after a with whose body ends in break or continue) is laid out cold after that with's handler, falling
     * into the copy of the loop's test, which jumps back to b: the loop's only jump back, out of normal flow.
     * Returns {its start, past that jump back}, or null.
     */
    static int[] withTail(Walker w, int b, int f) {
        int start = Integer.MAX_VALUE;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < b || h.start() >= f || h.target() < f || Handlers.kind(w.code, h.target()) != Handlers.Kind.WITH) {
                continue;
            }
            int t = WithSuppressedPaths.suppressedAfter(w, h.target());
            if (t > h.target() && t < start) {
                start = t;
            }
        }
        if (start == Integer.MAX_VALUE || w.normalFlow.get(start)) {
            return null;
        }
        for (int q = start; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (op.is("JUMP_BACKWARD") && op.target() == b) {
                return w.reachable.get(q) ? new int[] {start, q + 1} : null;
            }
            if (op.is("JUMP_BACKWARD") && op.target() == f && q > start && w.code.op(q - 1).isConditionalJump()
                    && w.code.op(q - 1).target() == q + 1) {
                continue;                      // (a test of the copy, `while a and b`, inverted over its jump to the exit)
            }
            if (op.is("PUSH_EXC_INFO") || op.isTerminal()) {
                return null;                   // (the first jump back to b ends the straight code from start)
            }
        }
        return null;
    }

    /** The end of the copy of the test [condStart, b) starting at x (see {@link #displacedCopy}), or -1. */
    static int displacedCopyEnd(Walker w, int condStart, int b, int f, int x) {
        return displacedCopyEnd(w, condStart, b, f, x, -1);
    }

    /** {@link Walker#copiedExitLength} of the copy at t, past its line NOPs (3.13: the return's line), or 0. */
    private static int exitCopyLength(Walker w, int t, int f) {
        int s = Tries.skipNops(w, t);
        int n = w.copiedExitLength(s, f);
        return n > 0 ? s - t + n : 0;
    }

    /** {@link #displacedCopyEnd}; a jump back to {@code threaded} (when not -1) leaves the loop (see {@link #displacedCopy}). */
    private static int displacedCopyEnd(Walker w, int condStart, int b, int f, int x, int threaded) {
        List<Op> test = new ArrayList<>();
        for (int k = condStart; k < b; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == b) {
                break;                         // (a chained comparison's cleanup after it, and a copy of the exit)
            }
            if (Loops.counts(w.code.op(k))) {
                test.add(w.code.op(k));
            }
        }
        int n = 0;
        int furthest = x;
        java.util.TreeSet<Integer> exitCopies = new java.util.TreeSet<>();
        boolean back = false;
        boolean out = false;
        for (int k = x; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (exitCopies.contains(k) && furthest > k) {
                // (a copy of the exit before a chained comparison's cleanup, which the copy's first test jumps
                // to: POP_TOP and a jump to the exit)
                k += exitCopyLength(w, k, f) - 1;
                continue;
            }
            if (op.is("POP_TOP") && n == test.size() && k + 1 < w.code.size() && w.code.op(k + 1).isUnconditionalJump()) {
                continue;                      // (that cleanup)
            }
            if (Loops.counts(op)) {
                if (n >= test.size() || !op.sameAs(test.get(n++))) {
                    return -1;
                }
            } else if (op.isConditionalJump() || op.isUnconditionalJump()) {
                int t = op.target();
                if (t == b) {
                    back = true;
                } else if (t == f || threaded >= 0 && t == threaded && op.is("JUMP_BACKWARD")
                        || t < k && exitCopyLength(w, t, f) > 0
                        && (Branches.sameHandler(w, t, condStart) || Branches.sameHandler(w, t, f))) {
                    // (or to a copy of the small exit block, a return, laid out elsewhere in the same handler;
                    // past a try around the loop, the exit's own: outside its range, with the exit)
                    out = true;
                } else if (t > k && exitCopyLength(w, t, f) > 0) {
                    out = true;                // (3.13: or to its copies, one per test, laid out right after the copy's jump back)
                    exitCopies.add(t);
                } else if (t > k) {
                    furthest = Math.max(furthest, t);
                } else {
                    return -1;
                }
                if (op.isUnconditionalJump() && n == test.size() && furthest <= k) {
                    int end = k + 1;
                    while (exitCopies.contains(end)) {
                        end += exitCopyLength(w, end, f);
                    }
                    return back && out && (exitCopies.isEmpty() || exitCopies.last() < end) ? end : -1;
                }
            } else if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }
}
