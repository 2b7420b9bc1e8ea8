package depyf.bytecode;

import depyf.bytecode.OpcodeTable.Flag;
import depyf.bytecode.OpcodeTable.Opcode;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PythonVersion;
import java.util.List;

/** Decodes an instruction's argument into dis's argval and argrepr. */
final class Arguments {
    private Arguments() {}

    static Object[] resolve(CodeObject code, OpcodeTable table, Opcode op, int arg, int jumpTarget) {
        PythonVersion v = code.version();
        String name = op.name();
        if (jumpTarget >= 0) {
            return pair(jumpTarget, "to " + jumpTarget);
        }
        if (op.has(Flag.CONST)) {
            PyObject c = at(code.consts(), arg);
            return pair(c, c == null ? "" : shortRepr(c));
        }
        if (name.equals("LOAD_COMMON_CONSTANT") || name.equals("LOAD_SPECIAL")) {
            List<String> l = table.list(name.equals("LOAD_SPECIAL") ? "special_method_names" : "common_constants");
            String s = arg < l.size() ? l.get(arg) : "?";
            return pair(s, s);
        }
        if (name.equals("LOAD_SMALL_INT")) {
            return pair(arg, Integer.toString(arg));
        }
        if (op.has(Flag.NAME)) {
            int index = arg;
            String prefix = "";
            if (name.equals("LOAD_GLOBAL") && v.atLeast(3, 11)
                    || name.equals("LOAD_ATTR") && v.atLeast(3, 12)) {
                index = arg >> 1;
                if ((arg & 1) != 0) {
                    prefix = name.equals("LOAD_GLOBAL") ? "NULL + " : "NULL|self + ";
                }
            } else if (name.equals("LOAD_SUPER_ATTR")) {
                index = arg >> 2;
                if ((arg & 1) != 0) {
                    prefix = "NULL|self + ";
                }
            }
            String n = index < code.names().size() ? code.names().get(index) : "?";
            return pair(n, prefix + n);
        }
        if (op.has(Flag.LOCAL) || op.has(Flag.FREE)) {
            if (name.contains("_FAST_") && (name.startsWith("LOAD_FAST_LOAD") || name.startsWith("STORE_FAST_")
                    || name.startsWith("LOAD_FAST_BORROW_LOAD"))) {
                String a = local(code, arg >> 4, op);
                String b = local(code, arg & 15, op);
                return pair(List.of(a, b), a + ", " + b);
            }
            String n = local(code, arg, op);
            return pair(n, n);
        }
        if (op.has(Flag.COMPARE)) {
            List<String> cmp = table.list("cmp_op");
            int shift = v.atLeast(3, 13) ? 5 : v.atLeast(3, 12) ? 4 : 0;
            int i = arg >> shift;
            String s = i < cmp.size() ? cmp.get(i) : "?";
            String repr = v.atLeast(3, 13) && (arg & 16) != 0 ? "bool(" + s + ")" : s;
            return pair(s, repr);
        }
        if (name.equals("BINARY_OP")) {
            List<String> nb = table.list("nb_ops");
            return pair(arg, arg < nb.size() ? nb.get(arg) : "?");
        }
        return pair(arg, "");
    }

    private static String local(CodeObject code, int index, Opcode op) {
        if (code.version().atLeast(3, 11) || op.has(Flag.LOCAL)) {
            List<String> names = code.version().atLeast(3, 11) ? code.localsPlusNames() : code.varnames();
            return index < names.size() ? names.get(index) : "?";
        }
        List<String> cells = new java.util.ArrayList<>(code.cellvars());
        cells.addAll(code.freevars());
        return index < cells.size() ? cells.get(index) : "?";
    }

    private static PyObject at(List<PyObject> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static String shortRepr(PyObject c) {
        return c instanceof PyObject.Str s ? "'" + s.value() + "'" : c.typeName();
    }

    private static Object[] pair(Object a, String b) {
        return new Object[] {a, b};
    }
}
