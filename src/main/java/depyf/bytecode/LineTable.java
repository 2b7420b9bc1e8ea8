package depyf.bytecode;

import depyf.pyc.CodeObject;
import java.util.Arrays;

/** Source lines per code unit from each version's table: lnotab (3.7-3.9), 3.10's linetable, 3.11+ locations. */
public final class LineTable {
    private LineTable() {}

    /** The line of each 2-byte code unit, -1 where there is none. */
    public static int[] linesByOffset(CodeObject code) {
        int units = code.code().length / 2;
        int[] lines = new int[units];
        Arrays.fill(lines, -1);
        byte[] t = code.lineTable();
        if (t == null) {
            return lines;
        }
        if (code.version().atLeast(3, 11)) {
            locations(code, t, lines);
        } else if (code.version().atLeast(3, 10)) {
            linetable310(code, t, lines);
        } else {
            lnotab(code, t, lines);
        }
        return lines;
    }

    private static void fill(int[] lines, int fromUnit, int toUnit, int line) {
        for (int u = Math.max(0, fromUnit); u < Math.min(toUnit, lines.length); u++) {
            lines[u] = line;
        }
    }

    private static void locations(CodeObject code, byte[] t, int[] lines) {
        int line = code.firstLineNo();
        int unit = 0;
        int[] pos = {0};
        while (pos[0] < t.length) {
            int first = t[pos[0]++] & 0xff;
            int kind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int thisLine;
            switch (kind) {
                case 15 -> thisLine = -1;
                case 14 -> {
                    line += svarint(t, pos);
                    varint(t, pos);
                    varint(t, pos);
                    varint(t, pos);
                    thisLine = line;
                }
                case 13 -> {
                    line += svarint(t, pos);
                    thisLine = line;
                }
                case 10, 11, 12 -> {
                    line += kind - 10;
                    pos[0] += 2;
                    thisLine = line;
                }
                default -> {
                    pos[0] += 1;
                    thisLine = line;
                }
            }
            fill(lines, unit, unit + length, thisLine);
            unit += length;
        }
    }

    private static int varint(byte[] t, int[] pos) {
        int read = t[pos[0]++] & 0xff;
        int val = read & 63;
        int shift = 0;
        while ((read & 64) != 0) {
            read = t[pos[0]++] & 0xff;
            shift += 6;
            val |= (read & 63) << shift;
        }
        return val;
    }

    private static int svarint(byte[] t, int[] pos) {
        int v = varint(t, pos);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }

    private static void linetable310(CodeObject code, byte[] t, int[] lines) {
        int line = code.firstLineNo();
        int end = 0;
        for (int i = 0; i + 1 < t.length; i += 2) {
            int sdelta = t[i] & 0xff;
            int ldelta = t[i + 1];
            int start = end;
            end = start + sdelta;
            if (ldelta == -128) {
                continue;
            }
            line += ldelta;
            fill(lines, start / 2, end / 2, line);
        }
    }

    private static void lnotab(CodeObject code, byte[] t, int[] lines) {
        int line = code.firstLineNo();
        int addr = 0;
        int lastAddr = 0;
        int lastLine = line;
        for (int i = 0; i + 1 < t.length; i += 2) {
            int byteIncr = t[i] & 0xff;
            int lineIncr = t[i + 1];
            if (byteIncr != 0) {
                fill(lines, lastAddr / 2, (addr + byteIncr) / 2, line);
                addr += byteIncr;
                lastAddr = addr;
            }
            line += lineIncr;
            lastLine = line;
        }
        fill(lines, lastAddr / 2, lines.length, lastLine);
    }
}
