package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.lift.Conditions;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;

/**
 * Conditional expressions (a if c else b) and and/or values: read from the branches that push one value
 * each, including 3.11's threaded booleans and the copies of a return's tail.
 */
final class IfExps {
    private IfExps() {}

    /**
     * 3.14 threads the jump of {@code a} in {@code a and b or c} past the test of the {@code or}, whose
     * outcome it knows, straight to its POP_TOP: the jump's target before threading (that test's COPY).
     */
    static int unthread(Walker w, Op jump) {
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
    static int boolValue(Walker w, int j, int from, boolean isOr, int to, Lifter l, Region r) {
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

    /**
     * {@code return a if c else b}: 3.12+ copies the return into the first arm, so it reads as {@code if c:
     * return a} followed by {@code return b}, unless the layout says otherwise: the copied return of a
     * constant was not folded into RETURN_CONST (3.12, 3.13), or (3.14) the second arm's value is a plain
     * load, left on the stack at the end of its block for the return's own block. The index after that
     * return, or -1.
     */
    static int returnIfExp(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        if (!w.env.atLeast(3, 12) || f < b + 2 || !w.code.op(f - 1).is("RETURN_VALUE")) {
            return -1;
        }
        int x = f;
        while (x < to && !w.code.op(x).is("RETURN_VALUE")) {
            Op op = w.code.op(x);
            if (op.target() >= 0 || op.isTerminal() || x > f && w.code.isJumpTarget(x)) {
                return -1;
            }
            x++;
        }
        if (x >= to || x == f || w.code.isJumpTarget(x)) {
            return -1;
        }
        boolean folded = w.env.atLeast(3, 14) ? !(w.code.op(x - 1).is("LOAD_FAST") && w.code.strongLoad(x - 1))
                : !w.code.op(f - 2).is("LOAD_CONST") && !w.code.op(x - 1).is("LOAD_CONST");
        if (folded) {
            return -1;
        }
        try {
            Lifter then = l.fork();
            w.walk(b, f, then, r.withFollow(x + 1), -1);
            if (then.out.size() != 1 || !(then.out.get(0) instanceof Stmt.Return ret) || ret.value() == null
                    || then.depth() != l.depth()) {
                return -1;
            }
            Lifter other = l.fork();
            w.walk(f, x, other, r.withFollow(x), -1);
            if (!other.out.isEmpty() || other.depth() != l.depth() + 1) {
                return -1;
            }
            l.emit(new Stmt.Return(new Expr.IfExp(e, ret.value(), other.popExpr())));
            return x + 1;
        } catch (LiftException ex) {
            return -1;
        }
    }

    /**
     * {@code raise E(a if c else b)} (or a return): 3.12+ copies the small exit block after the conditional
     * expression (here CALL, RAISE_VARARGS) into both arms, so each arm reads as a raise of its own. The
     * evidence that it was one expression: the copied tail consumes values pushed before the test (the
     * callee), which a statement-level if cannot do. The index after the second arm's copy, or -1.
     */
    static int copiedTailIfExp(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Op end = w.code.op(f - 1);
        if (!w.env.atLeast(3, 12) || !end.is("RAISE_VARARGS") && !end.is("RETURN_VALUE") && !end.is("RETURN_CONST")) {
            return -1;
        }
        int y = f;
        while (y < to && !w.code.op(y).isTerminal()) {
            y++;
        }
        if (y == to) {
            int past = y;                      // (on into a copy of the block where the region goes on: below)
            while (past < w.code.size() && past < to + 8 && !w.code.op(past).isTerminal() && w.code.op(past).target() < 0) {
                past++;
            }
            y = past > to && past < w.code.size() && w.code.op(past).isReturn() ? past : y;
        }
        // (the second arm's copy may end with the region: a return ending a match case, taken for a copy of
        // the return after the statement, is that copy's terminal)
        // (or the region ends inside the copy, its rest dropped as a copy of the block where the region goes on,
        // Matches' exitBlock: a case's body ending with the copied `return x` of the code after the match)
        boolean tailCopy = y > to && r.follow() >= 0 && w.copiedExitLength(to, r.follow()) == y + 1 - to;
        if (y > to && !tailCopy || y == to && (!w.code.op(y).isReturn() || r.follow() < 0 || !Branches.sameExit(w, y, r.follow()))
                || y >= w.code.size() || !w.code.op(y).sameAs(end)) {
            return -1;
        }
        int k = 0;
        while (f - 1 - k > b && y - k > f && sameCopy(w.code.op(f - 1 - k), w.code.op(y - k))) {
            k++;
        }
        // the copy: no jumps inside, no jumps into it past its start; a lone terminal is returnIfExp's or ambiguous
        for (int i = 0; i < k; i++) {
            if (i < k - 1 && (w.code.isJumpTarget(f - 1 - i) || w.code.isJumpTarget(y - i))) {
                return -1;
            }
        }
        // the compiler copies small exit blocks (at most 4 instructions); unwinding (SWAP, POP_TOP of a loop's
        // iterator or a with's exit) consumes what lies below for its own reason, no evidence of an expression
        if (k < 2 || k > 4) {
            return -1;
        }
        boolean plainBelow = l.stack().stream().allMatch(o -> o instanceof Expr || o == depyf.lift.Item.Null.INSTANCE);
        // (or when the copy starts with the call taking the expression, whose callee was pushed before the
        // test: its POP_TOP ends that statement, a loop's iterator popped after it by a return ending a
        // match case in a for loop, unseen rich tails seed 52 f139 on 3.12)
        boolean callFirst = w.code.op(f - k).name().startsWith("CALL");
        for (int i = f - k; i < f; i++) {
            // a POP_TOP ends an expression statement of the copy when nothing but plain values lies below
            if (w.code.op(i).is("POP_TOP") && !plainBelow && !callFirst || w.code.op(i).is("SWAP")) {
                return -1;
            }
        }
        int d0 = l.depth();
        // a trial, as in tryIfExp: a statement in the branches (a for loop's break to a copy of its exit, tails
        // seed 7 f209) marks code walked; not an if-expression, the reading that replaces it walks it again
        Walker.Marks walked = w.marks();
        int read = copiedTailBranches(w, e, b, f, y, k, d0, l, r);
        if (read < 0) {
            w.restore(walked);
        }
        return read;
    }

    private static int copiedTailBranches(Walker w, Expr e, int b, int f, int y, int k, int d0, Lifter l, Region r) {
        try {
            Lifter then = l.fork();
            w.walk(b, f - k, then, r.withFollow(f - k), -1);
            if (!then.out.isEmpty() || then.depth() != d0 + 1) {
                return -1;
            }
            Lifter other = l.fork();
            w.walk(f, y + 1 - k, other, r.withFollow(y + 1 - k), -1);
            if (!other.out.isEmpty() || other.depth() != d0 + 1) {
                return -1;
            }
            Lifter tail = l.fork();
            tail.push(new Expr.IfExp(e, then.popExpr(), other.popExpr()));
            w.walk(f - k, f, tail, r.withFollow(f), -1);
            Stmt last = tail.out.isEmpty() ? null : tail.out.get(tail.out.size() - 1);
            if (!(last instanceof Stmt.Raise || last instanceof Stmt.Return) || tail.depth() >= d0
                    || tail.out.size() > 1 && !tail.out.subList(0, tail.out.size() - 1).stream().allMatch(st -> st instanceof Stmt.ExprStmt)) {
                return -1;
            }
            l.stack().clear();
            l.stack().addAll(tail.stack());
            tail.out.forEach(l::emit);
            return y + 1;
        } catch (LiftException ex) {
            return -1;
        }
    }

    /** Two instructions of a copied exit block: same name, argument and line (a copy keeps its line), no jump. */
    static boolean sameCopy(Op a, Op b) {
        return a.target() < 0 && b.target() < 0 && a.name().equals(b.name()) && a.arg() == b.arg()
                && a.line() == b.line();
    }

    /**
     * 3.11 threads the jump of {@code a} in {@code a and b or c} (a JUMP_IF_FALSE_OR_POP onto the
     * JUMP_IF_TRUE_OR_POP of the {@code or}, whose outcome it knows) into a POP_JUMP_IF_FALSE straight to
     * {@code c}; likewise {@code (a or b) and c}. Here the test {@code e} falls into {@code b} at [b, f-1),
     * whose value jump at f-1 skips {@code c} at [f, x). Returns where the value ends, or -1.
     */
    static int threadedBoolValue(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Op value = w.code.op(f - 1);
        boolean or = value.is("JUMP_IF_TRUE_OR_POP");
        int x = value.target();
        if (!or && !value.is("JUMP_IF_FALSE_OR_POP") || x <= f || x > to) {
            return -1;
        }
        try {
            Lifter right = l.fork();
            w.walk(b, f - 1, right, r.withFollow(f - 1), -1);
            if (!right.out.isEmpty() || right.depth() != l.depth() + 1) {
                return -1;
            }
            Lifter last = l.fork();
            w.walk(f, x, last, r.withFollow(x), -1);
            if (!last.out.isEmpty() || last.depth() != l.depth() + 1) {
                return -1;
            }
            // e is true where b runs: (e and b) or c, or (not e or b) and c; e's own value is never the result
            Expr inner = or ? Conditions.bool(Operator.Bool.AND, e, right.popExpr())
                    : Conditions.bool(Operator.Bool.OR, Conditions.not(e), right.popExpr());
            l.push(Conditions.bool(or ? Operator.Bool.OR : Operator.Bool.AND, inner, last.popExpr()));
            return x;
        } catch (LiftException ex) {
            return -1;
        }
    }

    /** {@code a if c else b}: both branches only push one value, and meet at the then-branch's jump target. */
    static Expr tryIfExp(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Op last = w.code.op(f - 1);
        if (!last.is("JUMP_FORWARD") || last.target() <= f) {
            return null;
        }
        int x = last.target();
        // a trial: the branches may hold statements whose reading marks code as walked (a break's copy of
        // an except clause's end, ClauseEndBreaks); not an if-expression, that code is walked again
        Walker.Marks walked = w.marks();
        Expr v = ifExpBranches(w, e, b, f, x, to, l, r);
        if (v == null) {
            w.restore(walked);
        }
        return v;
    }

    static Expr ifExpBranches(Walker w, Expr e, int b, int f, int x, int to, Lifter l, Region r) {
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
