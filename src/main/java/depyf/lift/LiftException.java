package depyf.lift;

/** The bytecode took a shape the decompiler does not know; the function falls back to its disassembly. */
public class LiftException extends RuntimeException {
    public LiftException(String message) {
        super(message);
    }
}
