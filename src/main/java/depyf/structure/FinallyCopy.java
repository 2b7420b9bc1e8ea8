package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy of a finally body that the compiler lays out on a path leaving the try body (its normal exit, a
 * return, break or continue), recognised by walking it in lock-step with the handler's own copy: same
 * instructions along every branch, where the handler's copy leaves the body (its RERAISE, a branch the
 * compiler duplicated into a RERAISE of its own, or a jump to one) the copy reaches its end. Unlike a straight comparison
 * this accepts copies whose exits the compiler laid out differently (a branch of {@code if t: h()} jumps
 * to the code after the copy, in the handler to a second RERAISE).
 */
final class FinallyCopy {
    private FinallyCopy() {}

    /**
     * The index where the copy of finally handler {@code handler}'s body starting at b ends (the first
     * instruction after it, where the path goes on), or -1 when the code at b is not such a copy.
     */
    static int end(Walker w, int handler, int b) {
        return end(w, handler, b, null);
    }

    /**
     * True when every end but c is a jump to c: the copy's branches jump over the handler to the code after
     * the copy, no duplicated exit block.
     */
    private static boolean allJumpTo(Walker w, java.util.Set<Integer> ends, int c) {
        for (int e : ends) {
            Op op = w.code.op(e);
            if (e != c && !(op.isUnconditionalJump() && Tries.skipNops(w, op.target()) == c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the copy at k of the body of the first finally handler laid out past k goes on, when it ends in
     * a jump (3.12+ lay the normal exit's copy out cold, after the handlers of the statements in the try
     * body, a with's suppressing path reaching it): that jump's target; -1 when k holds no such copy.
     */
    static int coldCopyTarget(Walker w, int k) {
        int jump = pastColdCopy(w, k);
        return jump >= 0 && w.code.op(jump).isUnconditionalJump() ? w.code.op(jump).target() : -1;
    }

    /** The first finally handler laid out past k (its PUSH_EXC_INFO), or -1. */
    private static int finallyHandlerPast(Walker w, int k) {
        for (int h = k + 1; k >= 0 && h < w.code.size(); h++) {
            if (w.code.op(h).is("PUSH_EXC_INFO") && Handlers.kind(w.code, h) == Handlers.Kind.FINALLY) {
                return h;
            }
        }
        return -1;
    }

    /**
     * Where the code at k ends when it is a copy of the body of the first finally handler laid out past k
     * followed by a copy of the small exit block at {@code exit} (3.12+: the normal exit's copy laid out
     * cold, a with's suppressing path reaching it, then the code after the statement, duplicated there as
     * it ends in a return); -1 when it is not.
     */
    static int copyThenExitCopy(Walker w, int k, int exit) {
        return exit >= 0 ? exitCopyEnd(w, pastColdCopy(w, k), exit) : -1;
    }

    /**
     * Where the code at k goes on past a copy of the body of the first finally handler laid out past k
     * (NOPs skipped), when that is still before the handler; -1 when k holds no such copy.
     */
    static int pastColdCopy(Walker w, int k) {
        int h = finallyHandlerPast(w, k);
        int end = h > 0 ? end(w, h, k) : -1;
        int at = end > k ? Tries.skipNops(w, end) : -1;
        return at < h ? at : -1;
    }

    /** Where the copy at {@code at} of the small exit block at {@code exit} ends, or -1 ({@link #copyThenExitCopy}). */
    static int exitCopyEnd(Walker w, int at, int exit) {
        int n = at >= 0 && at != Tries.skipNops(w, exit) ? w.copiedExitLength(at, exit) : 0;
        return n > 0 ? at + n : -1;
    }

    /**
     * Marks dead the code of the copy at b that lies past its end: the handlers nested in the finally body,
     * which 3.12+ lay out after the copy with the other cold blocks (walked on, their jump back into the
     * copy would be code after the statement). Call once the copy is taken as one.
     */
    static void markLaidOut(Walker w, int handler, int b) {
        laidOut(w, handler, b, w.dead);
    }

    /** Adds to {@code into} the code of the copy at b laid out past its end (see {@link #markLaidOut}). */
    static void laidOut(Walker w, int handler, int b, java.util.BitSet into) {
        java.util.BitSet laidOut = new java.util.BitSet();
        if (end(w, handler, b, laidOut) > b) {
            into.or(laidOut);
        }
    }

    private static int end(Walker w, int handler, int b, java.util.BitSet laidOut) {
        int n = TryFinally.finallyLength(w, handler);
        if (n <= 0 || b < 0 || b >= w.code.size()) {
            return n == 0 && Handlers.kind(w.code, handler) == Handlers.Kind.FINALLY ? b : -1;
        }
        int first = handler + 1;
        int last = handler + 1 + n;                    // the handler's final RERAISE
        Code.Handler cleanupOf = w.code.handlerAt(handler);
        int exitsEnd = cleanupOf == null ? last : TryFinally.exitsPast(w, last, cleanupOf.target());
        Map<Integer, Integer> pairs = new HashMap<>();
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {first, b, 0});
        int end = -1;
        java.util.TreeMap<Integer, Integer> ends = new java.util.TreeMap<>();   // skipNops(y) -> the least y
        Code.Handler ownHandler = w.code.handlerAt(handler);
        int ownCleanup = ownHandler == null ? -1 : ownHandler.target();
        java.util.Set<Integer> handled = new java.util.HashSet<>();   // y reached through a nested handler
        java.util.List<Integer> handlerEnds = new java.util.ArrayList<>();
        java.util.Set<Integer> normal = new java.util.HashSet<>();    // x walked in the normal flow
        java.util.Set<Integer> overHandlers = new java.util.HashSet<>();   // y jumping over an inline handler
        while (!work.isEmpty()) {
            int[] p = work.pop();
            int x = p[0];
            int y = p[1];
            boolean viaHandler = (p[2] & 1) != 0;
            boolean unwound = (p[2] & 2) != 0;        // past the handler's copy dropping its exception
            while (x < last && w.code.op(x).is("NOP")) {
                x++;
            }
            if (x <= handler || x > last && x >= exitsEnd || y >= w.code.size()) {
                return -1;                             // a jump out of the finally body (break, continue)
            }
            Op atX = w.code.op(x);
            if (viaHandler && endsBody(w, x, ownCleanup)) {
                handlerEnds.add(y);                    // a nested clause leaving the body: checked below
                continue;
            }
            if (!viaHandler && (atX.is("RERAISE") || atX.isUnconditionalJump() && atX.target() > x
                    && w.code.op(Tries.skipNops(w, atX.target())).is("RERAISE"))) {
                // the handler's copy ends here; so does this copy (line-number NOPs aside), or the exit
                // after the copy, duplicated into this branch
                ends.merge(Tries.skipNops(w, y), y, Math::min);
                continue;
            }
            while (y < w.code.size() && w.code.op(y).is("NOP")) {
                y++;
            }
            if (y >= w.code.size()) {
                return -1;
            }
            Integer seen = pairs.get(x);
            if (seen != null) {
                if (seen != y) {
                    return -1;
                }
                if (viaHandler || !normal.add(x)) {
                    continue;                          // (first reached from a handler: walked on normally now)
                }
            } else if (!viaHandler) {
                normal.add(x);
            }
            pairs.put(x, y);
            if (viaHandler || unwound) {
                handled.add(y);                        // (a break's exit may lie past the copy's end: 3.12)
            }
            Op ox = w.code.op(x);
            Op oy = w.code.op(y);
            if (!w.reachable.get(y)) {
                return -1;
            }
            int unwind = unwindLength(w, x, Math.max(last, exitsEnd));
            if (unwind > 0 && (!Tries.sameOps(w, x, y, unwind)
                    || unwinds(w, x, Math.max(last, exitsEnd)) > unwinds(w, y, w.code.size()))) {
                // the handler's copy drops the exception on a way out of the body (a return, break,
                // continue): the copy on a path from the body has none to drop (the same instructions in
                // both are a nested bare except clause's end)
                pairs.remove(x);
                work.push(new int[] {x + unwind, y, p[2] | 2});
                continue;
            }
            if (!ox.sameAs(oy) && !inverse(ox, oy) && !(ox.is("YIELD_VALUE") && oy.is("YIELD_VALUE"))) {
                // (an await's YIELD_VALUE counts the stack below it, one more in the handler's copy)
                // one copy pairs two local loads or stores into one superinstruction (3.13+), the other not
                if (x + 1 < last && pairs(oy, ox, w.code.op(x + 1))) {
                    work.push(new int[] {x + 2, y + 1, p[2]});
                    continue;
                }
                if (y + 1 < w.code.size() && pairs(ox, oy, w.code.op(y + 1))) {
                    pairs.put(x, y + 1);               // both halves are copied
                    pairs.put(-x - 1, y);
                    work.push(new int[] {x + 1, y + 2, p[2]});
                    continue;
                }
                if (ox.isUnconditionalJump() && ox.target() > x && oy.target() < 0 && !oy.isTerminal()) {
                    // the handler's copy jumps over a nested handler laid out inline (a break out of a
                    // loop's try), where the copy, its handlers moved past its end, falls through
                    pairs.remove(x);
                    work.push(new int[] {ox.target(), y, p[2]});
                    continue;
                }
                if (oy.isUnconditionalJump() && oy.target() > y + 1 && ox.target() < 0 && !ox.isTerminal()
                        && w.onlyHandlerCode(y + 1, oy.target())) {
                    // the other way round: this copy (inside a finally handler's copy, 3.13+) jumps over a
                    // nested handler laid out inline where the handler's copy, its handlers moved past its
                    // end, falls through
                    pairs.remove(x);
                    overHandlers.add(y);
                    work.push(new int[] {x, oy.target(), p[2]});
                    continue;
                }
                if (ox.isUnconditionalJump() && oy.isUnconditionalJump() && ox.target() > x
                        && w.code.op(ox.target()).isUnconditionalJump() && !w.code.op(oy.target()).isUnconditionalJump()) {
                    // the handler's copy jumps forward to a lone jump where the copy takes that jump
                    // straight (a loop's jump back after a nested `finally: pass`, 3.12+)
                    pairs.remove(x);
                    work.push(new int[] {ox.target(), y, p[2]});
                    continue;
                }
                if (ox.isUnconditionalJump() && oy.isUnconditionalJump()) {
                    // one copy jumps forward where the other jumps back: 3.12+ lay a nested clause out past
                    // a copy ending in a return (its exit jumps back into the copy), inline in the other
                    work.push(new int[] {ox.target(), oy.target(), p[2]});
                    continue;
                }
                if (viaHandler && oy.isUnconditionalJump() && ox.target() < 0 && !ox.isTerminal()) {
                    // the other way round: the copy's handler, laid out apart, jumps back to where the
                    // handler's copy falls through (an await's CLEANUP_THROW into its END_SEND)
                    pairs.remove(x);
                    work.push(new int[] {x, oy.target(), 1});
                    continue;
                }
                return -1;
            }
            Code.Handler hx = w.code.handlerAt(x);
            if (hx != null && hx.target() != ownCleanup && hx.target() > x && !enclosingBoth(w, hx, y, ownCleanup)) {
                // a handler nested in the finally body: the copy's own handler (3.12+ lay it out after the
                // copy's end, with the other cold blocks) is walked in lock-step too
                Code.Handler hy = w.code.handlerAt(y);
                if (hy == null || hy.target() <= y || hy.lasti() != hx.lasti()) {
                    return -1;
                }
                work.push(new int[] {hx.target(), hy.target(), 1});
            }
            int m = p[2];
            if (inverse(ox, oy)) {
                // the copy tests the other way round (its exit is a jump back: the compiler inverted it)
                work.push(new int[] {ox.target(), y + 1, m});
                work.push(new int[] {x + 1, oy.target(), m});
                continue;
            }
            if (ox.isUnconditionalJump() && (ox.target() <= handler || ox.target() > last && ox.target() >= exitsEnd) && ox.target() == oy.target()) {
                continue;                              // both leave the body for the same place: a break, a continue
            }
            if (ox.isUnconditionalJump()) {
                work.push(new int[] {ox.target(), oy.target(), m});
            } else if (ox.target() >= 0) {
                work.push(new int[] {ox.target(), oy.target(), m});
                work.push(new int[] {x + 1, y + 1, m});
            } else if (!ox.isTerminal()) {
                work.push(new int[] {x + 1, y + 1, m});
            }
        }
        if (ends.isEmpty()) {
            return -1;
        }
        // one end, or several: the exit after the copy (a return, or a continue's jump), duplicated by the
        // compiler into branches of the copy (3.11: `return CONST` after `if a or b and c: ...`, three
        // times); all must be the same. The copy ends at the last one, where the walk goes on; the earlier
        // ones lie inside it
        java.util.BitSet innerExits = new java.util.BitSet();
        int c = ends.lastKey();
        int goesOn = c;                        // where the copy's branches all go on
        if (w.env.atLeast(3, 12) && b < handler && c > handler && ends.lowerKey(handler) != null && allJumpTo(w, ends.keySet(), c)) {
            // every branch jumps over the handler to the code after the copy (`if a and b: ...` ending the
            // finally body: the handler's copy reraises at a few places; seed 98 f232): the copy ends at the
            // last such jump before the handler, which the walk reads
            c = ends.lowerKey(handler);
        } else if (w.env.atLeast(3, 12) && b < handler && c > handler && ends.lowerKey(handler) != null) {
            // 3.12+ lay the duplicates of the small exit block after the copy (a return: the code after the
            // statement, copied into each branch of `if a and b: pass` ending the finally body) out past the
            // handler, with the cold blocks: the copy ends at the last one before it (seed 48 f126)
            int before = ends.lowerKey(handler);
            int len = exitLength(w, before);
            for (int cold : ends.tailMap(handler).keySet()) {
                if (len <= 0 || exitLength(w, cold) != len || !Tries.sameOps(w, before, cold, len)) {
                    return -1;
                }
            }
            c = before;
        }
        end = ends.get(c);
        for (int inner : ends.headMap(c).keySet()) {
            Op a = w.code.op(inner);
            if (a.isUnconditionalJump() && a.target() > inner && Tries.skipNops(w, a.target()) == Tries.skipNops(w, goesOn)) {
                innerExits.set(inner);         // another branch's jump there (an if's then-branch past its elif)
                continue;
            }
            int innerLength = a.isUnconditionalJump() && w.code.op(c).is(a.name()) && w.code.op(c).target() == a.target()
                    ? 1 : exitLength(w, inner);
            if (innerLength <= 0) {
                innerLength = sameJumpingExit(w, inner, c);    // (3.13+: a for loop's break, its iterator's pop and jump)
            }
            if (innerLength <= 0 && jumpsToExitCopiedAt(w, inner, c)) {
                innerExits.set(inner);
                continue;
            }
            if (innerLength <= 0 || inner + innerLength > c || !Tries.sameOps(w, inner, c, innerLength)) {
                return -1;
            }
            innerExits.set(inner, inner + innerLength);
        }
        for (int y : handlerEnds) {
            // a nested clause's path out of the body goes on where the copy does: a jump there, or its own
            // copy of the exit block after the copy (a return)
            int k = Tries.skipNops(w, y);
            Op op = w.code.op(k);
            int at = Tries.skipNops(w, end);
            int len = exitLength(w, at);
            Op exit = w.code.op(at);
            boolean jumps = op.isUnconditionalJump() && (Tries.skipNops(w, op.target()) == at
                    || exit.is(op.name()) && exit.target() == op.target());   // the same jump (a continue)
            if (k == at) {
                continue;                              // back in the copy, at its own end
            }
            if (!jumps && (len <= 0 || !Tries.sameOps(w, at, k, len))) {
                return -1;
            }
            handled.add(k);
            for (int q = k; !jumps && q < k + len; q++) {
                handled.add(q);
            }
        }
        // the copy is contiguous: every instruction from b up to its end is one of the pairs
        java.util.Set<Integer> copied = new java.util.HashSet<>(pairs.values());
        copied.addAll(overHandlers);
        for (int k = b; k < end; k++) {
            if (!copied.contains(k) && !w.code.op(k).is("NOP") && !innerExits.get(k)) {
                return -1;
            }
        }
        for (int y : copied) {
            if (y >= end && !handled.contains(y)) {
                return -1;
            }
        }
        if (laidOut != null) {
            for (int y : handled) {
                if (y >= end) {
                    laidOut.set(y);
                }
            }
        }
        return end;
    }

    /**
     * True when x, reached through a handler nested in the finally body, is where the handler's copy of
     * the body ends: its own RERAISE 0 (not a nested clause's reraise or cleanup), or a jump to it.
     */
    private static boolean endsBody(Walker w, int x, int ownCleanup) {
        Op op = w.code.op(x);
        if (op.isUnconditionalJump() && op.target() > x) {
            x = Tries.skipNops(w, op.target());
            op = w.code.op(x);
        }
        Code.Handler h = w.code.handlerAt(x);
        return op.is("RERAISE") && op.arg() == 0 && h != null && h.target() == ownCleanup;
    }

    /**
     * The length of the unwinding at x in the handler's copy of a finally body, where a return, break or
     * continue leaves the finally clause: POP_TOP of the exception, then POP_EXCEPT (compile.c,
     * compiler_unwind_fblock, FINALLY_END), with SWAP 2 on each side of the POP_TOP when a return's value
     * waits above it; or 0.
     */
    static int unwindLength(Walker w, int x, int last) {
        int k = x;
        boolean swapped = k < last && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 2;
        if (swapped) {
            k++;
        }
        if (k >= last || !w.code.op(k).is("POP_TOP")) {
            return 0;
        }
        k++;
        if (swapped) {
            if (k >= last || !w.code.op(k).is("SWAP") || w.code.op(k).arg() != 2) {
                return 0;
            }
            k++;
        }
        return k < last && w.code.op(k).is("POP_EXCEPT") ? k + 1 - x : 0;
    }

    /**
     * How many unwindings ({@link #unwindLength}) follow each other from x: a return out of a finally
     * clause nested in another's handler copy drops both exceptions, the copy of the nested body on a
     * path from its try body one (3.11+: POP_TOP, POP_EXCEPT, twice against once).
     */
    private static int unwinds(Walker w, int x, int last) {
        int count = 0;
        for (int n = unwindLength(w, x, last); n > 0 && count < 8; n = unwindLength(w, x, last)) {
            x += n;
            count++;
        }
        return count;
    }

    /**
     * True when hx, x's handler, is the one around the finally handler's own cleanup and y has it too: both
     * copies lie in an enclosing finally's handler copy, and the instructions past their own unwinding (a
     * return dropping the enclosing finally's exception: POP_TOP, POP_EXCEPT) are protected by its cleanup,
     * not by a handler nested in the body.
     */
    private static boolean enclosingBoth(Walker w, Code.Handler hx, int y, int ownCleanup) {
        Code.Handler around = ownCleanup < 0 ? null : w.code.handlerAt(ownCleanup);
        Code.Handler hy = w.code.handlerAt(y);
        return around != null && hy != null && around.target() == hx.target() && hy.target() == hx.target();
    }

    /** True when a and b are the same test jumping on opposite outcomes. */
    private static boolean inverse(Op a, Op b) {
        return switch (a.name()) {
            case "POP_JUMP_IF_FALSE" -> b.is("POP_JUMP_IF_TRUE");
            case "POP_JUMP_IF_TRUE" -> b.is("POP_JUMP_IF_FALSE");
            case "POP_JUMP_IF_NONE" -> b.is("POP_JUMP_IF_NOT_NONE");
            case "POP_JUMP_IF_NOT_NONE" -> b.is("POP_JUMP_IF_NONE");
            default -> false;
        };
    }

    /** True when t is reached only by jumps from [from, to), not by falling into it. */
    static boolean onlyJumpsFrom(Walker w, int from, int to, int t) {
        return t > 0 && w.code.op(t - 1).isTerminal() && w.jumpsOnlyFrom(t, from, to);
    }

    /** True when superinstruction {@code pair} is {@code a} then {@code b}. */
    static boolean pairs(Op pair, Op a, Op b) {
        String[] halves = switch (pair.name()) {
            case "LOAD_FAST_LOAD_FAST" -> new String[] {"LOAD_FAST", "LOAD_FAST"};
            case "STORE_FAST_LOAD_FAST" -> new String[] {"STORE_FAST", "LOAD_FAST"};
            case "STORE_FAST_STORE_FAST" -> new String[] {"STORE_FAST", "STORE_FAST"};
            default -> null;
        };
        return halves != null && a.is(halves[0]) && b.is(halves[1])
                && a.arg() == pair.arg() >> 4 && b.arg() == (pair.arg() & 15);
    }

    /**
     * True when the inner end a of a copy is a lone jump to a small exit block (a few instructions ending in a
     * return or raise) of which the copy's last end c holds a copy under the same handler: both ways out go
     * on with the same code. 3.12 inline a small exit block into the branch falling into it
     * (flowgraph.c, inline_small_or_no_lineno_blocks) while a branch's jump threaded to it stays a jump: a
     * break through {@code finally: if c(): t()} to the raise after a while-else (fuzz_wrongb).
     */
    private static boolean jumpsToExitCopiedAt(Walker w, int a, int c) {
        Op op = w.code.op(a);
        if (!op.isUnconditionalJump() || !w.env.atLeast(3, 12)) {
            return false;
        }
        int t = Tries.skipNops(w, op.target());
        int n = t == c ? 0 : w.copiedExitLength(c, t);
        if (n <= 0) {
            return false;
        }
        for (int q = 0; q < n; q++) {
            if (!Branches.sameHandler(w, t + q, c + q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the straight-line block at a ending in an unconditional jump when the block at c is the
     * same, jumping to the same place (a jump's block without a line number, copied into each way in), or 0.
     */
    private static int sameJumpingExit(Walker w, int a, int c) {
        for (int n = 0; a + n < c && c + n < w.code.size() && n < 4; n++) {
            Op x = w.code.op(a + n);
            Op y = w.code.op(c + n);
            if (!x.sameAs(y)) {
                return 0;
            }
            if (x.isUnconditionalJump()) {
                return x.target() == y.target() ? n + 1 : 0;
            }
            if (x.target() >= 0 || x.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /** The length of the straight-line block at k ending in a return or raise, or 0. */
    static int exitLength(Walker w, int k) {
        for (int n = 0; k + n < w.code.size() && n < 12; n++) {
            Op op = w.code.op(k + n);
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return n + 1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }
}
