package depyf.print;

/** The IR holds something that cannot be written as source for the target version. */
public final class PrintException extends RuntimeException {
    public PrintException(String message) {
        super(message);
    }
}
