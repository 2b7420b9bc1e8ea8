package depyf.bytecode;

/**
 * One instruction as the version's own {@code dis.get_instructions} sees it (CACHE entries hidden,
 * EXTENDED_ARG kept as instructions of their own).
 *
 * @param offset byte offset of the opcode
 * @param startOffset offset of the first EXTENDED_ARG prefix of this instruction, else {@code offset}
 * @param opcode the opcode number of this version
 * @param opname its name in this version
 * @param arg the full argument (EXTENDED_ARG prefixes folded in); 0 when {@code hasArg} is false
 * @param argval the decoded argument as dis has it: a {@code PyObject} for constants, a {@code String}
 *     for names, locals, cells, frees and comparison operators, an {@code Integer} jump target offset,
 *     a {@code List<String>} for the 3.13 paired-local opcodes, else the raw {@code Integer} arg
 * @param argrepr dis's rendering of the argument ("" when none)
 * @param jumpTarget target offset of a jump, else -1
 * @param cacheCount inline cache entries after the opcode (3.11+)
 * @param line source line, or -1 when the instruction has none
 * @param startsLine true when this instruction starts a new line in dis's sense
 * @param isJumpTarget true when some jump or exception handler lands here
 */
public record Instruction(int offset, int startOffset, int opcode, String opname, int arg, boolean hasArg,
                          Object argval, String argrepr, int jumpTarget, int cacheCount, int line,
                          boolean startsLine, boolean isJumpTarget) {

    /** The offset of the instruction after this one and its caches. */
    public int nextOffset() {
        return offset + 2 + 2 * cacheCount;
    }

    public boolean is(String name) {
        return opname.equals(name);
    }
}
