package depyf.pipeline;

import depyf.lift.Code;
import depyf.lift.Env;
import depyf.lift.LiftException;
import depyf.lift.Op;
import java.util.BitSet;
import java.util.List;

/**
 * Last checks that the structure found for a code object covers its bytecode, so that a misreading
 * the recognisers did not notice falls back rather than print plausible code that runs differently:
 * <ul>
 * <li>every source line holding a reachable load or store had an instruction stepped by a lifter
 * (copies the compiler made, finally bodies and exit blocks, carry the lines of their original, so
 * skipping a copy leaves no line unread; a branch left out does);
 * <li>every loop of the bytecode was read as a loop: each jump back to an instruction that dominates
 * it (a natural loop's back edge) goes to the head of a loop the structurer walked. A loop read as an
 * {@code if} fails here.
 * </ul>
 */
final class Coverage {
    private Coverage() {}

    static void check(Env env) {
        Code code = env.code;
        BitSet reachable = code.reachable(List.of(0), true);
        String problem = unreadLine(code, reachable, env.stepped);
        if (problem == null) {
            problem = unreadLoop(code, reachable, env.loopHeads);
        }
        if (problem == null) {
            return;
        }
        if ("report".equals(System.getenv("DEPYF_COVERAGE"))) {
            System.err.println("COVERAGE " + code.object().filename() + ":" + code.object().qualname() + ": " + problem);
            return;
        }
        throw new LiftException(problem);
    }

    private static String unreadLine(Code code, BitSet reachable, BitSet stepped) {
        BitSet readLines = new BitSet();
        for (int i = stepped.nextSetBit(0); i >= 0 && i < code.size(); i = stepped.nextSetBit(i + 1)) {
            if (code.op(i).line() > 0) {
                readLines.set(code.op(i).line());
            }
        }
        for (int i = reachable.nextSetBit(0); i >= 0; i = reachable.nextSetBit(i + 1)) {
            Op op = code.op(i);
            if (op.line() > 0 && computes(code, i) && !readLines.get(op.line())) {
                return "line " + op.line() + " (" + op.name() + " at offset " + op.offset()
                        + ") was never read: the structure found would leave it out";
            }
        }
        return null;
    }

    /**
     * Instruction i loads or stores a value; not a constant that is returned right away, which the
     * structurer reads from the layout (a return block, its copies) without stepping it, nor the cleanup
     * of an {@code except E as name} (None stored into the name, then deleted), which it recognises.
     */
    private static boolean computes(Code code, int i) {
        String name = code.op(i).name();
        if (nameCleanup(code, i) || i > 0 && nameCleanup(code, i - 1)) {
            return false;
        }
        if (name.equals("LOAD_CONST") || name.equals("LOAD_SMALL_INT")) {
            return i + 1 < code.size() && !code.op(i + 1).name().equals("RETURN_VALUE");
        }
        return name.startsWith("LOAD_") || name.startsWith("STORE_");
    }

    /** LOAD_CONST None, STORE_x name, DELETE_x name start at i. */
    private static boolean nameCleanup(Code code, int i) {
        return i + 2 < code.size() && code.op(i).name().equals("LOAD_CONST")
                && code.op(i).argval() instanceof depyf.pyc.PyObject.None
                && code.op(i + 1).name().startsWith("STORE_") && code.op(i + 2).name().startsWith("DELETE_");
    }

    /**
     * A reachable jump back whose target dominates it and heads no loop read. A loop in a copy the
     * structurer skipped (a finally body's copy on the exception path) has the lines of the original:
     * heads are compared by line, then. The jumps of an await's (or yield from's) send loop,
     * JUMP_BACKWARD_NO_INTERRUPT, are no loop of the source: left out.
     */
    private static String unreadLoop(Code code, BitSet reachable, BitSet heads) {
        BitSet headLines = new BitSet();
        heads = (BitSet) heads.clone();
        for (int h = heads.nextSetBit(0); h >= 0 && h < code.size(); h = heads.nextSetBit(h + 1)) {
            int k = h;                         // a jump to the instruction past a head's NOPs continues it too
            while (k + 1 < code.size() && code.op(k).is("NOP")) {
                k++;
            }
            heads.set(k);
            for (int i : new int[] {h, k}) {
                if (code.op(i).line() > 0) {
                    headLines.set(code.op(i).line());
                }
            }
            h = k;
        }
        for (int j = reachable.nextSetBit(0); j >= 0; j = reachable.nextSetBit(j + 1)) {
            int t = code.op(j).target();
            if (t >= 0 && t <= j && !heads.get(t) && !(code.op(t).line() > 0 && headLines.get(code.op(t).line()))
                    && !code.noInterruptJump(j) && dominates(code, t, j)) {
                return "the loop at line " + code.op(t).line() + " (offset " + code.op(t).offset()
                        + ") was not read as a loop";
            }
        }
        return null;
    }

    /** True when every path from the entry to j passes through t. */
    private static boolean dominates(Code code, int t, int j) {
        return !code.reachable(List.of(0), true, t).get(j);
    }
}
