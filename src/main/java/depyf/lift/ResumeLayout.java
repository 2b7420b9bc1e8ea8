package depyf.lift;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Dynamo's resume functions ({@code __resume_at_N}) start with a prologue that rebuilds the frame's
 * state and then jumps into a copy of the original body. When the graph break was inside a with block,
 * the prologue enters the context manager again and jumps from inside that with block into the middle
 * of the copy's, and Dynamo's exception table lets the prologue's handler cover both parts. Laid out in
 * order of execution instead (prologue up to the jump, then the code from the jump target on, then
 * everything between, which is only handler and dead code), it is a plain with statement.
 */
public final class ResumeLayout {
    private ResumeLayout() {}

    /** The code of a resume function whose prologue jumps from inside a protected range, laid out anew; else {@code c}. */
    public static Code apply(Code c) {
        if (!c.object().localsPlusNames().contains("__is_tracing_resume_prologue")) {
            return c;
        }
        int n = c.size();
        int j = -1;
        for (int i = 0; i < n; i++) {
            Op op = c.op(i);
            if (op.is("JUMP_FORWARD")) {
                j = i;
                break;
            }
            if (op.isConditionalJump() || op.isTerminal() || op.is("FOR_ITER") || op.is("SEND")) {
                return c;
            }
        }
        if (j < 0 || c.handlerAt(j) == null) {
            return c;
        }
        int t = c.op(j).target();
        if (t <= j + 1 || t >= n) {
            return c;
        }
        BitSet live = reachable(c);
        if (live.get(t - 1) && !c.op(t - 1).isTerminal() || live.get(n - 1) && !c.op(n - 1).isTerminal()) {
            return c;           // something falls through into the jump target or off the end: leave it
        }
        for (Op op : c.ops()) {
            if (op.target() == j) {
                return c;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < j; i++) {
            order.add(i);
        }
        for (int i = t; i < n; i++) {
            order.add(i);
        }
        for (int i = j + 1; i < t; i++) {
            order.add(i);
        }
        int[] at = new int[n];
        for (int k = 0; k < order.size(); k++) {
            at[order.get(k)] = k;
        }
        at[j] = at[t];
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            Op op = c.op(order.get(k));
            int target = op.target() >= 0 ? at[op.target()] : -1;
            String name = op.name();
            if (op.isUnconditionalJump()) {
                name = target >= 0 && target <= k ? "JUMP_BACKWARD" : "JUMP_FORWARD";
            }
            ops.add(new Op(k, op.offset(), name, op.arg(), op.argval(), op.argrepr(), target, op.line()));
        }
        List<Code.Handler> handlers = new ArrayList<>();
        for (Code.Handler h : c.handlers()) {
            BitSet covered = new BitSet();
            for (int i = h.start(); i < h.end(); i++) {
                if (i != j) {
                    covered.set(at[i]);
                }
            }
            for (int s = covered.nextSetBit(0); s >= 0; s = covered.nextSetBit(covered.nextClearBit(s))) {
                handlers.add(new Code.Handler(s, covered.nextClearBit(s), at[h.target()], h.depth(), h.lasti()));
            }
        }
        handlers.sort(java.util.Comparator.comparingInt(Code.Handler::start));
        return new Code(c.object(), ops, handlers);
    }

    private static BitSet reachable(Code c) {
        return c.reachable(List.of(0), true);
    }
}
