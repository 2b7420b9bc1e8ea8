package depyf.lift;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What 3.14's LOAD_FAST_BORROW tells about the compiler's basic blocks. optimize_load_fast (flowgraph.c)
 * visits the blocks from the entry through jumps and fall-through, but not past an empty block (a try
 * body without else ends with one: its POP_BLOCK and the jump to the code after the statement are both
 * removed) and not into exception handlers; in each block it visits it borrows every load whose value
 * the block consumes, unless the local is stored to first or the value is stored in a local. So a
 * straight run of code holding a borrowed load was visited, and one holding a plain load whose value
 * the run consumes was not.
 */
public final class Borrows {
    private Borrows() {}

    /** A value on the simulated stack: the load that pushed it (or -1) and the local it reads (or null). */
    private record Ref(int load, String local) {}

    /**
     * Whether the analysis visited the straight run of code from {@code from} (up to the next jump, exit,
     * jump target or end of an exception range, and before {@code to}): true or false when the run says
     * so, null when it holds no evidence (or the code predates 3.14). The run must not continue a block
     * that started earlier (an arm of a conditional expression falls into the code after it).
     */
    public static Boolean visited(Code code, int from, int to) {
        if (!code.version().atLeast(3, 14)) {
            return null;
        }
        int end = runEnd(code, from, to);
        for (int k = from; k < end; k++) {
            if (code.borrowedLoad(k)) {
                return true;
            }
        }
        return consumedStrongLoad(code, from, end) ? false : null;
    }

    /** The end of the straight run from {@code from}: the next jump or exit, jump target or end of an exception range. */
    private static int runEnd(Code code, int from, int to) {
        int end = from;
        while (end < Math.min(to, code.size()) && (end == from || !code.isJumpTarget(end))
                && (end == from || code.handlerIndexAt(end) == code.handlerIndexAt(end - 1) || entersTry(code, end))) {
            Op op = code.op(end++);
            if (op.target() >= 0 || op.isTerminal()) {
                break;
            }
        }
        return end;
    }

    /**
     * The instructions 3.14's analysis visited, as far as the code shows: reached from the entry through
     * jumps and fall-through, not into exception handlers nor into a run whose plain loads say it was not
     * visited, and out of a try body with except clauses (where an empty block may lie) only into a run
     * whose borrowed loads say it was. Empty before 3.14.
     */
    public static BitSet reached(Code code) {
        if (code.reached != null) {
            return code.reached;
        }
        BitSet seen = new BitSet();
        java.util.Deque<Integer> work = new java.util.ArrayDeque<>();
        if (code.version().atLeast(3, 14) && code.size() > 0) {
            work.push(0);
        }
        while (!work.isEmpty()) {
            int s = work.pop();
            if (s >= code.size() || seen.get(s) || visited(code, s, code.size()) == Boolean.FALSE) {
                continue;
            }
            int end = runEnd(code, s, code.size());
            seen.set(s, end);
            Op last = code.op(end - 1);
            if (last.target() >= 0) {
                work.push(last.target());
            }
            if (!last.isTerminal() && end < code.size()
                    && (!leavesExceptBody(code, end) || visited(code, end, code.size()) == Boolean.TRUE)) {
                work.push(end);
            }
        }
        code.reached = seen;
        return seen;
    }

    /** Falling through to i leaves a range whose handler has except clauses. */
    private static boolean leavesExceptBody(Code code, int i) {
        Code.Handler h = code.handlerAt(i - 1);
        if (h == null || code.handlerIndexAt(i) == code.handlerIndexAt(i - 1)) {
            return false;
        }
        int t = h.target();
        if (t + 1 >= code.size() || !code.op(t).is("PUSH_EXC_INFO")) {
            return false;
        }
        if (code.op(t + 1).is("POP_TOP")) {
            return true;                        // a bare except
        }
        for (int k = t + 1; k < code.size() && k < t + 8; k++) {
            Op op = code.op(k);
            if (op.is("CHECK_EXC_MATCH") || op.is("CHECK_EG_MATCH")) {
                return true;
            }
            if (op.target() >= 0 || op.isTerminal() || op.is("WITH_EXCEPT_START")) {
                return false;
            }
        }
        return false;
    }

    /**
     * 3.14: some straight run in [from, to) holds a plain load whose value it consumes: part of that code
     * lies past a block the analysis did not visit (an empty block may also fall in the middle of a run).
     */
    public static boolean anyPlainConsumed(Code code, int from, int to) {
        if (!code.version().atLeast(3, 14)) {
            return false;
        }
        for (int k = from; k < Math.min(to, code.size()); ) {
            int end = runEnd(code, k, to);
            if (consumedStrongLoad(code, k, end)) {
                return true;
            }
            k = Math.max(end, k + 1);
        }
        return false;
    }

    /**
     * 3.14: where the code visited from {@code from} may end, when plain loads say the code after it was
     * not: {lo, hi}, hi the first plain load in [from, to) whose value its straight run consumes, lo just
     * past the last borrowed load before it. Null when no load says so (no plain load consumed, or no
     * borrowed one before it), or before 3.14.
     */
    public static int[] visitedEnd(Code code, int from, int to) {
        if (!code.version().atLeast(3, 14)) {
            return null;
        }
        for (int k = from; k < Math.min(to, code.size()); ) {
            int end = runEnd(code, k, to);
            int plain = firstConsumedStrongLoad(code, k, end);
            if (plain >= 0) {
                for (int b = plain - 1; b >= from; b--) {
                    if (code.borrowedLoad(b)) {
                        return new int[] {b + 1, plain};
                    }
                }
                return null;
            }
            k = Math.max(end, k + 1);
        }
        return null;
    }

    /**
     * 3.14: a statement starting at i lies past an empty block that nothing else explains: the straight
     * run from i holds a plain load it consumes and no borrowed one, while code the analysis visited
     * falls or jumps into it, not out of a protected range. A dead {@code if False:} makes such a block
     * (its test and jump are removed, and the analysis does not go on past an empty block).
     */
    public static boolean pastDeadBlock(Code code, int i) {
        if (!code.version().atLeast(3, 14) || i <= 0 || i >= code.size()) {
            return false;
        }
        if (!unvisitedOnward(code, i)) {
            return false;
        }
        Op prev = code.op(i - 1);
        if (!prev.isTerminal() && !prev.isUnconditionalJump()
                && (visitedUpTo(code, i - 1) || prologue(code, i) || lastEntryStatement(code, i))
                && code.handlerIndexAt(i - 1) == code.handlerIndexAt(i)) {
            return true;
        }
        if (!code.isJumpTarget(i)) {
            return false;
        }
        for (int k = 0; k < code.size(); k++) {
            if (code.op(k).target() == i && visitedUpTo(code, k) && code.handlerIndexAt(k) == code.handlerIndexAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** A function's code, and [0, i) only its prologue (the entry block, always visited). */
    private static boolean prologue(Code code, int i) {
        if (!code.object().hasFlag(depyf.pyc.CodeObject.CO_OPTIMIZED)) {
            return false;                       // (a module's or class body's first statements are its own)
        }
        for (int k = 0; k < i; k++) {
            if (!java.util.Set.of("RESUME", "NOP", "MAKE_CELL", "COPY_FREE_VARS", "RETURN_GENERATOR", "POP_TOP")
                    .contains(code.op(k).name())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Module or class code (whose loads of locals are only a comprehension's, so nothing before tells that
     * it was visited): [0, i) is the entry block, and the statement at i the last one starting before the
     * end of its straight run; the stack is not empty again before that end, as far as it is modelled.
     * The dead block lies somewhere in that run; before i, the latest place (never before an import
     * from __future__, which must come first).
     */
    private static boolean lastEntryStatement(Code code, int i) {
        if (code.object().hasFlag(depyf.pyc.CodeObject.CO_OPTIMIZED) || !straight(code, 0, i - 1)) {
            return false;
        }
        int end = runEnd(code, i, code.size());
        List<Ref> stack = new ArrayList<>();
        BitSet spoilt = new BitSet();
        for (int k = i; k < end - 1; k++) {
            if (!step(code.op(k), k, stack, spoilt) || stack.isEmpty()) {
                return false;                   // not modelled, or another statement starts after k
            }
        }
        return true;
    }

    /**
     * The last load up to k in its straight run that tells anything was borrowed: the code at k was
     * visited (a plain load the run consumes says the code from there was not).
     */
    private static boolean visitedUpTo(Code code, int k) {
        int s = runStart(code, k);
        BitSet plain = consumedStrongLoads(code, s, runEnd(code, s, code.size()));
        for (int b = k; b >= s; b--) {
            if (code.borrowedLoad(b)) {
                return true;
            }
            if (plain.get(b)) {
                return false;
            }
        }
        return false;
    }

    /** The start of the straight run holding k (see {@link #runEnd}). */
    private static int runStart(Code code, int k) {
        int s = k;
        while (s > 0 && !code.isJumpTarget(s) && code.op(s - 1).target() < 0 && !code.op(s - 1).isTerminal()
                && (code.handlerIndexAt(s) == code.handlerIndexAt(s - 1) || entersTry(code, s))) {
            s--;
        }
        return s;
    }

    /** [a, b] is straight code: no jump lands inside it and none leaves from it before b. */
    public static boolean straight(Code code, int a, int b) {
        return a >= 0 && a <= b && runStart(code, b) <= a;
    }

    /**
     * The first straight run from i, or past runs holding no evidence, falling through (a few at most, not
     * out of a protected range), holds a plain load it consumes and no borrowed one.
     */
    private static boolean unvisitedOnward(Code code, int i) {
        for (int k = i, n = 0; k < code.size() && n < 4; n++) {
            int end = runEnd(code, k, code.size());
            if (anyBorrowed(code, k, end)) {
                return false;
            }
            if (consumedStrongLoad(code, k, end)) {
                return true;
            }
            Op last = code.op(end - 1);
            if (last.isTerminal() || last.isUnconditionalJump() || end <= k || end >= code.size()
                    || code.handlerIndexAt(end) != code.handlerIndexAt(end - 1)) {
                return false;                   // (out of a try body: the try statement explains what follows)
            }
            k = end;
        }
        return false;
    }

    /**
     * A jump lands at j other than a test in [from, j). A test in a try body [from, j) jumping to its end j
     * goes to the block that holds the body's POP_BLOCK: the else clause's block, or (without an else) one
     * that empties when the jump after POP_BLOCK to the code after the statement is removed, so such a
     * test does not make the code after the statement visited (an unconditional jump, threaded, does).
     */
    public static boolean jumpedIntoFromOutside(Code code, int from, int j) {
        for (int k = 0; k < code.size(); k++) {
            if (code.op(k).target() == j && (k < from || k >= j || !code.op(k).isConditionalJump())) {
                return true;
            }
        }
        return false;
    }

    /** Some load in [from, to) was borrowed: 3.14's analysis visited that code. */
    public static boolean anyBorrowed(Code code, int from, int to) {
        for (int k = from; k < to; k++) {
            if (code.borrowedLoad(k)) {
                return true;
            }
        }
        return false;
    }

    /** A protected range starts at i: a try body, entered by falling through from the code before it. */
    private static boolean entersTry(Code code, int i) {
        Code.Handler h = code.handlerAt(i);
        return h != null && h.start() == i && code.handlerAt(i - 1) == null;
    }

    /**
     * Some plain load in [from, end) whose values the run consumes, as optimize_load_fast simulates it:
     * not stored to a local, its local not overwritten while on the stack.
     */
    private static boolean consumedStrongLoad(Code code, int from, int end) {
        return firstConsumedStrongLoad(code, from, end) >= 0;
    }

    /** The first plain load in [from, end) whose value the run consumes (see {@link #consumedStrongLoad}), or -1. */
    private static int firstConsumedStrongLoad(Code code, int from, int end) {
        return consumedStrongLoads(code, from, end).nextSetBit(from);
    }

    /** The plain loads in [from, end) whose values the run consumes (see {@link #consumedStrongLoad}). */
    private static BitSet consumedStrongLoads(Code code, int from, int end) {
        List<Ref> stack = new ArrayList<>();
        BitSet spoilt = new BitSet();
        int k = from;
        for (; k < end; k++) {
            Op op = code.op(k);
            if (!step(op, k, stack, spoilt)) {
                break;                          // an instruction not modelled: what is still pushed is unknown
            }
        }
        for (Ref r : stack) {
            if (r.load() >= 0) {
                spoilt.set(r.load());
            }
        }
        BitSet out = new BitSet();
        for (int i = from; i < k; i++) {
            if (code.strongLoad(i) && !spoilt.get(i)) {
                out.set(i);
            }
        }
        return out;
    }

    /** One instruction's effect on the simulated stack; false when it is not modelled. */
    private static boolean step(Op op, int k, List<Ref> stack, BitSet spoilt) {
        switch (op.name()) {
            case "LOAD_FAST" -> stack.add(new Ref(k, op.str()));
            case "LOAD_FAST_LOAD_FAST" -> {
                List<?> names = (List<?>) op.argval();
                stack.add(new Ref(k, (String) names.get(0)));
                stack.add(new Ref(k, (String) names.get(1)));
            }
            case "STORE_FAST" -> store(stack, spoilt, op.str());
            case "LOAD_FAST_AND_CLEAR" -> {
                for (Ref o : stack) {
                    if (o.load() >= 0 && op.str().equals(o.local())) {
                        spoilt.set(o.load());   // its local cleared while on the stack
                    }
                }
                stack.add(new Ref(-1, null));
            }
            case "STORE_FAST_STORE_FAST" -> {
                List<?> names = (List<?>) op.argval();
                store(stack, spoilt, (String) names.get(0));
                store(stack, spoilt, (String) names.get(1));
            }
            case "STORE_FAST_LOAD_FAST" -> {
                List<?> names = (List<?>) op.argval();
                store(stack, spoilt, (String) names.get(0));
                stack.add(new Ref(-1, null));   // the load of a superinstruction is never borrowed
            }
            case "COPY" -> {
                if (op.arg() > stack.size()) {
                    return false;
                }
                stack.add(stack.get(stack.size() - op.arg()));
            }
            case "SWAP" -> {
                if (op.arg() > stack.size()) {
                    return false;
                }
                int a = stack.size() - 1;
                int b = stack.size() - op.arg();
                Ref t = stack.get(a);
                stack.set(a, stack.get(b));
                stack.set(b, t);
            }
            case "LOAD_ATTR" -> {
                Ref self = pop(stack);
                stack.add(new Ref(-1, null));
                if ((op.arg() & 1) != 0) {
                    stack.add(self);            // a method load pushes its self back
                }
            }
            default -> {
                int[] e = effect(op);
                if (e == null) {
                    return false;
                }
                for (int n = 0; n < e[0]; n++) {
                    pop(stack);
                }
                for (int n = 0; n < e[1]; n++) {
                    stack.add(new Ref(-1, null));
                }
            }
        }
        return true;
    }

    private static Ref pop(List<Ref> stack) {
        return stack.isEmpty() ? new Ref(-1, null) : stack.remove(stack.size() - 1);
    }

    private static void store(List<Ref> stack, BitSet spoilt, String local) {
        Ref r = pop(stack);
        if (r.load() >= 0) {
            spoilt.set(r.load());              // a value stored in a local is never borrowed
        }
        for (Ref o : stack) {
            if (o.load() >= 0 && local.equals(o.local())) {
                spoilt.set(o.load());          // its local overwritten while on the stack
            }
        }
    }

    /** Values popped and pushed by the common instructions that consume all their inputs (3.14), or null. */
    private static int[] effect(Op op) {
        int n = op.arg();
        return switch (op.name()) {
            case "LOAD_CONST", "LOAD_SMALL_INT", "LOAD_COMMON_CONSTANT", "LOAD_NAME", "LOAD_DEREF", "PUSH_NULL",
                 "IMPORT_FROM" -> new int[] {0, 1};
            case "IMPORT_NAME" -> new int[] {2, 1};
            case "LOAD_GLOBAL" -> new int[] {0, 1 + (n & 1)};
            case "CALL" -> new int[] {2 + n, 1};
            case "CALL_KW" -> new int[] {3 + n, 1};
            case "BINARY_OP", "COMPARE_OP", "CONTAINS_OP", "IS_OP", "FORMAT_WITH_SPEC" -> new int[] {2, 1};
            case "TO_BOOL", "UNARY_NOT", "UNARY_NEGATIVE", "UNARY_INVERT", "FORMAT_SIMPLE", "GET_ITER",
                 "CALL_INTRINSIC_1" -> new int[] {1, 1};
            case "BINARY_SLICE" -> new int[] {3, 1};
            case "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_STRING" -> new int[] {n, 1};
            case "BUILD_MAP" -> new int[] {2 * n, 1};
            case "UNPACK_SEQUENCE" -> new int[] {1, n};
            case "STORE_ATTR" -> new int[] {2, 0};
            case "STORE_SUBSCR" -> new int[] {3, 0};
            case "STORE_NAME", "STORE_GLOBAL", "STORE_DEREF", "POP_TOP", "RETURN_VALUE", "RAISE_VARARGS",
                 "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE" ->
                    new int[] {op.is("RAISE_VARARGS") ? n : 1, 0};
            case "NOP", "JUMP_FORWARD", "JUMP_BACKWARD" -> new int[] {0, 0};
            default -> null;
        };
    }
}
