package depyf.bytecode;

import depyf.bytecode.OpcodeTable.Flag;
import depyf.bytecode.OpcodeTable.Opcode;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes a code object's bytecode with its version's opcode table. The only class that knows
 * EXTENDED_ARG, inline CACHE entries, jump units and direction; line numbers come from
 * {@link LineTable}, handlers from {@link ExceptionTable}.
 */
public final class InstructionDecoder {
    private InstructionDecoder() {}

    /** The instructions of {@code code}, in order, as its version's dis.get_instructions gives them. */
    public static List<Instruction> decode(CodeObject code) {
        PythonVersion v = code.version();
        OpcodeTable table = OpcodeTable.of(v);
        byte[] b = code.code();
        int[] lines = LineTable.linesByOffset(code);
        List<int[]> raw = new ArrayList<>();          // offset, startOffset, opcode, arg, caches
        Set<Integer> targets = new HashSet<>();
        int ext = 0;
        int start = -1;
        int wordcode = 2;
        for (int off = 0; off + 1 < b.length; ) {
            int opc = b[off] & 0xff;
            Opcode op = table.byNumber(opc);
            int caches = op == null ? 0 : op.caches();
            int arg = (b[off + 1] & 0xff) | ext;
            if (start < 0) {
                start = off;
            }
            raw.add(new int[] {off, start, opc, arg, caches});
            if (op != null && op.name().equals("EXTENDED_ARG")) {
                ext = arg << 8;
            } else {
                ext = 0;
                start = -1;
            }
            off += wordcode + 2 * caches;
        }
        List<Instruction> out = new ArrayList<>(raw.size());
        int[] jumpTargets = new int[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            int[] r = raw.get(i);
            Opcode op = table.byNumber(r[2]);
            jumpTargets[i] = op == null ? -1 : jumpTarget(v, op, r[0], r[3]);
            if (jumpTargets[i] >= 0) {
                targets.add(jumpTargets[i]);
            }
        }
        for (ExceptionTableEntry e : exceptionTable(code)) {
            targets.add(e.target());
        }
        int prevLine = Integer.MIN_VALUE;
        for (int i = 0; i < raw.size(); i++) {
            int[] r = raw.get(i);
            Opcode op = table.byNumber(r[2]);
            String name = op == null ? "<" + r[2] + ">" : op.name();
            boolean hasArg = table.hasArgument(r[2]);
            int arg = hasArg ? r[3] : 0;
            Object argval = null;
            String argrepr = "";
            if (op != null && hasArg) {
                Object[] vr = Arguments.resolve(code, table, op, arg, jumpTargets[i]);
                argval = vr[0];
                argrepr = (String) vr[1];
            }
            int line = r[0] / 2 < lines.length ? lines[r[0] / 2] : -1;
            boolean startsLine = line >= 0 && line != prevLine;
            if (line >= 0) {
                prevLine = line;
            }
            out.add(new Instruction(r[0], r[1], r[2], name, arg, hasArg, argval, argrepr, jumpTargets[i],
                    r[4], line, startsLine, targets.contains(r[0])));
        }
        return out;
    }

    private static int jumpTarget(PythonVersion v, Opcode op, int offset, int arg) {
        if (op.has(Flag.JABS)) {
            return v.atLeast(3, 10) ? arg * 2 : arg;
        }
        if (!op.has(Flag.JREL)) {
            return -1;
        }
        if (v.before(3, 10)) {
            return offset + 2 + arg;
        }
        if (v.before(3, 11)) {
            return offset + 2 + arg * 2;
        }
        int signed = op.has(Flag.BACKWARD) ? -arg : arg;
        int target = offset + 2 + signed * 2;
        if (v.atLeast(3, 12)) {
            target += 2 * op.caches();
        }
        return target;
    }

    /** The 3.11+ exception table (empty before 3.11). */
    public static List<ExceptionTableEntry> exceptionTable(CodeObject code) {
        return ExceptionTable.parse(code);
    }
}
