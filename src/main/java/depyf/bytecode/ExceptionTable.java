package depyf.bytecode;

import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.List;

/** Reads the 3.11+ exception table: entries of big-endian 6-bit varints (start, length, target, depth<<1|lasti). */
final class ExceptionTable {
    private ExceptionTable() {}

    static List<ExceptionTableEntry> parse(CodeObject code) {
        List<ExceptionTableEntry> out = new ArrayList<>();
        byte[] t = code.exceptionTable();
        if (t == null || code.version().before(3, 11)) {
            return out;
        }
        int[] pos = {0};
        while (pos[0] < t.length) {
            int start = varint(t, pos) * 2;
            int length = varint(t, pos) * 2;
            int target = varint(t, pos) * 2;
            int dl = varint(t, pos);
            out.add(new ExceptionTableEntry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int varint(byte[] t, int[] pos) {
        if (pos[0] >= t.length) {
            throw new IllegalArgumentException("truncated exception table");
        }
        int b = t[pos[0]++] & 0xff;
        int val = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= t.length) {
                throw new IllegalArgumentException("truncated exception table");
            }
            b = t[pos[0]++] & 0xff;
            val = (val << 6) | (b & 63);
        }
        return val;
    }
}
