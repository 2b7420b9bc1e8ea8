package depyf.lift;

import depyf.bytecode.ExceptionTableEntry;
import depyf.bytecode.Instruction;
import depyf.bytecode.InstructionDecoder;
import depyf.pyc.CodeObject;
import depyf.pyc.PythonVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code object's instructions in the decompiler's view: EXTENDED_ARG, CACHE, RESUME and NOT_TAKEN
 * dropped, names canonical, jumps and exception handlers as instruction indices.
 */
public final class Code {
    /** An exception table entry in instruction indices: [start, end) handled at target. */
    public record Handler(int start, int end, int target, int depth, boolean lasti) {}

    private final CodeObject object;
    private final List<Op> ops = new ArrayList<>();
    private final List<Handler> handlers = new ArrayList<>();
    private final int[] handlerOf;
    /** LOAD_FAST(_LOAD_FAST) left as written by 3.14's optimize_load_fast, which borrows the others (see {@link Borrows}). */
    private final java.util.BitSet strongLoads = new java.util.BitSet();
    private final java.util.BitSet noInterruptJumps = new java.util.BitSet();
    private final java.util.BitSet borrowedLoads = new java.util.BitSet();
    private final java.util.BitSet jumpTargets = new java.util.BitSet();
    /** 3.14: conditional jumps inside a protected range whose NOT_TAKEN (dropped here) the range leaves out. */
    private final java.util.BitSet notTakenOutOfRange = new java.util.BitSet();
    /** {@link Borrows#reached}, once computed. */
    java.util.BitSet reached;

    public Code(CodeObject object) {
        this.object = object;
        List<Instruction> raw = InstructionDecoder.decode(object);
        Map<Integer, Integer> indexAt = new HashMap<>();
        List<Instruction> kept = new ArrayList<>();
        for (Instruction in : raw) {
            if (!dropped(in.opname())) {
                indexAt.put(in.offset(), kept.size());
                kept.add(in);
            }
        }
        // offsets of dropped instructions map to the next kept one
        int next = kept.size();
        for (int i = raw.size() - 1; i >= 0; i--) {
            Integer idx = indexAt.get(raw.get(i).offset());
            if (idx != null) {
                next = idx;
            } else {
                indexAt.put(raw.get(i).offset(), next);
            }
        }
        String privateClass = Mangling.privateClass(object);
        int end = raw.isEmpty() ? 0 : raw.get(raw.size() - 1).nextOffset();
        indexAt.put(end, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Instruction in = kept.get(i);
            int target = in.jumpTarget() >= 0 ? indexAt.getOrDefault(in.jumpTarget(), -1) : -1;
            String name = canonical(in.opname());
            if (name.equals("JUMP_FORWARD") || name.equals("JUMP_BACKWARD")) {
                name = target >= 0 && target <= i ? "JUMP_BACKWARD" : "JUMP_FORWARD";
            }
            Object argval = in.argval();
            if (argval instanceof String str && mangles(name)) {
                argval = Mangling.unmangle(privateClass, str);
            } else if (argval instanceof List<?> pair && mangles(name)) {
                argval = pair.stream().map(o -> o instanceof String str ? Mangling.unmangle(privateClass, str) : o).toList();
            }
            ops.add(new Op(i, in.offset(), name, in.arg(), argval, in.argrepr(), target, in.line()));
            if (target >= 0) {
                jumpTargets.set(target);
            }
            if (in.opname().equals("JUMP_BACKWARD_NO_INTERRUPT")) {
                noInterruptJumps.set(i);
            }
            if (in.opname().equals("LOAD_FAST") || in.opname().equals("LOAD_FAST_LOAD_FAST")) {
                strongLoads.set(i);
            } else if (in.opname().startsWith("LOAD_FAST_BORROW")) {
                borrowedLoads.set(i);
            }
        }
        handlerOf = new int[kept.size()];
        java.util.Arrays.fill(handlerOf, -1);
        if (object.version().atLeast(3, 11)) {
            for (ExceptionTableEntry e : InstructionDecoder.exceptionTable(object)) {
                int s = indexAt.getOrDefault(e.start(), kept.size());
                int t = indexAt.getOrDefault(e.end(), kept.size());
                int h = indexAt.getOrDefault(e.target(), -1);
                if (s < t && h >= 0) {
                    handlers.add(new Handler(s, t, h, e.depth(), e.lasti()));
                    for (int i = s; i < t; i++) {
                        handlerOf[i] = handlers.size() - 1;
                    }
                }
            }
            List<ExceptionTableEntry> table = InstructionDecoder.exceptionTable(object);
            for (int i = 1; i < raw.size(); i++) {
                if (raw.get(i).opname().equals("NOT_TAKEN") && covered(table, raw.get(i - 1).offset())
                        && !covered(table, raw.get(i).offset())) {
                    notTakenOutOfRange.set(indexAt.get(raw.get(i - 1).offset()));
                }
            }
        }
    }

    /** The same code object's instructions laid out anew ({@link ResumeLayout}): indices 0..n-1 in {@code ops}. */
    Code(CodeObject object, List<Op> ops, List<Handler> handlers) {
        this.object = object;
        this.ops.addAll(ops);
        this.handlers.addAll(handlers);
        handlerOf = new int[ops.size()];
        java.util.Arrays.fill(handlerOf, -1);
        for (int k = 0; k < handlers.size(); k++) {
            for (int i = handlers.get(k).start(); i < handlers.get(k).end(); i++) {
                handlerOf[i] = k;
            }
        }
    }

    /** Instructions whose name argument the compiler mangles (all but the module name of an import). */
    private static boolean mangles(String opname) {
        return !opname.equals("IMPORT_NAME") && (opname.contains("NAME") || opname.contains("ATTR")
                || opname.contains("GLOBAL") || opname.contains("FAST") || opname.contains("DEREF")
                || opname.contains("METHOD") || opname.equals("IMPORT_FROM") || opname.contains("CLOSURE"));
    }

    private static boolean dropped(String opname) {
        return switch (opname) {
            case "EXTENDED_ARG", "CACHE", "RESUME", "NOT_TAKEN", "RESUME_CHECK", "ENTER_EXECUTOR" -> true;
            default -> false;
        };
    }

    static String canonical(String opname) {
        return switch (opname) {
            case "LOAD_FAST_BORROW", "LOAD_FAST_CHECK" -> "LOAD_FAST";
            case "LOAD_FAST_BORROW_LOAD_FAST_BORROW" -> "LOAD_FAST_LOAD_FAST";
            case "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE" -> "POP_JUMP_IF_FALSE";
            case "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE" -> "POP_JUMP_IF_TRUE";
            case "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE" -> "POP_JUMP_IF_NONE";
            case "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE" -> "POP_JUMP_IF_NOT_NONE";
            case "JUMP_BACKWARD_NO_INTERRUPT" -> "JUMP_BACKWARD";
            case "JUMP_ABSOLUTE", "JUMP" -> "JUMP_FORWARD";
            default -> opname;
        };
    }

    /** The instruction was a plain LOAD_FAST or LOAD_FAST_LOAD_FAST (not borrowed, not checked). */
    public boolean strongLoad(int i) {
        return strongLoads.get(i);
    }

    /** The instruction was JUMP_BACKWARD_NO_INTERRUPT (read as JUMP_BACKWARD): a jump the compiler made for a statement's end, not a loop's. */
    public boolean noInterruptJump(int i) {
        return noInterruptJumps.get(i);
    }

    /** Some jump of the code lands on instruction i (exception handlers aside). */
    public boolean isJumpTarget(int i) {
        return jumpTargets.get(i);
    }

    /**
     * The {@code return None} block starting at i is a return statement of the source, not a copy of the
     * implicit final return. That one has no line number, so the compiler copies it for each way in (and,
     * 3.11, in place of a jump to it): a block reached from two places (jumps, or a jump and the
     * instruction before it), or (3.11) by an unconditional jump, is the source's. (A copy takes the line
     * of the instruction before it, but so does a return after a statement the compiler removed.)
     */
    public boolean isWrittenReturn(int i) {
        if (!version().atLeast(3, 12) && finallyPassLine(i)) {
            return false;
        }
        int ways = 0;
        if (i > 0 && !ops.get(i - 1).isTerminal() && !ops.get(i - 1).isUnconditionalJump()) {
            ways++;
        }
        for (Op op : ops) {
            if (op.target() == i) {
                if (op.isUnconditionalJump() && !version().atLeast(3, 12)) {
                    return true;    // 3.12+ lay handlers out last, after copying: their jumps back stay
                }
                ways++;
            }
        }
        return ways >= 2;
    }

    /**
     * 3.11: the return block at i carries the line of a finally body of only {@code pass}: the normal path's
     * copy of that body (a NOP) fell into the implicit final return, whose block took the NOP's line when
     * the NOP was removed, so the compiler did not copy it for each way in (duplicate_exits_without_lineno
     * copies only blocks without a line): not written, though jumps reach it. The exceptional copy's RERAISE
     * right after its PUSH_EXC_INFO carries that line too; a written return after the try has a line of its own.
     */
    private boolean finallyPassLine(int i) {
        int line = ops.get(i).line();
        if (line < 0 || i + 1 >= ops.size() || !ops.get(i + 1).isReturn()) {
            return false;
        }
        for (int k = 0; k < ops.size(); k++) {
            if ((k < i || k > i + 1) && ops.get(k).line() == line && ops.get(k).is("RERAISE")
                    && k > 0 && ops.get(k - 1).is("PUSH_EXC_INFO")) {
                return true;
            }
        }
        return false;
    }

    /** The instruction was a LOAD_FAST_BORROW or LOAD_FAST_BORROW_LOAD_FAST_BORROW (3.14+). */
    public boolean borrowedLoad(int i) {
        return borrowedLoads.get(i);
    }

    public CodeObject object() {
        return object;
    }

    public PythonVersion version() {
        return object.version();
    }

    public List<Op> ops() {
        return ops;
    }

    /**
     * True when instruction i was a LOAD_FAST_BORROW: 3.14 borrows only where its flow analysis reaches,
     * which tells some layouts apart that compile to the same jumps.
     */
    public boolean borrows(int i) {
        return borrowedLoads.get(i);
    }

    public Op op(int i) {
        return ops.get(i);
    }

    public int size() {
        return ops.size();
    }

    /** True when every instruction in [from, to) is named {@code opname} (also when there is none). */
    public boolean holdsOnly(int from, int to, String opname) {
        for (int k = from; k < to; k++) {
            if (!ops.get(k).is(opname)) {
                return false;
            }
        }
        return true;
    }

    public List<Handler> handlers() {
        return handlers;
    }

    /**
     * Instructions reachable from {@code seeds} through jumps, fall-through and, when {@code handlers},
     * exception handlers.
     */
    public java.util.BitSet reachable(List<Integer> seeds, boolean handlers) {
        return reachable(seeds, handlers, -1);
    }

    /** {@link #reachable(List, boolean)} on paths that never pass through instruction {@code avoid}. */
    public java.util.BitSet reachable(List<Integer> seeds, boolean handlers, int avoid) {
        java.util.BitSet seen = new java.util.BitSet(size());
        java.util.Deque<Integer> work = new java.util.ArrayDeque<>(seeds);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i < 0 || i >= size() || i == avoid || seen.get(i)) {
                continue;
            }
            seen.set(i);
            Op op = op(i);
            if (op.target() >= 0) {
                work.push(op.target());
            }
            Handler h = handlerAt(i);
            if (h != null && handlers) {
                work.push(h.target());
            }
            if (!op.isTerminal()) {
                work.push(i + 1);
            }
        }
        return seen;
    }

    private static boolean covered(List<ExceptionTableEntry> table, int offset) {
        for (ExceptionTableEntry e : table) {
            if (e.start() <= offset && offset < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** 3.14: the conditional jump at i lies in a protected range that leaves out the NOT_TAKEN after it. */
    public boolean notTakenOutOfRange(int i) {
        return notTakenOutOfRange.get(i);
    }

    /** The innermost exception handler covering instruction i, or null. */
    public Handler handlerAt(int i) {
        return i < handlerOf.length && handlerOf[i] >= 0 ? handlers.get(handlerOf[i]) : null;
    }

    /** Index of the handler entry covering i, or -1. */
    public int handlerIndexAt(int i) {
        return i < handlerOf.length ? handlerOf[i] : -1;
    }
}
