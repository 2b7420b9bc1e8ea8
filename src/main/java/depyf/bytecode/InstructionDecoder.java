package depyf.bytecode;

import depyf.pyc.CodeObject;
import java.util.List;

/** Decodes a code object's bytecode with its version's opcode table. (Being written.) */
public final class InstructionDecoder {
    private InstructionDecoder() {}

    /** The instructions of {@code code}, in order, as its version's dis.get_instructions gives them. */
    public static List<Instruction> decode(CodeObject code) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The 3.11+ exception table (empty before 3.11). */
    public static List<ExceptionTableEntry> exceptionTable(CodeObject code) {
        throw new UnsupportedOperationException("not written yet");
    }
}
