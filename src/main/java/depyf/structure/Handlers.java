package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/** What an exception handler is, read from its first instructions. */
final class Handlers {
    private Handlers() {}

    enum Kind { EXCEPT, FINALLY, WITH, CLEANUP }

    static Kind kind(Code code, int target) {
        if (target >= code.size() || !code.op(target).is("PUSH_EXC_INFO")) {
            return Kind.CLEANUP;
        }
        Op next = code.op(target + 1);
        if (next.is("WITH_EXCEPT_START")) {
            return Kind.WITH;
        }
        if (next.is("POP_TOP")) {
            return Kind.EXCEPT;
        }
        for (int k = target + 1; k < code.size(); k++) {
            Op op = code.op(k);
            if (op.is("CHECK_EXC_MATCH") || op.is("CHECK_EG_MATCH")) {
                return Kind.EXCEPT;
            }
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") || op.is("POP_TOP")) {
                break;
            }
        }
        return Kind.FINALLY;
    }

    /** True when the handler starts a statement of its own (try or with), not a cleanup of one. */
    static boolean opens(Code code, Code.Handler h) {
        return kind(code, h.target()) != Kind.CLEANUP;
    }

    /**
     * The outermost handler protecting instruction i that opens a statement not yet being structured
     * (a try/finally around a try/except starts at the same instruction: the finally comes first).
     */
    static Code.Handler outermostNew(Code code, int i, java.util.Set<Integer> owned) {
        Code.Handler best = null;
        Code.Handler h = code.handlerAt(i);
        for (int guard = 0; h != null && guard < 50; guard++) {
            if (owned.contains(h.target())) {
                break;
            }
            if (opens(code, h)) {
                best = h;
            }
            h = code.handlerAt(h.target());
        }
        return best;
    }

    /** True when some exception-table entry jumps to instruction k (an orphan's handler, of a try protecting nothing, has none). */
    static boolean targeted(Code code, int k) {
        for (Code.Handler h : code.handlers()) {
            if (h.target() == k) {
                return true;
            }
        }
        return false;
    }

    /** True when instruction k is protected by handler target {@code target}, directly or through nested handler code. */
    static boolean covers(Code code, int k, int target) {
        Code.Handler h = code.handlerAt(k);
        for (int guard = 0; h != null && guard < 50; guard++) {
            if (h.target() == target) {
                return true;
            }
            h = code.handlerAt(h.target());
        }
        return false;
    }

    /** The end of the last protected piece of handler target {@code target} (its range may come in pieces), or -1. */
    static int protectedEnd(Code code, int target) {
        int end = -1;
        for (Code.Handler h : code.handlers()) {
            if (h.target() == target) {
                end = Math.max(end, h.end());
            }
        }
        return end;
    }

    /**
     * Where the cleanup handler at k ends (past its RERAISE) when k is the target of a handler that opens
     * no statement and its code runs straight to that RERAISE (an except clause's name cleanup); or -1.
     */
    static int cleanupEnd(Code code, int k) {
        boolean target = code.handlers().stream().anyMatch(h -> h.target() == k);
        if (!target || kind(code, k) != Kind.CLEANUP) {
            return -1;
        }
        for (int q = k; q < code.size(); q++) {
            Op op = code.op(q);
            if (op.is("RERAISE")) {
                return q + 1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /** True when k is a statement's handler (PUSH_EXC_INFO) and every range it protects lies in [from, to). */
    static boolean protectsOnly(Code code, int k, int from, int to) {
        return protectsOnly(code, k, from, to, null);
    }

    /**
     * {@link #protectsOnly(Code, int, int, int)} counting only the ranges that start in {@code starts}
     * (null: all of them).
     */
    static boolean protectsOnly(Code code, int k, int from, int to, java.util.BitSet starts) {
        if (k >= code.size() || !code.op(k).is("PUSH_EXC_INFO")) {
            return false;
        }
        boolean any = false;
        for (Code.Handler h : code.handlers()) {
            if (h.target() == k && (starts == null || starts.get(h.start()))) {
                if (h.start() < from || h.end() > to) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
