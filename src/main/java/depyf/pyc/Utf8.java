package depyf.pyc;

/** UTF-8 decoding with CPython's "surrogatepass" error handler, which marshal uses for str. */
final class Utf8 {
    private Utf8() {}

    /** Decodes; lone surrogates encoded as 3-byte sequences come back as lone UTF-16 chars. */
    static String decodeSurrogatePass(byte[] b, long offset) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int cp;
            int len;
            if (c < 0x80) {
                cp = c;
                len = 1;
            } else if (c >= 0xc2 && c < 0xe0) {
                cp = c & 0x1f;
                len = 2;
            } else if (c >= 0xe0 && c < 0xf0) {
                cp = c & 0x0f;
                len = 3;
            } else if (c >= 0xf0 && c < 0xf5) {
                cp = c & 0x07;
                len = 4;
            } else {
                throw new BadInputException(offset, "str is not valid UTF-8 (byte " + i + " of the string)");
            }
            if (i + len > b.length) {
                throw new BadInputException(offset, "str is not valid UTF-8 (truncated sequence)");
            }
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xc0) != 0x80) {
                    throw new BadInputException(offset, "str is not valid UTF-8 (byte " + (i + k) + " of the string)");
                }
                cp = cp << 6 | (cc & 0x3f);
            }
            if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff))) {
                throw new BadInputException(offset, "str is not valid UTF-8 (overlong sequence)");
            }
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }
}
