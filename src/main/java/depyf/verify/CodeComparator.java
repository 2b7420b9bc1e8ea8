package depyf.verify;

import depyf.bytecode.ExceptionTableEntry;
import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two code objects instruction by instruction, recursively: opnames and arguments, with
 * jump targets and exception table entries as instruction indices, so that offsets and line numbers
 * do not matter. Three more things depend on line numbers only and are abstracted with them: NOPs
 * (kept by the compiler to carry a line), a class body's {@code __firstlineno__}, and the pairing of
 * two loads or stores into one superinstruction (3.13+ pairs them only within one line), compared as
 * the two instructions. The verdict per code object says where they first differ.
 */
public final class CodeComparator {
    private CodeComparator() {}

    /**
     * One code object's verdict: null difference when identical.
     *
     * @param qualname the path of qualified names from the module down, "/<module>/C/C.f"
     * @param firstLine the original code object's first line
     * @param original the original code object
     * @param recompiled its counterpart in the recompiled code, or null when missing
     */
    public record Verdict(String qualname, int firstLine, String difference, CodeObject original, CodeObject recompiled) {
        public boolean matches() {
            return difference == null;
        }

        /**
         * For a code object that differs: null when both still run the same instructions on every path
         * (a layout difference, see {@link SameBehaviour}), else how their behaviour differs.
         */
        public String behaviourDifference() {
            if (matches()) {
                return null;
            }
            return recompiled == null ? difference : SameBehaviour.difference(original, recompiled);
        }
    }

    /**
     * Verdicts for {@code original} and every code object nested in it. Nested code objects are matched by
     * qualified name: a function missing from the recompiled code (or one added) leaves its siblings matched
     * with their own counterparts. Only the nested code objects a reachable instruction loads count: the compiler
     * keeps the constant of a function defined in code it then drops as unreachable (a try's else after a
     * body that always returns), which the decompiled code cannot hold. Among those of one name, identical
     * pairs are matched first, the rest by order.
     */
    public static List<Verdict> compare(CodeObject original, CodeObject recompiled) {
        List<Verdict> out = new ArrayList<>();
        compare(original, recompiled, "", out);
        return out;
    }

    private static void compare(CodeObject a, CodeObject b, String prefix, List<Verdict> out) {
        String name = prefix + "/" + a.qualname();
        out.add(new Verdict(name, a.firstLineNo(), b == null ? "missing in the recompiled code" : difference(a, b), a, b));
        Map<String, List<CodeObject>> ours = byName(loaded(a));
        Map<String, List<CodeObject>> theirs = byName(b == null ? List.of() : loaded(b));
        Map<CodeObject, CodeObject> pairs = new IdentityHashMap<>();
        for (Map.Entry<String, List<CodeObject>> e : ours.entrySet()) {
            pair(e.getValue(), theirs.getOrDefault(e.getKey(), List.of()), pairs);
        }
        for (CodeObject c : loaded(a)) {
            compare(c, pairs.get(c), name, out);
        }
    }

    /**
     * The nested code objects {@code c}'s reachable instructions load, in the order of its constants. Not one
     * loaded only in a handler no exception-table entry reaches: 3.11+ keep the except clauses of a try whose
     * body protects nothing ({@code try: return 1}), whose code never runs and which the decompiled code may
     * leave out (set 193 r181 f9: a generator expression there, identical to a live one, was paired with the
     * recompiled live one, and the live one, "missing", withdrawn with its function).
     */
    private static List<CodeObject> loaded(CodeObject c) {
        Set<CodeObject> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Instruction> ins = InstructionDecoder.decode(c);
        Set<Integer> reachable = reachable(ins, InstructionDecoder.exceptionTable(c));
        for (Instruction in : ins) {
            if (in.argval() instanceof CodeObject co && reachable.contains(in.offset())) {
                used.add(co);
            }
        }
        List<CodeObject> out = new ArrayList<>();
        for (CodeObject n : c.nestedCode()) {
            if (used.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static final Set<String> ENDS = Set.of("RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE");

    /**
     * The offsets of the instructions reachable from the first: through fall-through, jumps (before 3.11
     * also a SETUP_* block's jump to its handler) and the exception-table entry covering each.
     */
    private static Set<Integer> reachable(List<Instruction> ins, List<ExceptionTableEntry> table) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int k = 0; k < ins.size(); k++) {
            index.put(ins.get(k).offset(), k);
        }
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.push(0);
        while (!work.isEmpty()) {
            int k = work.pop();
            if (k < 0 || k >= ins.size() || !seen.add(ins.get(k).offset())) {
                continue;
            }
            Instruction in = ins.get(k);
            if (!SameBehaviour.UNCONDITIONAL.contains(in.opname()) && !ENDS.contains(in.opname())) {
                work.push(k + 1);
            }
            if (in.jumpTarget() >= 0) {
                work.push(index.getOrDefault(in.jumpTarget(), -1));
            }
            for (ExceptionTableEntry e : table) {
                if (e.start() <= in.offset() && in.offset() < e.end()) {
                    work.push(index.getOrDefault(e.target(), -1));
                    break;
                }
            }
        }
        return seen;
    }

    private static Map<String, List<CodeObject>> byName(List<CodeObject> codes) {
        Map<String, List<CodeObject>> out = new LinkedHashMap<>();
        for (CodeObject c : codes) {
            out.computeIfAbsent(c.qualname(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /**
     * Pairs code objects of one name: identical ones first, the rest by order. (A layout the decompiled code
     * reads differently may compile siblings in another order: an else clause's generator expression and an
     * except clause's, say, unseen rich tails seed 47 f274; matched by order, both would differ.)
     */
    private static void pair(List<CodeObject> ours, List<CodeObject> theirs, Map<CodeObject, CodeObject> pairs) {
        List<CodeObject> left = new ArrayList<>(ours);
        List<CodeObject> free = new ArrayList<>(theirs);
        if (ours.size() > 1 || theirs.size() > 1) {
            for (CodeObject c : ours) {
                for (CodeObject t : free) {
                    if (difference(c, t) == null) {
                        pairs.put(c, t);
                        left.removeIf(x -> x == c);
                        free.removeIf(x -> x == t);
                        break;
                    }
                }
            }
        }
        for (int k = 0; k < left.size() && k < free.size(); k++) {
            pairs.put(left.get(k), free.get(k));
        }
    }

    private static String difference(CodeObject a, CodeObject b) {
        List<String> ia = normalise(a);
        List<String> ib = normalise(b);
        for (int i = 0; i < Math.min(ia.size(), ib.size()); i++) {
            if (!ia.get(i).equals(ib.get(i))) {
                return "instruction " + i + ": expected " + ia.get(i) + ", got " + ib.get(i);
            }
        }
        if (ia.size() != ib.size()) {
            int i = Math.min(ia.size(), ib.size());
            return "instruction " + i + ": expected " + (i < ia.size() ? ia.get(i) : "the end") + ", got "
                    + (i < ib.size() ? ib.get(i) : "the end");
        }
        if (a.argCount() != b.argCount() || a.kwOnlyArgCount() != b.kwOnlyArgCount()
                || a.posOnlyArgCount() != b.posOnlyArgCount() || a.flags() != b.flags()) {
            return "signature or flags: expected " + signature(a) + ", got " + signature(b);
        }
        return null;
    }

    private static String signature(CodeObject c) {
        return "args " + c.posOnlyArgCount() + "/" + c.argCount() + "/" + c.kwOnlyArgCount()
                + " flags 0x" + Integer.toHexString(c.flags());
    }

    /**
     * A class body of 3.13+ starts with {@code __firstlineno__ = N}: a line number in disguise, which
     * depends on where the class statement stands in the source, so it is compared as a line number
     * is (not at all).
     */
    private static boolean storesFirstLine(List<Instruction> kept, int k) {
        if (k + 1 >= kept.size()) {
            return false;
        }
        Instruction next = kept.get(k + 1);
        String op = kept.get(k).opname();
        return (op.equals("LOAD_CONST") || op.equals("LOAD_SMALL_INT"))
                && next.opname().equals("STORE_NAME") && "__firstlineno__".equals(next.argval());
    }

    /** Superinstructions and the two instructions each stands for. */
    static final Map<String, String[]> PAIRS = Map.of(
            "LOAD_FAST_LOAD_FAST", new String[] {"LOAD_FAST", "LOAD_FAST"},
            "LOAD_FAST_BORROW_LOAD_FAST_BORROW", new String[] {"LOAD_FAST_BORROW", "LOAD_FAST_BORROW"},
            "STORE_FAST_LOAD_FAST", new String[] {"STORE_FAST", "LOAD_FAST"},
            "STORE_FAST_STORE_FAST", new String[] {"STORE_FAST", "STORE_FAST"});

    /**
     * An argument as a comparable string: a code object by its qualified name, a frozenset with its
     * items sorted (their order depends on hashing), any other constant as its type and repr.
     */
    static String constant(Object value) {
        if (value instanceof CodeObject co) {
            return "code " + co.qualname();
        }
        if (value instanceof PyObject.FrozenSet fs) {
            List<String> items = new ArrayList<>();
            for (PyObject o : fs.items()) {
                items.add(depyf.pyc.PyRepr.repr(o));
            }
            java.util.Collections.sort(items);
            return "frozenset:" + items;
        }
        return value instanceof PyObject p ? p.typeName() + ":" + depyf.pyc.PyRepr.repr(p) : String.valueOf(value);
    }

    /** The instructions as comparable strings, followed by the exception table in indices. */
    static List<String> normalise(CodeObject c) {
        List<Instruction> ins = InstructionDecoder.decode(c);
        Map<Integer, Integer> index = new HashMap<>();
        List<Instruction> kept = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        int position = 0;
        for (Instruction in : ins) {
            String name = in.opname();
            if (name.equals("EXTENDED_ARG") || name.equals("CACHE") || name.equals("NOP")) {
                pending.add(in.offset());
                continue;
            }
            for (int off : pending) {
                index.put(off, position);
            }
            pending.clear();
            index.put(in.offset(), position);
            kept.add(in);
            position += PAIRS.containsKey(name) ? 2 : 1;
        }
        for (int off : pending) {
            index.put(off, position);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Instruction in = kept.get(k);
            String arg;
            if (storesFirstLine(kept, k)) {
                arg = "<first line>";
            } else if (in.jumpTarget() >= 0) {
                arg = "->" + index.getOrDefault(in.jumpTarget(), -1);
            } else {
                arg = constant(in.argval());
            }
            String[] pair = PAIRS.get(in.opname());
            if (pair != null && in.argval() instanceof List<?> names && names.size() == 2) {
                out.add(pair[0] + " " + names.get(0));
                out.add(pair[1] + " " + names.get(1));
                continue;
            }
            // 3.14 loads a first line below 256 with LOAD_SMALL_INT: the opcode depends on the line too
            String name = storesFirstLine(kept, k) ? "LOAD_CONST" : in.opname();
            out.add(in.argval() == null && in.jumpTarget() < 0 ? name : name + " " + arg);
        }
        for (ExceptionTableEntry e : InstructionDecoder.exceptionTable(c)) {
            out.add("handler " + index.getOrDefault(e.start(), -1) + " " + index.getOrDefault(e.end(), kept.size())
                    + " " + index.getOrDefault(e.target(), -1) + " " + e.depth() + " " + e.lasti());
        }
        return out;
    }
}
