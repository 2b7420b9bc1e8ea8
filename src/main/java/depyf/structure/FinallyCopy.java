package depyf.structure;

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
        int n = Tries.finallyLength(w, handler);
        if (n <= 0 || b < 0 || b >= w.code.size()) {
            return n == 0 && Handlers.kind(w.code, handler) == Handlers.Kind.FINALLY ? b : -1;
        }
        int first = handler + 1;
        int last = handler + 1 + n;                    // the handler's final RERAISE
        Map<Integer, Integer> pairs = new HashMap<>();
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {first, b});
        int end = -1;
        int otherEnd = -1;
        while (!work.isEmpty()) {
            int[] p = work.pop();
            int x = p[0];
            int y = p[1];
            while (x < last && w.code.op(x).is("NOP")) {
                x++;
            }
            if (x <= handler || x > last || y >= w.code.size()) {
                return -1;                             // a jump out of the finally body (break, continue)
            }
            Op atX = w.code.op(x);
            if (atX.is("RERAISE") || atX.isUnconditionalJump() && atX.target() > x
                    && w.code.op(Tries.skipNops(w, atX.target())).is("RERAISE")) {
                // the handler's copy ends here; so does this copy (line-number NOPs aside)
                if (end < 0 || Tries.skipNops(w, end) == Tries.skipNops(w, y)) {
                    end = end < 0 ? y : Math.min(end, y);
                } else if (otherEnd < 0 || Tries.skipNops(w, otherEnd) == Tries.skipNops(w, y)) {
                    otherEnd = otherEnd < 0 ? y : Math.min(otherEnd, y);   // the exit after the copy, duplicated
                } else {
                    return -1;
                }
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
                continue;
            }
            pairs.put(x, y);
            Op ox = w.code.op(x);
            Op oy = w.code.op(y);
            if (!w.reachable.get(y)) {
                return -1;
            }
            if (!ox.sameAs(oy)) {
                // one copy pairs two local loads or stores into one superinstruction (3.13+), the other not
                if (x + 1 < last && pairs(oy, ox, w.code.op(x + 1))) {
                    work.push(new int[] {x + 2, y + 1});
                    continue;
                }
                if (y + 1 < w.code.size() && pairs(ox, oy, w.code.op(y + 1))) {
                    pairs.put(x, y + 1);               // both halves are copied
                    pairs.put(-x - 1, y);
                    work.push(new int[] {x + 1, y + 2});
                    continue;
                }
                return -1;
            }
            if (ox.isUnconditionalJump()) {
                work.push(new int[] {ox.target(), oy.target()});
            } else if (ox.target() >= 0) {
                work.push(new int[] {ox.target(), oy.target()});
                work.push(new int[] {x + 1, y + 1});
            } else if (!ox.isTerminal()) {
                work.push(new int[] {x + 1, y + 1});
            }
        }
        if (end < 0) {
            return -1;
        }
        if (otherEnd >= 0) {
            // two ends: both must be the same small exit block, the later one reached only by a jump
            int lo = Math.min(end, otherEnd);
            int a = Tries.skipNops(w, lo);
            int c = Tries.skipNops(w, Math.max(end, otherEnd));
            int len = exitLength(w, a);
            if (len <= 0 || a + len > c || !Tries.sameOps(w, a, c, len)) {
                return -1;
            }
            end = lo;
        }
        // the copy is contiguous: every instruction from b up to its end is one of the pairs
        java.util.Set<Integer> copied = new java.util.HashSet<>(pairs.values());
        for (int k = b; k < end; k++) {
            if (!copied.contains(k) && !w.code.op(k).is("NOP")) {
                return -1;
            }
        }
        for (int y : copied) {
            if (y >= end) {
                return -1;
            }
        }
        return end;
    }

    /** True when superinstruction {@code pair} is {@code a} then {@code b}. */
    private static boolean pairs(Op pair, Op a, Op b) {
        String[] halves = switch (pair.name()) {
            case "LOAD_FAST_LOAD_FAST" -> new String[] {"LOAD_FAST", "LOAD_FAST"};
            case "STORE_FAST_LOAD_FAST" -> new String[] {"STORE_FAST", "LOAD_FAST"};
            case "STORE_FAST_STORE_FAST" -> new String[] {"STORE_FAST", "STORE_FAST"};
            default -> null;
        };
        return halves != null && a.is(halves[0]) && b.is(halves[1])
                && a.arg() == pair.arg() >> 4 && b.arg() == (pair.arg() & 15);
    }

    /** The length of the straight-line block at k ending in a return or raise, or 0. */
    private static int exitLength(Walker w, int k) {
        for (int n = 0; k + n < w.code.size() && n < 12; n++) {
            Op op = w.code.op(k + n);
            if (op.is("RETURN_VALUE") || op.is("RETURN_CONST") || op.is("RAISE_VARARGS")) {
                return n + 1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }
}
