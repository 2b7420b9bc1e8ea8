package depyf.dis;

import depyf.pyc.CodeObject;

/** Placeholder until the disassembler lands: prints the code object's summary. */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(CodeObject code) {
        return code + "\n";
    }
}
