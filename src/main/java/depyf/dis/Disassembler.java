package depyf.dis;

import depyf.bytecode.ConstantText;
import depyf.bytecode.ExceptionTableEntry;
import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.bytecode.InstructionDecoder.Decoded;
import depyf.bytecode.LineTable;
import depyf.pyc.BadInputException;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.Collection;
import java.util.Map;

/**
 * Prints a code object as its own version's {@code dis.dis(code)} does: the code, then each nested code
 * object under a "Disassembly of ..." header, depth first. Layout before 3.13: line, "&gt;&gt;" mark,
 * offset, name, argument; from 3.13: line, label ("L3:"), name, argument. Only the memory addresses of
 * code objects and the order of frozenset elements can differ from CPython's.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    private Disassembler() {}

    /** The text dis.dis(code) prints; BadInputException when the code object contradicts itself. */
    public static String disassemble(CodeObject code) {
        StringBuilder out = new StringBuilder();
        try {
            recurse(code, out);
        } catch (StackOverflowError e) {
            throw new BadInputException(-1, "code objects or constants nested too deeply to print");
        }
        return out.toString();
    }

    private static void recurse(CodeObject code, StringBuilder out) {
        Decoded d = InstructionDecoder.decodeForDis(code);
        if (code.version().atLeast(3, 13)) {
            printWithLabels(d, out);
        } else {
            printWithOffsets(d, out);
        }
        for (PyObject c : code.consts()) {
            if (c instanceof CodeObject nested) {
                out.append('\n').append("Disassembly of ").append(ConstantText.codeRepr(nested)).append(":\n");
                recurse(nested, out);
            }
        }
    }

    /** 3.7-3.12. */
    private static void printWithOffsets(Decoded d, StringBuilder out) {
        Collection<Integer> lines = d.lineStarts().values();
        boolean showLines = !lines.isEmpty();
        int linenoWidth = 0;
        if (showLines) {
            int max = lines.stream().mapToInt(Integer::intValue).max().getAsInt();
            linenoWidth = max >= 1000 ? String.valueOf(max).length() : 3;
        }
        int maxOffset = d.code().code().length - 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        StringBuilder line = new StringBuilder();
        for (Instruction in : d.instructions()) {
            if (showLines && in.startsLine() && in.offset() > 0) {
                out.append('\n');
            }
            line.setLength(0);
            if (linenoWidth > 0) {
                line.append(in.startsLine() ? pad(String.valueOf(in.line()), linenoWidth) : " ".repeat(linenoWidth));
                line.append(' ');
            }
            line.append("   ").append(' ');
            line.append(in.isJumpTarget() ? ">>" : "  ").append(' ');
            line.append(pad(String.valueOf(in.offset()), offsetWidth)).append(' ');
            line.append(padRight(in.opname(), OPNAME_WIDTH));
            if (in.hasArg()) {
                line.append(' ').append(pad(String.valueOf(in.arg()), OPARG_WIDTH));
                if (!in.argrepr().isEmpty()) {
                    line.append(" (").append(in.argrepr()).append(')');
                }
            }
            out.append(stripTrailing(line)).append('\n');
        }
        if (!d.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : d.exceptionTable()) {
                out.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ")
                        .append(e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** 3.13 and later. */
    private static void printWithLabels(Decoded d, StringBuilder out) {
        int linenoWidth = linenoWidth(d.lineStarts());
        Map<Integer, Integer> labels = d.labels();
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        StringBuilder line = new StringBuilder();
        for (Instruction in : d.instructions()) {
            if (linenoWidth > 0 && in.startsLine() && in.offset() > 0) {
                out.append('\n');
            }
            line.setLength(0);
            if (linenoWidth > 0) {
                if (in.startsLine()) {
                    String n = in.line() == LineTable.NO_LINE ? NO_LINENO : String.valueOf(in.line());
                    line.append(pad(n, linenoWidth));
                } else {
                    line.append(" ".repeat(linenoWidth));
                }
                line.append(' ');
            }
            Integer label = labels.get(in.offset());
            line.append(label != null ? pad("L" + label + ":", labelWidth) : " ".repeat(labelWidth)).append(' ');
            line.append("   ").append(' ');
            line.append(padRight(in.opname(), OPNAME_WIDTH));
            if (in.hasArg()) {
                int excess = Math.max(0, in.opname().length() - OPNAME_WIDTH);
                line.append(' ').append(pad(String.valueOf(in.arg()), OPARG_WIDTH - excess));
                if (!in.argrepr().isEmpty()) {
                    line.append(" (").append(in.argrepr()).append(')');
                }
            }
            out.append(stripTrailing(line)).append('\n');
        }
        if (!d.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : d.exceptionTable()) {
                out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                        .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** dis._get_lineno_width (3.13+): line 0 and missing lines do not count towards the width. */
    private static int linenoWidth(Map<Integer, Integer> starts) {
        int max = Integer.MIN_VALUE;
        boolean none = false;
        for (int l : starts.values()) {
            if (l == LineTable.NO_LINE) {
                none = true;
            } else if (l != 0) {
                max = Math.max(max, l);
            }
        }
        if (max == Integer.MIN_VALUE) {
            return 0;
        }
        int width = Math.max(3, String.valueOf(max).length());
        return width < NO_LINENO.length() && none ? NO_LINENO.length() : width;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }
}
