package depyf.bytecode;

/** One 3.11+ exception table entry: instructions in [start, end) jump to target with the stack cut to depth. */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {
    public boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
