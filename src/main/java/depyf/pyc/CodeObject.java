package depyf.pyc;

import java.util.ArrayList;
import java.util.List;

/**
 * A code object as marshal stores it, in one shape for every version.
 *
 * <p>Before 3.11 marshal stores varnames, cellvars and freevars; from 3.11 on it stores
 * "localsplus" names with a kind byte each. Both views are kept: {@link #localsPlusNames()} and
 * {@link #localsPlusKinds()} are synthesized for old versions (varnames as locals, then cells, then
 * frees), and {@link #varnames()}, {@link #cellvars()}, {@link #freevars()} are derived for new ones,
 * exactly as CPython's {@code co_varnames}, {@code co_cellvars} and {@code co_freevars} are.
 *
 * @param lineTable co_lnotab before 3.10, co_linetable from 3.10 on
 * @param exceptionTable co_exceptiontable (empty before 3.11)
 * @param qualname co_qualname (equal to name before 3.11)
 */
public record CodeObject(
        PythonVersion version,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int nlocals,
        int stackSize,
        int flags,
        byte[] code,
        List<PyObject> consts,
        List<String> names,
        List<String> localsPlusNames,
        byte[] localsPlusKinds,
        String filename,
        String name,
        String qualname,
        int firstLineNo,
        byte[] lineTable,
        byte[] exceptionTable) implements PyObject {

    // co_flags
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /** {@code from __future__ import annotations} (0x100000 on 3.7). */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // localsplus kinds (3.11+)
    public static final int KIND_ARG_POS = 0x02;
    public static final int KIND_ARG_KW = 0x04;
    public static final int KIND_ARG_VAR = 0x08;
    public static final int KIND_HIDDEN = 0x10;
    public static final int KIND_LOCAL = 0x20;
    public static final int KIND_CELL = 0x40;
    public static final int KIND_FREE = 0x80;

    @Override
    public String typeName() {
        return "code";
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    public int kind(int localsPlusIndex) {
        return localsPlusKinds[localsPlusIndex] & 0xff;
    }

    /** co_varnames: the fast locals, arguments first. */
    public List<String> varnames() {
        if (version.before(3, 11)) {
            return localsPlusNames.subList(0, nlocals);
        }
        return namesOfKind(KIND_LOCAL);
    }

    /** co_cellvars. */
    public List<String> cellvars() {
        if (version.before(3, 11)) {
            return localsPlusNames.subList(nlocals, nlocals + oldCellCount());
        }
        return namesOfKind(KIND_CELL);
    }

    /** co_freevars. */
    public List<String> freevars() {
        if (version.before(3, 11)) {
            return localsPlusNames.subList(nlocals + oldCellCount(), localsPlusNames.size());
        }
        return namesOfKind(KIND_FREE);
    }

    private int oldCellCount() {
        int n = 0;
        for (int i = nlocals; i < localsPlusKinds.length; i++) {
            if ((localsPlusKinds[i] & KIND_CELL) != 0) {
                n++;
            }
        }
        return n;
    }

    private List<String> namesOfKind(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsPlusNames.size(); i++) {
            if ((localsPlusKinds[i] & kind) != 0) {
                out.add(localsPlusNames.get(i));
            }
        }
        return out;
    }

    /** Nested code objects among the constants, in order. */
    public List<CodeObject> nestedCode() {
        List<CodeObject> out = new ArrayList<>();
        for (PyObject c : consts) {
            if (c instanceof CodeObject co) {
                out.add(co);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}
