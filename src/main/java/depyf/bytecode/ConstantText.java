package depyf.bytecode;

import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;

/** How dis shows a constant: Python's repr, and CPython's repr of code objects. */
public final class ConstantText {
    private ConstantText() {}

    /** repr(value) as the value's Python version prints it. */
    public static String repr(PyObject value) {
        if (value instanceof CodeObject code) {
            return codeRepr(code);
        }
        return placeholderRepr(value);
    }

    /** {@code <code object NAME at 0x..., file "FILE", line N>}; the address is made up. */
    public static String codeRepr(CodeObject code) {
        return "<code object " + code.name() + " at 0x" + Integer.toHexString(System.identityHashCode(code))
                + ", file \"" + code.filename() + "\", line " + code.firstLineNo() + ">";
    }

    // Placeholder until depyf.pyc.PyRepr lands on main.
    private static String placeholderRepr(PyObject v) {
        return switch (v) {
            case PyObject.None n -> "None";
            case PyObject.Bool b -> b.value() ? "True" : "False";
            case PyObject.Int i -> i.value().toString();
            case PyObject.Str s -> "'" + s.value().replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
            case PyObject.Tuple t -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.items().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
                }
                yield sb.append(t.items().size() == 1 ? ",)" : ")").toString();
            }
            default -> v.toString();
        };
    }
}
