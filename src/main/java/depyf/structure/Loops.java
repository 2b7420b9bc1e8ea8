package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Comprehensions;
import depyf.lift.Conditions;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** for loops, while loops with a test (both layouts) and {@code while True}, with else, break, continue. */
final class Loops {
    private Loops() {}

    /** True when some instruction in [from, to) jumps back into [lo, hi]. */
    static boolean hasBackEdgeInto(Code code, int lo, int hi, int from, int to) {
        for (int k = from; k < to; k++) {
            Op op = code.op(k);
            int t = op.target();
            if (t >= lo && t <= hi && t <= k && (op.is("JUMP_BACKWARD") || op.isConditionalJump())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the code from p is a condition whose false exit leaves the loop ending at {@code back}
     * (a chain's earlier jumps go forward into the loop: {@code while a or b}).
     */
    static boolean startsWithTest(Code code, int p, int back) {
        for (int k = p; k < back; k++) {
            Op op = code.op(k);
            if (op.isConditionalJump() && op.target() > k && op.target() <= back) {
                continue;
            }
            if (op.isConditionalJump()) {
                return op.target() > back;
            }
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") || op.is("POP_TOP")) {
                return false;
            }
        }
        return false;
    }

    /** The loop head p and the NOPs right after it that jumps back also target: continue targets. */
    static Set<Integer> headTargets(Walker w, int p) {
        Set<Integer> heads = new java.util.HashSet<>();
        heads.add(p);
        for (int k = p + 1; k < w.code.size() && w.code.op(k - 1).is("NOP") && w.code.op(k).is("NOP")
                && w.jumpTargets.get(k); k++) {
            heads.add(k);
        }
        return heads;
    }

    /** A loop whose header is {@code p} (the target of the back edge at {@code back}): {@code while True}. */
    static int headerLoop(Walker w, int p, int back, int to, Lifter l, Region r) {
        int exit = back + 1;
        Lifter body = l.fork();
        Region inner = r.withLoop(new Region.Loop(headTargets(w, p), exit, back + 1, false, r.loop()), p);
        w.walk(p, back + 1, body, inner, p);
        List<Stmt> stmts = new ArrayList<>(body.out);
        if (stmts.size() > 1 && stmts.get(stmts.size() - 1) instanceof Stmt.Continue) {
            stmts.remove(stmts.size() - 1);    // the jump back at the end of the body
        }
        l.emit(new Stmt.While(new Expr.Constant(depyf.pyc.PyObject.Bool.TRUE), stmts, List.of()));
        return exit;
    }

    /** A while loop whose test at [condStart, b) jumps to {@code f} when false. */
    static int guardLoop(Walker w, int condStart, int b, int f, Expr test, int to, Lifter l, Region r) {
        int exit = breakTarget(w.code, b, f, f, to);
        if (exit == f && f < to && breaksToOuterContinue(w, b, f, r)) {
            exit = to;                         // the loop ends the enclosing loop's body: the rest is its else
        }
        int back = -1;
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.target() >= condStart && op.target() <= b && op.target() <= k) {
                back = op.target();
            }
        }
        // 3.11-3.13 copy the test to the bottom of the body: the body ends there, falling into it
        int copy = bottomCopy(w, condStart, b, f, exit);
        Lifter body = l.fork();
        Region inner = r.withLoop(new Region.Loop(Set.of(condStart, b), exit, f, false, r.loop()), copy >= 0 ? copy : back);
        w.walk(b, copy >= 0 ? copy : f, body, inner, b);
        List<Stmt> stmts = new ArrayList<>(body.out);
        Expr guard = null;
        if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.If last && last.orelse().isEmpty()
                && (last.body().isEmpty() || last.body().size() == 1
                    && (last.body().get(0) instanceof Stmt.Break || last.body().get(0) instanceof Stmt.Continue))) {
            // the copy of the loop's test at the bottom of the body (3.11-3.13)
            if (isCopyOf(last.test(), test)) {
                stmts.remove(stmts.size() - 1);
            } else if (exit == f && test instanceof Expr.BoolOp and && and.op() == depyf.ir.Operator.Bool.AND) {
                // `if a: while b:` reads as one chain `a and b` jumping to the same exit; the bottom copy
                // tests only b: the operands before it guard the loop
                List<Expr> values = and.values();
                for (int s = 1; s < values.size(); s++) {
                    Expr rest = s == values.size() - 1 ? values.get(s)
                            : new Expr.BoolOp(depyf.ir.Operator.Bool.AND, values.subList(s, values.size()));
                    if (isCopyOf(last.test(), rest)) {
                        guard = s == 1 ? values.get(0) : new Expr.BoolOp(depyf.ir.Operator.Bool.AND, values.subList(0, s));
                        test = rest;
                        stmts.remove(stmts.size() - 1);
                        break;
                    }
                }
            }
        }
        Op lastOp = w.code.op(f - 1);
        if (exit == f && w.reachable.get(f - 1) && lastOp.target() < 0 && !lastOp.isTerminal()) {
            // the body falls off its end into the code after the loop: a break whose jump to the very next
            // instruction was removed (a NOP holds its line); the body's paths that reach here leave the loop
            stmts.add(new Stmt.Break());
        }
        List<Stmt> orelse = List.of();
        if (exit > f) {
            Lifter e = l.fork();
            w.walk(f, exit, e, r.withFollow(exit), -1);
            orelse = e.out;
        }
        Stmt loop = new Stmt.While(test, stmts, orelse);
        l.emit(guard == null ? loop : new Stmt.If(guard, List.of(loop), List.of()));
        return Math.min(exit, to);
    }

    /**
     * Where the copy of the loop's test [condStart, b) at the end of the body [b, f) starts: the same
     * instructions, its jumps going to the body, the exit or within the copy (3.12+ add jumps back to
     * the body between its conditions); -1 when the body does not end with one.
     */
    private static int bottomCopy(Walker w, int condStart, int b, int f, int exit) {
        if (w.env.atLeast(3, 14) || f - 1 <= b || w.code.op(f - 1).target() < 0) {
            return -1;
        }
        List<Op> test = new ArrayList<>();
        for (int k = condStart; k < b; k++) {
            Op op = w.code.op(k);
            if (op.target() < 0 && !op.is("NOP")) {
                test.add(op);
            }
        }
        int c = f;
        int n = test.size();
        while (n > 0 && c > b) {
            Op op = w.code.op(--c);
            int t = op.target();
            if (t >= 0) {
                if (!(t == b || t == f || t == exit || t > c && t < f) || op.is("FOR_ITER")) {
                    return -1;
                }
            } else if (!op.is("NOP")) {
                if (!op.sameAs(test.get(--n))) {
                    return -1;
                }
            }
        }
        return n == 0 && c > b ? c : -1;
    }

    private static boolean isCopyOf(Expr bottom, Expr test) {
        return Conditions.sameTest(bottom, test) || Conditions.sameTest(bottom, Conditions.not(test));
    }

    /**
     * A break whose target is a small block ending in a return is compiled as POP_TOP (the iterator) and
     * a copy of that block (3.12+). When the copy matches code past the loop's else clause, that is
     * where breaks go; else -1.
     */
    private static int copiedBreakExit(Walker w, int from, int end, int after, int to) {
        for (int k = from; k < end; k++) {
            Op prev = w.code.op(k - 1);
            boolean statementStart = w.jumpTargets.get(k) || prev.isConditionalJump() || prev.is("NOP")
                    || prev.name().startsWith("STORE_") || prev.name().startsWith("DELETE_");
            if (!w.code.op(k).is("POP_TOP") || !statementStart) {
                continue;                          // the iterator's pop comes between statements
            }
            int n = 0;
            while (k + 1 + n < end && n < 8) {
                Op op = w.code.op(k + 1 + n);
                n++;
                if (op.is("RETURN_VALUE") || op.is("RETURN_CONST")) {
                    break;
                }
                if (op.target() >= 0 || op.isTerminal()) {
                    n = 0;
                    break;
                }
            }
            if (n == 0 || !(w.code.op(k + n).is("RETURN_VALUE") || w.code.op(k + n).is("RETURN_CONST"))) {
                continue;
            }
            // the else clause between: straight-line code, entered only from the loop's normal exit
            for (int q = after + 1; q + n <= Math.min(to, w.code.size()); q++) {
                Op op = w.code.op(q - 1);
                if (op.target() >= 0 || op.isTerminal() || op.is("FOR_ITER") || w.jumpTargets.get(q - 1) && q - 1 > after) {
                    break;
                }
                if (Tries.sameOps(w, q, k + 1, n) && w.normalFlow.get(q)) {
                    return q;
                }
            }
        }
        return -1;
    }

    /** Where breaks out of the loop body [from, end) go: past an else clause starting at {@code after}, if any. */
    private static int breakTarget(Code code, int from, int end, int after, int to) {
        int best = after;
        for (int k = from; k < end; k++) {
            Op op = code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() > best && op.target() <= to) {
                best = op.target();
            }
        }
        return best;
    }

    static int forLoop(Walker w, int f, int to, Lifter l, Region r) {
        Op op = w.code.op(f);
        if (l.peek(1) instanceof Expr iterable) {
            l.stack().set(l.depth() - 1, new Item.Iterator(iterable, false));   // '.0' of a comprehension
        }
        if (!(l.peek(1) instanceof Item.Iterator it)) {
            throw new LiftException("FOR_ITER without an iterator at " + op.offset());
        }
        int exitIdx = op.target();
        int after = exitIdx;
        while (after < w.code.size() && w.code.op(after).is("END_FOR")) {
            after++;
        }
        if (w.env.atLeast(3, 13) && after < w.code.size() && after > exitIdx
                && (w.code.op(after).is("POP_TOP") || w.code.op(after).is("POP_ITER"))) {
            after++;
        }
        int exit = Math.max(breakTarget(w.code, f + 1, exitIdx, after, to), copiedBreakExit(w, f + 1, exitIdx, after, to));
        Expr[] target = new Expr[1];
        Lifter body = l.fork();
        body.push(Slot.single(t -> target[0] = t));
        Region inner = r.withLoop(new Region.Loop(Set.of(f), exit, exitIdx, true, r.loop()), f);
        w.walk(f + 1, exitIdx, body, inner, -1);
        if (target[0] == null) {
            throw new LiftException("for loop without a target at " + op.offset());
        }
        if (exit == after && breaksToOuterContinue(w, f + 1, exitIdx, r) && after < to) {
            exit = to;
        }
        return finish(w, l, r, new Stmt.For(target[0], it.iterable(), body.out, List.of(), it.async()), after, exit, to);
    }

    /**
     * The end of a for loop: its else clause in [after, exit), the iterator popped, and the loop emitted,
     * or turned into the comprehension whose empty accumulator waits below it. Returns where the walk
     * goes on.
     */
    private static int finish(Walker w, Lifter l, Region r, Stmt.For loop, int after, int exit, int to) {
        List<Stmt> orelse = List.of();
        if (exit > after) {
            Lifter e = l.fork();
            e.pop();
            w.walk(after, exit, e, r.withFollow(exit), -1);
            orelse = e.out;
            loop = new Stmt.For(loop.target(), loop.iter(), loop.body(), orelse, loop.isAsync());
        }
        l.pop();
        if (orelse.isEmpty() && l.depth() > 0 && l.peek(1) instanceof Expr acc && isEmptyAccumulator(acc)) {
            Expr comp = Comprehensions.fromLoop(w.env, loop, acc);
            if (comp != null) {
                l.stack().set(l.depth() - 1, comp);
                return Math.min(exit, to);
            }
        }
        l.emit(loop);
        return Math.min(exit, to);
    }

    /**
     * {@code async for}: GET_ANEXT and its await loop at the head (protected by END_ASYNC_FOR, which ends
     * the loop on StopAsyncIteration), the target's store after END_SEND, the body jumping back to the head.
     */
    static int asyncForLoop(Walker w, int f, int to, Lifter l, Region r) {
        Op op = w.code.op(f);
        if (l.peek(1) instanceof Expr iterable) {
            l.stack().set(l.depth() - 1, new Item.Iterator(iterable, true));   // '.0' of a comprehension
        }
        if (!(l.peek(1) instanceof Item.Iterator it) || w.code.handlerAt(f) == null) {
            throw new LiftException("async for without an iterator at " + op.offset());
        }
        int exitIdx = w.code.handlerAt(f).target();
        int back = w.lastBackEdge[f];
        if (!w.code.op(exitIdx).is("END_ASYNC_FOR") || back < f || back >= exitIdx) {
            throw new LiftException("unrecognised async for at " + op.offset());
        }
        int bodyStart = Awaits.sendLoopEnd(w, f + 1);
        int after = exitIdx + 1;
        int exit = Math.max(breakTarget(w.code, bodyStart, exitIdx, after, to),
                copiedBreakExit(w, bodyStart, exitIdx, after, to));
        Expr[] target = new Expr[1];
        Lifter body = l.fork();
        body.push(Slot.single(t -> target[0] = t));
        // the body runs to END_ASYNC_FOR: break blocks may follow the jump back; the await's
        // CLEANUP_THROW there is handler code, skipped
        Region inner = r.withLoop(new Region.Loop(Set.of(f), exit, exitIdx, true, r.loop()), f);
        w.walk(bodyStart, exitIdx, body, inner, -1);
        if (target[0] == null) {
            throw new LiftException("async for loop without a target at " + op.offset());
        }
        return finish(w, l, r, new Stmt.For(target[0], it.iterable(), body.out, List.of(), true), after, exit, to);
    }

    /** True when some jump in [from, end) goes back to a loop enclosing this one: a break whose exit was threaded. */
    private static boolean breaksToOuterContinue(Walker w, int from, int end, Region r) {
        if (r.loop() == null) {
            return false;
        }
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && (r.loop().continues().contains(op.target()) || outer(r.loop(), op.target()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outer(Region.Loop loop, int t) {
        for (Region.Loop p = loop; p != null; p = p.parent()) {
            if (p.continues().contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmptyAccumulator(Expr e) {
        return e instanceof Expr.ListExpr le && le.elts().isEmpty()
                || e instanceof Expr.SetExpr se && se.elts().isEmpty()
                || e instanceof Expr.Dict d && d.keys().isEmpty();
    }
}
