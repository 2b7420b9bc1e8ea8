package depyf.bytecode;

import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PyRepr;
import depyf.pyc.PythonVersion;

/** How dis shows a constant: Python's repr, and CPython's repr of code objects. */
public final class ConstantText {
    private ConstantText() {}

    /** repr(value) as {@code version} prints it. */
    public static String repr(PyObject value, PythonVersion version) {
        if (value instanceof CodeObject code) {
            return codeRepr(code);
        }
        return PyRepr.repr(value, version);
    }

    /**
     * {@code <code object NAME at 0x..., file "FILE", line N>}; the address is made up, the same on every run
     * (a hash of what names the code object: outputs holding a disassembly stay comparable).
     */
    public static String codeRepr(CodeObject code) {
        int address = java.util.Objects.hash(code.name(), code.qualname(), code.filename(), code.firstLineNo()) & 0x7fffffff;
        return "<code object " + code.name() + " at 0x" + Integer.toHexString(address)
                + ", file \"" + code.filename() + "\", line " + code.firstLineNo() + ">";
    }
}
