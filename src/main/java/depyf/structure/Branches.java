package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Conditions;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditional jumps: short-circuit chains become one boolean expression, then an {@code if}
 * statement (with else), a conditional expression, an {@code and}/{@code or} value, or the test of
 * a while loop.
 */
final class Branches {
    private Branches() {}

    /** One condition of a chain: evaluated from {@code start}, jumping at {@code jump} to {@code target} when its value is {@code jumpIfTrue}. */
    record Segment(int start, int jump, Expr expr, boolean jumpIfTrue, int target) {}

    static int branch(Walker w, int stmtStart, int j, int to, Lifter l, Region r) {
        Op op = w.code.op(j);
        if (op.is("JUMP_IF_FALSE_OR_POP") || op.is("JUMP_IF_TRUE_OR_POP")) {
            return boolValue(w, j, j + 1, op.is("JUMP_IF_TRUE_OR_POP"), to, l, r);
        }
        if (isCopyTest(w, j, l)) {
            l.pop();
            return boolValue(w, j, j + 2, op.is("POP_JUMP_IF_TRUE"), to, l, r);
        }
        List<Segment> segs = new ArrayList<>();
        Expr first = l.popExpr();
        if (Chains.isLink(w, j, false) && op.is("POP_JUMP_IF_FALSE")) {
            segs.add(Chains.condition(w, stmtStart, j, first, l));
        } else {
            segs.add(segment(stmtStart, op, first));
        }
        int k = segs.get(0).jump() + 1;
        while (k < to) {
            Segment s = trySegment(w, k, to, l);
            if (s == null) {
                break;
            }
            segs.add(s);
            k = s.jump() + 1;
        }
        for (int m = segs.size() - 1; m >= 0; m--) {
            int b = segs.get(m).jump() + 1;
            int f = otherExit(segs, m, b);
            if (f < 0) {
                continue;
            }
            Expr e = build(segs, 0, m + 1, b, f, b, m);
            if (e != null) {
                return statement(w, stmtStart, segs.get(m).jump(), e, b, f, to, l, r);
            }
        }
        throw new LiftException("unrecognised condition at " + op.offset());
    }

    private static Segment segment(int start, Op op, Expr e) {
        return switch (op.name()) {
            case "POP_JUMP_IF_NONE" -> new Segment(start, op.index(), isNone(e, Operator.Compare.IS), true, op.target());
            case "POP_JUMP_IF_NOT_NONE" -> new Segment(start, op.index(), isNone(e, Operator.Compare.IS_NOT), true, op.target());
            default -> new Segment(start, op.index(), e, op.is("POP_JUMP_IF_TRUE"), op.target());
        };
    }

    private static Expr isNone(Expr e, Operator.Compare op) {
        return new Expr.Compare(e, List.of(op), List.of(new Expr.Constant(depyf.pyc.PyObject.None.INSTANCE)));
    }

    /** The condition evaluated from {@code k} up to the next conditional jump, when nothing else happens in between. */
    private static Segment trySegment(Walker w, int k, int to, Lifter l) {
        if (w.code.handlerIndexAt(k) != w.code.handlerIndexAt(k - 1)) {
            return null;
        }
        Lifter f = l.fork();
        int depth = l.depth();
        try {
            for (int i = k; i < to; i++) {
                Op op = w.code.op(i);
                if (op.isConditionalJump()) {
                    if (!op.name().startsWith("POP_JUMP") || f.depth() != depth + 1 || !f.out.isEmpty()) {
                        return null;
                    }
                    if (isCopyTest(w, i, f)) {
                        return null;
                    }
                    return segment(k, op, f.popExpr());
                }
                if (op.target() >= 0 || op.isTerminal() || w.backEdge(i, to) >= 0
                        || w.code.handlerIndexAt(i) != w.code.handlerIndexAt(k)) {
                    return null;
                }
                switch (op.name()) {
                    case "GET_AWAITABLE", "GET_ANEXT", "GET_YIELD_FROM_ITER", "SEND", "YIELD_VALUE",
                         "RETURN_GENERATOR", "POP_EXCEPT" -> {
                        return null;
                    }
                    default -> Steps.step(f, op);
                }
                if (!f.out.isEmpty() || f.depth() < depth) {
                    return null;
                }
            }
        } catch (LiftException | ClassCastException | IndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }

    /** The exit of segments 0..m other than b, or -1 when they do not have exactly two exits. */
    private static int otherExit(List<Segment> segs, int m, int b) {
        int f = -1;
        for (int k = 0; k <= m; k++) {
            int t = segs.get(k).target();
            boolean inner = false;
            for (int q = k + 1; q <= m; q++) {
                if (segs.get(q).start() == t) {
                    inner = true;
                }
            }
            if (inner || t == b) {
                continue;
            }
            if (f >= 0 && f != t) {
                return -1;
            }
            f = t;
        }
        return f;
    }

    /**
     * The expression true exactly when segments [i, n) exit to {@code t} (else to {@code f}), or null
     * if they do not; the last segment of the chain ({@code last}) falls through to {@code b}.
     */
    private static Expr build(List<Segment> segs, int i, int n, int t, int f, int b, int last) {
        if (n - i == 1) {
            Segment s = segs.get(i);
            int fall = i < last ? segs.get(i + 1).start() : b;
            if (s.target() == t && fall == f) {
                return s.jumpIfTrue() ? s.expr() : Conditions.not(s.expr());
            }
            if (s.target() == f && fall == t) {
                return s.jumpIfTrue() ? Conditions.not(s.expr()) : s.expr();
            }
            return null;
        }
        for (int k = i + 1; k < n; k++) {
            int sk = segs.get(k).start();
            Expr left = build(segs, i, k, sk, f, b, last);
            if (left != null) {
                Expr right = build(segs, k, n, t, f, b, last);
                if (right != null) {
                    return Conditions.bool(Operator.Bool.AND, left, right);
                }
            }
            left = build(segs, i, k, t, sk, b, last);
            if (left != null) {
                Expr right = build(segs, k, n, t, f, b, last);
                if (right != null) {
                    return Conditions.bool(Operator.Bool.OR, left, right);
                }
            }
        }
        return null;
    }

    /** 3.12+: {@code COPY 1; [TO_BOOL]; POP_JUMP_IF_X; POP_TOP}: the left operand of an and/or value. */
    private static boolean isCopyTest(Walker w, int j, Lifter l) {
        Op op = w.code.op(j);
        if (!op.is("POP_JUMP_IF_TRUE") && !op.is("POP_JUMP_IF_FALSE")) {
            return false;
        }
        int p = j - 1;
        while (p >= 0 && w.code.op(p).is("TO_BOOL")) {
            p--;
        }
        return p >= 0 && w.code.op(p).is("COPY") && w.code.op(p).arg() == 1 && j + 1 < w.code.size()
                && w.code.op(j + 1).is("POP_TOP") && l.depth() >= 2 && l.peek(1) == l.peek(2);
    }

    /**
     * 3.14 threads the jump of {@code a} in {@code a and b or c} past the test of the {@code or}, whose
     * outcome it knows, straight to its POP_TOP: the jump's target before threading (that test's COPY).
     */
    private static int unthread(Walker w, Op jump) {
        int t = jump.target();
        if (t < 2 || t >= w.code.size() || !w.code.op(t).is("POP_TOP")) {
            return t;
        }
        Op prev = w.code.op(t - 1);
        boolean opposite = prev.is("POP_JUMP_IF_TRUE") && jump.is("POP_JUMP_IF_FALSE")
                || prev.is("POP_JUMP_IF_FALSE") && jump.is("POP_JUMP_IF_TRUE");
        if (!opposite) {
            return t;
        }
        int p = t - 2;
        while (p >= 0 && w.code.op(p).is("TO_BOOL")) {
            p--;
        }
        return p > jump.index() && w.code.op(p).is("COPY") && w.code.op(p).arg() == 1 ? p : t;
    }

    /** {@code a or b} / {@code a and b} as a value: the right operand is evaluated in [from, target). */
    private static int boolValue(Walker w, int j, int from, boolean isOr, int to, Lifter l, Region r) {
        int target = unthread(w, w.code.op(j));
        Expr left = l.popExpr();
        if (!isOr && Chains.isLink(w, j, true)) {
            return Chains.value(w, from, target, to, left, l, r);
        }
        int end = Math.min(target, to);
        Lifter f = l.fork();
        w.walk(from, end, f, r.withFollow(target), -1);
        if (f.out.size() == 1 && f.out.get(0) instanceof Stmt.Return ret && ret.value() != null
                && f.depth() == l.depth() && target < w.code.size() && w.code.op(target).is("RETURN_VALUE")) {
            // 3.12+ copies the return that follows the value into the right operand's path
            l.emit(new Stmt.Return(Conditions.bool(isOr ? Operator.Bool.OR : Operator.Bool.AND, left, ret.value())));
            w.dead.set(target);
            return Math.min(target + 1, Math.max(to, end));
        }
        if (!f.out.isEmpty() || f.depth() != l.depth() + 1) {
            throw new LiftException("unrecognised and/or value at " + w.code.op(j).offset());
        }
        l.push(Conditions.bool(isOr ? Operator.Bool.OR : Operator.Bool.AND, left, f.popExpr()));
        return end;
    }

    private static int statement(Walker w, int stmtStart, int lastJump, Expr e, int b, int f, int to, Lifter l, Region r) {
        // 3.11-3.13 copy a while loop's test to the bottom of its body, which jumps back to the body (b);
        // 3.14 jumps back to the test: a jump back to b is `if test: while ...:`, the loop starting at b
        int lastHead = w.env.atLeast(3, 14) ? b - 1 : b;
        if (f > b && Loops.hasBackEdgeInto(w.code, stmtStart, lastHead, b, f)) {
            return Loops.guardLoop(w, stmtStart, b, f, e, to, l, r);
        }
        Region.Loop loop = r.loop();
        if (loop != null && f == loop.exit()) {
            l.emit(new Stmt.If(Conditions.not(e), List.of(new Stmt.Break()), List.of()));
            return b;
        }
        if (loop != null && loop.continues().contains(f) && f < b) {
            if (loop.continues().contains(r.follow())) {
                Lifter then = l.fork();
                w.walk(b, to, then, r, -1);
                l.emit(new Stmt.If(e, then.out, List.of()));
                return to;
            }
            l.emit(new Stmt.If(Conditions.not(e), List.of(new Stmt.Continue()), List.of()));
            return b;
        }
        if (loop != null && w.env.atLeast(3, 12) && f == b + 1 && f < to && w.code.op(b).is("JUMP_BACKWARD")
                && !w.code.op(lastJump).is("POP_JUMP_IF_FALSE")
                && loop.continues().contains(w.code.op(b).target()) && loop.continues().contains(r.follow())) {
            // if c: <the rest of the loop body>: the compiler inverts the test to jump over a lone continue
            // (with POP_JUMP_IF_FALSE the source said "if c: continue", printed below)
            Lifter then = l.fork();
            w.walk(f, to, then, r, -1);
            l.emit(new Stmt.If(Conditions.not(e), then.out, List.of()));
            return to;
        }
        if (f > b && f <= to) {
            Expr value = tryIfExp(w, e, b, f, to, l, r);
            if (value != null) {
                return Math.min(w.code.op(f - 1).target(), to);
            }
            Op last = w.code.op(f - 1);
            if (last.is("JUMP_BACKWARD") && last.target() < b && w.leavesExceptClause(f - 1)
                    && w.normalFlow.get(last.target()) && !isLoopTarget(loop, last.target())) {
                // the then-branch leaves the except clause (3.13+ lay the code after the try before the
                // handler): the rest of the clause is the else
                Lifter then = l.fork();
                w.walk(b, f, then, r.withFollow(last.target()), -1);
                Lifter other = l.fork();
                w.walk(f, to, other, r, -1);
                l.emit(new Stmt.If(e, then.out, other.out));
                return to;
            }
            if (last.is("JUMP_FORWARD") && last.target() > f && !isLoopTarget(loop, last.target())) {
                int x = Math.min(last.target(), to);
                Lifter then = l.fork();
                w.walk(b, f, then, r.withFollow(last.target()), -1);
                Lifter other = l.fork();
                w.walk(f, x, other, r.withFollow(last.target()), -1);
                l.emit(new Stmt.If(e, then.out, other.out));
                return x;
            }
            int leave = leavesPast(w, b, f, to, loop);
            if (leave > f) {
                // a path of the then-branch jumps past f (out of an except clause, say): the code from f
                // is reached only when the test fails, so it is the else, not the code after the if
                Lifter then = l.fork();
                w.walk(b, f, then, r.withFollow(f), -1);
                Lifter other = l.fork();
                w.walk(f, leave, other, r, -1);
                l.emit(new Stmt.If(e, then.out, other.out));
                return leave;
            }
            Lifter then = l.fork();
            w.walk(b, f, then, r.withFollow(f), -1);
            Stmt assertion = assertion(w, e, then.out);
            l.emit(assertion != null ? assertion : new Stmt.If(e, then.out, List.of()));
            return f;
        }
        if (f >= to || f == r.follow()) {
            Lifter then = l.fork();
            w.walk(b, to, then, r, -1);
            l.emit(new Stmt.If(e, then.out, List.of()));
            return to;
        }
        throw new LiftException("unrecognised conditional jump at " + w.code.op(lastJump).offset());
    }

    /**
     * Where the then-branch [b, f) jumps to beyond f (clamped to {@code to}), other than a loop's exit or
     * head: a forward jump past f, or an except clause's exit jumping back to the code after its try;
     * -1 when none does.
     */
    private static int leavesPast(Walker w, int b, int f, int to, Region.Loop loop) {
        int leave = -1;
        java.util.Set<Integer> clauses = new java.util.HashSet<>();
        for (int k = b; k < f; k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() >= f && w.reachable.get(k) && clauses.add(h.target()) && firstProtected(w, h) >= b
                    && Handlers.kind(w.code, h.target()) == Handlers.Kind.EXCEPT) {
                // 3.12+ lay except clauses out past the then-branch: a clause's exit past f (a break out
                // of a loop inside the branch) leaves the branch too
                for (int t : ExceptClauses.clauseExits(w, h.target())) {
                    if (t > f && !isLoopTarget(loop, t)) {
                        leave = Math.max(leave, Math.min(t, to));
                    } else if (loop != null && loop.continues().contains(t) && insideLoop(w, b, f, firstProtected(w, h))) {
                        // a break out of a loop inside the branch, threaded to the head of the loop around
                        // the if: the if ends the loop's body, the rest is its else
                        leave = Math.max(leave, to);
                    }
                }
            }
            Op op = w.code.op(k);
            int t = op.target();
            if (t < 0 || !w.reachable.get(k) || isLoopTarget(loop, t)) {
                continue;
            }
            if (t > f && op.isUnconditionalJump()) {
                leave = Math.max(leave, Math.min(t, to));
            } else if (t < b && op.is("JUMP_BACKWARD") && w.leavesExceptClause(k)) {
                leave = Math.max(leave, to);
            }
        }
        return leave;
    }

    /** The first instruction the handler's try protects (its range may come in pieces). */
    private static int firstProtected(Walker w, Code.Handler h) {
        int first = h.start();
        for (Code.Handler e : w.code.handlers()) {
            if (e.target() == h.target()) {
                first = Math.min(first, e.start());
            }
        }
        return first;
    }

    /** True when instruction k lies inside a loop within [b, f) (a jump back from there to at or before k). */
    private static boolean insideLoop(Walker w, int b, int f, int k) {
        for (int q = k; q < f; q++) {
            int t = w.code.op(q).target();
            if (w.code.op(q).is("JUMP_BACKWARD") && t >= b && t <= k) {
                return true;
            }
        }
        return false;
    }

    /** {@code if not test: raise AssertionError(msg)} with the assert's own AssertionError is {@code assert test, msg}. */
    private static Stmt assertion(Walker w, Expr e, List<Stmt> then) {
        if (then.size() != 1 || !(then.get(0) instanceof Stmt.Raise raise) || raise.cause() != null) {
            return null;
        }
        if (w.env.unwrap(raise.exc()) == Steps.ASSERTION_ERROR) {
            return new Stmt.Assert(Conditions.not(e), null);
        }
        if (raise.exc() instanceof Expr.Call c && w.env.unwrap(c.func()) == Steps.ASSERTION_ERROR
                && c.args().size() == 1 && c.keywords().isEmpty()) {
            return new Stmt.Assert(Conditions.not(e), c.args().get(0));
        }
        return null;
    }

    private static boolean isLoopTarget(Region.Loop loop, int t) {
        return loop != null && (loop.exit() == t || loop.continues().contains(t));
    }

    /** {@code a if c else b}: both branches only push one value, and meet at the then-branch's jump target. */
    private static Expr tryIfExp(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Op last = w.code.op(f - 1);
        if (!last.is("JUMP_FORWARD") || last.target() <= f) {
            return null;
        }
        int x = last.target();
        try {
            Lifter then = l.fork();
            w.walk(b, f, then, r.withFollow(x), -1);
            if (!then.out.isEmpty() || then.depth() != l.depth() + 1) {
                return null;
            }
            Lifter other = l.fork();
            w.walk(f, Math.min(x, to), other, r.withFollow(x), -1);
            if (!other.out.isEmpty() || other.depth() != l.depth() + 1) {
                return null;
            }
            Expr v = new Expr.IfExp(e, then.popExpr(), other.popExpr());
            l.push(v);
            return v;
        } catch (LiftException ex) {
            return null;
        }
    }
}
