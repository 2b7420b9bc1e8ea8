package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code while True} loop that is the whole body of a while loop with a test, entered again only from
 * an except clause ({@code continue}): it starts where the outer body does, so the outer loop's copy of
 * its test at the bottom (3.11-3.13) jumps back to the same place. Its breaks go to the end of the outer
 * body: they fall or jump into that copy (3.14: jump back to the outer test).
 */
final class SharedHeads {
    private SharedHeads() {}

    /**
     * At the start i of the body of the while loop being walked (which [i, to) is): when an except clause
     * jumps back to i, reads the {@code while True} loop [i, to) and returns to; -1 when no clause does.
     * A shape not read fails (a clause's jump to i is no continue of the outer loop).
     */
    static int loop(Walker w, int i, int to, Lifter l, Region r) {
        Region.Loop outer = r.loop();
        if (outer == null || outer.isFor() || !outer.continues().contains(i) || outer.continues().stream().noneMatch(c -> c < i)
                || !w.normalFlow.get(i) || !fromClause(w, i, r.follow(), outer.bodyEnd()) || w.mergedHeads.getOrDefault(i + 1, Set.of()).contains(i)
                || w.env.atLeast(3, 14) && !w.code.op(i).is("NOP") && !testLeavesToOuterHead(w, i, outer)) {
            // (3.14: code at i that is neither the `while True` line's NOP nor a test leaving straight for the
            // outer head, read as `while True: if not c(): break`, is the inner loop's own test with an else
            // clause, `while c(): ... else: ...`, whose body only a clause jumps back to: not this shape)
            return -1;
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            int k = op.index();
            // (t right after a conditional jump: the start of a tested loop's body)
            if (t > i && t < k && k < to && w.normalFlow.get(k) && (op.is("JUMP_BACKWARD") || op.isConditionalJump())
                    && w.code.op(WhileTrue.beforeNotTaken(w, t, 0)).isConditionalJump()
                    && WhileTrue.startsWithTest(w.code, i, k)) {
                // the code at i is a tested loop's test (3.12, 3.13: its copy at the bottom jumps back into the
                // body right after it): a clause's jump to i is that loop's continue (seed 72 f210)
                return -1;
            }
        }
        if (!w.env.atLeast(3, 12) && testsOutTo(w, i, to)) {
            // 3.11: the code at i is a test jumping straight to the end of the outer body, where a `while True`'s
            // `if not c(): break` would jump to the break's own JUMP_FORWARD (never threaded into the test): it
            // is a tested loop's test, the clause's jump its continue (seed 141 f168: `while c(): while c():
            // try: break / except E1: continue` read as `while True: while c(): ... / else: break`)
            return -1;
        }
        LiftException unread = new LiftException("an except clause jumps back to the start of a while loop's body (a loop"
                + " inside it starting there) at " + w.code.op(i).offset());
        for (int k = i; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t < 0 || !w.reachable.get(k) || op.is("FOR_ITER") || !(k < to || !w.normalFlow.get(k))) {
                continue;
            }
            boolean inside = t >= i && t <= to;
            if (w.normalFlow.get(k) ? t == i || !inside && !outer.continues().contains(t)
                    : k >= to && t < i && t >= 0 && w.normalFlow.get(t) && !outer.continues().contains(t)) {
                throw unread;                  // a jump back in normal flow (not this shape), or out of the body
            }
        }
        // (3.12, 3.13: the jump back that ends the loop's body, reached only from a clause and without a line
        // of its own, is threaded past the NOP of the `while True` line at i)
        int head = Tries.skipNops(w, i);
        int end = withTailExit(w, i, to, r);
        if (end == to) {
            end = breakNopEnd(w, i, to, outer);
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < i || h.start() >= end || !w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                continue;
            }
            for (int t : ExceptClauses.clauseExits(w, h.target())) {
                int at = Tries.skipNops(w, t);
                boolean back = at < w.code.size() && w.code.op(at).is("JUMP_BACKWARD")
                        && (outer.continuesThisOrOuter(w.code.op(at).target()) || w.code.op(at).target() == i
                            || w.code.op(at).target() == head);
                int cold = t >= end && w.env.atLeast(3, 14) ? ColdContinuations.end(w, t) : -1;
                if (cold > t && backOnlyTo(w, t, cold, i, head)) {
                    continue;                  // 3.14: the rest of this loop's body after the try, laid out past the handlers
                }
                if (t >= end && !Branches.sameExit(w, t, end) && !back && !outer.continues().contains(t)) {
                    // a clause of a try in the loop goes on past its end, elsewhere than where the loop goes
                    // on: the code after that try, laid out past the handlers (3.14: a with whose
                    // suppressing path jumps back to i, rich seed 50 f80), which this loop would leave out
                    throw new LiftException("an except clause goes on past the end of a loop sharing its head at "
                            + w.code.op(h.target()).offset());
                }
            }
        }
        Region.Loop inner = new Region.Loop(head > i && head < end ? Set.of(i, head) : Set.of(i), end, end, false, outer);
        Lifter body = l.fork();
        w.walk(i, end, body, r.withLoop(inner, i), i);
        List<Stmt> stmts = new ArrayList<>(body.out);
        if (w.normalFlow.get(end - 1) && !w.code.op(end - 1).isTerminal()) {
            stmts.add(new Stmt.Break());      // the body falls into the end of the outer body: it leaves this loop
        }
        l.emit(new Stmt.While(new Expr.Constant(depyf.pyc.PyObject.Bool.TRUE), stmts, List.of()));
        return end;
    }

    /** True when every jump of [t, e) out of it goes back to i or head, the last one ending it. */
    private static boolean backOnlyTo(Walker w, int t, int e, int i, int head) {
        for (int k = t; k < e; k++) {
            int target = w.code.op(k).target();
            if (target >= 0 && !(target >= t && target < e) && target != i && target != head) {
                return false;
            }
        }
        return w.code.op(e - 1).is("JUMP_BACKWARD");
    }

    /**
     * Where the loop at i ends when a with's suppressing path is what jumps back to i (its body returns:
     * {@link WhileTrue#withTailExit}): the code after the with's return, which its breaks jump to, is the
     * outer body's, after the loop. Else the end of the outer body, to.
     */
    private static int withTailExit(Walker w, int i, int to, Region r) {
        for (int k = w.code.size() - 1; k >= to; k--) {
            Op op = w.code.op(k);
            if (op.target() == i && op.is("JUMP_BACKWARD") && w.reachable.get(k) && !w.normalFlow.get(k)) {
                int exit = WhileTrue.withTailExit(w, i, k, to, r);
                return exit > i && exit < to ? exit : to;
            }
        }
        return to;
    }

    /**
     * 3.14: where the loop at i ends when its body ends with a try statement whose body ends with a break
     * into code of the outer body after the loop: the try's range ends at the break's NOP (a break to the
     * next instruction keeps only its line), which falls into that code instead of jumping back to the
     * outer head (the shape this class reads, the loop ending the outer body). The loop ends past that NOP
     * when nothing jumps to it or past the code after it from before (a break before the try jumps to that
     * code); the try is the body's last whose clauses go back to i. (Fuzz seed 45 f63: `while True: t();
     * try: t(); break / except E: pass` then `while True: if c(): break / t()`.) Else to.
     */
    private static int breakNopEnd(Walker w, int i, int to, Region.Loop outer) {
        if (!w.env.atLeast(3, 14)) {
            return to;
        }
        Code.Handler guard = null;                 // the last try in the body whose clauses go back to i
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= i && h.start() < to && (guard == null || h.start() > guard.start())
                    && w.code.op(h.target()).is("PUSH_EXC_INFO") && ExceptClauses.clauseExits(w, h.target()).contains(i)) {
                guard = h;
            }
        }
        if (guard == null) {
            return to;
        }
        int nop = w.normalFlow.nextSetBit(Handlers.protectedEnd(w.code, guard.target()));
        if (nop < 0 || nop + 1 >= to || !w.code.op(nop).is("NOP") || w.jumpTargets.get(nop)) {
            return to;
        }
        Op next = w.code.op(nop + 1);
        if (next.is("JUMP_BACKWARD") && outer.continues().contains(next.target())) {
            return to;                         // the break jumps back to the outer head: the loop ends the outer body
        }
        for (int k = i; k < nop; k++) {
            int t = w.code.op(k).target();
            if (w.normalFlow.get(k) && t >= nop && t != nop + 1) {
                return to;                     // (a break before the try jumps to the code after the loop, past the NOP)
            }
        }
        return nop + 1;
    }

    /**
     * 3.14: True when the code at i is a test whose failing way goes straight back to the outer loop's head:
     * the fall-through past NOT_TAKEN of a POP_JUMP_IF_TRUE, or a POP_JUMP_IF_FALSE's target, is a jump back
     * there (the inner loop's exit with nothing after it in the outer body). The test may be a chain of
     * {@code and}/{@code or} links: its jumps go forward, to later links, to the body after it or to such a
     * jump back, which ends a link laid out inline; the body starts where no jump of the test reaches past.
     */
    private static boolean testLeavesToOuterHead(Walker w, int i, Region.Loop outer) {
        int reach = i;                  // the furthest a jump of the test goes forward
        boolean leaves = false;         // a way out of the test goes back to the outer head
        for (int k = i; k < w.code.size() && k - i < 48; k++) {
            Op op = w.code.op(k);
            if (leaves && k >= reach) {
                return true;            // past the test: the body
            }
            if (op.isConditionalJump()) {
                if (op.target() <= k) {
                    return false;
                }
                if (jumpsBackTo(w, op.target(), outer)) {
                    leaves = true;      // straight to a jump back laid out elsewhere
                } else {
                    reach = Math.max(reach, op.target());
                }
            } else if (op.is("JUMP_BACKWARD")) {
                if (!outer.continues().contains(op.target())) {
                    return false;
                }
                leaves = true;
            } else if (op.target() >= 0 || op.isTerminal() || op.is("POP_TOP")
                    || op.name().startsWith("STORE_") && (k == i || !w.code.op(k - 1).is("COPY"))) {
                return false;           // (a statement ends there: not a test; a walrus copies what it stores)
            }
        }
        return false;
    }

    /** The code at t, past NOT_TAKEN and NOPs, jumps back to a head of the loop {@code outer}. */
    private static boolean jumpsBackTo(Walker w, int t, Region.Loop outer) {
        while (t < w.code.size() && (w.code.op(t).is("NOT_TAKEN") || w.code.op(t).is("NOP"))) {
            t++;
        }
        return t < w.code.size() && w.code.op(t).is("JUMP_BACKWARD") && outer.continues().contains(w.code.op(t).target());
    }

    /**
     * True when code only except handlers reach jumps to i (not a copy of the loop's test already read:
     * DisplacedLoopTails.displacedCopy, laid out after the handlers, dead).
     */
    static boolean fromClause(Walker w, int i, int copy, int bodyEnd) {
        for (Op op : w.code.ops()) {
            int k = op.index();
            // (not the outer loop's copy of its test at the bottom [copy, bodyEnd), 3.11-3.13, which only a
            // with's suppressing path reaches when the rest of the body returns: seed 58 f96)
            if (op.target() == i && k != i && w.reachable.get(k) && !w.normalFlow.get(k) && !w.dead.get(k)
                    && !(copy > i && k >= copy && k < bodyEnd)) {
                return true;
            }
            if (op.target() == i && k >= bodyEnd && bodyEnd > i && w.code.op(i).is("NOP") && w.reachable.get(k) && !w.dead.get(k)
                    && (TryBodyEnds.onlyFromHandlers(w, blockStart(w, k)) || w.env.atLeast(3, 14) && afterHandlersOnly(w, k))) {
                return true;                   // (3.14: the code after a clause, past the outer body, back to a
            }                                  // `while True` line's NOP: set 193 f57 reduced; branching too)
        }
        return false;
    }

    /**
     * True when the code ending at k starts right after a handler area (its RERAISE), entered only from
     * handlers, and nothing outside it jumps into it: code after a clause, its own tests jumping within it.
     */
    private static boolean afterHandlersOnly(Walker w, int k) {
        int s = k;
        while (s > 0 && !w.code.op(s - 1).is("RERAISE")) {
            if (w.code.op(s).is("PUSH_EXC_INFO")) {
                return false;
            }
            s--;
        }
        return s > 0 && s < k && TryBodyEnds.onlyFromHandlers(w, s) && !w.jumpedInto(s, k + 1);
    }

    /** The start of the straight block holding k: past the last jump, return or raise before it, or a jump target. */
    private static int blockStart(Walker w, int k) {
        int s = k;
        while (s > 0 && !w.jumpTargets.get(s) && !w.code.op(s - 1).isTerminal() && !w.code.op(s - 1).isUnconditionalJump()
                && w.code.op(s - 1).target() < 0) {
            s--;
        }
        return s;
    }

    /** True when the first jump of the code from i is a test's, straight to {@code to} (past NOPs). */
    private static boolean testsOutTo(Walker w, int i, int to) {
        for (int k = i; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal()) {
                return op.isConditionalJump() && Tries.skipNops(w, op.target()) == Tries.skipNops(w, to)
                        && WhileTrue.startsWithTest(w.code, i, k + 1) && !w.code.op(k + 1).isUnconditionalJump();
            }
        }
        return false;
    }
}
