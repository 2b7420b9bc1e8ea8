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

    /**
     * "at byte N: message", or just the message when there is no offset; always one printable line
     * (control characters escaped, at most 300 characters of message), whatever bytes the input held.
     */
    public String describe() {
        String message = oneLine(getMessage());
        return offset >= 0 ? "at byte " + offset + ": " + message : message;
    }

    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < 300; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\x%02x", (int) c & 0xff));
            } else {
                sb.append(c);
            }
        }
        return sb.length() < 300 ? sb.toString() : sb + "...";
    }
}
