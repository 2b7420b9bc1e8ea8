package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Comprehensions;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Slot;
import java.util.List;
import java.util.Set;

/** for and async for loops: target, body, else clause, breaks, comprehensions built from the loop. */
final class ForLoops {
    private ForLoops() {}

    /**
     * A break whose target is a small block ending in a return is compiled as POP_TOP (the iterator) and
     * a copy of that block (3.12+). When the copy matches code past the loop's else clause, that is
     * where breaks go; else -1.
     */
    private static int copiedBreakExit(Walker w, int from, int end, int after, int to) {
        for (int k = from; k < end; k++) {
            int n = breakCopyLength(w, k, end);
            if (n == 0) {
                continue;
            }
            // the else clause between: entered only from the loop's normal exit, straight-line code or
            // branches jumping forward inside it (an if statement), which all join by q; or a while loop
            // inside it, its jump back to its head there (`for ...: break / else: while c(): ...` then a
            // raise, 188 f81 on 3.12)
            int joins = -1;
            for (int q = after + 1; q + n <= Math.min(to, w.code.size()); q++) {
                Op op = w.code.op(q - 1);
                boolean forward = (op.isConditionalJump() || op.is("JUMP_FORWARD")) && op.target() > q - 1;
                boolean back = op.name().startsWith("JUMP_BACKWARD") && op.target() > after && op.target() < q - 1;
                // (a target inside it may be such a loop's head, jumped to from later: jumpedInto decides)
                if (op.target() >= 0 && !forward && !back || op.isTerminal() && !back || op.is("FOR_ITER")
                        || w.jumpTargets.get(q - 1) && q - 1 > after && !w.jumpsOnlyFrom(q - 1, after, to)) {
                    break;
                }
                if (forward) {
                    joins = Math.max(joins, op.target());
                }
                // (in the flow of the loop's exit: handler code too when the loop lies in an except clause)
                if (joins <= q && Tries.sameOps(w, q, k + 1, n) && w.normalFlow.get(q) == w.normalFlow.get(after)
                        && !w.jumpedInto(after, q)) {
                    return q;
                }
            }
        }
        return -1;
    }

    /**
     * The length of the block after the POP_TOP at k (in a for body ending before end) when that is a
     * break's pop of the iterator followed by a copy of a small block ending in a return or raise (3.12+), or 0.
     */
    static int breakCopyLength(Walker w, int k, int end) {
        Op prev = w.code.op(k - 1);
        boolean statementStart = w.jumpTargets.get(k) || prev.isConditionalJump() || prev.is("NOP")
                || prev.name().startsWith("STORE_") || prev.name().startsWith("DELETE_") || afterExitCall(w, k)
                // (after an expression statement's POP_TOP: the break's line starts there, seed 165 tails 38 f204)
                || prev.is("POP_TOP") && w.code.op(k).line() > 0 && w.code.op(k).line() > prev.line();
        if (!w.code.op(k).is("POP_TOP") || !statementStart) {
            return 0;                              // the iterator's pop comes between statements
        }
        int after = Tries.skipNops(w, k + 1);
        if (after < end && w.code.op(after).is("POP_TOP")) {
            // a match subject's pop, a case's break popping the iterator next (past the line NOP of a try
            // protecting nothing, `try: break`)
            return 0;
        }
        int n = 0;
        while (k + 1 + n < end && n < 8) {
            Op op = w.code.op(k + 1 + n);
            n++;
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return n;                          // (a raise is a small exit block the compiler copies too)
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * True when a with's exit call (__exit__(None, None, None) and the POP_TOP of its result) ends right
     * before k: a break out of the with unwinds it before popping the iterator.
     */
    private static boolean afterExitCall(Walker w, int k) {
        for (int s = k - 6; s <= k - 5; s++) {     // 3.11: with PRECALL
            if (s >= 0 && Tries.exitCall(w, s) == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * Falls back when a break of the body [from, end), read as going to the loop's exit, jumps past the
     * region over code that the loop's own exit runs: that code is an else clause laid out outside the
     * region or ending it (3.12: a for-else's return ending a try body, unwound out of the try's range;
     * 3.12+: a for-else ending a try body in a while loop whose else breaks, a copy of the return after
     * that loop), which this reading would print after the loop, where the breaks reach it too. A jump
     * to where the region goes on (past code of the region after the loop) is read as such elsewhere. A
     * break threaded through the jump that ends the region reaches its target from the exit too,
     * and the exit may run a copy of the block the break jumps to (3.12+ copy a small return block into
     * each of its predecessors).
     */
    private static void breakOverExitCode(Walker w, int from, int end, int after, int to, Region r) {
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (!op.is("JUMP_FORWARD") || t <= to || !w.reachable.get(k) || after < to && LoopBreaks.threadedToFollow(w, t, r)) {
                continue;
            }
            int start = Tries.skipNops(w, after);
            int p = start;
            boolean branches = false;          // (a test on the way: the exit's code does not all go on at t)
            while (p < t && p < w.code.size() && !w.code.op(p).isTerminal()) {
                branches |= w.code.op(p).target() >= 0;
                p++;
            }
            boolean exitReaches = p >= t || p >= w.code.size()
                    || w.code.op(p).isUnconditionalJump() && w.code.op(p).target() == t && !branches
                    || Tries.sameOps(w, start, Tries.skipNops(w, t), p - start + 1);   // a copy of the block at t
            if (!exitReaches) {
                throw new LiftException("a for loop's break jumps past its region over code its exit runs (an else "
                        + "clause outside the region) at " + op.offset());
            }
        }
    }

    /**
     * 3.12+: a for loop ending a try body, its else returning: the return is unwound out of the try's range,
     * laid out right past the region, and the breaks jump past it to where the region goes on (the try's
     * else, or the code after it). Returns {where the breaks go, the else's end} when the loop's exit at
     * after, the region's end, is straight code returning there, reached only from the loop's exit, and
     * every jump forward out of the body goes to where the region goes on; else null.
     */
    private static int[] elsePastRegion(Walker w, int from, int end, int after, int to, Region r) {
        if (!w.env.atLeast(3, 11) || Tries.skipNops(w, after) > Tries.skipNops(w, to) || r.follow() < to
                || r.exactFollow() && r.follow() == to) {
            return null;
        }
        int p = Tries.skipNops(w, after);
        while (p < w.code.size() && !w.code.op(p).isTerminal() && w.code.op(p).target() < 0) {
            p++;
        }
        // (3.11's FOR_ITER jumps to the code after the loop itself, 3.12+ to its END_FOR)
        if (p >= w.code.size() || !w.code.op(p).isReturn() || w.code.handlerAt(p) != null
                || w.jumpTargets.get(after) && !(after == end && w.jumpsOnlyFrom(after, from - 1, from))) {
            return null;
        }
        int back = breaksBackToEnclosingHead(w, from, end, r);
        // (3.14 loads the constant before the RETURN_VALUE: the copy starts there, at the region's end)
        int copyStart = back >= 0 && p > 0 && w.code.op(p - 1).is("LOAD_CONST") ? p - 1 : p;
        if (Tries.skipNops(w, after) < Tries.skipNops(w, to) && (copyStart != Tries.skipNops(w, to) || !startsExitCopy(w, p))) {
            // (an else with code of its own in the range runs straight into the return past it, which only
            // a copy of a lineless return block can be: a break out of an enclosing while loop, 3.12+)
            return null;
        }
        int target = -1;
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() > to && w.reachable.get(k)) {
                if (op.target() <= p || target >= 0 && op.target() != target
                        || r.follow() > to && !Branches.sameExit(w, op.target(), r.follow())) {
                    return null;
                }
                target = op.target();
            }
        }
        if (target < 0 && back >= 0 && Tries.skipNops(w, after) < Tries.skipNops(w, to)) {
            return new int[] {back, p + 1};
        }
        int start = Tries.skipNops(w, after);
        if (target < 0 || Tries.sameOps(w, start, Tries.skipNops(w, target), p - start + 1)) {
            return null;                       // the exit runs a copy of the block the breaks go to: no else
        }
        return new int[] {target, p + 1};
    }

    /**
     * 3.14: the breaks of the body [from, end) pop the iterator and jump straight back to the head of the
     * while loop around (no JUMP_FORWARD out of the body): the loop ends a try body ending that loop's body,
     * nothing follows the statement there (or the break would jump to it), and flowgraph.c threaded the
     * break's jump to the try's end through the jump back (`for_else_break_ending_try_in_while`). The head,
     * or -1 (no such break, or another jump out of the body).
     */
    private static int breaksBackToEnclosingHead(Walker w, int from, int end, Region r) {
        if (!w.env.atLeast(3, 14) || r.loop() == null || r.loop().isFor()) {
            return -1;
        }
        int head = -1;
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            if (!w.reachable.get(k) || op.target() < 0 || op.target() >= from - 1 && op.target() < end) {
                continue;                      // (within the body, or its own jump back to FOR_ITER)
            }
            boolean back = op.is("JUMP_BACKWARD") && w.code.op(k - 1).is("POP_TOP")
                    && r.loop().continues().contains(op.target());
            if (!back || head >= 0 && head != op.target()) {
                return -1;                     // another way out of the body (or the for's own jump back)
            }
            head = op.target();
        }
        return head;
    }

    /**
     * True when the return at p (a constant's) has the same instructions as a return block no line
     * number marks, reached by a jump: the compiler's copy of the code after an enclosing loop.
     */
    private static boolean startsExitCopy(Walker w, int p) {
        int start = w.code.op(p).is("RETURN_CONST") ? p : p - 1;
        int n = p - start + 1;
        if (start < 0 || !(w.code.op(start).is("RETURN_CONST") || w.code.op(start).is("LOAD_CONST") || w.code.op(start).is("LOAD_SMALL_INT"))) {
            return false;
        }
        for (int q = 0; q + n <= w.code.size(); q++) {
            if (q != start && w.jumpTargets.get(q) && Tries.sameOps(w, q, start, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a break of the for loop's body [from, end) (its iterator popped, then a jump in normal flow)
     * goes back to the head of an enclosing loop, threaded there because nothing follows this loop in that
     * loop's body, while code other than such a jump lies at {@code after}, past the loop's exit and past
     * the region the loop ends (3.14: a try body's range): that code, which the break skips, is the loop's
     * else, which this region cannot read (set 197 t70 f224: `while c(): try: for ...: break / else: return
     * 7 / except E1: ...`, the else read as code after the loop).
     */
    private static boolean elseBeyondRegion(Walker w, int from, int end, int after, Region.Loop loop) {
        int start = Tries.skipNops(w, after);
        if (start >= w.code.size()) {
            return false;
        }
        Op there = w.code.op(start);
        for (int k = from + 1; k < end; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && w.normalFlow.get(k) && w.reachable.get(k) && popsIterator(w.code.op(k - 1))
                    && loop.continuesThisOrOuter(op.target()) && !(there.isUnconditionalJump() && there.target() == op.target())) {
                return true;
            }
        }
        return false;
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
        if (after >= to && r.loop() != null && elseBeyondRegion(w, f + 1, exitIdx, after, r.loop())) {
            throw new LiftException("a for loop's else lies past the end of its region at " + w.code.op(after).offset());
        }
        int exit = Math.max(LoopBreaks.breakTarget(w.code, f + 1, exitIdx, after, to), copiedBreakExit(w, f + 1, exitIdx, after, to));
        exit = Math.max(exit, LoopBreaks.clauseBreakTarget(w, f + 1, exitIdx, after, to, true));
        int followAt = r.follow() >= to && r.follow() < w.code.size() ? Tries.skipNops(w, r.follow()) : -1;
        if (exit == after && followAt > 0 && LoopBreaks.codeBefore(w, after, to)
                && (r.follow() > to && LoopBreaks.clauseBreakTarget(w, f + 1, exitIdx, after, r.follow(), true) == r.follow()
                    // (or past the line NOP of the statement there, which the break's jump skips: 3.13+, tails 50 f32)
                    || followAt > r.follow() && LoopBreaks.clauseBreakTarget(w, f + 1, exitIdx, after, followAt, true) == followAt)) {
            // a clause's break to where the region goes on, past its end: the loop (its else) ends the region,
            // whose last jump goes there too (a match case's body, the failure path's subject pop laid out
            // between: unseen rich seed 157 f183, the else read as code after the loop). As below, the rest
            // of the region is the else clause; decided before the body is walked, so its breaks read as such.
            // Not when no code lies there (the loop ends an if's branch, its breaks going where the if does:
            // fuzz seed 3 f14)
            exit = to;
        }
        int enclosingBreak = exit == after && LoopBreaks.codeBefore(w, after, to)
                ? LoopBreaks.clauseBreakToEnclosingLoop(w, f + 1, exitIdx, to, r, true) : -1;
        if (enclosingBreak >= 0 || exit == after && LoopBreaks.clauseBreakSkipsRest(w, f + 1, exitIdx, after, to, true)) {
            exit = to;                          // the rest of the region is the else clause the break skips
        }
        Expr[] target = new Expr[1];
        Lifter body = l.fork();
        body.push(Slot.single(t -> target[0] = t));
        int[] tail = w.forTails ? displacedTail(w, f, exitIdx) : null;
        int bodyEnd = exitIdx;
        if (tail == null && endsRegionBeforeCopiedExit(w, f, exitIdx, to)) {
            bodyEnd = to;
        } else if (tail == null && exitIdx > to && to > f && enteredFromBefore(w, f, to, exitIdx)) {
            // the region ends inside [f, exitIdx): code there that a jump from before the loop reaches (an
            // enclosing if's copy of the code after it, 3.11) is not the body's, which ends with the region
            bodyEnd = to;
        }
        if (tail == null && bodyEnd > to && holdsOrphan(w, f + 1, bodyEnd)) {
            // the body runs on past the end of its region, and a try protecting nothing in it (3.11: an
            // enclosing try's range ends before the orphan's unprotected return, seed 36 f101): the statement
            // around the loop would read the code there again, as its else. Read again without the orphans
            // (CodeDecompiler), whose handlers nothing reaches
            throw new LiftException("a for loop's body runs past the end of its region at " + w.code.op(to).offset());
        }
        BreakCopies copies = exit == after && tail == null ? BreakCopies.find(w, f + 1, exitIdx, after, to, r) : null;
        int breaksTo = copies != null && copies.exit() >= 0 ? copies.exit() : exit;
        if (copies == null && exit == after && tail == null && breaksToFollow(w, f + 1, exitIdx, to, r)
                && LoopBreaks.breaksPastRegion(w, f + 1, exitIdx, after, to, r)) {
            // the loop ends an if statement's branch: its breaks were threaded to where that statement ends
            breaksTo = r.follow();
        }
        int[] pastElse = breaksTo == after ? elsePastRegion(w, f + 1, exitIdx, after, to, r) : null;
        // (the loop ends a try body whose else returns past the range: read below, as Loops.guardLoop does)
        int rangeTailBreak = tail == null && breaksTo == after && pastElse == null
                ? LoopBreaks.rangeTailBreakTarget(w, f + 1, exitIdx, to) : -1;
        // (not when the loop's exit is a copy of the block the break jumps to: no else clause, case
        // fuzz_wrong_s13.for_break_ending_nested_try)
        boolean pastRangeTail = rangeTailBreak >= 0
                && !(Tries.skipNops(w, after) >= to && w.copiedExitLength(Tries.skipNops(w, after), rangeTailBreak) > 0);
        if (pastRangeTail) {
            breaksTo = rangeTailBreak;
        }
        if (enclosingBreak >= 0) {
            breaksTo = enclosingBreak;
        }
        if (pastElse != null) {
            breaksTo = pastElse[0];
            exit = pastElse[1];
        } else if (breaksTo == after && !pastRangeTail) {
            breakOverExitCode(w, f + 1, exitIdx, after, to, r);
        }
        Region inner = r.withLoop(new Region.Loop(Set.of(f), breaksTo, tail != null ? tail[1] : bodyEnd, true, r.loop()), f);
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
        Integer clauseEnd = w.clauseEndBreaks.get(inner.loop());
        if (exit == after && clauseEnd != null) {
            exit = elseEnd(w, clauseEnd, after, to);
        } else if (exit == after && (copies != null || LoopBreaks.breaksPastRegion(w, f + 1, exitIdx, after, to, r)
                || LoopBreaks.clauseBreaksBack(w, f + 1, exitIdx, after, to, r)
                || LoopBreaks.clauseBreaksPast(w, f + 1, exitIdx, after, to) || pastRangeTail)) {
            exit = to;                          // the rest of the region is the else clause
            backBreakElseFallsOff(w, f + 1, exitIdx, to, r);
            if (pastRangeTail && w.code.op(to - 1).target() < 0 && !w.code.op(to - 1).isTerminal()) {
                // (its last statement a return unwound past the range: the else's too, up to where it ends)
                exit = TryRanges.straightExit(w, to, w.code.size());
            }
        }
        // the loop ends a while loop's body whose exit is this loop's own END_FOR: the iterator running out
        // leaves the while loop too, the break of an else clause whose jump 3.14 removed (seed 13 f178)
        boolean elseBreaks = tail == null && exit == after && exitIdx >= to && r.loop() != null && !r.loop().isFor()
                && r.loop().exit() == exitIdx;
        int next = finish(w, l, r, new Stmt.For(target[0], it.iterable(), body.out,
                elseBreaks ? List.of(new Stmt.Break()) : List.of(), it.async()), f, after, exit, to);
        if (copies != null && copies.exit() < 0) {
            // the code after the loop, from its first copy (which a with's break, read as one, marked dead: read
            // again here)
            int from = copies.copy();
            int end = from + copies.length();
            java.util.BitSet dead = w.dead.get(from, end);
            w.dead.clear(from, end);
            w.walk(from, end, l, r.withFollow(-1), -1);
            for (int k = dead.nextSetBit(0); k >= 0; k = dead.nextSetBit(k + 1)) {
                w.dead.set(from + k);
            }
        }
        if (pastElse == null && tail == null && bodyEnd > to && to > f && exit == after && next == to) {
            // the body ran on past the end of the region (3.11: a try body's for loop whose last statement
            // returns, its POP_EXCEPT and return unprotected, seed 40 f53): that code is read, the walk goes
            // on after the loop, where the statement around it would otherwise read it again as its else
            return after;
        }
        return pastElse != null ? exit : next;    // (the else read past the region: the walk goes on after it)
    }

    /**
     * Falls back when a break of the body [from, end) jumps back to the head of a loop enclosing ours (our
     * loop ends that loop's body: what follows our statement is that jump back) while the else clause, the
     * rest of the region, falls off its end into code at to that is no jump back there: the statement's
     * end would go on in two places. 3.14 lays a for-else ending a try body in a while loop, whose else
     * breaks out of the while through a copy of the return after it, with that copy past the try's range,
     * where it would read as the try's else clause, which the break skips.
     */
    private static void backBreakElseFallsOff(Walker w, int from, int end, int to, Region r) {
        if (to <= 0 || to >= w.code.size() || w.code.op(to - 1).isTerminal() || !w.reachable.get(to - 1)) {
            return;
        }
        Op next = w.code.op(Tries.skipNops(w, to));
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            // (3.12: or a jump forward to a lone jump back there, seed 123 f191)
            Op back = op.is("JUMP_FORWARD") && op.target() >= end && op.target() < w.code.size() ? w.code.op(op.target()) : op;
            if (back.is("JUMP_BACKWARD") && w.reachable.get(k) && !(next.isUnconditionalJump() && next.target() == back.target())
                    && r.loop() != null && r.loop().continuesThisOrOuter(back.target())) {
                throw new LiftException("a for loop's break jumps back to an enclosing loop while its else clause "
                        + "falls into other code at " + w.code.op(to).offset());
            }
        }
    }

    /** True when a try protecting nothing (OrphanHandlers) starts its body in [from, to). */
    private static boolean holdsOrphan(Walker w, int from, int to) {
        return w.orphanBodies.keySet().stream().anyMatch(k -> k >= from && k < to);
    }

    /** True when a jump before the loop headed at f goes into [from, to). */
    private static boolean enteredFromBefore(Walker w, int f, int from, int to) {
        for (int k = 0; k < f; k++) {
            int t = w.code.op(k).target();
            if (t >= from && t < to && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** A jump in the body [from, end) goes forward to the region's follow past to. */
    private static boolean breaksToFollow(Walker w, int from, int end, int to, Region r) {
        for (int k = from; k < end; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() > to && LoopBreaks.threadedToFollow(w, op.target(), r) && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The loop's breaks are copies of the end of the except clause it ends (see {@link
     * Walker#clauseEndBreak}, the first at {@code copy}): the else clause runs from after to that clause
     * end where it falls into it, else (it leaves the clause itself, say by continue) to the end of the region.
     */
    private static int elseEnd(Walker w, int copy, int after, int to) {
        int k = clauseEndAfter(w, copy, after, to);
        return k >= 0 ? k : to;
    }

    /**
     * The first clause end in [from, to) that the one at {@code copy} (see {@link #clauseEndLength}) is a
     * copy of: the same instructions (a jump to the same place), ending the same clause; or -1.
     */
    static int clauseEndAfter(Walker w, int copy, int from, int to) {
        int n = clauseEndLength(w, copy);
        Op last = w.code.op(copy + n);
        // the instruction before each POP_EXCEPT is the clause's, protected by its cleanup: the same clause
        Code.Handler h = w.code.handlerAt(copy - 1);
        for (int k = Math.max(from, 1); k + n < Math.min(to, w.code.size()); k++) {
            Op end = w.code.op(k + n);
            Code.Handler at = w.code.handlerAt(enteredFrom(w, k));
            boolean sameEnd = last.target() >= 0 ? end.isUnconditionalJump() && end.target() == last.target() : end.sameAs(last);
            if (k != copy && w.code.op(k).is("POP_EXCEPT") && !w.code.op(k - 1).is("POP_EXCEPT") && w.reachable.get(k)
                    && Tries.sameOps(w, k, copy, n) && sameEnd
                    && (at == null ? h == null : h != null && at.target() == h.target())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The instruction that goes on to k: the one before it, or when that one does not fall through (3.11:
     * the copy of a clause's end a break ran, laid out right before the loop's own exit), a jump to k (the
     * loop's FOR_ITER running out).
     */
    private static int enteredFrom(Walker w, int k) {
        Op before = w.code.op(k - 1);
        if (!before.isTerminal() && !before.isUnconditionalJump()) {
            return k - 1;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == k && op.index() < k && w.reachable.get(op.index())) {
                return op.index();
            }
        }
        return k - 1;
    }

    /**
     * At the POP_EXCEPT at p: the offset from p of the last instruction of the clause's end there (name
     * cleanup, then a jump, or a few instructions ending in a return), or 0. The end of a clause that ends
     * an enclosing clause is that one's end too: its POP_EXCEPT and name cleanup first.
     */
    static int clauseEndLength(Walker w, int p) {
        int k = ExceptClauses.pastClauseEnds(w.code, ExceptClauses.afterNameCleanup(w.code, p + 1));
        for (int n = 0; k + n < w.code.size() && n < 8; n++) {
            Op op = w.code.op(k + n);
            if (op.isUnconditionalJump() && n == 0 || op.isReturn()) {
                return k + n - p;
            }
            if (op.target() >= 0 || op.isTerminal() || op.is("POP_EXCEPT")) {
                return 0;
            }
        }
        return 0;
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
     * True when k lies in a loop nested in the body (a jump back in (f, end] to past the head f spans it)
     * that code from t on jumps back into (a with's suppressing path laid out after t, through the copy of
     * that loop's test): t is code of that loop's body, not of ours (a break out of the nested loop goes on
     * in ours).
     */
    private static boolean inNestedLoop(Walker w, int f, int k, int t, int end) {
        for (int j = f + 1; j <= end && j < w.code.size(); j++) {
            Op op = w.code.op(j);
            if (op.is("JUMP_BACKWARD") && op.target() > f && op.target() <= k && j >= k) {
                for (int q = t; q < w.code.size(); q++) {
                    int to = w.code.op(q).target();
                    if (q > j && to >= op.target() && to <= j) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * 3.12+: the end of a for loop's body that only except clauses reach (the code after a try statement
     * whose body leaves by continue, break or return) is cold code, laid out after the handlers, and ends
     * jumping back to the loop's head f. Returns its range {start, end} (start: where a clause of a try
     * in the body [f + 1, exitIdx) goes on), or null.
     */
    static int[] displacedTail(Walker w, int f, int exitIdx) {
        int back = w.lastBackEdge[f];
        if (!w.env.atLeast(3, 12) || back < exitIdx) {
            return null;
        }
        int start = Integer.MAX_VALUE;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() <= f || h.start() >= exitIdx || h.target() < exitIdx || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || LoopBreaks.protectsBefore(w, h.target(), f + 1)) {
                continue;                      // (a try around the loop, its range split by the body's own: seed 62 f241)
            }
            for (int t : ExceptClauses.clauseExits(w, h.target())) {
                if (t > exitIdx && t <= back && t < start) {
                    if (inNestedLoop(w, f, h.start(), t, back)) {
                        return null;           // the code after a try in a loop nested in ours: that loop's
                    }                          // tail, not ours (seed 61 f112: `while c(): try: ... continue /
                    start = t;                 // except E1: ...` then `with m: break`)
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
        int end = pastBranchBlocks(w, start, back + 1);
        for (int k = back + 1; k < end && w.env.atLeast(3, 14); k++) {
            int t = w.code.op(k).target();
            if (w.code.op(k).is("JUMP_BACKWARD") && t > f && t < exitIdx) {
                return null;                   // (3.14, copying no test: a block jumping back into the body past the
            }                                  // head is a nested loop's rest, `while c(): while True: try: x();
        }                                      // break / except E: pass / if c(): break / t()`, its break threaded to our head)
        return new int[] {start, end};
    }

    /**
     * The end of a displaced tail [start, end) and the small blocks right after it that only the tail jumps
     * to, each ending in a jump (3.12+ lay a branch's {@code break} after the tail's jump back: {@code if
     * c(): break} after a try in the loop's body, POP_TOP and a jump back to the loop's exit) or, 3.14, a
     * return or raise ({@code while c(): return 66} after such a try, its test jumping over the jump back
     * to the return: rich tails seed 34 f232).
     */
    private static int pastBranchBlocks(Walker w, int start, int end) {
        while (end < w.code.size() && w.jumpTargets.get(end) && w.jumpsOnlyFrom(end, start, end)
                && !w.code.op(end).is("PUSH_EXC_INFO")) {
            int q = end;
            while (q < w.code.size() && q - end < 40 && !w.code.op(q).isUnconditionalJump() && w.code.op(q).target() < 0
                    && !w.code.op(q).isTerminal() && (q == end || !w.jumpTargets.get(q))) {
                q++;
            }
            if (q >= w.code.size() || q - end >= 40
                    || !(w.code.op(q).isUnconditionalJump() || w.code.op(q).isReturn() || w.code.op(q).is("RAISE_VARARGS"))) {
                break;
            }
            end = q + 1;
        }
        return end;
    }

    /**
     * The end of a for loop: its else clause in [after, exit), the iterator popped, and the loop emitted,
     * or turned into the comprehension whose empty accumulator waits below it ({@code head}: its FOR_ITER,
     * or -1). Returns where the walk goes on.
     */
    private static int finish(Walker w, Lifter l, Region r, Stmt.For loop, int head, int after, int exit, int to) {
        loop = new Stmt.For(loop.target(), loop.iter(), Loops.trailingAssert(w, loop.body()), loop.orelse(), loop.isAsync());
        List<Stmt> orelse = List.of();
        int stopped = -1;
        if (exit > after) {
            Lifter e = l.fork();
            e.pop();
            stopped = w.walk(after, exit, e, r.withFollow(exit), -1);
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
                w.env.folded.put(comp, loop);
                l.stack().set(l.depth() - 1, comp);
                return Math.min(exit, to);
            }
            if (w.env.dynamo == null) {
                // a compiler's loop over an empty list, set or dict is a comprehension filling it
                throw new LiftException("unrecognised comprehension body at " + w.code.op(Math.max(head, 0)).offset());
            }
        }
        l.emit(loop);
        if (exit == to && stopped > to) {
            // the else read on past the region's end (an if ending it whose else returns past a try body's
            // range, RangeTailExits): the loop ends there too, so that the walk does not read that code again
            // as code after the loop (seed 56 f268)
            return stopped;
        }
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
        int exit = Math.max(LoopBreaks.breakTarget(w.code, bodyStart, exitIdx, after, to),
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

    private static boolean isEmptyAccumulator(Expr e) {
        return e instanceof Expr.ListExpr le && le.elts().isEmpty()
                || e instanceof Expr.SetExpr se && se.elts().isEmpty()
                || e instanceof Expr.Dict d && d.keys().isEmpty();
    }

    /** True when op pops a for loop's iterator on the way out of it (a break's, a return's). */
    static boolean popsIterator(Op op) {
        return op.is("POP_TOP") || op.is("POP_ITER");
    }

    /**
     * Past the cleanup a for loop's exit starts with (END_FOR, 3.14's POP_ITER, the iterator's POP_TOP after
     * END_FOR, line NOPs), at most {@code most} instructions of it: where the code after the loop starts.
     */
    static int pastExitCleanup(Walker w, int exit, int most) {
        int past = exit;
        while (past < w.code.size() && past - exit < most
                && (w.code.op(past).is("END_FOR") || w.code.op(past).is("POP_ITER") || w.code.op(past).is("NOP")
                    || past > exit && w.code.op(past).is("POP_TOP") && w.code.op(past - 1).is("END_FOR"))) {
            past++;
        }
        return past;
    }
}
