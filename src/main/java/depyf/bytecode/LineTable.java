package depyf.bytecode;

import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Source lines from each version's table: co_lnotab (3.7-3.9), 3.10's co_linetable and the 3.11+
 * location table, read the way CPython's {@code co_lines()} and dis's {@code findlinestarts} read them.
 * A line of -1 stands for Python's None (no line).
 */
public final class LineTable {
    private LineTable() {}

    /** One {@code co_lines()} entry: bytes [start, end) belong to {@code line} (-1: none). */
    public record LineRange(int start, int end, int line) {}

    /** No line ({@code None}). */
    public static final int NO_LINE = -1;

    /**
     * dis.findlinestarts(code) as an ordered map from offset to line: before 3.13 only real lines, each
     * where it differs from the previous real line; from 3.13 on also the starts of line-less stretches.
     */
    public static Map<Integer, Integer> lineStarts(CodeObject code) {
        if (code.version().before(3, 10)) {
            return lnotabStarts(code);
        }
        if (code.version().atLeast(3, 13)) {
            return lineStartsWithNone(code);
        }
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Integer last = null;
        for (LineRange r : coLines(code)) {
            if (r.line() != NO_LINE && (last == null || r.line() != last)) {
                starts.put(r.start(), r.line());
                last = r.line();
            }
        }
        return starts;
    }

    /** 3.13's findlinestarts for any version from 3.10: where the line (or its absence) changes. */
    public static Map<Integer, Integer> lineStartsWithNone(CodeObject code) {
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Integer last = null;
        for (LineRange r : coLines(code)) {
            if (last == null || r.line() != last) {
                starts.put(r.start(), r.line());
                last = r.line();
            }
        }
        return starts;
    }

    /** code.co_lines() for 3.10 and later (before 3.10 the ranges between lnotab line starts). */
    public static List<LineRange> coLines(CodeObject code) {
        byte[] t = code.lineTable() == null ? new byte[0] : code.lineTable();
        if (code.version().atLeast(3, 11)) {
            return merged(locationRanges(t, code.firstLineNo()));
        }
        if (code.version().atLeast(3, 10)) {
            return linetable310(t, code.firstLineNo());
        }
        List<LineRange> out = new ArrayList<>();
        List<Map.Entry<Integer, Integer>> starts = new ArrayList<>(lnotabStarts(code).entrySet());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1).getKey() : code.code().length;
            out.add(new LineRange(starts.get(i).getKey(), end, starts.get(i).getValue()));
        }
        return out;
    }

    private static Map<Integer, Integer> lnotabStarts(CodeObject code) {
        byte[] t = code.lineTable() == null ? new byte[0] : code.lineTable();
        boolean stopAtEnd = code.version().atLeast(3, 8);
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Integer lastLine = null;
        int line = code.firstLineNo();
        int addr = 0;
        for (int i = 0; i + 1 < t.length; i += 2) {
            int byteIncr = t[i] & 0xff;
            int lineIncr = t[i + 1];   // signed byte
            if (byteIncr != 0) {
                if (lastLine == null || line != lastLine) {
                    starts.put(addr, line);
                    lastLine = line;
                }
                addr += byteIncr;
                if (stopAtEnd && addr >= code.code().length) {
                    return starts;
                }
            }
            line += lineIncr;
        }
        if (lastLine == null || line != lastLine) {
            starts.put(addr, line);
        }
        return starts;
    }

    /** 3.10: (byte delta, signed line delta) pairs, -128 meaning no line; empty ranges are skipped. */
    private static List<LineRange> linetable310(byte[] t, int firstLine) {
        List<LineRange> out = new ArrayList<>();
        int computed = firstLine;
        int end = 0;
        int pos = 0;
        while (pos + 1 < t.length) {
            int start;
            int line;
            do {
                start = end;
                end += t[pos] & 0xff;
                int ldelta = t[pos + 1];
                pos += 2;
                if (ldelta == -128) {
                    line = NO_LINE;
                } else {
                    computed += ldelta;
                    line = computed;
                }
            } while (start == end && pos + 1 < t.length);
            if (start != end) {
                out.add(new LineRange(start, end, line));
            }
        }
        return out;
    }

    /** 3.11+: entries of 1-8 code units, each a header byte (bit 7 set) and varint payloads. */
    private static List<LineRange> locationRanges(byte[] t, int firstLine) {
        List<LineRange> out = new ArrayList<>();
        int computed = firstLine;
        int end = 0;
        int pos = 0;
        while (pos < t.length) {
            int head = t[pos] & 0xff;
            int kind = (head >> 3) & 15;
            int delta = switch (kind) {
                case 13, 14 -> signedVarint(t, pos + 1);
                case 11 -> 1;
                case 12 -> 2;
                default -> 0;
            };
            computed += delta;
            int line = (head >> 3) == 0x1f ? NO_LINE : computed;
            int start = end;
            end += ((head & 7) + 1) * 2;
            out.add(new LineRange(start, end, line));
            do {
                pos++;
            } while (pos < t.length && (t[pos] & 0x80) == 0);
        }
        return out;
    }

    /** co_lines() joins neighbouring entries of the same line. */
    private static List<LineRange> merged(List<LineRange> ranges) {
        List<LineRange> out = new ArrayList<>();
        for (LineRange r : ranges) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).line() == r.line()) {
                out.set(last, new LineRange(out.get(last).start(), r.end(), r.line()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static int signedVarint(byte[] t, int pos) {
        int v = 0;
        int shift = 0;
        int read;
        do {
            read = pos < t.length ? t[pos++] & 0xff : 0;
            v |= (read & 63) << shift;
            shift += 6;
        } while ((read & 64) != 0 && shift < 32);
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }
}
