package depyf.lift;

import depyf.bytecode.OpcodeTable;
import depyf.pyc.CodeObject;

/** Copies of code objects with one instruction neutralised, for reading a value the code then reshapes. */
final class Recode {
    private Recode() {}

    /**
     * The code object with its UNPACK_SEQUENCE 1 before the final RETURN_VALUE turned into a NOP: a
     * starred TypeVarTuple default ({@code *Ts = *tuple[int]}) then reads as a plain return of the
     * starred expression. Its cache entries stay and decode as CACHE.
     */
    static CodeObject withoutLastUnpack(CodeObject code) {
        Op unpack = null;
        for (Op op : new Code(code).ops()) {
            if (op.is("UNPACK_SEQUENCE")) {
                unpack = op;
            }
        }
        if (unpack == null) {
            throw new LiftException("no UNPACK_SEQUENCE to remove");
        }
        OpcodeTable table = OpcodeTable.of(code.version());
        byte[] bytes = code.code().clone();
        bytes[unpack.offset()] = (byte) table.byName("NOP").number();
        bytes[unpack.offset() + 1] = 0;
        return new CodeObject(code.version(), code.argCount(), code.posOnlyArgCount(), code.kwOnlyArgCount(),
                code.nlocals(), code.stackSize(), code.flags(), bytes, code.consts(), code.names(),
                code.localsPlusNames(), code.localsPlusKinds(), code.filename(), code.name(), code.qualname(),
                code.firstLineNo(), code.lineTable(), code.exceptionTable());
    }
}
