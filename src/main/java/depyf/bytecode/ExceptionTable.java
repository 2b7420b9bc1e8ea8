package depyf.bytecode;

import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 3.11+ exception table: entries of four big-endian 6-bit varints (start, length, target,
 * depth&lt;&lt;1|lasti), in code units. Like dis, a truncated last entry is dropped.
 */
final class ExceptionTable {
    private ExceptionTable() {}

    static List<ExceptionTableEntry> parse(CodeObject code) {
        List<ExceptionTableEntry> out = new ArrayList<>();
        byte[] t = code.exceptionTable();
        if (t == null || code.version().before(3, 11)) {
            return out;
        }
        int[] pos = {0};
        while (true) {
            long start = varint(t, pos) * 2;
            long length = varint(t, pos) * 2;
            long target = varint(t, pos) * 2;
            long dl = varint(t, pos);
            if (dl < 0) {
                return out;
            }
            out.add(new ExceptionTableEntry((int) start, (int) (start + length), (int) target,
                    (int) (dl >> 1), (dl & 1) != 0));
        }
    }

    /** The next varint, or a negative number once the table is exhausted. */
    private static long varint(byte[] t, int[] pos) {
        if (pos[0] >= t.length) {
            return Long.MIN_VALUE / 4;
        }
        int b = t[pos[0]++] & 0xff;
        long val = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= t.length || val > Integer.MAX_VALUE) {
                return Long.MIN_VALUE / 4;
            }
            b = t[pos[0]++] & 0xff;
            val = (val << 6) | (b & 63);
        }
        return val;
    }
}
