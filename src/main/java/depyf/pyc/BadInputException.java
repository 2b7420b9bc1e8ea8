package depyf.pyc;

/**
 * Input that cannot be read: a truncated file, an unknown magic number, a malformed marshal stream.
 * Carries the byte offset at which the problem was found, so that the message can name it.
 */
public final class BadInputException extends RuntimeException {
    private final long offset;

    public BadInputException(long offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Byte offset in the input where the problem was found, or -1 when it concerns the whole input. */
    public long offset() {
        return offset;
    }

    /** "at byte N: message", or just the message when there is no offset. */
    public String describe() {
        return offset >= 0 ? "at byte " + offset + ": " + getMessage() : getMessage();
    }
}
