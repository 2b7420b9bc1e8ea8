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
     * True when the condition [start, b), false to f, is a while loop's test: the body jumps back into
     * it (test at the top), or ends with a copy of it jumping back to b (3.11-3.13). A jump back to b
     * alone is a loop inside the then-branch. 3.12-3.13 lay a copy reached only from except clauses
     * out after the handlers.
     */
    static boolean isLoopTest(Walker w, int start, int b, int f) {
        return hasBackEdgeInto(w.code, start, b - 1, b, f) || bottomCopy(w, start, b, f) >= 0
                || displacedCopy(w, start, b, f) != null || clauseBackInto(w, start, b - 1, b, f);
    }

    /**
     * True when an except clause of a try statement in the body [b, f), laid out after it, jumps back
     * into [lo, hi]: when no other path of the body goes back to the test (3.14), that is its only back edge.
     */
    private static boolean clauseBackInto(Walker w, int lo, int hi, int b, int f) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < b || h.start() >= f || h.target() < f || !w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                continue;
            }
            for (int t : ExceptClauses.clauseExits(w, h.target())) {
                if (t >= lo && t <= hi) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the code from p is a condition whose false exit leaves the loop ending at {@code back}
     * (a walrus in it stores a COPY of its value; a chain's earlier jumps go forward into the loop:
     * {@code while a or b}).
     */
    static boolean startsWithTest(Code code, int p, int back) {
        for (int k = p; k < back; k++) {
            Op op = code.op(k);
            if (op.isConditionalJump() && op.target() > k && op.target() <= back) {
                continue;
            }
            if (op.isConditionalJump()) {
                if (op.target() > back) {
                    return true;
                }
                if (op.target() <= k) {
                    return false;
                }
                continue;                        // a short-circuit of or/and: the test goes on
            }
            boolean walrus = op.name().startsWith("STORE") && k > p && code.op(k - 1).is("COPY") && code.op(k - 1).arg() == 1;
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") && !walrus
                    || op.is("POP_TOP") && !popsOperand(code, p, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the POP_TOP at k drops the copy an and/or value tested ({@code x or y}: COPY 1, TO_BOOL,
     * a conditional jump, NOT_TAKEN, POP_TOP), not a statement's value.
     */
    private static boolean popsOperand(Code code, int p, int k) {
        int q = k - 1;
        if (q > p && code.op(q).is("NOT_TAKEN")) {
            q--;
        }
        if (q <= p || !code.op(q).isConditionalJump() || code.op(q).target() <= k) {
            return false;
        }
        q--;
        if (q > p && code.op(q).is("TO_BOOL")) {
            q--;
        }
        return q >= p && code.op(q).is("COPY") && code.op(q).arg() == 1;
    }

    /** The loop head p and the NOPs right after it that jumps back also target: continue targets. */
    static Set<Integer> headTargets(Walker w, int p) {
        Set<Integer> heads = new java.util.HashSet<>(w.mergedHeads.getOrDefault(p, Set.of()));
        heads.add(p);
        for (int k = p + 1; k < w.code.size() && w.code.op(k - 1).is("NOP") && w.code.op(k).is("NOP")
                && w.jumpTargets.get(k); k++) {
            heads.add(k);
        }
        return heads;
    }

    /**
     * 3.12+: an assert ending a loop body jumps back to the loop head when its test holds and falls into
     * the raise otherwise: {@code if test: continue} + {@code raise AssertionError(msg)} is {@code assert test, msg}.
     */
    static List<Stmt> trailingAssert(Walker w, List<Stmt> body) {
        int n = body.size();
        if (n < 2 || !(body.get(n - 2) instanceof Stmt.If i) || !i.orelse().isEmpty()
                || !i.body().equals(List.of(new Stmt.Continue()))) {
            return body;
        }
        Stmt assertion = Branches.assertion(w, Conditions.not(i.test()), List.of(body.get(n - 1)));
        if (assertion == null) {
            return body;
        }
        List<Stmt> out = new ArrayList<>(body.subList(0, n - 2));
        out.add(assertion);
        return out;
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
        int after = assertExit(w, stmts, exit, to, l, r);
        l.emit(new Stmt.While(new Expr.Constant(depyf.pyc.PyObject.Bool.TRUE), trailingAssert(w, stmts), List.of()));
        return after;
    }

    /**
     * 3.14: an assert ending a {@code while True} body jumps back when its test holds; its raise, reached
     * only from there, is laid out after the loop ({@code if not test: break} + the raise). When the
     * body's only break is that last statement and the loop's exit is the assert's raise, the body ends
     * with the assert instead; returns where the walk goes on (past the raise), else {@code exit}.
     */
    private static int assertExit(Walker w, List<Stmt> stmts, int exit, int to, Lifter l, Region r) {
        int n = stmts.size();
        if (n == 0 || !(stmts.get(n - 1) instanceof Stmt.If i) || !i.orelse().isEmpty()
                || !i.body().equals(List.of(new Stmt.Break())) || breaks(stmts) != 1) {
            return exit;
        }
        int raise = exit;
        while (raise < to && !w.code.op(raise).is("RAISE_VARARGS")) {
            Op op = w.code.op(raise);
            if (op.target() >= 0 || op.isTerminal() || raise > exit && w.jumpTargets.get(raise)) {
                return exit;
            }
            raise++;
        }
        if (raise >= to) {
            return exit;
        }
        Lifter tail = l.fork();
        try {
            w.walk(exit, raise + 1, tail, r, -1);
        } catch (LiftException e) {
            return exit;
        }
        Stmt assertion = tail.depth() == l.depth() ? Branches.assertion(w, i.test(), tail.out) : null;
        if (assertion == null) {
            return exit;
        }
        stmts.set(n - 1, assertion);
        return raise + 1;
    }

    /**
     * A {@code while True} whose body goes back to its head p only from an except clause (its
     * other paths break or return) has no jump back in normal flow to end it. Its body ends with the
     * first statement leaving it after the try statement: returns that statement's last instruction,
     * or -1. Every forward jump out of the body must go to one place, past handler code only; a shape
     * not read (3.11's inline handlers, a break to a copied exit) fails rather than lose the loop.
     */
    static int clauseOnlyLoopEnd(Walker w, int p, int to) {
        if (!w.jumpTargets.get(p) || !w.normalFlow.get(p) || w.code.op(p).is("FOR_ITER")) {
            return -1;
        }
        Code.Handler guard = null;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < p || h.start() >= to || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || guard != null && h.start() >= guard.start()) {
                continue;
            }
            if (ExceptClauses.clauseExits(w, h.target()).contains(p)) {
                guard = h;
            }
        }
        if (guard == null) {
            return -1;
        }
        for (int k = p; k < guard.start(); k++) {
            Op op = w.code.op(k);
            if (w.normalFlow.get(k) && (op.target() >= 0 || op.isTerminal())) {
                return -1;                     // only the try statement's own code before it
            }
        }
        // p heads a loop (a clause jumps back to it): a shape not read below must fail, not lose the loop
        LiftException unread = new LiftException("loop entered again only from an except clause not recognised at "
                + w.code.op(p).offset());
        if (!w.env.atLeast(3, 12)) {
            throw unread;                      // 3.11 lays the handler inline: not read yet
        }
        int end = -1;
        for (int q = guard.end(); q < to; q++) {
            if (w.normalFlow.get(q) && w.code.op(q).isTerminal() && w.code.handlerAt(q) == null) {
                end = q;
                break;
            }
        }
        if (end < 0 || w.code.op(end).isUnconditionalJump() && ExceptClauses.clauseExits(w, guard.target()).contains(end)) {
            throw unread;                      // a break after the try that the clauses reach: read as the body's (Tries)
        }
        if (w.code.op(end).is("RETURN_CONST") && w.code.op(end).argval() instanceof depyf.pyc.PyObject.None) {
            throw unread;                      // maybe a break to the implicit return, copied: read as a return, dropped
        }
        for (int n = 1; n <= 2 && (w.code.op(end).is("RETURN_VALUE") || w.code.op(end).is("RETURN_CONST")); n++) {
            if (end - n + 1 > p && Tries.sameOps(w, end - n + 1, end + 1, n)) {
                throw unread;                  // a break whose exit block was copied: where the loop ends is unknown
            }
        }
        int out = -1;
        for (int k = p; k <= end; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (!w.normalFlow.get(k) || t <= end || op.is("FOR_ITER")) {
                continue;
            }
            if (out >= 0 && t != out || !w.onlyHandlerCode(end + 1, t) && t != end + 1 && t < to) {
                throw unread;
            }
            out = t;
        }
        return end;
    }

    /** The breaks of this loop in {@code body} (not those of nested loops). */
    private static int breaks(Object node) {
        return switch (node) {
            case null -> 0;
            case Stmt.Break b -> 1;
            case Stmt.For f -> breaks(f.orelse());
            case Stmt.While wh -> breaks(wh.orelse());
            case Stmt.FunctionDef f -> 0;
            case Stmt.ClassDef c -> 0;
            case List<?> list -> list.stream().mapToInt(Loops::breaks).sum();
            case Stmt s when s instanceof Record rec -> depyf.ir.Parts.of(rec).stream().mapToInt(Loops::breaks).sum();
            default -> 0;
        };
    }

    /**
     * Where the copy of the loop's test [testStart, b) begins at the end of the body [b, f) (3.11-3.13
     * copy a while loop's test to the bottom, jumping back to the body start b), or -1 when the body does
     * not end with exactly that test. Its jumps may differ (inverted, with a jump back after them); the
     * other instructions must be the same, and no jump from the body may enter the copy past its start.
     */
    static int bottomCopy(Walker w, int testStart, int b, int f) {
        return bottomCopy(w, testStart, b, f, -1);
    }

    /** {@link #bottomCopy}, where a jump to {@code exitJump} (when not -1) leaves the loop as one to f does. */
    private static int bottomCopy(Walker w, int testStart, int b, int f, int exitJump) {
        List<Op> test = new ArrayList<>();
        for (int k = testStart; k < b; k++) {
            if (counts(w.code.op(k))) {
                test.add(w.code.op(k));
            }
        }
        int n = test.size();
        int k = f - 1;
        // 3.12+ may copy a small return block at the exit into the end of the body, after the test's copy
        for (int len = 1; len <= 2 && k - len + 1 > b && f + len <= w.code.size(); len++) {
            Op last = w.code.op(k);
            if ((last.is("RETURN_CONST") || last.is("RETURN_VALUE")) && Tries.sameOps(w, k - len + 1, f, len)) {
                k -= len;
                break;
            }
        }
        boolean jumpsBack = false;
        while (k >= b && n > 0) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() || op.is("JUMP_BACKWARD")) {
                int t = op.target();
                boolean out = t == f || exitJump >= 0 && t == exitJump;
                if (!(t == b || out || t > k && t < f) || op.is("JUMP_BACKWARD") && t != b && !out) {
                    return -1;
                }
                jumpsBack |= t == b;
            } else if (counts(op)) {
                if (!op.sameAs(test.get(--n))) {
                    return -1;
                }
            } else if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
            k--;
        }
        int start = k + 1;
        if (n > 0 || !jumpsBack) {
            return -1;
        }
        Op before = w.code.op(start - 1);
        if (start - 1 >= b && (before.is("JUMP_BACKWARD") && before.target() == b
                || before.isConditionalJump() && (before.target() == b || before.target() > start && before.target() <= f))) {
            return -1;                          // the copy goes on before start: a longer test
        }
        for (int q = b; q < start; q++) {
            int t = w.code.op(q).target();
            if (t > start && t < f && w.reachable.get(q)) {
                return -1;
            }
        }
        return start;
    }

    /** An instruction of a test that its copy repeats (not a jump, nor the compiler's markers). */
    private static boolean counts(Op op) {
        return !op.isConditionalJump() && op.target() < 0 && !op.is("NOP") && !op.is("NOT_TAKEN")
                && !op.is("CACHE") && !op.is("EXTENDED_ARG");
    }

    /** True when a reachable jump in [from, to) goes back to {@code target}. */
    private static boolean backInto(Walker w, int from, int to, int target) {
        for (int k = from; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() == target && op.target() <= k && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12-3.13: a while loop ending an enclosing loop's body leaves it by jumping back to that loop's
     * head (the jump to the code after it threaded): its test jumps into the body when true and falls
     * into that jump at {@code j}. True when [start, j) is such a loop's test, the body being [j + 1, to).
     */
    static boolean isThreadedLoopTest(Walker w, int start, int j, int to, Region r) {
        int exit = threadedExit(w, j + 1, r);
        if (exit < 0 || !w.env.atLeast(3, 12)) {
            return false;
        }
        // 3.14 copies no test to the bottom: the body jumps back to the test
        return w.env.atLeast(3, 14) ? hasBackEdgeInto(w.code, start, j - 1, j + 1, to)
                : bottomCopy(w, start, j + 1, to, exit) >= 0;
    }

    /** The exit jump of a test whose conditional jump at k goes to t: the jump right before t, past NOT_TAKEN. */
    static boolean overExitJump(Walker w, int k, int t) {
        for (int q = k + 1; q < t - 1; q++) {
            if (!w.code.op(q).is("NOT_TAKEN")) {
                return false;
            }
        }
        return t > k + 1 && w.code.op(t - 1).is("JUMP_BACKWARD");
    }

    /**
     * True when the code from p is the test of a loop whose exit is threaded to an enclosing loop's head
     * (see {@link #isThreadedLoopTest}): a {@code continue} jumping back to p does not make it {@code while True}.
     */
    static boolean startsThreadedTest(Walker w, int p, int to, Region r) {
        for (int k = p; k + 1 < to; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() > k && op.target() <= to && overExitJump(w, k, op.target())) {
                return isThreadedLoopTest(w, p, op.target() - 1, to, r);
            }
            if (op.isConditionalJump() && op.target() > k) {
                continue;
            }
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") || op.is("POP_TOP")) {
                return false;
            }
        }
        return false;
    }

    /** The head of an enclosing loop that the jump right before the body start b goes back to, or -1. */
    private static int threadedExit(Walker w, int b, Region r) {
        Op j = w.code.op(b - 1);
        int t = j.target();
        return r.loop() != null && j.is("JUMP_BACKWARD") && (r.loop().continues().contains(t) || r.loop().continuesOuter(t)) ? t : -1;
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
        int threaded = threadedExit(w, b, r);
        int copy = bottomCopy(w, condStart, b, f, threaded);
        if (copy < 0) {
            copy = bottomCopyWithExit(w, condStart, b, f, exit);
        }
        int[] displaced = copy < 0 ? displacedCopy(w, condStart, b, f) : null;
        if (displaced != null) {
            w.dead.set(displaced[0], displaced[1]);   // the body's end: walked as the loop's test, not as code
        }
        Lifter body = l.fork();
        int bodyEnd = displaced != null ? displaced[1] : f;
        Region inner = r.withLoop(new Region.Loop(Set.of(condStart, b), exit, bodyEnd, false, r.loop()), copy >= 0 ? copy : back);
        w.walk(b, copy >= 0 ? copy : f, body, inner, b);
        boolean stripped = false;
        List<Stmt> stmts = new ArrayList<>(body.out);
        Expr guard = null;
        if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.If last && last.orelse().isEmpty()
                && (last.body().isEmpty() || last.body().size() == 1
                    && (last.body().get(0) instanceof Stmt.Break || last.body().get(0) instanceof Stmt.Continue))) {
            // the copy of the loop's test at the bottom of the body (3.11-3.13)
            if (isCopyOf(last.test(), test)) {
                stmts.remove(stmts.size() - 1);
                stripped = true;
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
                        stripped = true;
                        break;
                    }
                }
            }
        }
        if (copy < 0 && displaced == null && !stripped && backInto(w, b, f, b)) {
            // the body jumps back past the test to b, which only a copy of the test at its end does
            throw new LiftException("loop test copied to the end of the body not recognised at " + w.code.op(b).offset());
        }
        dropRepeatedTest(w, stmts, test, f, l, r);
        Op lastOp = w.code.op(f - 1);
        if (exit == f && w.reachable.get(f - 1) && lastOp.target() < 0 && !lastOp.isTerminal()
                && !onlyFromBottomTest(w, f - 1, b) && !(w.env.atLeast(3, 14) && w.dead.get(f - 1))) {
            // the body falls off its end into the code after the loop: a break whose jump to the very next
            // instruction was removed (a NOP holds its line); the body's paths that reach here leave the loop
            // (unless an inverted test in the body ends with that break: Branches.fallsIntoWhileExit)
            stmts.add(new Stmt.Break());
        }
        List<Stmt> orelse = List.of();
        if (exit > f) {
            Lifter e = l.fork();
            w.walk(f, exit, e, r.withFollow(exit), -1);
            orelse = e.out;
        } else if (f >= to && threaded < 0 && r.loop() != null && !r.loop().isFor() && f == r.loop().exit()) {
            // the test's false exit leaves the enclosing while True loop, whose body the loop ends (3.14
            // threads the else's break and lays it out past the enclosing loop's last jump back)
            orelse = List.of(new Stmt.Break());
        }
        if (w.env.atLeast(3, 14) && orelse.isEmpty() && !stmts.isEmpty() && stmts.get(0) instanceof Stmt.If first
                && first.orelse().isEmpty() && first.body().equals(List.of(new Stmt.Break()))
                && !breaksByJump(w, b, f, exit)) {
            // `while a: if not b: break` compiles to the jumps of `while a and b` (3.14 copies no test to
            // the bottom): the chain the source most likely said, when the walk split it at a nested jump
            test = Conditions.bool(depyf.ir.Operator.Bool.AND, test, Conditions.not(first.test()));
            stmts.remove(0);
        } else if (w.env.atLeast(3, 14) && orelse.isEmpty() && stmts.size() == 1 && stmts.get(0) instanceof Stmt.If only
                && !only.body().isEmpty() && only.orelse().equals(List.of(new Stmt.Break())) && !breaksByJump(w, b, f, exit)) {
            // the same split read as `while a: if b: <body> else: break` (Branches: the break laid out last)
            test = Conditions.bool(depyf.ir.Operator.Bool.AND, test, only.test());
            stmts = new ArrayList<>(only.body());
        }
        Stmt loop = new Stmt.While(test, trailingAssert(w, stmts), orelse);
        l.emit(guard == null ? loop : new Stmt.If(guard, List.of(loop), List.of()));
        return Math.min(exit, to);
    }

    /**
     * 3.12+: when only except clauses fall off the end of a while loop's body, the copy of the loop's test
     * that ends the body is cold code, laid out after the handlers: its instructions (the test's, with
     * jumps back to the body start b, to the exit f or within the copy) jump back to b. Returns the copy's
     * range {start, end}, or null. A jump to its start is the end of the body: the region's body reaches
     * past it, so that jump is not a break.
     */
    private static int[] displacedCopy(Walker w, int condStart, int b, int f) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14)) {
            return null;
        }
        for (int q = f; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (op.target() != b || !w.reachable.get(q)) {
                continue;
            }
            for (int x = q; x > f; x--) {
                int end = w.jumpTargets.get(x) ? displacedCopyEnd(w, condStart, b, f, x) : -1;
                if (end > q) {
                    return new int[] {x, end};
                }
            }
        }
        return null;
    }

    /** The end of the copy of the test [condStart, b) starting at x (see {@link #displacedCopy}), or -1. */
    private static int displacedCopyEnd(Walker w, int condStart, int b, int f, int x) {
        List<Op> test = new ArrayList<>();
        for (int k = condStart; k < b; k++) {
            if (counts(w.code.op(k))) {
                test.add(w.code.op(k));
            }
        }
        int n = 0;
        int furthest = x;
        boolean back = false;
        boolean out = false;
        for (int k = x; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (counts(op)) {
                if (n >= test.size() || !op.sameAs(test.get(n++))) {
                    return -1;
                }
            } else if (op.isConditionalJump() || op.isUnconditionalJump()) {
                int t = op.target();
                if (t == b) {
                    back = true;
                } else if (t == f) {
                    out = true;
                } else if (t > k) {
                    furthest = Math.max(furthest, t);
                } else {
                    return -1;
                }
                if (op.isUnconditionalJump() && n == test.size() && furthest <= k) {
                    return back && out ? k + 1 : -1;
                }
            } else if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the first jump that does not test in the body [b, f) leaves the loop: the body's first
     * {@code if not c: break} was compiled as a jump over a jump (the source said so), not into the test.
     */
    private static boolean breaksByJump(Walker w, int b, int f, int exit) {
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.isTerminal()) {
                return op.isUnconditionalJump() && (op.target() == f || op.target() == exit);
            }
        }
        return false;
    }

    /**
     * True when the code at {@code k} is reached only from the loop's test copied to the bottom of the
     * body (a conditional jump followed by the jump back): the loop's normal exit, not a break.
     */
    private static boolean onlyFromBottomTest(Walker w, int k, int bodyStart) {
        Op before = w.code.op(k - 1);
        if (before.target() < 0 && !before.isTerminal()) {
            return false;                               // body code falls into it
        }
        boolean any = false;
        for (int q = bodyStart; q < k; q++) {
            Op op = w.code.op(q);
            if (op.target() != k || !w.reachable.get(q)) {
                continue;
            }
            Op next = w.code.op(q + 1);
            if (!op.isConditionalJump() || !next.is("JUMP_BACKWARD") || next.target() > bodyStart) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * 3.11+ repeat a while loop's test at the bottom of its body; when a return follows the loop, the
     * repeated test's exit is a copy of it, so the body ends with {@code if test: continue} and the copy,
     * or with {@code if not test: <copy>}. Both go: the loop tests again at its top, and the copy is the
     * code after the loop.
     */
    private static void dropRepeatedTest(Walker w, List<Stmt> stmts, Expr test, int f, Lifter l, Region r) {
        if (!w.env.atLeast(3, 11) || stmts.isEmpty()) {
            return;
        }
        Stmt exit = returnAt(w, f, l, r);
        if (exit == null) {
            return;
        }
        int n = stmts.size();
        if (stmts.get(n - 1) instanceof Stmt.If i && i.orelse().isEmpty() && i.body().equals(List.of(exit))
                && plain(i.test()).equals(plain(Conditions.not(test)))) {
            stmts.remove(n - 1);
        } else if (n >= 2 && stmts.get(n - 1).equals(exit) && stmts.get(n - 2) instanceof Stmt.If i
                && i.orelse().isEmpty() && plain(i.test()).equals(plain(test)) && i.body().equals(List.of(new Stmt.Continue()))) {
            stmts.remove(n - 1);
            stmts.remove(n - 2);
        }
    }

    /** {@code e} with a negation of {@code x is y} or {@code x is not y} taken into the comparison. */
    private static Expr plain(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == depyf.ir.Operator.Unary.NOT && u.operand() instanceof Expr.Compare c
                && c.ops().size() == 1 && (c.ops().get(0) == depyf.ir.Operator.Compare.IS
                    || c.ops().get(0) == depyf.ir.Operator.Compare.IS_NOT)) {
            depyf.ir.Operator.Compare flipped = c.ops().get(0) == depyf.ir.Operator.Compare.IS
                    ? depyf.ir.Operator.Compare.IS_NOT : depyf.ir.Operator.Compare.IS;
            return new Expr.Compare(c.left(), List.of(flipped), c.comparators());
        }
        return e;
    }

    /** The return statement that the small block at f is, or null. */
    static Stmt returnAt(Walker w, int f, Lifter l, Region r) {
        int k = f;
        while (k < w.code.size() && k < f + 8 && !w.code.op(k).is("RETURN_VALUE") && !w.code.op(k).is("RETURN_CONST")) {
            if (w.code.op(k).target() >= 0 || w.code.op(k).isTerminal()) {
                return null;
            }
            k++;
        }
        if (k >= w.code.size() || k >= f + 8) {
            return null;
        }
        try {
            Lifter e = l.fork();
            w.walk(f, k + 1, e, r.withFollow(-1), -1);
            return e.out.size() == 1 && e.out.get(0) instanceof Stmt.Return ret && e.depth() == l.depth() ? ret : null;
        } catch (LiftException ex) {
            return null;
        }
    }

    /**
     * Where the copy of the loop's test [condStart, b) at the end of the body [b, f) starts: the same
     * instructions, its jumps going to the body, the exit or within the copy (3.12+ add jumps back to
     * the body between its conditions); -1 when the body does not end with one.
     */
    private static int bottomCopyWithExit(Walker w, int condStart, int b, int f, int exit) {
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
        int[] tail = displacedTail(w, f, exitIdx);
        int bodyEnd = exitIdx;
        if (tail == null && endsRegionBeforeCopiedExit(w, f, exitIdx, to)) {
            bodyEnd = to;
        }
        Region inner = r.withLoop(new Region.Loop(Set.of(f), exit, tail != null ? tail[1] : bodyEnd, true, r.loop()), f);
        // with a tail, the body goes on there: a jump back to the head before it is a continue
        w.walk(f + 1, bodyEnd, body, tail != null ? inner.withFollow(tail[0]) : inner, -1);
        if (tail != null) {
            // a try statement's body ending with continue jumps back to the head before code that follows
            // it: with the head as the follow, that jump would read as the body's end. The tail's own last
            // jump back reads as continue, dropped below
            w.walk(tail[0], tail[1], body, inner.withFollow(-1), -1);
            w.dead.set(tail[0], tail[1]);        // walked: not code after the loop
            if (!body.out.isEmpty() && body.out.get(body.out.size() - 1) instanceof Stmt.Continue) {
                body.out.remove(body.out.size() - 1);
            }
        }
        if (target[0] == null) {
            throw new LiftException("for loop without a target at " + op.offset());
        }
        if (exit == after && breaksToOuterContinue(w, f + 1, exitIdx, r) && after < to) {
            exit = to;
        }
        return finish(w, l, r, new Stmt.For(target[0], it.iterable(), body.out, List.of(), it.async()), f, after, exit, to);
    }

    /**
     * 3.11 `if c: for x in y: g(x)` ending a function: the loop's exit block (a copy of the return the
     * region [.., to) falls into) is laid out after that return, so the loop's body [f + 1, exitIdx)
     * would run past the region's end. True when the loop's last back edge ends the region, the exit is
     * a copy of the code at {@code to} and nothing in the body jumps into [to, exitIdx): the body ends at to.
     */
    private static boolean endsRegionBeforeCopiedExit(Walker w, int f, int exitIdx, int to) {
        int back = w.lastBackEdge[f];
        if (exitIdx <= to || back != to - 1 || !w.code.op(back).is("JUMP_BACKWARD")
                || !Branches.sameExit(w, to, exitIdx)) {
            return false;
        }
        for (int k = f + 1; k < to; k++) {
            int t = w.code.op(k).target();
            if (t >= to && t < exitIdx) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: the end of a for loop's body that only except clauses reach (the code after a try statement
     * whose body leaves by continue, break or return) is cold code, laid out after the handlers, and ends
     * jumping back to the loop's head f. Returns its range {start, end} (start: where a clause of a try
     * in the body [f + 1, exitIdx) goes on), or null.
     */
    private static int[] displacedTail(Walker w, int f, int exitIdx) {
        int back = w.lastBackEdge[f];
        if (!w.env.atLeast(3, 12) || back < exitIdx) {
            return null;
        }
        int start = Integer.MAX_VALUE;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() <= f || h.start() >= exitIdx || h.target() < exitIdx || !w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                continue;
            }
            for (int t : ExceptClauses.clauseExits(w, h.target())) {
                if (t > exitIdx && t <= back && t < start) {
                    start = t;
                }
            }
        }
        if (start == Integer.MAX_VALUE || !w.code.op(back).is("JUMP_BACKWARD")) {
            return null;
        }
        for (int k = exitIdx; k < start; k++) {
            if (w.normalFlow.get(k) && w.code.op(k).target() >= start && w.code.op(k).target() <= back
                    && !(w.code.op(k).target() == start && w.leavesExceptClause(k))) {
                return null;                    // the code after the loop enters it: not the body's
            }
        }
        return new int[] {start, back + 1};
    }

    /**
     * The end of a for loop: its else clause in [after, exit), the iterator popped, and the loop emitted,
     * or turned into the comprehension whose empty accumulator waits below it ({@code head}: its FOR_ITER,
     * or -1). Returns where the walk goes on.
     */
    private static int finish(Walker w, Lifter l, Region r, Stmt.For loop, int head, int after, int exit, int to) {
        loop = new Stmt.For(loop.target(), loop.iter(), trailingAssert(w, loop.body()), loop.orelse(), loop.isAsync());
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
            if (comp != null && head >= 0) {
                comp = Comprehensions.withLineBreaks(comp, w.code, head, after);
            }
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
        return finish(w, l, r, new Stmt.For(target[0], it.iterable(), body.out, List.of(), true), -1, after, exit, to);
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
