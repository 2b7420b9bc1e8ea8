package depyf.bytecode;

import depyf.bytecode.OpcodeTable.Flag;
import depyf.bytecode.OpcodeTable.Opcode;
import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decodes a code object's bytecode with its version's opcode table, as that version's dis does. The
 * only class that knows EXTENDED_ARG, inline CACHE entries, jump units and direction; line numbers come
 * from {@link LineTable}, handlers from {@link ExceptionTable}, arguments from {@link ArgumentDecoder}.
 */
public final class InstructionDecoder {
    private InstructionDecoder() {}

    /**
     * A code object decoded for printing.
     *
     * @param labels 3.13+: label number of each labelled offset (jump targets and exception table
     *     bounds, as dis.dis numbers them); empty before 3.13
     * @param lineStarts dis.findlinestarts (value -1 for a line-less stretch, 3.13+)
     */
    public record Decoded(CodeObject code, List<Instruction> instructions, Map<Integer, Integer> labels,
                          List<ExceptionTableEntry> exceptionTable, Map<Integer, Integer> lineStarts) {}

    /** The instructions of {@code code}, in order, as its version's dis.get_instructions gives them. */
    public static List<Instruction> decode(CodeObject code) {
        return decode(code, false).instructions();
    }

    /**
     * Decodes as dis.dis does when it prints: from 3.13 the labels then also number the exception
     * table's bounds, which changes the "to L3" of jumps.
     */
    public static Decoded decodeForDis(CodeObject code) {
        return decode(code, true);
    }

    /** The 3.11+ exception table (empty before 3.11). */
    public static List<ExceptionTableEntry> exceptionTable(CodeObject code) {
        return ExceptionTable.parse(code);
    }

    /** One instruction before its argument is resolved; arg is null when it takes none. */
    private record Raw(int offset, int startOffset, Opcode op, Long arg) {}

    private static Decoded decode(CodeObject code, boolean labelsFromExceptionTable) {
        OpcodeTable table = OpcodeTable.of(code.version());
        DisRules rules = DisRules.of(code.version());
        List<Raw> raws = unpack(code.code(), table, rules);
        List<ExceptionTableEntry> handlers = exceptionTable(code);

        Set<Integer> jumpTargets = new HashSet<>();
        for (Raw r : raws) {
            int target = jumpTarget(r, rules);
            if (target != -1) {
                jumpTargets.add(target);
            }
        }
        Set<Integer> targets = new HashSet<>(jumpTargets);
        TreeSet<Integer> labelled = new TreeSet<>(jumpTargets);
        for (ExceptionTableEntry e : handlers) {
            targets.add(e.target());
            if (labelsFromExceptionTable) {
                labelled.add(e.start());
                labelled.add(e.end());
                labelled.add(e.target());
            }
        }
        Map<Integer, Integer> labels = new TreeMap<>();
        if (rules.labels()) {
            for (int offset : labelled) {
                labels.put(offset, labels.size() + 1);
            }
        }

        Map<Integer, Integer> lineStarts = LineTable.lineStarts(code);
        Map<Integer, Integer> allStarts = code.version().atLeast(3, 10) && code.version().before(3, 13)
                ? LineTable.lineStartsWithNone(code) : lineStarts;
        ArgumentDecoder args = new ArgumentDecoder(code, table, rules, offset -> String.valueOf(labels.get(offset)));
        List<Instruction> out = new ArrayList<>(raws.size());
        int line = LineTable.NO_LINE;
        for (Raw r : raws) {
            Integer start = allStarts.get(r.offset());
            if (start != null) {
                line = start;
            }
            int target = jumpTarget(r, rules);
            Object argval = null;
            String argrepr = "";
            int arg = r.arg() == null ? 0 : (int) (long) r.arg();
            if (r.arg() != null) {
                ArgumentDecoder.Resolved v = args.resolve(r.op(), arg, r.offset(), target);
                argval = v.argval();
                argrepr = v.argrepr();
            }
            out.add(new Instruction(r.offset(), r.startOffset(), r.op().number(), r.op().name(), arg,
                    r.arg() != null, argval, argrepr, target, r.op().caches(), line,
                    lineStarts.containsKey(r.offset()), targets.contains(r.offset())));
        }
        return new Decoded(code, List.copyOf(out), labels, handlers, lineStarts);
    }

    /** dis._unpack_opargs: skips CACHE entries, folds EXTENDED_ARG into the next argument. */
    private static List<Raw> unpack(byte[] b, OpcodeTable table, DisRules rules) {
        List<Raw> out = new ArrayList<>(b.length / 2);
        long extended = 0;
        int caches = 0;
        int prefixes = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            Opcode op = table.byNumber(b[i] & 0xff);
            caches = op.caches();
            Long arg = null;
            boolean isExtendedArg = op.number() == table.extendedArg();
            if (op.has(Flag.ARG)) {
                arg = (b[i + 1] & 0xff) | extended;
                extended = isExtendedArg ? arg << 8 : 0;
                if (rules.extendedArgSigned() && extended >= (1L << 31)) {
                    extended -= 1L << 32;
                }
            } else if (!rules.extendedArgKeptAcrossNoArg()) {
                extended = 0;
            }
            if (isExtendedArg) {
                prefixes++;
                out.add(new Raw(i, i, op, arg));
            } else {
                out.add(new Raw(i, i - 2 * prefixes, op, arg));
                prefixes = 0;
            }
        }
        return out;
    }

    /** The byte offset a jump goes to, or -1 for instructions that are not jumps. */
    private static int jumpTarget(Raw r, DisRules rules) {
        if (r.arg() == null) {
            return -1;
        }
        long arg = r.arg();
        if (r.op().has(Flag.JABS)) {
            return (int) (arg * rules.jumpUnitBytes());
        }
        if (!r.op().has(Flag.JREL)) {
            return -1;
        }
        long signed = r.op().has(Flag.BACKWARD) ? -arg : arg;
        long target = r.offset() + 2 + signed * rules.jumpUnitBytes();
        if (rules.jumpSkipsCaches()) {
            target += 2L * r.op().caches();
        }
        return (int) target;
    }
}
