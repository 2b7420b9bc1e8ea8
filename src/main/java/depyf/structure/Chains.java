package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.ArrayList;
import java.util.List;

/**
 * Chained comparisons, {@code a < b < c}: the middle operand stays on the stack (SWAP 2; COPY 2;
 * COMPARE_OP) while the first comparison is tested, and a cleanup block pops it when the chain stops
 * early. The links are merged back into one comparison and the cleanup blocks marked dead.
 */
final class Chains {
    private Chains() {}

    /** True when the comparison tested by the jump at j keeps its right operand on the stack. */
    static boolean isLink(Walker w, int j, boolean copyTest) {
        int c = j - 1;
        while (c >= 0 && w.code.op(c).is("TO_BOOL")) {
            c--;
        }
        if (copyTest && !w.code.op(j).is("JUMP_IF_FALSE_OR_POP")) {
            if (c < 0 || !w.code.op(c).is("COPY") || w.code.op(c).arg() != 1) {
                return false;
            }
            c--;
        }
        return c >= 2 && isCompare(w.code.op(c)) && w.code.op(c - 1).is("COPY") && w.code.op(c - 1).arg() == 2
                && w.code.op(c - 2).is("SWAP") && w.code.op(c - 2).arg() == 2;
    }

    private static boolean isCompare(Op op) {
        return op.is("COMPARE_OP") || op.is("IS_OP") || op.is("CONTAINS_OP");
    }

    /**
     * The length of the straight code from a, up to its return or raise (a RERAISE too: the end of a finally
     * body's copy in its handler; or a jump, 3.13+: an except clause's POP_EXCEPT and jump to the code after
     * the try), when the code from b is the same; else 0.
     */
    static int sameTail(Walker w, int a, int b) {
        for (int n = 0; a + n < w.code.size() && b + n < w.code.size() && n < 12; n++) {
            Op x = w.code.op(a + n);
            Op y = w.code.op(b + n);
            if (n > 0 && x.isUnconditionalJump() && x.name().equals(y.name()) && x.target() == y.target()) {
                return n + 1;
            }
            if (!x.sameAs(y) || x.target() >= 0) {
                return 0;
            }
            if (x.isReturn() || x.is("RAISE_VARARGS") || x.is("RERAISE")) {
                return n + 1;
            }
        }
        return 0;
    }

    /**
     * Where a chained comparison's jump at p over its dead cleanup lands ({@code JUMP_FORWARD t; POP_TOP; ...;
     * t:}), or p when no such jump is there.
     */
    static int pastDeadCleanup(Walker w, int p) {
        Op op = w.code.op(p);
        return op.is("JUMP_FORWARD") && op.target() > p + 1 && w.dead.nextClearBit(p + 1) >= op.target() ? op.target() : p;
    }

    /** {@code left} (a comparison whose right operand is still on the stack) followed by {@code right}. */
    static Expr merge(Expr left, Expr right) {
        if (!(left instanceof Expr.Compare a) || !(right instanceof Expr.Compare b)
                || !a.comparators().get(a.comparators().size() - 1).equals(b.left())) {
            throw new LiftException("unrecognised chained comparison");
        }
        List<Operator.Compare> ops = new ArrayList<>(a.ops());
        ops.addAll(b.ops());
        List<Expr> comparators = new ArrayList<>(a.comparators());
        comparators.addAll(b.comparators());
        return new Expr.Compare(a.left(), ops, comparators);
    }

    /**
     * A chain tested by a conditional jump. The first link was popped from {@code l} (its middle operand
     * is on top); the rest is lifted up to the last link's jump. Returns the segment of the whole chain.
     */
    static Branches.Segment condition(Walker w, int stmtStart, int j, Expr first, Lifter l) {
        Expr chain = first;
        int cleanup = w.code.op(j).target();
        int k = j + 1;
        Lifter f = l.fork();
        while (true) {
            int jump = k;
            while (jump < w.code.size() && !w.code.op(jump).isConditionalJump()) {
                Op op = w.code.op(jump);
                if (op.target() >= 0 || op.isTerminal()) {
                    throw new LiftException("unrecognised chained comparison at " + op.offset());
                }
                Steps.step(f, op);
                jump++;
            }
            if (jump >= w.code.size() || !f.out.isEmpty()) {
                throw new LiftException("unrecognised chained comparison");
            }
            Op op = w.code.op(jump);
            Expr right = f.popExpr();
            boolean jumpIfTrue = op.is("POP_JUMP_IF_TRUE");
            if (op.is("POP_JUMP_IF_NONE") || op.is("POP_JUMP_IF_NOT_NONE")) {
                // a last link `x is None` (or `is not None`) compiles into the jump: it jumps when false
                right = new Expr.Compare(right, List.of(op.is("POP_JUMP_IF_NONE") ? Operator.Compare.IS_NOT : Operator.Compare.IS),
                        List.of(new Expr.Constant(depyf.pyc.PyObject.None.INSTANCE)));
            }
            chain = merge(chain, right);
            if (isLink(w, jump, false) && op.is("POP_JUMP_IF_FALSE") && op.target() == cleanup) {
                k = jump + 1;
                continue;
            }
            // the cleanup pops the middle operand and goes where the chain's false exit goes
            int exit = !jumpIfTrue ? op.target() : jump + 1;
            if (jumpIfTrue && exit < w.code.size() && w.code.op(exit).is("JUMP_FORWARD")) {
                exit = w.code.op(exit).target();
            }
            exit = Tries.skipNops(w, exit);
            if (!w.code.op(cleanup).is("POP_TOP") || f.depth() != l.depth() - 1) {
                throw new LiftException("unrecognised chained comparison cleanup");
            }
            int after = cleanup + 1;
            int copy = sameTail(w, after, exit);
            if (after < w.code.size() && after != exit && w.code.op(after).isUnconditionalJump()
                    && (w.code.op(after).target() == exit || Branches.sameExit(w, after, exit))) {
                // the cleanup jumps where the false exit goes (in a loop both may be jumps back to its head)
                w.dead.set(after);
            } else if (copy > 0 && after != exit && !w.jumpTargets.get(after)) {
                w.dead.set(after, after + copy);       // the exit block, copied after the cleanup (3.12+)
            } else if (copy > 0 && after != exit && (jumpIfTrue || w.jumpTargets.get(after))) {
                // the exit block the cleanup falls into is reached by other tests too; the chain's false exit
                // is a copy of it (3.12+; a test of the same condition is read there by overCleanups; 3.12: a
                // while loop's test copied to the bottom, its first link's cleanup falling into the block
                // the test at the top leaves to, http/cookies.py _unquote)
            } else if (after != exit && Tries.skipNops(w, after) != exit) {
                // (the cleanup may fall into the exit through a NOP holding a line: the end of a try body)
                throw new LiftException("unrecognised chained comparison cleanup");
            }
            w.dead.set(cleanup);
            l.pop();
            return new Branches.Segment(stmtStart, jump, chain, jumpIfTrue, op.target());
        }
    }

    /**
     * A chained comparison tested last jumps (when its outcome is the fall-through's) over its dead cleanup
     * to where that cleanup falls: {@code JUMP_FORWARD t; cleanup: POP_TOP; t:}, or (3.12+) falls into a
     * copy of the small exit block at t. A test of the same condition jumping to t jumps, in effect, to
     * that fall-through: the target is read so (the then-branch starts there), and a block at t that
     * only these tests reach is dead.
     */
    static List<Branches.Segment> overCleanups(Walker w, List<Branches.Segment> segs) {
        List<Branches.Segment> out = null;
        for (int k = 1; k < segs.size(); k++) {
            int p = segs.get(k).jump() + 1;
            if (p >= w.code.size() || w.dead.get(p)) {
                continue;
            }
            Op at = w.code.op(p);
            int t = -1;
            int copied = 0;
            if (at.is("JUMP_FORWARD") && at.target() > p + 1 && w.dead.nextClearBit(p + 1) >= at.target()) {
                t = at.target();
            } else if (segs.get(k).jumpIfTrue()) {
                // 3.12+: the fall-through is a copy of the exit block the chain's dead cleanup falls into
                for (int q = 0; q < k && t < 0; q++) {
                    int c = segs.get(q).target();
                    if (c > p && c > 0 && w.dead.get(c - 1) && w.code.op(c - 1).is("POP_TOP")
                            && (copied = sameTail(w, p, c)) > 0) {
                        t = c;
                    }
                }
            }
            final int landing = t;
            if (t < 0 || segs.stream().anyMatch(s -> s.start() == landing)) {
                continue;                              // the next test of the condition, not an exit
            }
            for (int q = 0; q < k; q++) {
                Branches.Segment s = segs.get(q);
                if (s.target() == t) {
                    if (out == null) {
                        out = new ArrayList<>(segs);
                    }
                    out.set(q, new Branches.Segment(s.start(), s.jump(), s.expr(), s.jumpIfTrue(), p));
                }
            }
            if (copied > 0 && onlyJumpsFrom(w, segs, t)) {
                w.dead.set(t, t + copied);             // the block now reached only through its copy
            }
        }
        return out == null ? segs : out;
    }

    /** True when every jump to t is one of the segments' tests. */
    private static boolean onlyJumpsFrom(Walker w, List<Branches.Segment> segs, int t) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && segs.stream().noneMatch(s -> s.jump() == op.index())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A chain as a value: COPY 1; POP_JUMP_IF_FALSE cleanup; POP_TOP; the rest; cleanup: SWAP 2; POP_TOP.
     * {@code left} was popped (its middle operand is on top of {@code l}); the rest is in [from, cleanup).
     * Returns where the walk goes on.
     */
    static int value(Walker w, int from, int cleanup, int to, Expr left, Lifter l, Region r) {
        if (cleanup + 1 >= w.code.size() || !w.code.op(cleanup).is("SWAP") || w.code.op(cleanup).arg() != 2
                || !w.code.op(cleanup + 1).is("POP_TOP")) {
            throw new LiftException("unrecognised chained comparison value");
        }
        // 3.12+ may copy what follows the chain into its end: [end, cleanup) equals what follows the cleanup
        int join = cleanup + 2;
        int copied = 0;
        if (w.code.op(cleanup - 1).is("RETURN_VALUE")) {
            for (int n = Math.min(cleanup - from, 12); n > 0 && copied == 0; n--) {
                boolean same = join + n <= w.code.size();
                for (int t = 0; same && t < n; t++) {
                    same = w.code.op(cleanup - n + t).sameAs(w.code.op(join + t));
                }
                copied = same ? n : 0;
            }
        }
        int end = cleanup - copied;
        Lifter f = l.fork();
        w.walk(from, Math.min(end, to), f, r.withFollow(cleanup), -1);
        w.dead.set(cleanup);
        w.dead.set(cleanup + 1);
        l.pop();
        if (f.out.isEmpty() && f.depth() == l.depth() + 1) {
            l.push(merge(left, f.popExpr()));
            if (copied > 0) {
                w.dead.set(join, join + copied);
                return Math.min(end, to);
            }
            return Math.min(cleanup, to);
        }
        // 3.12+ copies a small return after the chain into both paths: return a < b < c
        if (f.out.size() == 1 && f.out.get(0) instanceof Stmt.Return ret && ret.value() != null
                && cleanup + 2 < w.code.size() && w.code.op(cleanup + 2).is("RETURN_VALUE") && f.depth() == l.depth()) {
            w.dead.set(cleanup + 2);
            l.emit(new Stmt.Return(merge(left, ret.value())));
            return Math.min(cleanup + 3, to);
        }
        throw new LiftException("unrecognised chained comparison value");
    }
}
