package depyf.lift;

/**
 * One instruction in the decompiler's version-neutral view: spelling variants folded into one name
 * (POP_JUMP_FORWARD_IF_FALSE and POP_JUMP_IF_FALSE are both POP_JUMP_IF_FALSE, LOAD_FAST_BORROW is
 * LOAD_FAST, ...), positions as indices into the instruction list.
 *
 * @param index position in {@link Code#ops()}
 * @param offset byte offset in the code object
 * @param name canonical opname
 * @param arg the raw argument
 * @param argval the decoded argument (see depyf.bytecode.Instruction)
 * @param argrepr dis's rendering of the argument
 * @param target index of the jump target, or -1
 * @param line source line, or -1
 */
public record Op(int index, int offset, String name, int arg, Object argval, String argrepr, int target, int line) {

    public boolean is(String n) {
        return name.equals(n);
    }

    public boolean isConditionalJump() {
        return switch (name) {
            case "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
                 "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP" -> true;
            default -> false;
        };
    }

    public boolean isUnconditionalJump() {
        return name.equals("JUMP_FORWARD") || name.equals("JUMP_BACKWARD");
    }

    /** A return: RETURN_VALUE, or (3.12, 3.13) RETURN_CONST. */
    public boolean isReturn() {
        return name.equals("RETURN_VALUE") || name.equals("RETURN_CONST");
    }

    /** Never falls through to the next instruction. */
    public boolean isTerminal() {
        return switch (name) {
            case "RETURN_VALUE", "RETURN_CONST", "RAISE_VARARGS", "RERAISE", "JUMP_FORWARD", "JUMP_BACKWARD" -> true;
            default -> false;
        };
    }

    /** The same instruction as {@code other} up to where it jumps: same name, same argument unless a jump. */
    public boolean sameAs(Op other) {
        return name.equals(other.name) && (arg == other.arg || target >= 0);
    }

    public String str() {
        return (String) argval;
    }

    @Override
    public String toString() {
        return offset + " " + name + (argval == null ? "" : " " + argval) + (target >= 0 ? " ->" + target : "");
    }
}
