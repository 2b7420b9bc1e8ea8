package depyf.verify;

import depyf.bytecode.ExceptionTableEntry;
import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two code objects instruction by instruction, recursively: opnames and arguments, with
 * jump targets and exception table entries as instruction indices, so that offsets and line numbers
 * do not matter. The verdict per code object says where they first differ.
 */
public final class CodeComparator {
    private CodeComparator() {}

    /**
     * One code object's verdict: null difference when identical.
     *
     * @param qualname the path of qualified names from the module down, "/<module>/C/C.f"
     * @param firstLine the original code object's first line
     */
    public record Verdict(String qualname, int firstLine, String difference) {
        public boolean matches() {
            return difference == null;
        }
    }

    /** Verdicts for {@code original} and every code object nested in it, matched by position. */
    public static List<Verdict> compare(CodeObject original, CodeObject recompiled) {
        List<Verdict> out = new ArrayList<>();
        compare(original, recompiled, "", out);
        return out;
    }

    private static void compare(CodeObject a, CodeObject b, String prefix, List<Verdict> out) {
        String name = prefix + "/" + a.qualname();
        out.add(new Verdict(name, a.firstLineNo(), b == null ? "missing in the recompiled code" : difference(a, b)));
        List<CodeObject> na = a.nestedCode();
        List<CodeObject> nb = b == null ? List.of() : b.nestedCode();
        for (int i = 0; i < na.size(); i++) {
            compare(na.get(i), i < nb.size() ? nb.get(i) : null, name, out);
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

    /** The instructions as comparable strings, followed by the exception table in indices. */
    static List<String> normalise(CodeObject c) {
        List<Instruction> ins = InstructionDecoder.decode(c);
        Map<Integer, Integer> index = new HashMap<>();
        List<Instruction> kept = new ArrayList<>();
        for (Instruction in : ins) {
            if (in.opname().equals("EXTENDED_ARG") || in.opname().equals("CACHE")) {
                continue;
            }
            index.put(in.offset(), kept.size());
            kept.add(in);
        }
        List<String> out = new ArrayList<>();
        for (Instruction in : kept) {
            String arg;
            if (in.jumpTarget() >= 0) {
                arg = "->" + index.getOrDefault(in.jumpTarget(), -1);
            } else if (in.argval() instanceof CodeObject co) {
                arg = "code " + co.qualname();
            } else if (in.argval() instanceof PyObject.FrozenSet fs) {
                List<String> items = new ArrayList<>();
                for (PyObject o : fs.items()) {
                    items.add(depyf.pyc.PyRepr.repr(o));
                }
                java.util.Collections.sort(items);
                arg = "frozenset:" + items;
            } else if (in.argval() instanceof PyObject p) {
                arg = p.typeName() + ":" + depyf.pyc.PyRepr.repr(p);
            } else {
                arg = String.valueOf(in.argval());
            }
            out.add(in.argval() == null && in.jumpTarget() < 0 ? in.opname() : in.opname() + " " + arg);
        }
        for (ExceptionTableEntry e : InstructionDecoder.exceptionTable(c)) {
            out.add("handler " + index.getOrDefault(e.start(), -1) + " " + index.getOrDefault(e.end(), kept.size())
                    + " " + index.getOrDefault(e.target(), -1) + " " + e.depth() + " " + e.lasti());
        }
        return out;
    }
}
