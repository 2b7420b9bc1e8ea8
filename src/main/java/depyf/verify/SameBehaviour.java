package depyf.verify;

import depyf.bytecode.ExceptionTableEntry;
import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.pyc.CodeObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two code objects that differ in layout still run the same instructions on every path: a
 * lock-step walk of both instruction graphs from the entry, following unconditional jumps, pairing
 * the two successors of each conditional jump by the outcome of its test (so an inverted jump or a
 * block laid out elsewhere does not matter), and pairing exception handlers. Duplicated blocks (a
 * return copied into each branch) compare equal too. What it does not forgive: an instruction run on
 * one side and not the other, in any path — a dropped break, an else that became unconditional, a test
 * evaluated twice. Nested code objects are compared by name here; each is checked on its own.
 */
public final class SameBehaviour {
    private SameBehaviour() {}

    private static final int BUDGET = 200_000;

    /** One instruction after normalisation: name, argument, jump target (index, or -1). */
    private record V(String op, String arg, int target, int line) {}

    private static final class Program {
        final List<V> v = new ArrayList<>();
        /** Per entry of v, the opcode as decoded (v merges LOAD_FAST_CHECK into LOAD_FAST). */
        final List<String> raw = new ArrayList<>();
        final Map<Integer, Integer> indexAt = new HashMap<>();
        final int[] offsetOf;
        final List<ExceptionTableEntry> table;

        Program(CodeObject code) {
            List<Instruction> ins = InstructionDecoder.decode(code);
            List<Integer> offsets = new ArrayList<>();
            for (int k = 0; k < ins.size(); k++) {
                Instruction in = ins.get(k);
                indexAt.putIfAbsent(in.offset(), v.size());
                String op = in.opname();
                int line = in.line();
                String[] pair = CodeComparator.PAIRS.get(op);
                if (SKIP.contains(op)) {
                    add(offsets, in, new V("NOP", "", -1, line));
                } else if (pair != null && in.argval() instanceof List<?> names && names.size() == 2) {
                    add(offsets, in, new V(name(pair[0]), String.valueOf(names.get(0)), -1, line));
                    add(offsets, in, new V(name(pair[1]), String.valueOf(names.get(1)), -1, line));
                } else if (op.equals("RETURN_CONST")) {
                    add(offsets, in, new V("LOAD_CONST", CodeComparator.constant(in.argval()), -1, line));
                    add(offsets, in, new V("RETURN_VALUE", "", -1, line));
                } else if (in.jumpTarget() >= 0) {
                    add(offsets, in, new V(op, "", in.jumpTarget(), line));     // offset, resolved below
                } else {
                    add(offsets, in, new V(name(op), argument(ins, k), -1, line));
                }
            }
            offsetOf = offsets.stream().mapToInt(Integer::intValue).toArray();
            indexAt.put(Integer.MAX_VALUE, v.size());
            for (int k = 0; k < v.size(); k++) {
                V x = v.get(k);
                if (x.target() >= 0) {
                    v.set(k, new V(x.op(), x.arg(), indexAt.getOrDefault(x.target(), v.size()), x.line()));
                }
            }
            table = InstructionDecoder.exceptionTable(code);
            popBelowLoad();
            foldNegations();
            threadOrPops();
        }

        /**
         * 3.11's {@code JUMP_IF_FALSE_OR_POP} to a test of the other sense ({@code JUMP_IF_TRUE_OR_POP},
         * {@code POP_JUMP_IF_TRUE}) pops the value there and goes on after it: what {@code
         * POP_JUMP_IF_FALSE} to the instruction after that test does. The compiler threads the jump so
         * only when both are on one line ({@code a and b or c} written on one line or on several):
         * written the second way.
         */
        private void threadOrPops() {
            for (int k = 0; k < v.size(); k++) {
                V x = v.get(k);
                boolean onTrue = x.op().equals("JUMP_IF_TRUE_OR_POP");
                if (!onTrue && !x.op().equals("JUMP_IF_FALSE_OR_POP")) {
                    continue;
                }
                int t = resolve(x.target());
                if (t < 0) {
                    continue;
                }
                String other = onTrue ? "FALSE" : "TRUE";
                String op = v.get(t).op();
                if (op.equals("JUMP_IF_" + other + "_OR_POP") || op.startsWith("POP_JUMP_") && op.endsWith("_IF_" + other)) {
                    v.set(k, new V("POP_JUMP_FORWARD_IF_" + (onTrue ? "TRUE" : "FALSE"), "", t + 1, x.line()));
                }
            }
        }

        /**
         * {@code a not in b} tested for truth is {@code a in b} tested for falsehood (likewise {@code is
         * not}, and 3.11's {@code not x} before a jump): written the second way.
         */
        private void foldNegations() {
            Set<Integer> targets = jumpTargets();
            for (int k = 0; k + 1 < v.size(); k++) {
                V x = v.get(k);
                boolean negatedTest = (x.op().equals("IS_OP") || x.op().equals("CONTAINS_OP")) && x.arg().equals("1");
                if (!negatedTest && !x.op().equals("UNARY_NOT")) {
                    continue;
                }
                int j = k + 1;
                while (j < v.size() && v.get(j).op().equals("NOP") && !targets.contains(j)) {
                    j++;
                }
                if (j >= v.size() || targets.contains(j)) {
                    continue;
                }
                V jump = v.get(j);
                String flipped = jump.op().endsWith("_IF_TRUE") ? jump.op().replace("_IF_TRUE", "_IF_FALSE")
                        : jump.op().endsWith("_IF_FALSE") ? jump.op().replace("_IF_FALSE", "_IF_TRUE") : null;
                if (flipped == null) {
                    continue;
                }
                v.set(k, negatedTest ? new V(x.op(), "0", -1, x.line()) : new V("NOP", "", -1, x.line()));
                v.set(j, new V(flipped, jump.arg(), jump.target(), jump.line()));
            }
        }

        private Set<Integer> jumpTargets() {
            Set<Integer> targets = new HashSet<>();
            for (V x : v) {
                targets.add(x.target());
            }
            for (ExceptionTableEntry e : table) {
                targets.add(indexAt.getOrDefault(e.target(), -1));
            }
            return targets;
        }

        /**
         * {@code LOAD x; SWAP 2; POP_TOP} (a value returned from inside a loop, the iterator popped below
         * it) does what {@code POP_TOP; LOAD x} does when the load has no effect: written the second way.
         */
        private void popBelowLoad() {
            Set<Integer> targets = jumpTargets();
            for (int k = 0; k + 2 < v.size(); k++) {
                V load = v.get(k);
                if ((load.op().equals("LOAD_FAST") || load.op().equals("LOAD_CONST")) && v.get(k + 1).op().equals("SWAP")
                        && v.get(k + 1).arg().equals("2") && v.get(k + 2).op().equals("POP_TOP")
                        && !targets.contains(k + 1) && !targets.contains(k + 2)) {
                    v.set(k, new V("POP_TOP", "", -1, load.line()));
                    v.set(k + 1, load);
                    v.set(k + 2, new V("NOP", "", -1, load.line()));
                    raw.set(k + 1, raw.get(k));
                    raw.set(k, "POP_TOP");
                    raw.set(k + 2, "NOP");
                }
            }
        }

        private void add(List<Integer> offsets, Instruction in, V x) {
            v.add(x);
            raw.add(in.opname());
            offsets.add(in.offset());
        }

        /** The handler covering instruction k: target index, depth, lasti; or null. */
        int[] handler(int k) {
            int off = offsetOf[k];
            for (ExceptionTableEntry e : table) {
                if (e.start() <= off && off < e.end()) {
                    return new int[] {indexAt.getOrDefault(e.target(), v.size()), e.depth(), e.lasti() ? 1 : 0};
                }
            }
            return null;
        }

        /** The first real instruction from k on, through NOPs and unconditional jumps; -1 past the end, -2 in a loop of jumps. */
        int resolve(int k) {
            Set<Integer> seen = new HashSet<>();
            while (k < v.size()) {
                V x = v.get(k);
                if (x.op().equals("NOP")) {
                    k++;
                } else if (UNCONDITIONAL.contains(x.op())) {
                    if (!seen.add(k)) {
                        return -2;
                    }
                    k = x.target();
                } else {
                    return k;
                }
            }
            return -1;
        }
    }

    /**
     * Instructions without a behaviour of their own here. COPY_FREE_VARS copies the closure's cells into
     * the frame: a closure that reads fewer of them (code left out) copies fewer, and each read of one
     * is compared by name.
     */
    private static final Set<String> SKIP = Set.of("CACHE", "EXTENDED_ARG", "NOP", "RESUME", "TO_BOOL", "NOT_TAKEN",
            "COPY_FREE_VARS");
    /** The unconditional jumps of every version (also {@link CodeComparator}'s reachability). */
    static final Set<String> UNCONDITIONAL = Set.of("JUMP_FORWARD", "JUMP_BACKWARD",
            "JUMP_BACKWARD_NO_INTERRUPT", "JUMP", "JUMP_NO_INTERRUPT", "JUMP_ABSOLUTE");
    /** Instructions that cannot raise: which handler covers them does not matter. */
    private static final Set<String> CANNOT_RAISE = Set.of("POP_EXCEPT", "POP_TOP", "LOAD_CONST", "STORE_FAST",
            "SWAP", "COPY", "PUSH_NULL");
    private static final Set<String> TERMINAL = Set.of("RETURN_VALUE", "RAISE_VARARGS", "RERAISE");

    /**
     * True for an instruction that cannot raise. A test against None compares identities; from 3.13 on
     * a jump on truth takes an exact bool (the compiler puts TO_BOOL, which can raise, before it unless
     * the value is one already), where 3.11 and 3.12's call the value's __bool__. From 3.12 on the
     * compiler emits LOAD_FAST (and 3.14's LOAD_FAST_BORROW) only for a local it proved bound, the
     * others as LOAD_FAST_CHECK, which raises UnboundLocalError; 3.11's LOAD_FAST checks.
     */
    private static boolean cannotRaise(String op, String raw, boolean late, boolean fast) {
        Object[] c = condition(op);
        return CANNOT_RAISE.contains(op) || c != null && (c[0].equals("none") || late)
                || fast && FAST_LOADS.contains(raw);
    }

    private static final Set<String> FAST_LOADS = Set.of("LOAD_FAST", "LOAD_FAST_BORROW", "LOAD_FAST_LOAD_FAST",
            "LOAD_FAST_BORROW_LOAD_FAST_BORROW");

    /** A conditional jump's test ("truth" or "none") and the value of the test that takes the jump, or null. */
    private static Object[] condition(String op) {
        for (String prefix : new String[] {"POP_JUMP_IF_", "POP_JUMP_FORWARD_IF_", "POP_JUMP_BACKWARD_IF_"}) {
            if (op.startsWith(prefix)) {
                return switch (op.substring(prefix.length())) {
                    case "TRUE" -> new Object[] {"truth", true};
                    case "FALSE" -> new Object[] {"truth", false};
                    case "NONE" -> new Object[] {"none", true};
                    case "NOT_NONE" -> new Object[] {"none", false};
                    default -> null;
                };
            }
        }
        return null;
    }

    private static String name(String op) {
        return switch (op) {
            case "LOAD_FAST_CHECK", "LOAD_FAST_BORROW" -> "LOAD_FAST";
            case "LOAD_SMALL_INT" -> "LOAD_CONST";
            case "BINARY_SUBSCR" -> "BINARY_OP";
            default -> op;
        };
    }

    private static String argument(List<Instruction> ins, int k) {
        Instruction in = ins.get(k);
        if (in.is("BINARY_SUBSCR")) {
            return "[]";
        }
        if ((in.is("LOAD_CONST") || in.is("LOAD_SMALL_INT")) && k + 1 < ins.size()
                && ins.get(k + 1).is("STORE_NAME") && "__firstlineno__".equals(ins.get(k + 1).argval())) {
            return "<first line>";
        }
        if (in.is("LOAD_CONST") && k + 1 < ins.size() && ins.get(k + 1).is("STORE_NAME")
                && "__static_attributes__".equals(ins.get(k + 1).argval())) {
            // 3.13+: the names the class's methods assign on self, derived from those methods, which are
            // compared on their own (one that fell back has none)
            return "<static attributes>";
        }
        if (in.is("IS_OP") || in.is("CONTAINS_OP")) {
            return String.valueOf(in.arg());
        }
        if (in.is("COMPARE_OP")) {
            String r = in.argrepr();
            return r.startsWith("bool(") && r.endsWith(")") ? r.substring(5, r.length() - 1) : r;
        }
        if (in.is("LOAD_CONST") || in.is("LOAD_SMALL_INT") || in.is("KW_NAMES")) {
            return CodeComparator.constant(in.argval());     // KW_NAMES: the names, not their index
        }
        return in.argrepr().isEmpty() && in.hasArg() ? String.valueOf(in.arg()) : in.argrepr();
    }

    /**
     * Null when {@code a} and {@code b} run the same instructions on every path, else where they part
     * (with the original's source line).
     */
    public static String difference(CodeObject a, CodeObject b) {
        if (a.flags() != b.flags() || a.argCount() != b.argCount() || a.kwOnlyArgCount() != b.kwOnlyArgCount()
                || a.posOnlyArgCount() != b.posOnlyArgCount()) {
            return "signature or flags differ";
        }
        Program p = new Program(a);
        Program q = new Program(b);
        boolean late = !a.version().before(3, 13);
        boolean fast = !a.version().before(3, 12);
        ArrayDeque<int[]> work = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        work.push(new int[] {0, 0});
        int steps = 0;
        while (!work.isEmpty()) {
            int[] pair = work.pop();
            if (!seen.add(((long) pair[0] << 32) | pair[1])) {
                continue;
            }
            if (++steps > BUDGET) {
                return "too large to compare";
            }
            int i = p.resolve(pair[0]);
            int j = q.resolve(pair[1]);
            if (i < 0 || j < 0) {
                if (i != j) {
                    return "one side ends where the other goes on" + where(p, i);
                }
                continue;
            }
            V x = p.v.get(i);
            V y = q.v.get(j);
            boolean bothTests = condition(x.op()) != null && condition(y.op()) != null;
            boolean raises = !cannotRaise(x.op(), p.raw.get(i), late, fast)
                    || !cannotRaise(y.op(), q.raw.get(j), late, fast)
                    || !x.op().equals(y.op()) && !bothTests;
            int[] hx = raises ? p.handler(i) : null;
            int[] hy = raises ? q.handler(j) : null;
            if ((hx == null) != (hy == null) || hx != null && (hx[1] != hy[1] || hx[2] != hy[2])) {
                return "exception handling differs at " + x.op() + " " + x.arg() + where(p, i);
            }
            if (hx != null) {
                work.push(new int[] {hx[0], hy[0]});
            }
            Object[] cx = condition(x.op());
            Object[] cy = condition(y.op());
            if (cx != null || cy != null) {
                if (cx == null || cy == null || !cx[0].equals(cy[0])) {
                    return "a test differs: " + x.op() + " vs " + y.op() + where(p, i);
                }
                // successors when the test is true, then when it is false
                int xt = (boolean) cx[1] ? x.target() : i + 1;
                int xf = (boolean) cx[1] ? i + 1 : x.target();
                int yt = (boolean) cy[1] ? y.target() : j + 1;
                int yf = (boolean) cy[1] ? j + 1 : y.target();
                work.push(new int[] {xt, yt});
                work.push(new int[] {xf, yf});
                continue;
            }
            if (!x.op().equals(y.op()) || !x.arg().equals(y.arg())) {
                return "runs " + x.op() + " " + x.arg() + " where the decompiled code runs " + y.op() + " " + y.arg()
                        + where(p, i);
            }
            if (x.target() >= 0 || y.target() >= 0) {
                work.push(new int[] {x.target(), y.target()});     // FOR_ITER, SEND, ...: the other way out
            }
            if (!TERMINAL.contains(x.op())) {
                work.push(new int[] {i + 1, j + 1});
            }
        }
        return null;
    }

    private static String where(Program p, int i) {
        return i >= 0 && p.v.get(i).line() > 0 ? " (line " + p.v.get(i).line() + ")" : "";
    }
}
