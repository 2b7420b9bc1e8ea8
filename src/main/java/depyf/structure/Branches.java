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

    /**
     * True when code laid out from {@code past} jumps back to f: the then-branch's path past f comes back
     * to it (a with suppressing in a try/finally, the normal exit's copy laid out cold, 3.12+: seed 112
     * f49), so the code at f is where the if goes on, no else; the then-branch is read up to f. So does a
     * path running that copy, then a copy of the code at f (a small block ending in a return, which the
     * compiler duplicates: rich tails seed 11 f78).
     */
    private static boolean comesBackTo(Walker w, int past, int f) {
        for (int k = past; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && op.target() == f && w.reachable.get(k)) {
                return true;
            }
        }
        return past < w.code.size() && FinallyCopy.copyThenExitCopy(w, jumpedTo(w, past), f) > 0;
    }

    /**
     * Where the code at {@code past}, off the normal flow up to the next handler (a path leaving the
     * then-branch [b, f): a finally body's copy a with's suppressing path runs, a loop's test copy), jumps
     * back past f, up to {@code to}, its other jumps going back into the branch or within that code: over an
     * else that only the if's tests enter, no jump in normal flow goes into and which falls off into that
     * place (where nothing but the if's code jumps); or -1.
     */
    private static int cameBackPastElse(Walker w, int stmtStart, int b, int past, int f, int to) {
        if (!w.jumpsOnlyFrom(f, stmtStart, b) || past >= w.code.size() || w.normalFlow.get(past)) {
            return -1;
        }
        int end = past + 1;
        while (end < w.code.size() && !w.normalFlow.get(end) && !w.code.op(end).is("PUSH_EXC_INFO")) {
            end++;                             // (the cold code up to the next handler)
        }
        int t = -1;
        int from = -1;
        for (int k = past; k < end; k++) {
            int target = w.code.op(k).target();
            if (target < 0 || target >= b && target < f || target >= past && target < end) {
                continue;                      // (back into the branch, a loop's test copy say, or within that code)
            }
            if (t >= 0 && target != t || !w.code.op(k).is("JUMP_BACKWARD")) {
                return -1;
            }
            t = target;
            from = k;
        }
        return t > f && t <= to && !w.jumpedIntoInFlow(f, t) && w.fallenInto(t) && onlyJumpsFrom(w, t, b, from, end) ? t : -1;
    }

    /** True when every jump to t comes from [b, t) (the if's branches) or from [past, end). */
    private static boolean onlyJumpsFrom(Walker w, int t, int b, int past, int end) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && (op.index() < past || op.index() >= end) && (op.index() < b || op.index() >= t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of the block in (f, to) of which the code at {@code past}, off the normal flow, runs a
     * copy after the normal exit's copy of a finally body ({@link FinallyCopy#copyThenExitCopy}); or -1.
     */
    private static int runsCopyOfLater(Walker w, int past, int f, int to) {
        if (past >= w.code.size() || w.normalFlow.get(past)) {
            return -1;
        }
        int at = FinallyCopy.pastColdCopy(w, jumpedTo(w, past));    // (the copy read once, then each block tried)
        for (int k = f + 1; at >= 0 && k < Math.min(to, w.code.size()); k++) {
            if (w.normalFlow.get(k) && !w.code.op(k).is("NOP") && FinallyCopy.exitCopyEnd(w, at, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    static int branch(Walker w, int stmtStart, int j, int to, Lifter l, Region r) {
        Op op = w.code.op(j);
        if (op.is("JUMP_IF_FALSE_OR_POP") || op.is("JUMP_IF_TRUE_OR_POP")) {
            return IfExps.boolValue(w, j, j + 1, op.is("JUMP_IF_TRUE_OR_POP"), to, l, r);
        }
        if (isCopyTest(w, j, l)) {
            l.pop();
            return IfExps.boolValue(w, j, j + 2, op.is("POP_JUMP_IF_TRUE"), to, l, r);
        }
        List<Segment> segs = new ArrayList<>();
        Expr first = l.popExpr();
        if (Chains.isLink(w, j, false) && op.is("POP_JUMP_IF_FALSE")) {
            segs.add(Chains.condition(w, stmtStart, j, first, l));
        } else {
            segs.add(segment(stmtStart, op, first));
        }
        int k = nextTest(w, segs.get(0).jump() + 1, to);
        List<Integer> hops = new ArrayList<>();      // segments whose test jumps over a lone jump back
        while (k < to) {
            int over = w.env.atLeast(3, 12) ? pastLoneJumpBack(w, segs.get(segs.size() - 1), k, to) : -1;
            Segment s = trySegment(w, over > 0 ? over : k, to, l, r);
            if (s == null) {
                break;
            }
            if (over > 0) {
                hops.add(segs.size() - 1);
            }
            segs.add(s);
            k = nextTest(w, s.jump() + 1, to);
        }
        if (!hops.isEmpty()) {
            segs = unthreadedBackJumps(w, segs, hops, to, r);
        }
        segs = Chains.overCleanups(w, segs);
        int m = longestCondition(segs);
        List<Segment> same = sameExits(w, segs);
        if (!same.equals(segs)) {
            // jumps to copies of one exit block read as jumps to the same exit when a later test of the
            // chain jumps past this reading's exits; on 3.11 also when that makes a longer condition (its
            // exits without a line number, the function's final return above all, are copied for every
            // jump to them: `if a and b: x` at the end of a function jumps to two copies). 3.12+ lay out
            // nested ifs that way too, and the longer reading loses 3 to 11 code objects of the stdlib.
            int sm = longestCondition(same);
            // (a shorter reading that is a loop's test leaves the later tests to its body, unless the body
            // ends with a copy of the longer test: `while a and b` whose continue jumps back to a; 3.12-3.13
            // copy the return after such a loop for each of its tests, which the copy at the bottom says)
            boolean shortLoop = m >= 0 && isLoopTestReading(w, stmtStart, segs, m);
            // (3.12-3.13: or the longer reading is a loop's test whose copy, reached only from handlers, is laid
            // out after them: `while a and b: with m(): raise E`, its exits copied for each test; also when the
            // shorter reading is a loop too, a continue jumping back to a: `while a and b: with m(): continue`,
            // the with's suppressing path falling into that copy of the whole test, which jumps back to the
            // longer reading's body)
            // 3.14: or a with's suppressing path (or the code after the with only that path reaches) in the
            // later tests' then-branch goes back to the loop's head: the with ends the longer reading's body,
            // where the shorter one's branch would need a written continue, a jump with a line of its own
            boolean longer = sm > m && (w.env.atLeast(3, 12) ? copiedAtBottom(w, stmtStart, same, sm)
                        || displacedAtBottom(w, stmtStart, same, sm)
                        || shortLoop && w.env.atLeast(3, 14) && (suppressedToHead(w, stmtStart, same, sm)
                            || isLoopTestReading(w, stmtStart, same, sm) && inheritedExitCopies(w, segs, same))
                    : !(shortLoop && !copiedAtBottom(w, stmtStart, same, sm)));
            if (longer || m >= 0 && jumpsPast(w, segs, m) && (sm > m || sm == m && !jumpsPast(w, same, sm))) {
                for (int q = 0; q < segs.size(); q++) {
                    if (same.get(q).target() != segs.get(q).target()) {
                        if (longer) {
                            unusedCopy(w, segs.get(q).jump(), segs.get(q).target());
                        }
                        // (3.13+: a copy of an except clause's end, POP_EXCEPT, name cleanup and the jump to the
                        // code after the try, one for each test jumping there: read once, as the if's exit)
                        if (w.code.op(segs.get(q).target()).is("POP_EXCEPT")) {
                            unusedJumpCopy(w, segs.get(q).jump(), segs.get(q).target());
                        }
                    }
                }
                segs = same;
                m = sm;
            }
        }
        for (int q = segs.size() - 1; q > m; q--) {
            // (a longer chain than the reading with a then-branch: `if a or b: pass`, not `if not a: if b: pass`)
            Expr empty = emptyThenCondition(segs, q);
            if (empty != null) {
                int b = segs.get(q).jump() + 1;
                return statement(w, stmtStart, segs.get(q).jump(), empty, b, b, to, l, r);
            }
        }
        if (m < 0) {
            throw new LiftException("unrecognised condition at " + op.offset());
        }
        int b = segs.get(m).jump() + 1;
        int f = otherExit(segs, m, b);
        int hop = pastCleanupHop(w, segs, m, b);
        int loopTest = hop > b && f > hop ? loopTestStart(w, segs, m, hop, f) : -1;
        if (loopTest >= 0) {
            w.dead.set(b);                           // the jump over the chain's cleanup into the loop's body
            b = hop;
        } else {
            loopTest = f > b ? loopTestStart(w, segs, m, b, f) : -1;
        }
        if (loopTest > 0) {
            return ifAroundLoop(w, segs, loopTest, m, b, f, to, l, r);
        }
        Expr e = build(segs, 0, m + 1, b, f, b, m);
        return statement(w, stmtStart, segs.get(m).jump(), e, b, f, to, l, r);
    }

    /**
     * 3.12+: conditional jumps go forward only, so a test leaving the chain for a jump back (the exit of a
     * while loop ending an enclosing loop's body, threaded to that loop's head) is inverted to jump over a
     * lone JUMP_BACKWARD (flowgraph.c, normalize_jumps). When {@code prev} jumps over such a jump at k
     * (after NOT_TAKEN), where the chain goes on: where it goes on; else -1.
     */
    private static int pastLoneJumpBack(Walker w, Segment prev, int k, int to) {
        int q = k;
        while (q < to && w.code.op(q).is("NOT_TAKEN")) {
            q++;
        }
        return q + 1 < to && w.code.op(q).is("JUMP_BACKWARD") && prev.target() == q + 1 && !w.jumpTargets.get(q) ? q + 1 : -1;
    }

    /**
     * The chain with the tests at {@code hops} (each jumping over a lone jump back, see {@link
     * #pastLoneJumpBack}) read as jumps to where the chain's last test falls through, when that is a jump
     * back to the same place (then they leave the chain the same way) and the chain is a while loop's
     * test (3.14: the code after it, up to {@code to}, jumps back to its start; 3.12-3.13: the body ends
     * with a copy of the test, in place or laid out after the handlers, {@link Loops#isThreadedLoopTest}); else the chain up to the first
     * such test, as a chain ends at any other jump (`if a: continue` then `if b: continue` compile as
     * `if a or b: continue` does: read as written, statement by statement).
     */
    private static List<Segment> unthreadedBackJumps(Walker w, List<Segment> segs, List<Integer> hops, int to, Region r) {
        int b = segs.get(segs.size() - 1).jump() + 1;
        int exit = b;
        while (exit < w.code.size() && w.code.op(exit).is("NOT_TAKEN")) {
            exit++;
        }
        int start = segs.get(0).start();
        boolean same = exit < w.code.size() && w.code.op(exit).is("JUMP_BACKWARD")
                && (w.env.atLeast(3, 14) ? Loops.hasBackEdgeInto(w.code, start, start, exit + 1, to)
                    : exit + 1 < to && Loops.isThreadedLoopTest(w, start, exit, exit + 1, to, r));
        for (int h : hops) {
            same = same && w.code.op(segs.get(h).target() - 1).target() == w.code.op(exit).target();
        }
        if (!same) {
            return new ArrayList<>(segs.subList(0, hops.get(0) + 1));
        }
        List<Segment> out = new ArrayList<>(segs);
        for (int h : hops) {
            Segment s = segs.get(h);
            out.set(h, new Segment(s.start(), s.jump(), s.expr(), !s.jumpIfTrue(), b));
        }
        return out;
    }

    /** The last segment of the longest prefix of the chain that reads as one condition, or -1. */
    private static int longestCondition(List<Segment> segs) {
        for (int m = segs.size() - 1; m >= 0; m--) {
            int b = segs.get(m).jump() + 1;
            int f = otherExit(segs, m, b);
            if (f >= 0 && build(segs, 0, m + 1, b, f, b, m) != null) {
                return m;
            }
        }
        return -1;
    }

    /** True when segments [0, m] are a while loop's test (a later test is then part of its body). */
    private static boolean isLoopTestReading(Walker w, int stmtStart, List<Segment> segs, int m) {
        int b = segs.get(m).jump() + 1;
        int f = otherExit(segs, m, b);
        return f > b && Loops.isLoopTest(w, stmtStart, b, f);
    }

    /** True when segments [0, m] are a while loop's test copied to the end of its body (3.11). */
    private static boolean copiedAtBottom(Walker w, int stmtStart, List<Segment> segs, int m) {
        int b = segs.get(m).jump() + 1;
        int f = otherExit(segs, m, b);
        return f > b && Loops.bottomCopy(w, stmtStart, b, f) >= 0 || copiedExitBefore(w, stmtStart, b, f) > 0;
    }

    /**
     * 3.12+: the loop's tests at the top jump to copies of a small return block past the code after the loop
     * (a branch's code), the copy of the test at the bottom to one right after the body's jump back to b
     * (seed 62 f85: `if c(): while c() and c(): ...` before an elif, each test's exit its own copy): that
     * one, where the loop ends; else -1. (The longer reading then fails on 3.12, its region reaching past the
     * loop's end, where the shorter one read the loop's test without its first operand: silently wrong.)
     */
    private static int copiedExitBefore(Walker w, int stmtStart, int b, int f) {
        if (!w.env.atLeast(3, 12) || f <= b) {
            return -1;
        }
        int back = f - 1;
        while (back > b && !(w.code.op(back).is("JUMP_BACKWARD") && w.code.op(back).target() == b)) {
            back--;
        }
        return back > b && back + 1 < f && w.copiedExitLength(back + 1, f) > 0
                && Loops.bottomCopy(w, stmtStart, b, back + 1) >= 0 ? back + 1 : -1;
    }

    /** True when segments [0, m] are a while loop's test copied after the handlers (3.12-3.13, {@link DisplacedLoopTails#displacedCopy}). */
    private static boolean displacedAtBottom(Walker w, int stmtStart, List<Segment> segs, int m) {
        int b = segs.get(m).jump() + 1;
        int f = otherExit(segs, m, b);
        return f > b && (DisplacedLoopTails.displacedCopy(w, stmtStart, b, f) != null
                || DisplacedLoopTails.displacedTailCopy(w, stmtStart, b, f) != null);
    }

    /**
     * 3.14: True when every test that {@code same} reads as leaving with the others jumps to its own copy of
     * the function's implicit {@code return None} carrying the test's line: a copy of a block without a line
     * takes its predecessor's. The shorter reading, {@code while a: if b: ...; continue} then the copy, would
     * need a return statement there, with a line of its own: `while a and b:` ending a function. (Not another
     * exit: a break out of a loop in a finally body, asyncio's Semaphore.acquire, jumps to copies of the code
     * after the loop that start on the test's line too.)
     */
    private static boolean inheritedExitCopies(Walker w, List<Segment> segs, List<Segment> same) {
        boolean any = false;
        for (int q = 0; q < segs.size(); q++) {
            int copy = segs.get(q).target();
            if (same.get(q).target() != copy) {
                if (w.code.op(copy).line() != w.code.op(segs.get(q).jump()).line() || !returnsNone(w, copy)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** True when the code at k is {@code return None}, the implicit return's block (LOAD_CONST None; RETURN_VALUE on 3.14). */
    static boolean returnsNone(Walker w, int k) {
        Op op = w.code.op(k);
        boolean none = op.argval() instanceof depyf.pyc.PyObject.None;
        return op.is("RETURN_CONST") && none
                || op.is("LOAD_CONST") && none && k + 1 < w.code.size() && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /** True when a with in the body of segments [0, m] read as a loop's test suppresses back to its head (3.14, {@link DisplacedLoopTails#withTailBackInto}). */
    private static boolean suppressedToHead(Walker w, int stmtStart, List<Segment> segs, int m) {
        int b = segs.get(m).jump() + 1;
        int f = otherExit(segs, m, b);
        return f > b && DisplacedLoopTails.withTailBackInto(w, stmtStart, stmtStart, b, f) >= 0;
    }

    /** True when a segment after m (part of the then-branch) jumps past the condition's other exit. */
    private static boolean jumpsPast(Walker w, List<Segment> segs, int m) {
        int f = otherExit(segs, m, segs.get(m).jump() + 1);
        for (int k = m + 1; k < segs.size(); k++) {
            if (segs.get(k).target() > f && !sameExit(w, segs.get(k).target(), f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the then-branch of a condition ending with a chained comparison starts: a chain falling through
     * when true jumps over its dead cleanup ({@code JUMP_FORWARD t; cleanup: POP_TOP; JUMP_FORWARD exit}),
     * and t is where a while loop's body starts (whose copy of the test at the bottom jumps back to t). Not
     * when other tests of the condition jump to that hop (see {@link Chains#overCleanups}). Else b.
     */
    private static int pastCleanupHop(Walker w, List<Segment> segs, int m, int b) {
        if (!(segs.get(m).expr() instanceof Expr.Compare cmp) || cmp.ops().size() < 2 || b >= w.code.size()
                || segs.stream().anyMatch(s -> s.target() == b)) {
            return b;
        }
        Op op = w.code.op(b);
        if (op.is("JUMP_FORWARD") && op.target() > b + 1 && w.dead.get(b + 1) && w.dead.nextClearBit(b + 1) >= op.target()) {
            return op.target();
        }
        return b;
    }

    /** Where the test after a segment ending at k - 1 starts: past a chained comparison's cleanup (dead) and its jump over it. */
    private static int nextTest(Walker w, int k, int to) {
        while (k < to) {
            Op op = w.code.op(k);
            if (w.dead.get(k)) {
                k++;
            } else if (op.is("JUMP_FORWARD") && op.target() > k + 1 && op.target() <= to
                    && w.dead.nextClearBit(k + 1) >= op.target()) {
                k = op.target();
            } else {
                return k;
            }
        }
        return k;
    }

    /** True when a reachable jump forward of normal flow in [b, f) goes to t, past line NOPs. */
    private static boolean jumpsForwardTo(Walker w, int b, int f, int t) {
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && w.reachable.get(k) && w.normalFlow.get(k) && op.target() >= t
                    && Tries.skipNops(w, t) == Tries.skipNops(w, op.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first segment of a while loop's test when the chain [0, m] ends with one: {@code if p: while q:}
     * compiles p's jumps straight to the loop's exit, so p and q read as one condition. The loop's test is
     * where its back edge goes (test at the top) or what the end of the body repeats (test copied to the
     * bottom, also when laid out after the handlers: {@link DisplacedLoopTails}). 0 when it is the whole
     * chain, -1 when the chain is no loop's test.
     */
    private static int loopTestStart(Walker w, List<Segment> segs, int m, int b, int f) {
        for (int k = 0; k <= m; k++) {
            int start = segs.get(k).start();
            if (Loops.hasBackEdgeInto(w.code, start, start, b, f) || Loops.bottomCopy(w, start, b, f) >= 0
                    || DisplacedLoopTails.displacedCopy(w, start, b, f) != null || DisplacedLoopTails.displacedTailCopy(w, start, b, f) != null) {
                return k;
            }
        }
        return -1;
    }

    /** {@code if p: while q: ...}: segments [0, k) are p, all leaving to the loop's exit f when false. */
    private static int ifAroundLoop(Walker w, List<Segment> segs, int k, int m, int b, int f, int to, Lifter l, Region r) {
        List<Expr> prefix = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Segment s = segs.get(i);
            if (s.target() != f) {
                throw new LiftException("condition around a loop at " + w.code.op(s.jump()).offset());
            }
            prefix.add(s.jumpIfTrue() ? Conditions.not(s.expr()) : s.expr());
        }
        Expr test = build(segs, k, m + 1, b, f, b, m);
        if (test == null) {
            throw new LiftException("unrecognised loop test at " + w.code.op(segs.get(k).jump()).offset());
        }
        Lifter inner = l.fork();
        int end = Loops.guardLoop(w, segs.get(k).start(), b, f, test, to, inner, r);
        if (end != Math.min(f, to)) {
            throw new LiftException("loop with else inside a condition at " + w.code.op(segs.get(k).jump()).offset());
        }
        Expr p = prefix.get(0);
        for (int i = 1; i < prefix.size(); i++) {
            p = Conditions.bool(Operator.Bool.AND, p, prefix.get(i));
        }
        l.emit(new Stmt.If(p, inner.out, List.of()));
        return end;
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
    private static Segment trySegment(Walker w, int k, int to, Lifter l, Region r) {
        if (!sameHandler(w, k, k - 1)) {
            return null;
        }
        Lifter f = l.fork();
        int depth = l.depth();
        try {
            for (int i = k; i < to; i++) {
                Op op = w.code.op(i);
                int operand = andOrOperand(w, i, f);
                if (operand > 0) {
                    // an and/or value inside the condition (`x[:n or None]`): its right operand, read as a value
                    if (operand == i + 2) {
                        f.pop();                // the left operand's copy
                    }
                    i = IfExps.boolValue(w, i, operand, op.is("JUMP_IF_TRUE_OR_POP") || op.is("POP_JUMP_IF_TRUE"), to, f, r) - 1;
                    if (!f.out.isEmpty() || f.depth() <= depth) {
                        return null;
                    }
                    continue;
                }
                if (op.isConditionalJump()) {
                    if (op.is("POP_JUMP_IF_FALSE") && f.depth() == depth + 2 && f.out.isEmpty()
                            && Chains.isLink(w, i, false)) {
                        // a chained comparison in the middle of the condition
                        return Chains.condition(w, k, i, f.popExpr(), f);
                    }
                    if (!op.name().startsWith("POP_JUMP") || f.depth() != depth + 1 || !f.onlyPendingStores()) {
                        return null;
                    }
                    if (isCopyTest(w, i, f)) {
                        return null;
                    }
                    Expr e = f.popExpr();       // a walrus tested here: its assignment becomes the expression
                    return f.out.isEmpty() ? segment(k, op, e) : null;
                }
                if (op.is("LOAD_COMMON_CONSTANT")) {
                    int end = w.builtinShortcut(i, to, f, null);
                    if (end > 0) {
                        i = end - 1;            // 3.14's inlined all/any/tuple: the plain call
                        continue;
                    }
                }
                if (op.target() >= 0 || op.isTerminal() || w.backEdge(i, to) >= 0
                        || !sameHandler(w, i, k)) {
                    return null;
                }
                switch (op.name()) {
                    case "GET_AWAITABLE", "GET_ANEXT", "GET_YIELD_FROM_ITER", "SEND", "YIELD_VALUE",
                         "RETURN_GENERATOR", "POP_EXCEPT" -> {
                        return null;
                    }
                    default -> Steps.step(f, op);
                }
                if (!f.onlyPendingStores() || f.depth() < depth) {
                    return null;
                }
            }
        } catch (LiftException | ClassCastException | IndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }

    /**
     * Where the right operand starts when the jump at i is an and/or value's (3.11's JUMP_IF_X_OR_POP, or
     * 3.12+'s COPY of the left operand tested and popped), of an operand
     * that is not returned (its return would be copied into the operand's path); else -1.
     */
    private static int andOrOperand(Walker w, int i, Lifter f) {
        Op op = w.code.op(i);
        int from = op.is("JUMP_IF_FALSE_OR_POP") || op.is("JUMP_IF_TRUE_OR_POP") ? i + 1
                : f.depth() >= 2 && isCopyTest(w, i, f) ? i + 2 : -1;
        int t = from > 0 ? IfExps.unthread(w, op) : -1;
        if (from < 0 || t <= from || t >= w.code.size() || w.code.op(t).is("RETURN_VALUE")) {
            return -1;
        }
        return from;
    }

    /**
     * i and k are protected by the same handler: 3.14 leaves a test's NOT_TAKEN out of the range, which
     * splits it into two entries with the same handler.
     */
    static boolean sameHandler(Walker w, int i, int k) {
        Code.Handler a = w.code.handlerAt(i);
        Code.Handler b = w.code.handlerAt(k);
        return a == null ? b == null
                : b != null && a.target() == b.target() && a.depth() == b.depth() && a.lasti() == b.lasti();
    }

    /**
     * 3.11+ copy a small exit block (a return) into each path that reaches it, so the jumps of one
     * condition can land on several copies of the same exit: each target becomes the first of the
     * chain's targets with the same code.
     */
    private static List<Segment> sameExits(Walker w, List<Segment> segs) {
        List<Segment> out = new ArrayList<>(segs.size());
        for (Segment s : segs) {
            int t = s.target();
            for (Segment o : segs) {
                if (o.target() < t && sameExit(w, o.target(), s.target()) && !otherTargetBetween(w, segs, o.target(), s.target())) {
                    t = o.target();
                }
            }
            out.add(t == s.target() ? s : new Segment(s.start(), s.jump(), s.expr(), s.jumpIfTrue(), t));
        }
        return out;
    }

    /**
     * True when a segment of the chain jumps strictly between the exit copies c and t to a place that is not
     * that exit: the copy at c is then inside the code the chain guards, not its exit. 3.11 copies the
     * function's final `return None` for every jump to it (flowgraph: exit blocks without a line number are
     * duplicated), so in `if a and b: if c: while d: pass / else: m()` the while's exit copy comes before the
     * inner else (jumped to by c) and the copies a and b jump to; reading a and b's exits as that first copy
     * ends the outer then-branch before its inner else.
     */
    private static boolean otherTargetBetween(Walker w, List<Segment> segs, int c, int t) {
        for (Segment o : segs) {
            if (o.target() > c && o.target() < t && !sameExit(w, o.target(), t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the then-branch [b, f) of an if inside an except clause goes on when it falls off the clause's
     * end: the target of its jumps back (after POP_EXCEPT) to the code after the try, when they all agree
     * and no loop's head is jumped to; else -1. A try nested in the branch has its handler laid out inline
     * after its body (inside the cold handler code, 3.12+ keep the order), so the branch's last instruction
     * is that handler's, not the clause's exit: the exit is found by its jumps.
     */
    private static int clauseExitBack(Walker w, int b, int f, Region.Loop loop) {
        int target = -1;
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (!op.isUnconditionalJump() || t < 0 || t >= b || !w.reachable.get(k) || !w.leavesExceptClause(k)) {
                continue;
            }
            if (isLoopTarget(loop, t) || target >= 0 && target != t || loop != null && !insideLoopBody(w, loop, t)) {
                return -1;
            }
            target = t;
        }
        return target;
    }

    /**
     * True when control reaching a or b does the same thing: the same index, or copies of one small
     * block ending in a return, raise or jump to one place (no other jumps, the same exception handler).
     */
    static boolean sameExit(Walker w, int a, int b) {
        if (a < 0 || b < 0) {
            return a == b;
        }
        a = jumpedTo(w, a);
        b = jumpedTo(w, b);
        if (a == b) {
            return true;
        }
        for (int k = 0; k < 16 && a < w.code.size() && b < w.code.size(); k++, a++, b++) {
            Op x = w.code.op(a);
            Op y = w.code.op(b);
            // one copy pairs two local loads or stores into one superinstruction (3.13+), the other not
            if (b + 1 < w.code.size() && FinallyCopy.pairs(x, y, w.code.op(b + 1)) && sameHandler(w, a, b)) {
                b++;
                continue;
            }
            if (a + 1 < w.code.size() && FinallyCopy.pairs(y, x, w.code.op(a + 1)) && sameHandler(w, a, b)) {
                a++;
                continue;
            }
            if (x.isUnconditionalJump() && y.isUnconditionalJump() && sameHandler(w, a, b)) {
                // (3.11: a continue's copy jumps back to the loop's head, the with's normal exit forward to
                // the jump back its suppressing path shares: both go where the jumps lead)
                return jumpedTo(w, x.target()) == jumpedTo(w, y.target());
            }
            if (!x.name().equals(y.name()) || !sameHandler(w, a, b)) {
                return false;
            }
            if (x.isUnconditionalJump()) {
                return x.target() == y.target();
            }
            if (!java.util.Objects.equals(x.argval(), y.argval()) || x.target() >= 0) {
                return false;
            }
            if (x.isReturn() || x.is("RAISE_VARARGS") || x.is("RERAISE")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The copy of an exit block at {@code t} that only the jump at {@code j} reaches, now read as a jump to
     * another copy: dead, so that the walk does not print it a second time.
     */
    private static void unusedCopy(Walker w, int j, int t) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && op.index() != j || op.index() == t - 1 && !op.isTerminal()
                    && !op.isUnconditionalJump()) {
                return;
            }
        }
        for (int k = t; k < t + 16 && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || w.jumpTargets.get(k) && k > t) {
                return;
            }
            if (op.isReturn() || op.is("RAISE_VARARGS") || op.is("RERAISE")) {
                w.dead.set(t, k + 1);
                return;
            }
        }
    }

    /**
     * The copy at {@code t} of the block where the region goes on, reached only by the jump at {@code j}
     * (not fallen into), ending in a jump (a return's copy is left to the walk: a branch's own exit, read
     * so elsewhere) with no other jumps nor jump targets inside: dead once the jump is read as going to the region's end, so that the walk does not print it again
     * after the statement (a second run of a finally body's copy).
     */
    private static void unusedJumpCopy(Walker w, int j, int t) {
        if (t <= 0 || t >= w.code.size() || !w.code.op(t - 1).isTerminal() && !w.code.op(t - 1).isUnconditionalJump()) {
            return;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == t && op.index() != j) {
                return;
            }
        }
        for (int k = t; k < t + 24 && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (k > t && w.jumpTargets.get(k) || w.code.handlerAt(k) != null && !Branches.sameHandler(w, k, t)) {
                return;
            }
            if (op.isUnconditionalJump()) {
                if (Tries.skipNops(w, t) < k) {
                    w.dead.set(t, k + 1);      // (a bare jump or return stays: the loop's or if's own exit)
                }
                return;
            }
            if (op.target() >= 0) {
                return;
            }
        }
    }

    /** Where control reaching i goes on: past NOPs and through jumps. */
    static int jumpedTo(Walker w, int i) {
        for (int n = 0; n < 8 && i < w.code.size(); n++) {
            Op op = w.code.op(i);
            if (op.is("NOP")) {
                i++;
            } else if (op.isUnconditionalJump()) {
                i = op.target();
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * True when every jump to t comes from [from, t) or from the suppressing path of a with there (3.12+
     * lay its handler out after the code, jumping back to the code after the with).
     */
    private static boolean reachedOnlyFrom(Walker w, int t, int from) {
        java.util.List<int[]> withAreas = new java.util.ArrayList<>();
        for (int k = from; k < t; k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() > t && Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH
                    && WithSuppressedPaths.suppressedAfter(w, h.target()) == t) {
                withAreas.add(new int[] {h.target(), ExceptClauses.handlerAreaEnd(w, h.target())});
            }
        }
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == t && (k < from || k >= t)
                    && withAreas.stream().noneMatch(a -> k >= a[0] && k < a[1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when [h, t), after a return, holds only handler code (3.11: with handlers laid out inline, a nested one's
     * suppressing path running a copy of the enclosing exit call) whose jumps stay in it or go to t, no
     * return in it: every path that goes on goes on at t.
     */
    private static boolean suppressesOnlyTo(Walker w, int h, int t) {
        if (h <= 0 || h >= t || !w.code.op(h - 1).isTerminal() || w.jumpedInto(h, t) || !w.jumpsOnlyFrom(h, h, t)) {
            return false;                      // (entered only through the exception table)
        }
        for (int k = h; k < t; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 && (op.target() < h || op.target() > t) || op.isReturn()) {
                return false;
            }
        }
        return true;
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
     * The condition of an if whose then-branch compiled to nothing, or null: every test of segments [0, m]
     * leaving the chain jumps to the instruction after the last, where both ways out meet (3.11 drops the
     * NOP of `if a or b: pass` in a finally handler's copy, whose RERAISE follows). The jumps' senses tell
     * the exits apart: the last test jumps past the then-branch, an earlier one jumping if true goes into
     * it, if false past it (any reading compiles to these jumps when both exits are the same place).
     */
    private static Expr emptyThenCondition(List<Segment> segs, int m) {
        int b = segs.get(m).jump() + 1;
        int then = -2;                                 // no instruction: the then-branch's (empty) start
        List<Segment> split = new ArrayList<>();
        for (int k = 0; k <= m; k++) {
            Segment s = segs.get(k);
            split.add(k < m && s.target() == b && s.jumpIfTrue()
                    ? new Segment(s.start(), s.jump(), s.expr(), true, then) : s);
        }
        return segs.get(m).target() == b ? build(split, 0, m + 1, then, b, then, m) : null;
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

    /**
     * {@code if e: [b, thenEnd) else: [f, elseEnd)}, both going on at elseEnd: ending a try body, the else's
     * exit unwound past the range (or, {@link RangeTailExits#elsePastEndJump}, past the body's end jump at
     * thenEnd). Returns elseEnd.
     */
    private static int ifElseTo(Walker w, Expr e, int b, int thenEnd, int f, int elseEnd, Lifter l, Region r) {
        Lifter then = l.fork();
        w.walk(b, thenEnd, then, r.withExactFollow(elseEnd), -1);
        Lifter other = l.fork();
        w.walk(f, elseEnd, other, r.withFollow(elseEnd), -1);
        l.emit(new Stmt.If(e, then.out, other.out));
        return elseEnd;
    }

    /** 3.12+: {@code COPY 1; [TO_BOOL]; POP_JUMP_IF_X; POP_TOP}: the left operand of an and/or value. */
    static boolean isCopyTest(Walker w, int j, Lifter l) {
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

    private static int statement(Walker w, int stmtStart, int lastJump, Expr e, int b, int f, int to, Lifter l, Region r) {
        if (f > b && !w.env.atLeast(3, 14) && Loops.withPastExitBackTo(w, stmtStart, f) && Loops.isLoopTest(w, stmtStart, b, f)) {
            throw new LiftException("a with past a while loop's exit suppresses back to its test at " + w.code.op(f).offset());
        }
        int continuedEnd = Loops.continuedBodyEnd(w, stmtStart, b, f, to, r);
        if (continuedEnd > 0 && Loops.isLoopTest(w, stmtStart, b, continuedEnd)) {
            return Loops.guardLoop(w, stmtStart, b, continuedEnd, e, to, l, r);
        }
        if (f > b && (Loops.isLoopTest(w, stmtStart, b, f) || Loops.neverLoops(w, stmtStart, b, f, r))) {
            return Loops.guardLoop(w, stmtStart, b, f, e, to, l, r);
        }
        int exitJump = Loops.threadedExitJump(w, stmtStart, b, f, to);
        if (exitJump > 0) {
            return Loops.guardLoop(w, stmtStart, b, exitJump, e, to, l, r);
        }
        // (a chained comparison jumps over its dead cleanup into the body: JUMP_FORWARD body; POP_TOP; jump)
        int bodyStart = f < to ? Chains.pastDeadCleanup(w, f) : f;
        if (f < to && Loops.overExitJump(w, lastJump, f) && Loops.isThreadedLoopTest(w, stmtStart, f - 1, bodyStart, to, r)) {
            w.dead.set(f, bodyStart);
            return Loops.guardLoop(w, stmtStart, bodyStart, to, Conditions.not(e), to, l, r);
        }
        int pastJumpBack = RangeTailExits.elsePastJumpBack(w, stmtStart, lastJump, b, f, to, r);
        if (pastJumpBack > 0) {
            // (3.14: the else laid out where the loop's exit seems to be, past the end jump threaded back to the head)
            // (the walk goes on at that jump, the try body's end, as 3.13's goes on at the end jump's target)
            ifElseTo(w, e, b, to, f, pastJumpBack, l, r);
            w.dead.set(f, pastJumpBack);
            return to;
        }
        Region.Loop loop = r.loop();
        int elseBreak = ElseBreaks.read(w, e, b, f, to, l, r);
        if (elseBreak >= 0) {
            return elseBreak;
        }
        int laidOut = LaidOutBreaks.read(w, stmtStart, e, b, f, to, l, r);
        if (laidOut >= 0) {
            return laidOut;
        }
        if (loop != null && LoopBreaks.continueThenBreak(w, loop, b, f)) {
            l.emit(new Stmt.If(e, List.of(new Stmt.Continue()), List.of()));
            l.emit(new Stmt.Break());
            w.dead.set(f);                     // the break's NOP
            return f;
        }
        if (loop != null && f == loop.exit() && !w.env.atLeast(3, 14) && loop.continues().stream().anyMatch(h -> Loops.withPastExitBackTo(w, h, f))) {
            throw new LiftException("a with at a while loop's exit suppresses back to its head at " + w.code.op(f).offset());
        }
        if (loop != null && (f == loop.exit() || LoopBreaks.copiedBreak(w, loop, b, f) || LoopBreaks.breakNop(w, loop, b, f))) {
            l.emit(new Stmt.If(Conditions.not(e), List.of(new Stmt.Break()), List.of()));
            return b;
        }
        if (loop != null && loop.continues().contains(f) && f < b && b >= loop.bodyEnd()) {
            // the loop's last jump goes back when the test holds (3.11's backward conditional jumps):
            // falling through leaves the loop
            l.emit(new Stmt.If(e, List.of(new Stmt.Break()), List.of()));
            return b;
        }
        if (loop != null && loop.continues().contains(f) && f < b) {
            if (loop.continues().contains(r.follow())) {
                Lifter then = l.fork();
                w.walk(b, to, then, r, -1);
                Stmt assertion = assertion(w, e, then.out);   // an assert ending the loop body
                l.emit(assertion != null ? assertion : new Stmt.If(e, then.out, List.of()));
                return to;
            }
            l.emit(new Stmt.If(Conditions.not(e), List.of(new Stmt.Continue()), List.of()));
            return b;
        }
        if (loop != null && f == b + 1 && f < to && w.code.op(b).is("JUMP_BACKWARD")
                && loop.continues().contains(w.code.op(b).target()) && (w.code.op(f).is("LOAD_ASSERTION_ERROR")
                    || w.code.op(f).is("LOAD_COMMON_CONSTANT") && w.code.op(f).argrepr().equals("AssertionError"))) {
            // an assert ending the loop body (3.12+): the passing test jumps back, the raise follows
            Lifter then = l.fork();
            w.walk(f, to, then, r, -1);
            Stmt assertion = assertion(w, Conditions.not(e), then.out);
            if (assertion != null) {
                l.emit(assertion);
                if (!loop.continues().contains(r.follow())) {
                    // the assert ends a branch (an elif's, say) whose statement does not end the body
                    // here: passing, it goes back to the loop's head, not on with the code after the branch
                    l.emit(new Stmt.Continue());
                }
                return to;
            }
        }
        if (loop != null && w.env.atLeast(3, 12) && f == b + 1 && f < to && w.code.op(b).is("JUMP_BACKWARD")
                && (!w.code.op(lastJump).is("POP_JUMP_IF_FALSE") || threadedOverJumpBack(w, lastJump, b, f))
                && !explicitContinue(w, loop, w.code.op(b).target())
                && !jumpedTo(w, stmtStart, lastJump, b)
                && loop.continues().contains(w.code.op(b).target()) && loop.continues().contains(r.follow())) {
            // if c: <the rest of the loop body>: the compiler inverts the test to jump over a lone continue
            // (with POP_JUMP_IF_FALSE the source said "if c: continue", printed below)
            Lifter then = l.fork();
            w.walk(f, to, then, r, -1);
            l.emit(new Stmt.If(Conditions.not(e), LaidOutBreaks.withFallingBreak(w, loop, to, then.out), List.of()));
            return to;
        }
        if (w.env.atLeast(3, 12) && f == b + 1 && f < to && w.code.op(b).is("JUMP_BACKWARD")
                && w.code.op(b).target() == r.follow() && r.follow() < stmtStart && !isLoopTarget(loop, r.follow())
                && (w.code.op(to - 1).isTerminal() || w.code.op(to - 1).isUnconditionalJump())) {
            // (the rest cannot fall off the region's end, which is not where the follow is)
            // if c: <the rest>, in code laid out after the statement it ends (ColdContinuations): conditional
            // jumps only go forward, so the test jumps over the jump back to where that statement goes on
            Lifter then = l.fork();
            w.walk(f, to, then, r, -1);
            l.emit(new Stmt.If(Conditions.not(e), then.out, List.of()));
            return to;
        }
        if (f > b && f <= to) {
            int threaded = IfExps.threadedBoolValue(w, e, b, f, to, l, r);
            if (threaded >= 0) {
                return threaded;
            }
            Expr value = IfExps.tryIfExp(w, e, b, f, to, l, r);
            if (value != null) {
                return Math.min(w.code.op(f - 1).target(), to);
            }
            int returned = IfExps.returnIfExp(w, e, b, f, to, l, r);
            if (returned < 0) {
                returned = NestedReturnIfExps.read(w, e, b, f, to, l, r);
            }
            if (returned > 0) {
                return returned;
            }
            int copiedTail = IfExps.copiedTailIfExp(w, e, b, f, to, l, r);
            if (copiedTail > 0) {
                return copiedTail;
            }
            Op last = w.code.op(f - 1);
            if (last.is("JUMP_BACKWARD") && last.target() < b && w.leavesExceptClause(f - 1)
                    && ClauseEndBreaks.at(w, ClauseEndBreaks.copyStart(w, ExceptClauses.beforeNameCleanup(w.code, f - 2)), l, r) == 0
                    && w.normalFlow.get(last.target()) && !isLoopTarget(loop, last.target())
                    && !(loop != null && (loop.continuesOuter(last.target())
                        || loop.exit() >= 0 && Tries.skipNops(w, loop.exit()) == last.target()))) {
                // (3.14: a break from the clause jumps back past the loop exit's NOP, or to the head of an
                // enclosing loop whose body the loop ends, threaded there: not the code after the try;
                // a loop in the clause: its break, ClauseEndBreaks)
                // the then-branch leaves the except clause (3.13+ lay the code after the try before the
                // handler): the rest of the clause is the else
                if (ClauseEndBreaks.loopInClause(w, l, r)) {
                    // (leaving the clause leaves a loop inside it too: no break to where the loop was read to
                    // end, so the loop is misread: 3.14 `except E: while True: if c(): break / if not c():
                    // return 7` inside a try/finally, its exit taken for the return laid out past the jump back)
                    throw new LiftException("then-branch leaves an except clause out of a loop inside it at " + last.offset());
                }
                Lifter then = l.fork();
                w.walk(b, f, then, r.withFollow(last.target()), -1);
                // 3.12+: the else, ending a try body, may fall off the range into its own unwound exit (a
                // return), which the then-branch skips: the else's last statement, not the try's else clause
                int elseExit = w.env.atLeast(3, 12)
                        ? RangeTailExits.elseClauseExit(w, lastJump, f, to, ExceptClauses.beforeNameCleanup(w.code, f - 2), r) : -1;
                int elseEnd = elseExit > 0 ? elseExit : to;
                Lifter other = l.fork();
                w.walk(f, elseEnd, other, elseExit > 0 ? r.withFollow(elseExit) : r, -1);
                if (elseExit > 0) {
                    w.dead.set(to, elseExit);
                }
                l.emit(new Stmt.If(e, then.out, other.out));
                return elseEnd;
            }
            // (3.12+: or back to where the region goes on, the if ending code laid out past the handlers, a cold
            // continuation of a try, that jumps back to where the statement around it goes on)
            boolean backToFollow = last.is("JUMP_BACKWARD") && last.target() < b && r.exactFollow() && last.target() == r.follow();
            if ((last.is("JUMP_FORWARD") && last.target() > f || backToFollow) && !isLoopTarget(loop, last.target())
                    && !(loop != null && Tries.skipNops(w, loop.exit()) == last.target())) {
                // (3.14: a break jumps past the loop exit's NOP, another break's line, to the code after it)
                int x = backToFollow ? to : Math.min(last.target(), to);
                if (last.target() > to && r.exactFollow() && !sameExit(w, last.target(), r.follow())) {
                    // the region is an if's branch: its code after the inner if (from to) runs when the else
                    // falls off it, but the then-branch jumps past where the region goes on, skipping it
                    // (a loop whose body never jumps back, say, its break read as the end of the branch)
                    throw new LiftException("then-branch jumps past the end of the enclosing branch at " + last.offset());
                }
                // the then-branch jumps past the end of a try body's range (3.11: a with's suppressing path
                // laid out inline): the else ends the body, whose own exits past the range are read as such
                boolean rangeEnd = last.target() > to && !r.exactFollow() && r.follow() == to;
                if (rangeEnd && pastFinallyExit(w, to, last.target(), r)) {
                    throw new LiftException("then-branch jumps past the try's normal exit at " + last.offset());
                }
                int elseExit = w.env.atLeast(3, 12) && rangeEnd ? RangeTailExits.elseEnd(w, stmtStart, lastJump, b, f, to, r) : -1;
                if (elseExit > 0) {
                    // 3.12+: nothing of the else lies in the range, its exit (unwound) just past it
                    return ifElseTo(w, e, b, f, f, elseExit, l, r);
                }
                // (3.12+: where the region ends a protected range, not at a loop body's end, whose own exits
                // are read as such)
                boolean rangeTail = rangeEnd && (!w.env.atLeast(3, 12) || w.code.handlerAt(to - 1) != null);
                if (rangeTail && f >= to && !sameExit(w, last.target(), f)) {
                    // nothing of the else lies in the range: the code at f, which the then-branch jumps over, is
                    // the else after the range (an else returning: 3.11 loads the constant after the range,
                    // 3.12+ unwind an enclosing with or finally there), not the code after the if; read when
                    // it is straight code returning right before that jump's target, reached only by the test
                    if (TryRanges.straightExit(w, f, last.target()) != last.target() || !w.jumpsOnlyFrom(f, stmtStart, b)) {
                        throw new LiftException("then-branch jumps over the code after the range at " + last.offset());
                    }
                    Lifter then = l.fork();
                    w.walk(b, f, then, r.withExactFollow(last.target()), -1);
                    Lifter other = l.fork();
                    int stop = w.walk(f, last.target(), other, r.withFollow(last.target()), -1);
                    l.emit(new Stmt.If(e, then.out, other.out));
                    return Math.max(stop, last.target());
                }
                Lifter then = l.fork();
                w.walk(b, f, then, r.withExactFollow(last.target()), -1);
                Lifter other = l.fork();
                // (past a region that goes on exactly there, checked above: the else ends the region too, a
                // loop ending it breaking to that follow)
                int stop = w.walk(f, x, other, last.target() <= to ? r.withExactFollow(last.target())
                        : rangeEnd || r.exactFollow() ? r : r.withFollow(last.target()), -1);
                int goesOn = Math.max(x, stop);
                if (rangeTail && goesOn < last.target() && !sameExit(w, last.target(), goesOn)) {
                    // the then-branch jumps over the code where the else goes on past the range: that code is
                    // the else's (3.11: a return loaded after the range, or a continue or break left out of it;
                    // 3.12+: a return unwinding an enclosing with or finally, or a for loop's iterator), not the
                    // code after the if; read when it is straight code returning right before that jump's
                    // target, or a lone jump there, reached only from the else (3.12+: and its with's
                    // suppressing path, laid out after it)
                    int own = Handlers.kind(w.code, goesOn) == Handlers.Kind.WITH && Handlers.protectsOnly(w.code, goesOn, f, goesOn)
                            ? WithSuppressedPaths.suppressedCode(w, goesOn) : -1;
                    if (own > goesOn && own + 1 == last.target() && w.code.op(own).isUnconditionalJump()
                            && w.onlyHandlerCode(goesOn, own) && w.jumpsOnlyFrom(own, f, f)) {
                        goesOn = own;          // the else's with returns: its handler, inline, suppresses into that jump
                    }
                    boolean lone = goesOn + 1 == last.target() && w.code.op(goesOn).isUnconditionalJump();
                    if (own >= 0 && suppressesOnlyTo(w, goesOn, last.target())) {
                        // suppressing, the else's with (returning; a nested one through a copy of the enclosing
                        // exit call) goes on where the then-branch does
                        goesOn = last.target();
                    } else {
                        // (or any code the normal flow reaches only from the else that the walk reads up to
                        // that target: a `try: return CONST` protecting nothing, its orphan handler after it)
                        boolean straight = lone || TryRanges.straightExit(w, goesOn, last.target()) == last.target();
                        if (!reachedOnlyFrom(w, goesOn, f) || !straight && !elseCodePastRange(w, r, goesOn, last.target())) {
                            throw new LiftException("then-branch jumps over the else's code after the range at " + last.offset());
                        }
                        int elseStop = w.walk(goesOn, last.target(), other, r.withFollow(last.target()), -1);
                        if (!straight && elseStop != last.target()) {
                            throw new LiftException("then-branch jumps over the else's code after the range at " + last.offset());
                        }
                        goesOn = Math.max(goesOn, elseStop);
                    }
                }
                // `else: pass` leaves only its line's NOP, which the then-branch jumps over
                l.emit(new Stmt.If(e, then.out, other.out.isEmpty() && f < x && w.code.holdsOnly(f, x, "NOP") ? List.of(new Stmt.Pass()) : other.out));
                return rangeEnd ? goesOn : x;
            }
            int copiedFollow = CopiedFollowReturns.read(w, e, b, f, to, l, r);
            if (copiedFollow >= 0) {
                return copiedFollow;
            }
            int continued = BranchExits.leavesPast(w, b, f, loop) < 0 ? BranchExits.suppressedToHead(w, b, f, to, loop, r) : -1;
            // (no other path of the then-branch leaves it past f)
            if (continued >= 0) {
                // 3.12+: a with ending the then-branch suppresses back to the loop's head, where the region
                // goes on too: the if ends the region (the code from f is the else), falling off it continues
                Lifter then = l.fork();
                w.walk(b, f, then, r.withExactFollow(continued), -1);
                Lifter other = l.fork();
                // (an else never going on: its return, unwound after the range, is its own)
                int stop = w.walk(f, BranchExits.elseEnd(w, f, to), other, r, -1);
                l.emit(new Stmt.If(e, then.out, other.out));
                return Math.max(to, stop);
            }
            int past = BranchExits.leavesPast(w, b, f, loop);
            int suppressed = past > to ? BranchExits.suppressedPast(w, b, f, loop) : -1;
            // (suppressing to the normal exit's copy of a finally body around the with, laid out cold, which
            // goes on where the region does: the try/finally ends the then-branch)
            int bodyEnd = suppressed <= to ? -1 : sameExit(w, suppressed, r.follow())
                    || r.follow() >= 0 && sameExit(w, FinallyCopy.coldCopyTarget(w, suppressed), r.follow()) ? r.follow()
                    : RangeTailExits.endsAt(w, f, to, suppressed, r);
            if (suppressed > to && bodyEnd < 0 && BranchExits.suppressedPast(w, b, f, loop, true) < 0) {
                // 3.12+: the with runs code of its own after it, laid out in its handler and unlike where the
                // region goes on: the branch's, not a way out of it (Withs reads it)
                past = BranchExits.leavesPast(w, b, f, loop, true);
                suppressed = -1;
            }
            if (suppressed > to && bodyEnd < 0) {
                // a with ending the then-branch suppresses to past the region, elsewhere than where it goes on
                throw new LiftException("a with suppressing leaves the region at " + w.code.op(b).offset());
            }
            int elseEnd = past > f ? cameBackPastElse(w, stmtStart, b, past, f, to) : -1;
            if (elseEnd > f) {
                // a path of the then-branch (a with suppressing into a finally body's copy laid out cold) comes
                // back past the else, which falls off into the same place: where the if goes on (unseen set
                // 198 f173: `if c(): try: with m(), m(): return 5 / finally: t()` / `else: x()` then code)
                Lifter then = l.fork();
                w.walk(b, f, then, r.withExactFollow(elseEnd), -1);
                Lifter other = l.fork();
                w.walk(f, elseEnd, other, r.withExactFollow(elseEnd), -1);
                l.emit(new Stmt.If(e, then.out, other.out.isEmpty() ? List.of(new Stmt.Pass()) : other.out));
                return elseEnd;
            }
            if (past > f && !comesBackTo(w, past, f)) {
                // a path of the then-branch jumps past f (out of an except clause, or a nested if's test
                // whose jump the compiler threaded past the else): the code from f is reached only when
                // the test fails, so it is the else, not the code after the if
                Op end = w.code.op(f - 1);
                if (w.reachable.get(f - 1) && !end.isTerminal() || jumpsForwardTo(w, b, f, f)) {
                    // (3.11: a jump over an orphan handler laid out inline goes on at f too, seed 124 f91)
                    throw new LiftException("then-branch both falls into and jumps past " + w.code.op(f).offset());
                }
                int copied = runsCopyOfLater(w, past, f, to);
                if (copied > 0) {
                    // a with suppressing in the then-branch runs the normal exit's copy of a finally body, then a
                    // copy of code after the else (rich tails seed 11 f78, 3.12-3.14): the code after the if,
                    // which reading the code from f as the else would give to the else alone
                    throw new LiftException("a with suppressing in the then-branch runs a copy of the code after the if at "
                            + w.code.op(copied).offset());
                }
                if (past < to && w.normalFlow.get(f) && !w.normalFlow.get(past) && !strandedElse(w, b, f, past)) {
                    int after = suppressedOnlyAfterIf(w, e, b, f, past, to, l, r);
                    if (after > past) {
                        return after;
                    }
                    // the code after the if is reached only by a with's suppressing path (no normal flow):
                    // the walk going on there would take it for handler code and drop it
                    throw new LiftException("the code after an if statement is reached only by a with suppressing at "
                            + w.code.op(past).offset());
                }
                if (past == Integer.MAX_VALUE && loop != null && r.follow() >= to && r.follow() < loop.bodyEnd()
                        && jumpsBackToHead(w, b, f, loop) && !goesBackTo(w, r.follow(), loop)) {
                    // a break threaded to the loop's head reads as the then-branch falling off the if, which
                    // ends the loop's body; but the region goes on elsewhere inside that body (the rest of
                    // it only except clauses reach, laid out after the handlers): falling off would run it
                    throw new DisplacedTailContradicted(w.code.op(r.follow()).offset());
                }
                int leave = Math.min(past, to);
                Lifter then = l.fork();
                // a then-branch ending the loop body goes back to the loop's head: not a continue
                int assertBack = BranchExits.assertPassingBack(w, b, f, loop);
                int backTo = end.is("JUMP_BACKWARD") && loop != null && loop.continues().contains(end.target()) ? end.target()
                        : assertBack >= 0 ? w.code.op(assertBack).target()
                        : clauseExitBack(w, b, f, loop) >= 0 ? clauseExitBack(w, b, f, loop) : f;
                // (a with suppressing to where the region, a try body, goes on: the then-branch goes on there;
                // a path jumping to where the region goes on, the if ending it: the then-branch's end, exactly,
                // where a loop in it breaks to)
                boolean toRegionEnd = !r.exactFollow() && r.follow() == to && Tries.skipNops(w, to) == past;
                Walker.Marks beforeThen = w.marks();
                w.clausesPastRegionTo = -1;
                w.walk(b, f, then, past < to ? r.withExactFollow(past) : past == Integer.MAX_VALUE ? r.withFollow(backTo)
                        : bodyEnd >= 0 || toRegionEnd ? r.withExactFollow(bodyEnd >= 0 ? bodyEnd : past) : r, -1);
                if (past != Integer.MAX_VALUE && past > to && !r.exactFollow() && r.follow() == to
                        && clausesPastThen(w, then, f) == past) {
                    // (3.11: the branch's try falls off past the try body's range, where the region ends; the
                    // code at f, after that range, is the else up to there, unseen tails 45 f250)
                    w.restore(beforeThen);
                    return elseBeforeClausesEnd(w, e, b, f, past, to, l, r);
                }
                Lifter other = l.fork();
                int stop = w.walk(f, leave, other, past < to ? r.withExactFollow(past) : r, -1);
                int goesOn = Math.max(leave, stop);    // (past a try body's range: the exit after it, read too)
                if (past != Integer.MAX_VALUE && past > to && goesOn < past && !r.exactFollow() && r.follow() == to
                        && thenJumpsTo(w, b, f, past)
                        && (!w.env.atLeast(3, 12) || w.code.handlerAt(to - 1) != null)
                        && elseCodePastRange(w, r, goesOn, past) && !sameExit(w, past, goesOn)) {
                    // the then-branch jumps past the end of the try body's range, over where the else goes on
                    // after it (3.11: `try: return CONST` protecting nothing, its orphan handler laid out
                    // after the return): that code is the else's, not the code after the if
                    if (!reachedOnlyFrom(w, goesOn, f)) {
                        throw new LiftException("then-branch jumps over the else's code after the range at " + w.code.op(goesOn).offset());
                    }
                    goesOn = Math.max(goesOn, w.walk(goesOn, past, other, r.withFollow(past), -1));
                }
                l.emit(new Stmt.If(e, then.out, other.out));
                return goesOn;
            }
            int copiedEnd = CopiedEndJumps.read(w, e, b, f, to, l, r);
            if (copiedEnd >= 0) {
                return copiedEnd;
            }
            Lifter then = l.fork();
            Walker.Marks beforeThen = w.marks();
            w.clausesPastRegionTo = -1;
            try {
                w.walk(b, f, then, r.withExactFollow(f), -1);
            } catch (LiftException ex) {
                if (ex != w.matchFailingBack || !endsLoopBodyBack(w, f, to, r)) {
                    throw ex;
                }
                return failingMatchEndsBranch(w, e, b, f, to, l, r);
            }
            if (w.env.dynamo == null && consumesValuesBelow(l, then)) {
                // the branch takes values pushed before the test (a callee): an expression's arms, each with a
                // copy of the code after it (IfExps.copiedTailIfExp), not a statement (Dynamo's branches on a
                // graph's outputs hand values on the stack to the resume functions they call: read as such)
                throw new LiftException("an if's branch consumes values pushed before its test at " + w.code.op(b).offset());
            }
            int clausesEnd = clausesPastThen(w, then, f);
            if (clausesEnd > 0) {
                w.restore(beforeThen);
                return elseBeforeClausesEnd(w, e, b, f, clausesEnd, to, l, r);
            }
            int ifElse = FinallyEnds.ifElse(w, e, then, f, to, l, r);
            if (ifElse < 0) {
                ifElse = DisplacedLoopTails.ifElse(w, e, then, f, to, l, r);
            }
            if (ifElse >= 0) {
                return ifElse;
            }
            Stmt assertion = assertion(w, e, then.out);
            l.emit(assertion != null ? assertion : new Stmt.If(e, then.out, List.of()));
            return f;
        }
        if (loop != null && f >= loop.bodyEnd() && f != loop.exit() && f != r.follow()
                && !loop.continuesThisOrOuter(f)
                && (w.normalFlow.get(lastJump) || w.normalFlow.get(f))) {
            // (handler code lies past the loop's body: a test there jumping within it does not leave the loop)
            // the test leaves the loop for somewhere else than its exit: 3.12+ copy a small return block
            // there; falling off the loop body would loop again instead
            Stmt ret = Loops.returnAt(w, f, l, r);
            if (ret == null) {
                throw new LiftException("a test leaves the loop at " + w.code.op(lastJump).offset());
            }
            l.emit(new Stmt.If(Conditions.not(e), List.of(ret), List.of()));
            return b;
        }
        int[] suppressedElseEnd = new int[1];
        int suppressedTo = RangeTailExits.suppressedElse(w, lastJump, b, f, to, r, suppressedElseEnd);
        if (suppressedTo > 0) {
            Lifter then = l.fork();
            w.walk(b, f, then, r.withFollow(suppressedTo), -1);
            Lifter other = l.fork();
            int stop = w.walk(f, suppressedElseEnd[0], other, r.withFollow(suppressedElseEnd[0]), -1);
            l.emit(new Stmt.If(e, then.out, other.out));
            return Math.max(stop, suppressedElseEnd[0]);
        }
        int pastCopies = RangeTailExits.elsePastEndCopies(w, stmtStart, lastJump, b, f, to, r);
        if (pastCopies > 0) {
            // the else's return laid out past the copies of the body's normal end A falls (and jumps) into
            Lifter then = l.fork();
            w.walk(b, to, then, r, -1);
            Lifter other = l.fork();
            w.walk(f, pastCopies, other, r.withFollow(pastCopies), -1);
            w.dead.set(f, pastCopies);
            l.emit(new Stmt.If(e, then.out, other.out));
            return to;
        }
        int tailExit = RangeTailExits.thenEnd(w, lastJump, b, f, to, r);
        if (tailExit > 0) {
            Lifter then = l.fork();
            Walker.Marks beforeThen = w.marks();
            w.clausesPastRegionTo = -1;
            w.walk(b, tailExit, then, r.withExactFollow(tailExit), -1);
            int clausesEnd = tailExit == f ? clausesPastThen(w, then, f) : -1;
            if (clausesEnd > 0) {
                w.restore(beforeThen);
                return elseBeforeClausesEnd(w, e, b, f, clausesEnd, to, l, r);
            }
            l.emit(new Stmt.If(e, then.out, List.of()));
            return tailExit;
        }
        int elseEnd = RangeTailExits.elsePastEndJump(w, stmtStart, lastJump, b, f, to, r);
        if (elseEnd > 0) {
            return ifElseTo(w, e, b, to, f, elseEnd, l, r);
        }
        int forElseEnd = RangeTailExits.forElseThenPastRange(w, stmtStart, lastJump, b, f, to, r);
        if (forElseEnd > 0) {
            Lifter then = l.fork();
            w.walk(b, to, then, r.withFollow(forElseEnd), -1);
            Lifter other = l.fork();
            w.walk(f, forElseEnd, other, r.withFollow(forElseEnd), -1);
            l.emit(new Stmt.If(e, then.out, other.out));
            return forElseEnd;
        }
        if (f >= to || f == r.follow()) {
            Lifter then = l.fork();
            int stop = w.walk(b, to, then, r, -1);
            if (!sameExit(w, f, r.follow()) && (r.exactFollow() || then.depth() == l.depth())) {
                // the test jumps out of the region, but not where the region's end goes: the code up to the
                // jump's target would run when it should not (an else the walk did not see, say). Outside
                // an if's branch the region's end may be the tail of a return whose value is still pending.
                throw new LiftException("conditional jump out of the region at " + w.code.op(lastJump).offset());
            }
            jumpPastRegion(w, b, to, r);
            if (f >= to && f != r.follow() && r.follow() >= 0) {
                // the jump's target is a copy of the block where the region goes on (a finally body's copy
                // and its jump back, say): read as going there, that copy is reached no more
                unusedJumpCopy(w, lastJump, f);
            }
            l.emit(new Stmt.If(e, then.out, List.of()));
            // (3.13+: the then-branch may read code past the region, up to where the test jumps, its own: an
            // else's return unwound past a try body's end jump, RangeTailExits.elsePastEndJump; the walk goes
            // on after it. Not 3.11's copies of the code after the try, rich seed 77 f55)
            return w.env.atLeast(3, 13) && stop == f ? stop : to;
        }
        throw new LiftException("unrecognised conditional jump at " + w.code.op(lastJump).offset());
    }

    /**
     * Falls back when the then-branch [b, to), which ends its region, jumps forward out of it to code
     * that is neither where the region goes on nor the loop's exit (a break): the walk reads the jump as
     * the branch's end, and the code at its target, which the branch runs, as after the if statement
     * (3.14: a chained comparison's jump over its cleanup to a return ending a try body, laid out past
     * the end of the except's range).
     */
    private static void jumpPastRegion(Walker w, int b, int to, Region r) {
        for (int k = b; k < to; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (op.is("JUMP_FORWARD") && t > to && w.reachable.get(k) && !w.dead.get(k) && t != r.follow()
                    && !sameExit(w, t, r.follow()) && (r.loop() == null || t < r.loop().bodyEnd())) {
                throw new LiftException("a jump leaves its if statement's region past its end at " + op.offset());
            }
        }
    }

    /**
     * 3.12+: {@code if c: with m: ... return A} / {@code else: return B} / {@code C}: the then-branch [b, f)
     * leaves only by returning and by its with's suppressing path, which flowgraph.c lays out with the
     * handler, jumping to C; the else [f, ..) returns, so C is reached only from that path and laid out past
     * the handler, outside the normal flow (the walk after the if would skip it as handler code). When C at
     * {@code past} runs straight into a return or raise, only that path jumps to it and the else never
     * falls off, the if is read with C walked after it here; where C ends, or -1.
     */
    private static int suppressedOnlyAfterIf(Walker w, Expr e, int b, int f, int past, int to, Lifter l, Region r) {
        int end = w.env.atLeast(3, 12) ? TryRanges.straightExit(w, past, to) : -1;
        if (end <= past || !w.jumpsOnlyFrom(past, b, past) || w.fallenInto(past)) {
            return -1;
        }
        Lifter then = l.fork();
        w.walk(b, f, then, r.withExactFollow(past), -1);
        Lifter other = l.fork();
        int stop = w.walk(f, past, other, r.withExactFollow(past), -1);
        if (stop > past || other.out.isEmpty() || !ExceptClauses.leaves(other.out) || ExceptClauses.leaves(then.out)) {
            return -1;
        }
        l.emit(new Stmt.If(e, then.out, other.out));
        w.walk(past, end, l, r, -1);
        w.dead.set(past, end);             // walked: not again where a walk reaches it in layout order
        return end;
    }

    /** True when an unconditional jump of the then-branch [b, f), in normal flow, goes to t. */
    private static boolean thenJumpsTo(Walker w, int b, int f, int t) {
        for (int k = b; k < f; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == t && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the code from k up to t may be an else's, read past a try body's range: normal flow, not the
     * try's own end jump, and no handler of an enclosing statement being read lies in [k, t).
     */
    private static boolean elseCodePastRange(Walker w, Region r, int k, int t) {
        return w.normalFlow.get(k) && !w.code.op(k).isUnconditionalJump()
                && r.handlers().stream().noneMatch(h -> h >= k && h < t);
    }

    /**
     * The code at {@code past}, reached only by a with's suppressing paths, lies up to the handler of a try
     * in the then-branch [b, f) and is entered only from that try: the else clause, which the try's reader
     * takes (or, when it does not leave, fails on) as it walks the branch (Tries.except). Not when it is a
     * copy of code laid out elsewhere whose first line comes after the code's at f: a copy of the code after
     * the if, which the try's end jump runs (the try ends the branch; unseen tails seed 41 f207, 3.12:
     * {@code elif c(): try: with m(6), m(7): ...; return 10 / except E1: pass} then {@code elif c(): pass}
     * and {@code return E1.__name__}, the copy taken for the try's else, which its reader dropped, and the
     * last elif for the if's else). (Lines alone do not tell: an implicit {@code return None} at f keeps
     * the line of the if's test, fuzz seed 2 f144.)
     */
    private static boolean strandedElse(Walker w, int b, int f, int past) {
        if (BranchExits.linesAfter(w, past, f) && BranchExits.copiedStatementElsewhere(w, Tries.skipNops(w, past))) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= b && h.start() < f && past < h.target() && w.code.op(h.target()).is("PUSH_EXC_INFO")
                    && w.jumpsOnlyFrom(past, h.start(), h.target()) && !w.jumpedInto(past, h.target())) {
                return true;
            }
        }
        return false;
    }

    /** {@code if not test: raise AssertionError(msg)} with the assert's own AssertionError is {@code assert test, msg}. */
    static Stmt assertion(Walker w, Expr e, List<Stmt> then) {
        if (then.size() != 1 || !Steps.isFailedAssert(then.get(0))) {
            return null;
        }
        return new Stmt.Assert(Conditions.not(e), ((Stmt.Assert) then.get(0)).msg());
    }

    /**
     * A jump back to {@code t} that only a {@code continue} makes: a `while True` loop's continue goes to
     * its NOP, its end to the first statement after it.
     */
    private static boolean explicitContinue(Walker w, Region.Loop loop, int t) {
        for (int c : loop.continues()) {
            int last = w.lastBackEdge[c];
            if (last >= 0 && w.mergedHeads.containsKey(c)) {
                return w.code.op(last).target() != t;
            }
        }
        // (3.12, 3.13) no jump back skips the `while True` NOP: the body's end never falls back (its last
        // statement returns, or a try's clauses continue), so a jump to the NOP itself is a continue; a
        // test jumping to the body's end would have been threaded past the NOP
        return w.env.atLeast(3, 12) && !w.env.atLeast(3, 14) && loop.continues().contains(t)
                && w.code.op(t).is("NOP") && !w.mergedHeads.containsKey(t) && t + 1 < w.code.size()
                && !w.code.op(t + 1).is("NOP");
    }

    /**
     * 3.14, inside a protected range: the test at {@code jump} and the jump back at {@code b} it jumps over
     * to f are left out of the range that covers the code before and after them. The compiler labels
     * instructions with their handler before it threads jumps, so a jump made by threading has none: the
     * test went to the end of an if statement, the jump back ({@code if not c: <rest>}); a written
     * {@code if c: continue} keeps its test in the range (only the NOT_TAKEN after it is added later).
     */
    private static boolean threadedOverJumpBack(Walker w, int jump, int b, int f) {
        if (!w.env.atLeast(3, 14) || jump < 1 || w.code.handlerAt(jump) != null || w.code.handlerAt(b) != null) {
            return false;
        }
        Code.Handler before = w.code.handlerAt(jump - 1);
        Code.Handler after = w.code.handlerAt(f);
        // (or the rest starts unwinding an except clause the range protects, a return's POP_EXCEPT)
        return before != null && (after != null ? before.target() == after.target() && before.depth() == after.depth()
                : w.code.op(f).is("POP_EXCEPT") && Handlers.kind(w.code, before.target()) == Handlers.Kind.CLEANUP);
    }

    /**
     * A conditional jump in [from, to) goes to the jump back at {@code b}: a written {@code continue}, whose
     * NOP (the statement's line event) kept the compiler from threading the jump to the loop's head.
     */
    private static boolean jumpedTo(Walker w, int from, int to, int b) {
        for (int k = from; k < to; k++) {
            if (w.code.op(k).isConditionalJump() && w.code.op(k).target() == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when t lies inside the loop's body, past its head and before its end, and is not where a break
     * goes (3.14 lays the code after the loop before the handlers: a break out of a clause jumps back to it).
     */
    private static boolean insideLoopBody(Walker w, Region.Loop loop, int t) {
        int head = loop.continues().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        return t > head && t < loop.bodyEnd() && Tries.skipNops(w, t) != Tries.skipNops(w, loop.exit())
                && !loop.continuesOuter(t);
    }

    /**
     * True when the then-branch [.., f) ends with a jump back to the head of the loop, where the region, which
     * goes on past f up to {@code to}, goes on too (3.12+): the if may end the loop's body.
     */
    private static boolean endsLoopBodyBack(Walker w, int f, int to, Region r) {
        Region.Loop loop = r.loop();
        Op end = w.code.op(f - 1);
        return loop != null && w.env.atLeast(3, 12) && f < to && end.is("JUMP_BACKWARD") && loop.continues().contains(end.target())
                && (sameExit(w, end.target(), r.follow()) || loop.continues().contains(jumpedTo(w, r.follow())));
    }

    /**
     * Where the clauses of the try ending the then-branch just read fall off past f, the branch's end
     * ({@link Walker#clausesPastRegionTo}, which that try's reading set last), when its body or else
     * leaves; else -1.
     */
    private static int clausesPastThen(Walker w, Lifter then, int f) {
        int end = w.clausesPastRegionTo;
        // (a bare `return None` at f is the function's end either way: read as the code after the if)
        return end > f && Tries.noneReturnLength(w, Tries.skipNops(w, f)) <= 0
                && !then.out.isEmpty() && then.out.get(then.out.size() - 1) instanceof Stmt.Try t
                && !t.handlers().isEmpty() && ExceptClauses.leaves(t.orelse().isEmpty() ? t.body() : t.orelse()) ? end : -1;
    }

    /**
     * The then-branch [b, f) ends with a try whose body or else leaves and whose clauses fall off past f, at end
     * (Tries.except, {@link Walker#clausesPastRegionTo}): the code at f, right after the branch's last return,
     * is not the code after the if but its else, up to where the clauses go on ({@code elif c(): try: x() /
     * except E: pass / else: return 1} then {@code else: return 2}; 3.11 and 3.14 lay the else's return
     * there). Read so when only the test jumps into that code and it leaves; else the clauses would run it.
     */
    private static int elseBeforeClausesEnd(Walker w, Expr e, int b, int f, int end, int to, Lifter l, Region r) {
        // (past to when the region ends a try body's range: its exits after the range are its own)
        boolean rangeTail = !r.exactFollow() && r.follow() == to;
        if (end > to && !rangeTail || w.jumpedInto(f, end) || !w.jumpsOnlyFrom(f, 0, b) || !w.code.op(f - 1).isTerminal()) {
            throw new LiftException("a then-branch's try falls off past the code after the if at " + w.code.op(f).offset());
        }
        Lifter then = l.fork();
        w.walk(b, f, then, r.withExactFollow(end), -1);
        Lifter other = l.fork();
        if (w.walk(f, end, other, r.withExactFollow(end), -1) != end || !ExceptClauses.leaves(other.out)) {
            throw new LiftException("a then-branch's try falls off past the code after the if at " + w.code.op(f).offset());
        }
        l.emit(new Stmt.If(e, then.out, other.out));
        return end;
    }

    /**
     * {@code if c: <match whose last case can fail> else: B} ending a loop body (3.12+, {@link #endsLoopBodyBack}):
     * the then-branch ends with the jump back to the loop's head (the last case body's), and the last case fails
     * straight there too (flowgraph.c threads its jump to the match's end, the if's, through the loop's jump
     * back). Read as a then-branch followed by the code after the if (the jump back a continue), the failing
     * match would fall into that code: after the match refused to ({@link Walker#matchFailingBack}) the branch
     * is read again with the loop's head as where it goes on, and the code from f up to the region's end, which
     * goes back there too, as the else. Returns where the walk goes on.
     */
    private static int failingMatchEndsBranch(Walker w, Expr e, int b, int f, int to, Lifter l, Region r) {
        Lifter then = l.fork();
        w.walk(b, f, then, r.withFollow(w.code.op(f - 1).target()), -1);
        Lifter other = l.fork();
        int stop = w.walk(f, to, other, r, -1);
        if (stop < to) {
            throw new LiftException("the else of an if ending in a failing match stops before the region's end at "
                    + w.code.op(stop).offset());
        }
        l.emit(new Stmt.If(e, then.out, other.out));
        return stop;
    }

    /**
     * True when the walked branch {@code then} ended with fewer values than {@code l} holds before it, those
     * it took plain values (a callee and its NULL), not an iterator or a with's exit a leaving branch unwinds.
     */
    private static boolean consumesValuesBelow(Lifter l, Lifter then) {
        for (int i = then.depth(); i < l.depth(); i++) {
            Object o = l.stack().get(i);
            if (!(o instanceof Expr || o == depyf.lift.Item.Null.INSTANCE)) {
                return false;
            }
        }
        return then.depth() < l.depth();
    }

    static boolean isLoopTarget(Region.Loop loop, int t) {
        return loop != null && (loop.exit() == t || loop.continues().contains(t));
    }

    /** True when a jump back of normal flow in [b, f) goes to the loop's head (a break threaded there). */
    private static boolean jumpsBackToHead(Walker w, int b, int f, Region.Loop loop) {
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && w.normalFlow.get(k) && loop.continues().contains(op.target())) {
                return true;
            }
        }
        return false;
    }

    /** True when control reaching t goes back to the head of the loop (or one enclosing it), or leaves it. */
    private static boolean goesBackTo(Walker w, int t, Region.Loop loop) {
        int k = Tries.skipNops(w, t);
        if (isLoopTarget(loop, t) || isLoopTarget(loop, k) || loop.continuesOuter(k)) {
            return true;
        }
        Op op = k < w.code.size() ? w.code.op(k) : null;
        return op != null && op.isUnconditionalJump() && loop.continuesThisOrOuter(op.target());
    }

    /**
     * True when the region [.., to) is the body of a try/finally whose copy of the finally body on the
     * normal exit starts at to, and a jump to t goes past where that copy goes on: an if's branch ending the
     * body falls into the copy (or jumps to it); past it only a break leaves (a loop the walk did not see:
     * seed 96 f213, `while c(): try: if c(): break / finally: ... / ...; break / else: pass`).
     */
    private static boolean pastFinallyExit(Walker w, int to, int t, Region r) {
        int copy = Tries.skipNops(w, to);
        for (int h : r.handlers()) {
            if (Handlers.kind(w.code, h) != Handlers.Kind.FINALLY || copy >= h) {
                continue;
            }
            int end = FinallyCopy.end(w, h, copy);
            if (end <= copy || t <= end || sameExit(w, t, end)) {
                continue;
            }
            int straight = end;
            while (straight < t && w.code.op(straight).target() < 0 && !w.code.op(straight).isTerminal()) {
                straight++;
            }
            // (not a return's copy, which goes on straight into the return: the then-branch may be a break
            // of a loop around it the walk has not seen, fuzz_wrong_s6.for_try_while_true_return)
            Op last = w.code.op(straight);
            if (!(last.isReturn() || last.is("RAISE_VARARGS") || last.is("RERAISE"))) {
                return true;
            }
        }
        return false;
    }
}
