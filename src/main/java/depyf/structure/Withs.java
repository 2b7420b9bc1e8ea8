package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/** with and async with statements (3.11+): the body, its normal and suppressing exits, a return inside. */
final class Withs {
    private Withs() {}

    static int with(Walker w, int i, int j, int to, Lifter l, Region r, int handler) {
        if (!(l.peek(1) instanceof Item.Entered entered)) {
            throw new LiftException("with block without __enter__ at " + w.code.op(i).offset());
        }
        j = continuePastRangeEnd(w, i, j, to, r);
        Lifter body = l.fork();
        int stopped = w.walk(i, j, body, r.withHandler(handler, j), -1);
        l.pop();
        boolean exited = false;
        boolean loopExited = false;
        // (coldRestEnd's layout, the value computed in the rest of the body, swapped under our exit callable)
        int coldValue = body.depth() > l.depth() ? coldRestEnd(w, i, to, handler) : -1;
        coldValue = coldValue > 0 && ColdContinuations.valueUnderExit(w, coldValue) ? coldValue : -1;
        if (coldValue > 0) {
            // the same at the end of the rest of our body laid out past a try's handler: read there, not code
            // after the statement
            w.dead.set(coldValue, Tries.finishPending(w, coldValue, body, l.depth(), r));
            exited = true;
        } else if (body.depth() > l.depth()) {
            // return inside the with: the value stays on the stack while __exit__ is called outside the range
            j = Tries.finishPending(w, j, body, l.depth(), r);
            exited = true;
        } else if (stopped > j && acrossGap(w, stopped, handler) > stopped) {
            // a loop ending the body read across a gap in our range (a return's unwinding inside it) up to
            // the range's later piece: the body goes on to that piece's end (3.12: a for's else `return CONST`
            // laid out after the END_FOR, returned after our exit call: read below as the body's)
            int end = acrossGap(w, stopped, handler);
            stopped = w.walk(stopped, end, body, r.withHandler(handler, end), -1);
            j = end;
            if (stopped != end || body.depth() > l.depth()) {
                throw new LiftException("a with body read across a gap in its range not understood at " + w.code.op(i).offset());
            }
        } else if (stopped > j && loopReadPastRange(w, i, stopped, handler, body.out)) {
            j = stopped;                       // 3.14: a return the loop read after its jump back, past our range
        } else if (stopped > j) {
            // a nested with's return (or break, continue) went through our own exit call
            loopExited = body.out.stream().anyMatch(s -> s instanceof Stmt.With with && endsInLoopExit(with.body()));
            j = stopped;
            exited = true;
        }
        List<Stmt> stmts = new ArrayList<>(body.out);
        if (!exited && !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Return
                && j > i && w.code.op(j - 1).isReturn()) {
            exited = true;                     // the body's return, read with its unwinding through our exit call
        }
        int[] loopExit = exited ? null : loopExitAfterExit(w, j, l, r, handler);
        if (loopExit != null) {
            stmts.add(loopExit[0] == BREAK ? new Stmt.Break() : new Stmt.Continue());
            w.dead.set(j, loopExit[1]);        // read: not code falling into the loop's exit (Loops: a break)
            j = loopExit[1];
            exited = true;
            loopExited = true;
        }
        int coldEnd = exited ? -1 : coldRestEnd(w, i, to, handler);
        int coldReturn = coldEnd > 0 ? constReturnInside(w, i, coldEnd, handler, r) : -1;
        if (coldReturn > 0) {
            // the return at the end of coldRestEnd's block: unwound through our exit call, the constant after it
            // (constReturnInside, asked at that exit call: our suppressing path goes on elsewhere)
            stmts.add(returned(w, coldReturn));
            w.dead.set(coldEnd, coldReturn);
            exited = true;
        }
        int constReturn = exited ? -1 : constReturnInside(w, i, j, handler, r);
        if (constReturn > 0 && w.env.atLeast(3, 12) && orphanTryBefore(w, j, constReturn)) {
            // 3.12+: the return is that of a `try: return CONST` protecting nothing (OrphanHandlers), its
            // handler laid out right after it, its clauses unwinding through our exit call too: read with
            // that try (3.11 reads the try's body as empty there, its return after it)
            if (w.walk(j, constReturn, body, r.withHandler(handler, constReturn), -1) != constReturn) {
                throw new LiftException("a with body's try protecting nothing not understood at " + w.code.op(j).offset());
            }
            stmts = new ArrayList<>(body.out);
            j = constReturn;
            constReturn = -1;
            exited = true;
        }
        if (constReturn > 0 && (!w.reachable.get(constReturn - 1) || w.normalFlow.get(i) && !w.normalFlow.get(constReturn - 1))) {
            // only handler code reaches that return (a clause's in our body, unwinding through our exit call,
            // read with that clause: rich seed 52 f51), or only a handler left unread as dead code: not the
            // end of our body
            constReturn = -1;
        }
        if (constReturn > 0) {
            Op ret = w.code.op(constReturn - 1);
            Stmt.Return returned = returned(w, constReturn);
            if (!returnInTryFinally(w, j, stmts, returned)) {
                stmts.add(returned);
            }
            if (throughFinallyCopy(w, j, constReturn, r)) {
                w.dead.set(j, constReturn);    // read: not the try/finally body's own return after its copy
            }
            // read here, not lifted: marked so that a try around sees its body read on to there (Tries.except)
            for (int k = constReturn - (ret.is("RETURN_CONST") ? 1 : 2); k < constReturn; k++) {
                body.read(k);
            }
            j = constReturn;
            exited = true;
        }
        Expr target = null;
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.Assign a && a.targets().size() == 1
                && w.env.unwrap(a.value()) instanceof Item.Entered) {
            target = a.targets().get(0);
            stmts.remove(0);
        }
        List<Stmt.WithItem> items = new ArrayList<>();
        items.add(new Stmt.WithItem(entered.context(), target));
        if (stmts.size() == 1 && stmts.get(0) instanceof Stmt.With inner && inner.isAsync() == entered.async()) {
            items.addAll(inner.items());
            stmts = inner.body();
        }
        l.emit(new Stmt.With(items, stmts, entered.async()));
        // the normal exit: __exit__(None, None, None) and POP_TOP, lifted as usual; drop the exit if unreachable
        int n = Tries.skipNops(w, j);
        if (loopExited) {
            dropWithExit(l);
            inlineEnclosingExitsRead(w, i, j, handler, to);
            return codeAfterLoopExit(w, j, to, l, r, handler);
        }
        int cold = exited ? -1 : coldNormalExit(w, j, to, handler, r);
        if (cold > 0) {
            // the body's last statement, a try whose body returns, went on with the code after it laid out past
            // its handler, which runs into our normal exit there: read, with the jump back after it
            int normal = Tries.exitCall(w, cold);
            dropWithExit(l);
            w.dead.set(cold, normal + 1);
            int after = w.env.dynamo != null ? -1 : WithSuppressedPaths.suppressedAfter(w, handler);
            if (after >= 0 && !Branches.sameExit(w, after, normal)) {
                throw new LiftException("a with's suppressing path and its normal exit go on apart at " + w.code.op(cold).offset());
            }
            int tail = coldTailEnd(w, normal, handler, r);
            if (tail > 0) {
                // the rest of the loop body after the with, laid out past its handler too: walked here
                int t = w.code.op(normal).target();
                boolean intoTest = w.isDisplacedTest(tail, r);
                w.walk(t, intoTest ? tail : tail - 1, l, r, -1);   // (its jump back: where the with, ending
                w.dead.set(t, tail);                                // the body, goes on)
                if (intoTest) {
                    return j;                  // (3.12, 3.13: falling into the copy of the loop's test instead)
                }
                normal = tail - 1;
            }
            if (!endsLoopBody(w, normal, r)) {
                l.emit(new Stmt.Continue());   // the with ends a branch, code of the loop body follows the statement
            }
            return j;
        }
        int coldAfterReturn = exited ? -1 : coldExitAfterReadReturn(w, j, to, handler, r);
        if (coldAfterReturn > 0) {
            // our body's last statement, a try whose body returns through our exit call past the region (read
            // by it), its clauses falling off into our normal exit laid out after its handler: read, the walk
            // goes on where the region does
            dropWithExit(l);
            w.dead.set(TryBodyEnds.coldWithExit(w, j, handler, Tries.skipNops(w, j)), coldAfterReturn);
            return j;
        }
        int coldExit = exited ? -1 : coldExitAfterClauses(w, j, to, handler, r);
        if (coldExit > 0) {
            // our body's last statement, a try whose body returns, its clauses falling off into our normal
            // exit call laid out after its handler, past the region (an if's branch), then a copy of where
            // the region goes on: read, the walk goes on there
            dropWithExit(l);
            w.dead.set(TryBodyEnds.coldWithExit(w, to, handler), coldExit);
            return j;
        }
        // a normal exit only a nested with's suppressing path reaches (its body returns): the body never
        // ends normally, the code after the statement is this with's suppressing path's (3.12, 3.13)
        boolean nestedOnly = n < w.code.size() && w.normalFlow.get(i) && !w.normalFlow.get(n);
        // (no exit call after the body: it raises, and what follows is other code, such as the return after
        // a while loop closed only by this with's suppressing path, not the statement's normal exit)
        if (exited || nestedOnly || !callsExit(w, n) || !w.reachable.get(n) || !bodyReaches(w, i, j, n, handler)) {
            dropWithExit(l);
            return WithSuppressedPaths.suppressedContinuation(w, i, j, to, l, r, handler);
        }
        int normal = Tries.exitCall(w, n);
        int after = w.env.dynamo != null || normal < 0 ? -1 : WithSuppressedPaths.suppressedAfter(w, handler);
        if (after >= 0 && !Branches.sameExit(w, after, normal)) {
            // both ways out of the statement go on with the code after it: if they do not, the code after
            // the exit call belongs to the body (a return the compiler placed after the call)
            throw new LiftException("a with's suppressing path and its normal exit go on apart at " + w.code.op(n).offset());
        }
        int copy = after > normal ? suppressedCopy(w, normal, after, handler) : -1;
        if (copy > after) {
            w.dead.set(after, copy);           // read: the code after the with, walked after its normal exit
        }
        return j;
    }

    /**
     * 3.12+: the suppressing path (its last POP_TOP's next instruction at {@code after}, laid out past the
     * handler) runs a copy of the small exit block the normal exit runs right after the exit call at {@code
     * normal}: the compiler copied the block after the with into both ways out of it (flowgraph.c,
     * inline_small_or_no_lineno_blocks). Returns the end of that copy, which the walk after the statement
     * reads at {@code normal}, or -1. (In `if c: with m: A` + `else: return X` ending a try body, the copy of
     * the code after the try the then-branch falls into: not an else the try body goes on with.)
     */
    private static int suppressedCopy(Walker w, int normal, int after, int handler) {
        if (!w.env.atLeast(3, 12) || after <= handler || !w.normalFlow.get(normal) || w.jumpTargets.get(after)
                || !TryRanges.smallExitBlock(w, normal) || !TryRanges.smallExitBlock(w, after)) {
            return -1;
        }
        int end = TryRanges.straightExit(w, after, w.code.size());
        int own = TryRanges.straightExit(w, normal, w.code.size());
        return end > after && own - normal == end - after && Tries.sameOps(w, normal, after, end - after) ? end : -1;
    }

    /**
     * Where the piece of our range holding the instruction before {@code stopped} ends, when that piece is
     * ours and holds only line NOPs from stopped on (the body walked into it across a gap); else -1.
     */
    private static int acrossGap(Walker w, int stopped, int handler) {
        Code.Handler h = w.code.handlerAt(stopped - 1);
        if (!w.env.atLeast(3, 12) || h == null || h.target() != handler || h.end() <= stopped || !endsAtLoopExit(w, stopped)) {
            return -1;
        }
        for (int k = stopped; k < h.end(); k++) {
            if (!w.code.op(k).is("NOP")) {
                return -1;
            }
        }
        return h.end();
    }

    /**
     * True when the walk stopped just past a for loop's exit: 3.12 END_FOR; 3.13 END_FOR, POP_TOP (END_FOR
     * pops only the value since 3.13, the iterator is popped apart); 3.14 END_FOR, POP_ITER.
     */
    private static boolean endsAtLoopExit(Walker w, int stopped) {
        Op op = w.code.op(stopped - 1);
        return op.is("END_FOR") || (op.is("POP_TOP") || op.is("POP_ITER")) && stopped >= 2 && w.code.op(stopped - 2).is("END_FOR");
    }

    /**
     * A continue ending a branch at the end of the with body in a loop: its unwinding (our exit call and a
     * jump back to the loop's head) is laid out right after the range, where the normal exit would be, and
     * the normal exit (another exit call going the same way) right after that jump, reached only by the
     * jumps of tests in the body. The same for a break ending such a branch ({@link #breakAfterExitCall}).
     * Returns where the body then ends, past the continue (the walk reads that unwinding as the
     * continue's), or j.
     */
    private static int continuePastRangeEnd(Walker w, int i, int j, int to, Region r) {
        if (r.loop() == null || w.env.dynamo != null) {
            return j;
        }
        int n = Tries.skipNops(w, j);
        int x = Tries.exitCall(w, n);
        int y = breakAfterExitCall(w, x, r);
        if (x < 0 || x + 1 >= w.code.size() || !w.reachable.get(n)
                || y < 0 && !(w.code.op(x).isUnconditionalJump() && r.loop().continues().contains(w.code.op(x).target()))) {
            return j;
        }
        int e = (y > 0 ? y : x) + 1;
        int normal = Tries.skipNops(w, e);
        int goes = Tries.exitCall(w, normal);
        // (the normal exit going on to the loop's head too: the same jump back, or, into the copy of a while
        // loop's test at the body's end; after a break it goes on with the code after the with)
        if (!w.jumpTargets.get(e) || goes < 0
                || y < 0 && !Branches.sameExit(w, n, normal) && !r.loop().continues().contains(Branches.jumpedTo(w, goes))
                        && !(Branches.jumpedTo(w, goes) == to && r.follow() == to && Tries.skipNops(w, e) < to)
                || !sameHandler(w.code.handlerAt(n), w.code.handlerAt(normal))) {
            return j;
        }
        for (Op op : w.code.ops()) {
            if (op.target() >= e && op.target() <= normal && (op.index() < i || op.index() >= j)) {
                return j;                      // reached from elsewhere too: not only the body's normal exit
            }
        }
        return e;
    }

    /**
     * `if c: break` ending the with body: the break's unwinding, our exit call at x's start (then, in a for
     * loop, the iterator's POP_TOP or POP_ITER) and a jump to the loop's exit (compile.c,
     * compiler_unwind_fblock_stack before the jump), laid out after the range where the normal exit would be.
     * Returns the index of that jump, or -1.
     */
    private static int breakAfterExitCall(Walker w, int x, Region r) {
        if (x < 0 || x + 1 >= w.code.size()) {
            return -1;
        }
        int y = r.loop().isFor() && (w.code.op(x).is("POP_TOP") || w.code.op(x).is("POP_ITER")) ? x + 1 : x;
        int c = ExceptClauses.pastClauseEnds(w.code, y);
        if (c > y && c < w.code.size() && w.clauseCopyBreaks.get(c)) {
            return c;                          // a copy of the enclosing clause's end (Loops.clauseEndCopyBreak)
        }
        int clauseEnd = c > y && y > x ? ForLoops.clauseEndLength(w, y) : 0;
        if (clauseEnd > 0) {
            return y + clauseEnd;              // the same out of a for loop, its iterator popped (Walker.clauseEndBreak)
        }
        Op jump = w.code.op(y);
        if (y + 1 < w.code.size() && jump.isUnconditionalJump() && jump.target() > y && w.breaksTo(r, jump.target())) {
            return y;
        }
        // (or a copy of the loop's exit block, a small return, in place of the jump: its last instruction)
        int copy = y > x || !r.loop().isFor() ? w.loopExitCopyLength(y, r) : 0;
        return copy > 0 && y + copy < w.code.size() ? y + copy - 1 : -1;
    }

    /**
     * 3.12+: the with ends the region [.., to), an if's branch, where its range is cut ({@code j == to}), no
     * exit call there, and its body's last statement is a try whose body returns: the clauses fall off into
     * our normal exit call, laid out past the region after the try's handler ({@link
     * TryBodyEnds#coldWithExit}), followed by a copy of the block where the region goes on. The end of
     * that copy, or -1.
     */
    private static int coldExitAfterClauses(Walker w, int j, int to, int handler, Region r) {
        if (j != to || r.follow() < 0 || j >= w.code.size() || callsExit(w, Tries.skipNops(w, j))) {
            return -1;
        }
        int t = TryBodyEnds.coldWithExit(w, to, handler);
        int normal = t > 0 ? Tries.exitCall(w, Tries.skipNops(w, t)) : -1;
        // (the region, an if's branch, may be read as going on at that exit: the if's follow, the code after
        // the if at the region's end, is what the copy copies then)
        int follow = r.follow() == t ? to : r.follow();
        int copy = normal > 0 ? w.copiedExitLength(normal, follow) : 0;
        return copy > 0 && normal != Tries.skipNops(w, follow) ? normal + copy : -1;
    }

    /**
     * 3.12+: our range ends at j, cut by the unwinding of a return in our body's last statement, a try,
     * which read it (dead now: our exit call, an enclosing except clause's POP_EXCEPT, the constant
     * returned); the try's clauses fall off into our normal exit call laid out after the try's handler
     * ({@link TryBodyEnds#coldWithExit}), which jumps to where the region goes on (its follow, or code of
     * it the walk reaches from j past code read or handler code only: an enclosing clause's end) or runs
     * a copy of that block. The end of that jump or copy, or -1.
     */
    private static int coldExitAfterReadReturn(Walker w, int j, int to, int handler, Region r) {
        int n = j < w.code.size() ? Tries.skipNops(w, j) : -1;
        if (n < 0 || !w.env.atLeast(3, 12) || !w.dead.get(n) || !callsExit(w, n)) {
            return -1;
        }
        int t = TryBodyEnds.coldWithExit(w, j, handler, n);   // (protected as the return's exit call is)
        int normal = t > 0 ? Tries.exitCall(w, Tries.skipNops(w, t)) : -1;
        if (normal < 0 || normal >= w.code.size()) {
            return -1;
        }
        // (3.13+: or a copy of the enclosing clause's end, its POP_EXCEPT and jump, or the block it goes to)
        int p = w.code.op(normal).is("POP_EXCEPT") && normal + 1 < w.code.size() ? normal + 1 : normal;
        Op after = w.code.op(p);
        int x = after.target();
        if (after.isUnconditionalJump() && (r.follow() >= 0 && Branches.sameExit(w, x, r.follow())
                || p == normal && x > normal && x <= to && java.util.stream.IntStream.range(j, x)
                    .allMatch(k -> k >= t && k <= normal || w.dead.get(k) || !w.normalFlow.get(k)))) {
            return p + 1;
        }
        if (r.follow() < 0 && p > normal && Branches.returnsNone(w, p)) {
            return normal;                     // (the clause's end, ending the function: read by the clause)
        }
        int copy = r.follow() >= 0 ? w.copiedExitLength(p, r.follow()) : 0;
        return copy > 0 ? p + copy : -1;
    }

    /**
     * 3.12+: the with ends a loop's body [.., to) (but for code only jumps from past it reach) and its
     * body's last statement is a try whose body leaves: the code after that try, laid out after its handler
     * and walked by it (dead now), runs into our normal exit call, whose jump goes back to the loop's head
     * or to where the region goes on ({@link ColdContinuations#endAtWithExit}). The index of that exit call,
     * or -1.
     */
    private static int coldNormalExit(Walker w, int j, int to, int handler, Region r) {
        if (j > to || j < to && !onlyJumpedToFromPast(w, j, to) || r.loop() == null || !w.env.atLeast(3, 12) || w.env.dynamo != null) {
            return -1;
        }
        for (int t = to; t < handler; t++) {
            if (!w.dead.get(t) || !w.code.op(t - 1).is("RERAISE")) {
                continue;
            }
            int e = ColdContinuations.endAtWithExit(w, t, handler);
            int normal = e > t ? Tries.exitCall(w, e) : -1;
            if (normal > 0 && w.dead.nextClearBit(t) >= e && normal < w.code.size()
                    && w.code.op(normal).isUnconditionalJump() && (r.loop().continues().contains(w.code.op(normal).target())
                        || w.code.op(normal).target() == r.follow() || coldTailEnd(w, normal, handler, r) > 0)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * True when [j, to) is not fallen into and only jumps from past {@code to} reach it: code of the region
     * laid out after our body's end but not the body's (3.12: the return after a while loop that the copy of
     * its test laid out past the handlers jumps back to).
     */
    private static boolean onlyJumpedToFromPast(Walker w, int j, int to) {
        if (!(w.code.op(j - 1).isUnconditionalJump() || w.code.op(j - 1).isTerminal())) {
            return false;
        }
        for (Op op : w.code.ops()) {
            if (op.target() >= j && op.target() < to && op.index() < to) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: the with's cold normal exit ({@link #coldNormalExit}) at {@code normal} jumps forward past our
     * handler to the rest of the loop body after the with (straight code ending in the jump back to the
     * loop's head, {@link TryBodyEnds#jumpBackToLoop}): the compiler laid that block out after the with's
     * handler because only the exit call, cold itself, and the suppressing path reach it (flowgraph.c
     * moves blocks reached only from cold ones to the end). Every jump to it comes from that exit or our
     * handler's code. The end of that block (past its jump back, or 3.12-3.13 where it falls into the copy of
     * the loop's test: {@link TryBodyEnds#intoDisplacedTest}), or -1.
     */
    private static int coldTailEnd(Walker w, int normal, int handler, Region r) {
        Op jump = w.code.op(normal);
        int t = jump.target();
        if (!jump.isUnconditionalJump() || t <= handler || t <= normal) {
            return -1;
        }
        int end = TryBodyEnds.jumpBackToLoop(w, t, r.loop());
        if (end < 0) {
            end = TryBodyEnds.intoDisplacedTest(w, t, r);
        }
        if (end < 0) {
            return -1;
        }
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == t && k != normal && !(k > handler && k < t && !w.normalFlow.get(k))) {
                return -1;                     // reached from elsewhere: not only this with's ways out
            }
        }
        return end;
    }

    /**
     * True when the region whose last statement is the with goes on at the loop's head, where the jump
     * after the with's cold normal exit call at {@code normal} goes ({@link #coldNormalExit}): the with ends
     * the loop body, so that jump is the body's end. When the with ends a branch of an if statement
     * followed by more of the body (3.14: {@code while True: if c(): break / with m(): try: x() / except E:
     * pass / else: return}, the break jumping forward to the code after the loop, laid out before the
     * handlers), the jump back is a continue the statement must say.
     */
    private static boolean endsLoopBody(Walker w, int normal, Region r) {
        int head = w.code.op(normal).target();
        return r.follow() < 0 || r.follow() == head || r.loop().continues().contains(r.follow())
                || Branches.sameExit(w, r.follow(), normal);
    }

    /**
     * True when the body [i, j) reaches n: it falls off its end, or a jump to n (or the NOPs before it) comes
     * from code our handler protects (the body, handler code of statements nested in it). Not when the body
     * raises and only code outside our with jumps there: the exit call at n is an enclosing with's (its body a
     * loop whose test jumps to it), not ours.
     */
    private static boolean bodyReaches(Walker w, int i, int j, int n, int handler) {
        if (j <= i || w.reachable.get(j - 1) && !w.code.op(j - 1).isTerminal() && !w.code.op(j - 1).isUnconditionalJump()) {
            return true;
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t >= j && t <= n && (op.index() >= i && op.index() < j || Handlers.covers(w.code, op.index(), handler))) {
                return true;
            }
        }
        return false;
    }

    /** True when n calls the exit with three Nones (an async with awaits the result, a with pops it). */
    private static boolean callsExit(Walker w, int n) {
        if (n + 3 >= w.code.size()) {
            return false;
        }
        for (int k = n; k < n + 3; k++) {
            if (!w.code.op(k).is("LOAD_CONST") || !Walker.isNoneConst(Lifter.constantExpr(w.code.op(k)))) {
                return false;
            }
        }
        return w.code.op(n + 3).is("CALL") || w.code.op(n + 3).is("PRECALL");
    }

    /** The return of a constant ending before {@code end}: RETURN_CONST, or a LOAD of it and RETURN_VALUE. */
    static Stmt.Return returned(Walker w, int end) {
        Op ret = w.code.op(end - 1);
        return new Stmt.Return(Lifter.constantExpr(ret.is("RETURN_CONST") ? ret : w.code.op(end - 2)));
    }

    /**
     * 3.12+: the body's last statement, a try whose body returns, goes on (from its clauses only) with the
     * rest of our body laid out past its handler and walked by it as the code after the try ({@link
     * ColdContinuations#endAtWithExit}), which ends in a return unwound through our exit call: {@code return
     * CONST}, the constant returned after the call (seed 161 f9: {@code if c(): with m(): try: x(); return 5 /
     * except E1: pass / return 7} then {@code elif c(): pass}), or {@code return VALUE}, the value computed in
     * that rest and swapped under our exit callable ({@link ColdContinuations#valueUnderExit}). The index of
     * the block's end (the exit call, or that swap), or -1; not when a with nested in ours read that return
     * through our exit call already ({@code with a, b:}).
     */
    private static int coldRestEnd(Walker w, int i, int to, int handler) {
        int t = w.env.atLeast(3, 12) ? coldStart(w, to, handler) : -1;
        int e = t > 0 && tryAtTopLevel(w, i, t, handler) ? ColdContinuations.endAtWithExit(w, t, handler) : -1;
        return e > t && !w.dead.get(e) ? e : -1;
    }

    /**
     * True when the try whose except clauses go on at t (the rest of the body, laid out cold) is a statement
     * of our body [i, ..) itself: nothing before it jumps past its start to code before our handler, as the
     * test of an if whose else holds it does (seed 2 f66: the rest is then that else's, not our body's).
     */
    private static boolean tryAtTopLevel(Walker w, int i, int t, int handler) {
        for (Code.Handler h : w.code.handlers()) {
            if (Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT || !ExceptClauses.clauseExits(w, h.target()).contains(t)) {
                continue;
            }
            int start = BranchExits.firstProtected(w, h);
            for (int k = i; k < start; k++) {
                int x = w.code.op(k).target();
                if (x > start && x < handler) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The first instruction between {@code to} and our handler that follows a RERAISE and was walked, or -1. */
    private static int coldStart(Walker w, int to, int handler) {
        for (int t = Math.max(to, 1); t < handler; t++) {
            if (w.code.op(t - 1).is("RERAISE") && w.env.stepped.get(t)) {
                return t;
            }
        }
        return -1;
    }

    /** True when a try protecting nothing ({@link OrphanHandlers}) has its body start at j or past line NOPs there, before end. */
    private static boolean orphanTryBefore(Walker w, int j, int end) {
        for (int k = j; k < end && (k == j || w.code.op(k - 1).is("NOP")); k++) {
            if (w.orphanBodies.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * `with c: ...; return CONST` ending the body: the constant is loaded (3.12, 3.13: returned) after the __exit__ call, so
     * the return looks like code after the statement. It is the body's when the suppressed exception
     * goes on elsewhere, to code unlike it (the statement's real continuation). Returns the index after
     * the return, or -1.
     */
    private static int constReturnInside(Walker w, int i, int j, int handler, Region r) {
        if (!w.env.atLeast(3, 11)) {
            return -1;
        }
        int q = Tries.skipNops(w, j);
        int e0 = Tries.exitCall(w, q);
        List<Integer> withs = new ArrayList<>();
        int e = e0 < 0 ? -1 : returnUnwinding(w, q, e0, r, withs);
        if (e < 0) {
            return -1;
        }
        boolean unwound = e != e0;
        if (unwound && jumpsPast(w, i, j)) {
            return -1;                         // the body goes on past the return (a break out of a loop in it): not its end
        }
        // 3.11: LOAD_CONST; RETURN_VALUE, 3.12, 3.13: RETURN_CONST, 3.14: LOAD_CONST or LOAD_SMALL_INT; RETURN_VALUE
        int end = w.code.op(e).is("RETURN_CONST") ? e + 1
                : e + 1 < handler && (w.code.op(e).is("LOAD_CONST") || w.code.op(e).is("LOAD_SMALL_INT"))
                        && w.code.op(e + 1).is("RETURN_VALUE") ? e + 2 : -1;
        if (end > 0 && unwound && w.code.op(e).argval() instanceof depyf.pyc.PyObject.None) {
            return -1;                         // through enclosing exits, `return None` is the implicit one a break
                                               // out of a loop around them runs a copy of (3.14): not the body's
        }
        int b = i - 1;
        while (b > 0 && i - b < 4 && !isEntry(w, b)) {
            b--;
        }
        if (end < 0 || end > handler || w.jumpTargets.get(e) && !(unwound && w.jumpsOnlyFrom(e, e0, e)) || b < 0 || !isEntry(w, b)
                || !sameHandler(w.code.handlerAt(q), w.code.handlerAt(b))
                || !unwound && w.code.handlerAt(e) != null && !sameHandler(w.code.handlerAt(e), w.code.handlerAt(b))) {
            return -1;                         // the exit call where the statement is; the return there too, or unwound
        }
        int k = j - 1;
        while (k >= 0 && j - k < 40 && w.code.handlerAt(k) == null) {
            k--;
        }
        if (k < 0 || w.code.handlerAt(k) == null || w.code.handlerAt(k).target() != handler
                || w.code.op(k).is("POP_EXCEPT")) {
            return -1;                         // the code before is a nested statement's (an except clause's): its exit, not ours
        }
        int c = w.code.handlerAt(handler).target();
        for (int p = handler; p < w.code.size() && p - handler < 40; p++) {
            if (w.code.op(p).is("POP_EXCEPT") && !Handlers.covers(w.code, p + 1, c) && WithSuppressedPaths.withSuppressed(w.code, p) >= 0) {
                int after = WithSuppressedPaths.withSuppressed(w.code, p);
                // (compared with what our normal exit goes on with: the return after the with runs the same,
                // our suppressing path going there too, or to a copy of it)
                return after != e0 && !Branches.sameExit(w, after, e0) && !sameRun(w, after, e0)
                        && (withs.size() < 2 || onlyExitsBetween(w, handler, withs)) ? end : -1;
            }
        }
        return -1;
    }

    /**
     * 3.11: a try/finally ending the with body whose normal exit's copy of the finally body falls straight
     * into our exit call at j (nothing jumps there, no jump before it) is left by a return inside its body:
     * compile.c's compiler_return runs the unwinding (the finally body's copy, the exit calls) before it
     * loads the constant, while a return written after the try would follow the try's JUMP past its handler,
     * its line's NOP (or the exit call itself) that jump's target. Adds the return to the try body then.
     */
    private static boolean returnInTryFinally(Walker w, int j, List<Stmt> stmts, Stmt.Return returned) {
        if (w.env.atLeast(3, 12) || stmts.isEmpty() || !(stmts.get(stmts.size() - 1) instanceof Stmt.Try t)
                || !t.handlers().isEmpty() || !t.orelse().isEmpty() || t.finalbody().isEmpty() || t.body().isEmpty()
                || j < 1 || j >= w.code.size()) {
            return false;
        }
        Op before = w.code.op(j - 1);
        if (w.jumpTargets.get(j) || w.jumpTargets.get(j - 1) || before.isTerminal() || before.isUnconditionalJump()
                || before.target() >= 0 || w.code.op(j - 1).is("PUSH_EXC_INFO")
                || Tries.exitCall(w, j) < 0 || endsInExit(t.body())) {
            return false;
        }
        List<Stmt> body = new ArrayList<>(t.body());
        body.add(returned);
        stmts.set(stmts.size() - 1, new Stmt.Try(body, t.handlers(), t.orelse(), t.finalbody(), t.star()));
        return true;
    }

    /** True when the statements end in a return, raise, break or continue. */
    private static boolean endsInExit(List<Stmt> stmts) {
        Stmt last = stmts.get(stmts.size() - 1);
        return last instanceof Stmt.Return || last instanceof Stmt.Raise || last instanceof Stmt.Break
                || last instanceof Stmt.Continue;
    }

    /** True when a copy of the finally body of a try/finally around the statement starts in [j, end). */
    private static boolean throughFinallyCopy(Walker w, int j, int end, Region r) {
        for (int k = j; k < end; k++) {
            for (int h : r.handlers()) {
                if (Handlers.kind(w.code, h) == Handlers.Kind.FINALLY && FinallyCopy.end(w, h, k) > k) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Through two or more enclosing withs: true when nothing follows this with and each enclosing one but the
     * outermost in the body around it, so that each one's suppressing path runs the next one's exit call
     * (a copy) and goes on where that one's suppressing path does, but where code of its own, straight code
     * not starting with the next one's exit call, follows (read as a with in a with reads it: the nested
     * one's suppressing path walks it, {@link WithSuppressedPaths#nestedTail}; 3.12+ at any number of levels, the path through
     * that code and the next one's exit call copy then reaching the code after that one,
     * {@link WithSuppressedPaths#nestedPathThroughExit}; 3.11 at any number of levels too: compile.c's compiler_with lets each
     * handler's suppressing path fall into the code after its statement, laid out right after that handler
     * (no cold blocks moved before 3.12), where the with's suppressed continuation walks it, and a normal
     * exit jumps there, so exit calls in a row after the body are a return's unwinding). A return after a
     * middle with (the next one's exit call, then the constant) is not read.
     */
    private static boolean onlyExitsBetween(Walker w, int handler, List<Integer> withs) {
        int h = handler;
        boolean ownCode = false;
        for (int next : withs) {
            int after = WithSuppressedPaths.suppressedAfter(w, h);
            int exit = after < 0 ? -1 : Tries.exitCall(w, Branches.jumpedTo(w, after));
            int goes = WithSuppressedPaths.suppressedAfter(w, next);
            if (after >= 0 && exit < 0 && w.env.atLeast(3, 12) && WithSuppressedPaths.nestedTail(w, after, h, next) > after) {
                ownCode = true;
            } else if (after >= 0 && exit < 0 && !w.env.atLeast(3, 12)) {
                ownCode = true;
            } else if (after >= 0 && exit < 0 && !ownCode && w.normalFlow.get(after) && w.code.handlerAt(after) != null
                    && w.code.handlerAt(after).target() == next) {
                ownCode = true;                // (the code after an if whose branch it ends, in the next one's body)
            } else if (after >= 0 && exit < 0 && !ownCode && w.env.atLeast(3, 12) && nestedIn(w, Tries.skipNops(w, after), next)) {
                ownCode = true;                // (a statement of its own, a try in the next one's body, reached
                                               // only by the suppressing path: the body before it returns)
            } else if (exit < 0 || goes < 0 || exit != goes && !sameRun(w, exit, goes)) {
                return false;
            }
            h = next;
        }
        return true;
    }

    /**
     * The unwinding a return inside the with runs after its own exit call (at q, ending at e0) before the
     * constant's load: the exit calls of the withs around it (each in the range of the next one's handler,
     * one the walk is in), an except clause's POP_EXCEPT (and the deletion of its name), a for loop's
     * iterator pop; a try body around it is left by no instruction. Returns where the constant's return
     * starts, or -1 when other code follows (a finally body's copy: a try statement whose body never ends
     * normally is not read with the code after it that only the with's suppressing path reaches). The
     * handlers of the enclosing withs left before an except clause is are added to {@code withs}, innermost
     * first (past the clause's POP_EXCEPT the return leaves the try statement: the withs around it are not
     * nested in ours the way {@link #onlyExitsBetween} reads).
     */
    private static int returnUnwinding(Walker w, int q, int e0, Region r, List<Integer> withs) {
        int e = e0;
        int copyStart = -1;                                  // where the last finally body's copy passed starts
        Code.Handler around = w.code.handlerAt(q);           // the statement around the last one left
        int iterators = 0;
        boolean leftClause = false;
        for (Region.Loop loop = r.loop(); loop != null; loop = loop.parent()) {
            iterators += loop.isFor() ? 1 : 0;
        }
        // (a finally body's copy with branches ends in a copy of the return in each: the last one is a
        // jump target, from inside the copy only)
        for (int steps = 0; steps < 20 && e < w.code.size()
                && (!w.jumpTargets.get(e) || copyStart >= 0 && w.jumpsOnlyFrom(e, copyStart, e)); steps++) {
            while (around != null && r.handlers().contains(around.target())
                    && Handlers.kind(w.code, around.target()) == Handlers.Kind.EXCEPT) {
                around = outerOf(w, around);                 // a try body's: left by no instruction
            }
            Op op = w.code.op(e);
            if (op.is("NOP") && e + 1 < w.code.size()) {
                e++;                                         // a line of an empty finally body's copy (`pass`)
                continue;
            }
            if ((op.is("RETURN_CONST") || op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && Tries.exitCall(w, e) < 0) {
                return e;
            }
            if (around != null && r.handlers().contains(around.target()) && Tries.exitCall(w, e) > 0
                    && Handlers.kind(w.code, around.target()) == Handlers.Kind.WITH) {
                if (!leftClause) {
                    withs.add(around.target());
                }
                around = w.code.handlerAt(e);                // an enclosing with's exit call
                e = Tries.exitCall(w, e);
            } else if (op.is("POP_EXCEPT") && around != null && Handlers.kind(w.code, around.target()) == Handlers.Kind.CLEANUP
                    && (exceptCleanup(w, around.target()) || nameCleanup(w, around.target()))) {
                around = w.code.handlerAt(e);                // leaving an except clause (`as e`: its name's cleanup)
                e = namedClauseEnd(w, e + 1);
                leftClause = true;
            } else if (around != null && r.handlers().contains(around.target())
                    && Handlers.kind(w.code, around.target()) == Handlers.Kind.FINALLY
                    && FinallyCopy.end(w, around.target(), e) > e) {
                // (3.11: a try/finally's body, its finally body copied before the constant is loaded)
                int copied = FinallyCopy.end(w, around.target(), e);
                int first = Tries.skipNops(w, e);
                // the statement around the try: the copy's handler (after it comes that statement's own
                // unwinding, an enclosing with's exit call outside its range)
                around = w.code.handlerAt(first < copied ? first : copied);
                copyStart = e;
                e = copied;
            } else if (op.is("POP_TOP") && iterators > 0) {
                iterators--;                                 // a for loop's iterator
                e++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the handler protecting k is {@code handler}'s, or a nested statement's whose handler code
     * (through its cleanup) that handler protects, a few levels in.
     */
    private static boolean nestedIn(Walker w, int k, int handler) {
        Code.Handler h = k < w.code.size() ? w.code.handlerAt(k) : null;
        for (int level = 0; h != null && level < 6; level++, h = w.code.handlerAt(h.target())) {
            if (h.target() == handler) {
                return true;
            }
        }
        return false;
    }

    /** The handler around the try statement of handler h: its cleanup's (COPY 3; POP_EXCEPT; RERAISE), or null. */
    private static Code.Handler outerOf(Walker w, Code.Handler h) {
        Code.Handler cleanup = w.code.handlerAt(h.target());
        return cleanup == null || !exceptCleanup(w, cleanup.target()) ? null : w.code.handlerAt(cleanup.target());
    }

    /** True when an except clause's cleanup starts at h: COPY 3; POP_EXCEPT; RERAISE 1. */
    private static boolean exceptCleanup(Walker w, int h) {
        return h + 2 < w.code.size() && w.code.op(h).is("COPY") && w.code.op(h + 1).is("POP_EXCEPT")
                && w.code.op(h + 2).is("RERAISE");
    }

    /**
     * True when the cleanup of an `except ... as e` clause's name starts at h (LOAD_CONST None; STORE e;
     * DELETE e; RERAISE 1), itself protected by the clause's cleanup (see {@link #exceptCleanup}).
     */
    private static boolean nameCleanup(Walker w, int h) {
        Code.Handler outer = h < w.code.size() ? w.code.handlerAt(h) : null;
        return namedClauseEnd(w, h) == h + 3 && h + 3 < w.code.size() && w.code.op(h + 3).is("RERAISE")
                && outer != null && exceptCleanup(w, outer.target());
    }

    /** k, or past `LOAD_CONST None; STORE_FAST e; DELETE_FAST e` at k (leaving `except ... as e`). */
    private static int namedClauseEnd(Walker w, int k) {
        if (k + 2 < w.code.size() && w.code.op(k).is("LOAD_CONST") && w.code.op(k).argval() instanceof depyf.pyc.PyObject.None
                && w.code.op(k + 1).is("STORE_FAST") && w.code.op(k + 2).is("DELETE_FAST")
                && java.util.Objects.equals(w.code.op(k + 1).argval(), w.code.op(k + 2).argval())) {
            return k + 3;
        }
        return k;
    }

    /**
     * True when control reaching a or b runs the same instructions up to a return or raise, unconditional
     * jumps followed (a copy of an exit block, or of part of it jumping to the rest), each in the same handler.
     */
    static boolean sameRun(Walker w, int a, int b) {
        for (int k = 0; k < 60 && a < w.code.size() && b < w.code.size(); k++) {
            Op x = w.code.op(a);
            Op y = w.code.op(b);
            if (a == b) {
                return true;
            }
            if (x.isUnconditionalJump() || y.isUnconditionalJump() || x.is("NOP") || y.is("NOP")) {
                a = x.isUnconditionalJump() ? x.target() : x.is("NOP") ? a + 1 : a;
                b = y.isUnconditionalJump() ? y.target() : y.is("NOP") ? b + 1 : b;
                continue;
            }
            if (!x.name().equals(y.name()) || !java.util.Objects.equals(x.argval(), y.argval()) || x.target() >= 0
                    || !sameHandler(w.code.handlerAt(a), w.code.handlerAt(b))) {
                return false;
            }
            if (x.isReturn() || x.is("RAISE_VARARGS") || x.is("RERAISE")) {
                return true;
            }
            a++;
            b++;
        }
        return false;
    }

    /**
     * True when the suppressing path goes on at {@code after} with an enclosing with's exit call of its own,
     * apart from the one the normal exit at {@code normal} runs: the compiler copies no exit call (it has
     * the with's line), so the two are different code: the normal exit left by a break or continue
     * unwinding both withs, the suppressing path the code after this with in the enclosing one.
     */
    private static boolean ownExitCall(Walker w, int after, int normal) {
        int a = Branches.jumpedTo(w, after);
        return a != Branches.jumpedTo(w, normal) && Tries.exitCall(w, Tries.skipNops(w, a)) > 0;
    }

    /**
     * 3.11: a with ending a loop body goes on, on its normal path, by a jump forward to the loop's jump back
     * that its suppressing path ends with (a jump to a jump on another line is not threaded). A jump back
     * of the normal path's own, right after the exit call, to where the suppressing path goes, is a
     * continue the body wrote.
     */
    private static boolean ownJumpBack(Walker w, int normal, int after, Region r) {
        if (w.env.atLeast(3, 12)) {
            return false;
        }
        Op op = w.code.op(Tries.skipNops(w, normal));
        return op.is("JUMP_BACKWARD") && op.target() == after && r.loop().continues().contains(after);
    }

    private static final int BREAK = 0;
    private static final int CONTINUE = 1;

    /**
     * A with body ending in break or continue: the compiler unwinds the with (its exit call) where the
     * statement leaves, then (a for loop's break) pops the iterator and jumps to the loop's exit or head,
     * or falls into the exit laid out right there. The suppressing path goes on with the code after the
     * with instead, elsewhere. Returns {BREAK or CONTINUE, where the walk goes on past the jump} when the
     * exit call at j goes on so and the suppressing path does not go there too, else null.
     */
    private static int[] loopExitAfterExit(Walker w, int j, Lifter l, Region r, int handler) {
        int n = Tries.skipNops(w, j);
        int normal = n < w.code.size() && w.reachable.get(n) ? Tries.exitCall(w, n) : -1;
        int after = w.env.dynamo != null || normal < 0 || r.loop() == null ? -1 : WithSuppressedPaths.suppressedAfter(w, handler);
        if (after < 0 || Branches.sameExit(w, after, normal) && !ownExitCall(w, after, normal)
                && !ownJumpBack(w, normal, after, r)) {
            return null;
        }
        int k = Tries.skipNops(w, normal);
        if (!r.loop().isFor() && r.loop().exit() >= 0 && k == Tries.skipNops(w, r.loop().exit())) {
            return new int[] {BREAK, k};       // the loop's exit right after the exit call (a with's exit call
        }                                      // around the loop, maybe: not one this break unwinds)
        int enclosing = 0;
        int loopExit = r.loop().exit() >= 0 ? Tries.skipNops(w, r.loop().exit()) : -1;
        while (Tries.exitCall(w, k) > 0 && k != loopExit) {
            // (not the exit call of a with around the loop that the loop's exit falls into)
            k = Tries.skipNops(w, Tries.exitCall(w, k));   // a with around this one, unwound on the way out too
            enclosing++;
        }
        int clauses = 0;
        while (w.code.op(k).is("POP_EXCEPT")) {
            // the with ends an except clause in the loop: the break or continue leaves the clause too
            // (POP_EXCEPT, name cleanup)
            k = Tries.skipNops(w, ExceptClauses.afterNameCleanup(w.code, k + 1));
            clauses++;
        }
        int walkFrom = k;
        // (in a try/finally's body, a copy of its finally body comes first, unwound on the way out too)
        int finallyCopy = clauses > 0 ? finallyCopyBeforeJump(w, k, r) : finallyCopyBeforeExit(w, k, r);
        if (finallyCopy > 0) {
            k += finallyCopy;                  // (walked below: the walk reads the copy as the jump's unwinding)
        }
        if (clauses > 0 && !(r.loop().isFor() && w.code.op(k).is("POP_TOP")) && !w.code.op(k).isUnconditionalJump()) {
            return null;                       // (a for loop's iterator popped, a jump: nothing else leaves the clause so)
        }
        if (!r.loop().isFor() && r.loop().exit() >= 0 && k == Tries.skipNops(w, r.loop().exit())) {
            return new int[] {BREAK, k};       // the loop's exit laid out right after the exit call
        }
        int end = k;
        while (end < w.code.size() && end - k < 3 && w.code.op(end).is("POP_TOP")) {
            end++;                             // a for loop's iterator
        }
        int copy = end > k && r.loop().isFor() ? copiedExitLength(w, end, r.loop().exit()) : 0;
        int none = end == k && !r.loop().isFor() ? Tries.noneReturnLength(w, k) : 0;
        if (none == 2 && w.jumpTargets.get(k + 1)) {
            none = 0;                          // (a return jumped to past the load: not one block)
        }
        if (none > 0 && (r.loop().exit() >= w.code.size() || r.loop().exit() >= 0 && w.copiedExitLength(k, r.loop().exit()) == none)) {
            // a while loop ending the code (or before the implicit return), its break to the return replaced
            // by a copy of it (3.11)
            return new int[] {BREAK, k + none};
        }
        Integer copied = end == k + 1 && r.loop().isFor() ? w.breakCopies.get(k) : null;
        if (copy == 0 && copied != null) {
            copy = copied;                     // (the block after a for-else whose else leaves: BreakCopies)
        }
        if (copy > 0) {
            return new int[] {BREAK, end + copy};   // a break to a small exit block ending in a return: its copy
        }
        int whileCopy = end == k && !r.loop().isFor() ? w.loopExitCopyLength(k, r) : 0;
        if (whileCopy > 0) {
            return new int[] {BREAK, k + whileCopy};   // the same out of a while loop
        }
        if (end >= w.code.size() || !w.code.op(end).isUnconditionalJump()) {
            return null;
        }
        int target = w.code.op(end).target();
        Region.Loop outer = r.loop().parent();
        // (a while loop whose exit ends the body of the loop around it, or jumps to its head: a jump to that
        // loop's head is a break, threaded through the end of that body)
        boolean threaded = !r.loop().isFor() && outer != null && outer.continues().contains(target) && r.loop().exit() >= 0
                && !r.loop().continues().contains(Tries.skipNops(w, target))
                && (Tries.skipNops(w, r.loop().exit()) >= outer.bodyEnd() || Branches.jumpedTo(w, r.loop().exit()) == target)
                // (a for loop's, its iterator popped: no continue of the loop around it leaves it so)
                || r.loop().isFor() && end > k && outer != null && outer.continues().contains(target)
                        && forExitJumpsTo(w, r.loop().exit(), target);
        if (r.loop().continuesOuter(target) && !r.loop().continues().contains(target) && !threaded) {
            // a break threaded to an enclosing loop's head, or a continue of a loop misread as two (3.11's
            // `while a and b` with its test copied after the handler): not told apart here
            return null;
        }
        Lifter jump = l.fork();
        for (int e = 0; e <= enclosing; e++) {
            dropWithExit(jump);
        }
        for (int e = 0; e < clauses; e++) {
            while (jump.depth() > 0 && jump.pop() != Item.PreviousException.INSTANCE) {
                // (the clause's exception, under the previous one)
            }
        }
        int depth = jump.depth();
        // (a region ending there would take the jump back to the head for falling off its end)
        int stop = w.walk(walkFrom, end + 1, jump, new Region(r.loop(), r.handlers(), -1), -1);
        if (stop != end + 1 || jump.out.size() != 1 || jump.depth() > depth) {
            return null;
        }
        Stmt s = jump.out.get(0);
        int exit = r.loop().exit();
        if (s instanceof Stmt.Break && !threaded && !w.clauseCopyBreaks.get(end) && (exit < 0 || target != exit && target != Tries.skipNops(w, exit)
                && target != Branches.jumpedTo(w, exit))) {
            return null;                       // a break to elsewhere than the exit the loop was read with (a for
                                               // loop's else the loop did not see): not read here
        }
        return s instanceof Stmt.Break ? new int[] {BREAK, end + 1} : s instanceof Stmt.Continue ? new int[] {CONTINUE, end + 1} : null;
    }

    /**
     * A with ending an except clause of a try/finally in a loop, its body ending in break or continue: after
     * the clause's POP_EXCEPT at k the compiler copies the finally body, then jumps (compile.c,
     * compiler_unwind_fblock_stack unwinds the with, the handler and the finally in turn). The length of
     * that copy when a jump follows it, or 0.
     */
    private static int finallyCopyBeforeJump(Walker w, int k, Region r) {
        if (w.code.op(k).isUnconditionalJump() || w.code.op(k).is("POP_TOP")) {
            return 0;
        }
        int n = w.unwindingCopy(k, r);
        return n > 0 && k + n < w.code.size() && w.code.op(Tries.skipNops(w, k + n)).isUnconditionalJump()
                ? Tries.skipNops(w, k + n) - k : 0;
    }

    /**
     * A with ending the body of a try/finally in a loop, its body a break or continue: after our exit call
     * at k the compiler copies the finally body, then jumps, or copies the block the break goes to (a
     * return). The length of that copy up to what follows it, or 0.
     */
    private static int finallyCopyBeforeExit(Walker w, int k, Region r) {
        if (w.code.op(k).isUnconditionalJump() || w.code.op(k).is("POP_TOP") || w.code.op(k).is("POP_ITER")) {
            return 0;
        }
        int n = w.unwindingCopy(k, r);
        return n > 0 && k + n < w.code.size() ? Tries.skipNops(w, k + n) - k : 0;
    }

    /**
     * 3.11 lays a nested with's handler inline after the body [i, j) of the with around it (its handler at
     * {@code handler}), its suppressing path running a copy of our exit call and jumping where our own
     * suppressing path goes, right before our handler (TryRanges.inlineEnclosingExit). With our body
     * ending in break or continue through that nested with, nothing of ours follows it, so the copy is
     * the whole of its path: read, marked dead (the walk going on at j would take it for code after us).
     */
    private static void inlineEnclosingExitsRead(Walker w, int i, int j, int handler, int to) {
        if (w.env.atLeast(3, 12)) {
            return;
        }
        for (int h = j; h < handler; h++) {
            int after = w.code.op(h).is("PUSH_EXC_INFO") && Handlers.kind(w.code, h) == Handlers.Kind.WITH
                    ? WithSuppressedPaths.suppressedAfter(w, h) : -1;
            // (our handler may lie past the region: a with nested in a third, whose handler follows ours)
            if (after > h && after < handler && TryRanges.inlineEnclosingExit(w, h, after, i, Math.max(to, handler + 1)) == handler) {
                w.dead.set(after, handler);
            }
        }
    }

    /** True when the for loop's exit (END_FOR, the iterator popped) goes straight on by a jump to target. */
    private static boolean forExitJumpsTo(Walker w, int exit, int target) {
        int k = exit;
        while (k >= 0 && k < w.code.size() && k - exit < 4
                && (w.code.op(k).is("END_FOR") || w.code.op(k).is("POP_ITER") || w.code.op(k).is("POP_TOP") || w.code.op(k).is("NOP"))) {
            k++;
        }
        return exit >= 0 && k < w.code.size() && w.code.op(k).isUnconditionalJump() && Branches.jumpedTo(w, k) == Branches.jumpedTo(w, target);
    }

    /**
     * The length of the copy at k of the loop's exit block (at exit, elsewhere) when that block is small,
     * straight and ends in a return: the compiler copies such a block for each break (ForLoops.breakCopyLength,
     * which read the loop's exit from it); else 0.
     */
    private static int copiedExitLength(Walker w, int k, int exit) {
        if (exit < 0 || exit == k) {
            return 0;
        }
        for (int n = 1; n <= 8 && k + n <= w.code.size(); n++) {
            Op op = w.code.op(k + n - 1);
            if (op.isReturn()) {
                return Tries.sameOps(w, exit, k, n) ? n : 0;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The code after a with whose body ends in break or continue (at j, past that jump) is reached only
     * by the suppressing path: 3.11 lays it out inline after the handler, up to where the region goes on;
     * 3.12+ move it, cold, after the handler, ending with a jump back to where the region goes on (or to
     * the loop's head or exit). Walked here; returns where the walk goes on.
     */
    private static int codeAfterLoopExit(Walker w, int j, int to, Lifter l, Region r, int handler) {
        int after = WithSuppressedPaths.suppressedAfter(w, handler);
        if (after >= 0 && w.testCopyContinue(after, l, r)) {
            // suppressing, the with goes on to the copy of the loop's test laid out after the handlers (3.12,
            // 3.13), read with the loop, not where its branch goes on (the code after an if whose then-branch
            // ends in this with's continue, the else's code read after the if): a continue (unseen seed 166 f150)
            return j;
        }
        if (Branches.sameExit(w, after, r.follow()) || w.dead.get(after)
                || Tries.exitCall(w, Tries.skipNops(w, after)) > 0) {
            return j;                          // nothing after the with in its block (3.12, 3.13: the loop's
                                               // test copied to the end of its body, read by the loop; in an
                                               // enclosing with, a copy of its exit call: read by that with)
        }
        if (WithSuppressedPaths.walkedNestedTail(w, after, handler, l, r)) {
            return j;
        }
        if (w.env.atLeast(3, 14) && r.loop() != null && r.loop().continues().contains(after)
                && Tries.skipNops(w, j) >= to && to == r.loop().bodyEnd()) {
            return j;                          // the with ends the loop's body: suppressing, it goes back to the
                                               // loop's test (3.14 copies none to the bottom)
        }
        if (!w.env.atLeast(3, 12)) {
            int own = WithSuppressedPaths.suppressedCode(w, handler);
            if ((own < j || own >= to) && (jumpsOnAsClauses(w, handler, own, after, r)
                    || finallyCopyAt(w, handler, Tries.skipNops(w, own), r))) {
                return j;                      // nothing after the with in the try body it ends (3.11)
            }
            if (own < j || own >= to) {
                throw new LiftException("a with's suppressing path goes on past its region at " + w.code.op(handler).offset());
            }
            int stop = w.walk(own, to, l, r, -1);
            w.dead.set(own, stop);
            return stop;
        }
        if (Tries.skipNops(w, j) >= to && goesOnAsClauses(w, handler, after, r)) {
            return j;                          // nothing after the with in the try body it ends
        }
        if (Tries.skipNops(w, j) == handler && endsClause(w, handler, after)) {
            return j;                          // nothing after the with in the except clause it ends (3.13+)
        }
        if (pastEnclosingTryBody(w, handler, after)) {
            return j;                          // nothing after the with in the try body it ends: the code there
                                               // is the try's else, which the try reads
        }
        int end = coldBlockEnd(w, after);
        if (end < 0) {
            throw new LiftException("a with's suppressing path goes on to code not laid out after its handler at "
                    + w.code.op(handler).offset());
        }
        int stop = w.walk(after, end, l, r, -1);
        if (stop != end) {
            throw new LiftException("the code after a with ending in a loop exit stops early at " + w.code.op(stop).offset());
        }
        w.dead.set(after, end);
        return j;
    }

    /**
     * True when the with (handler {@code handler}) lies in a try body, protected by that try's except or
     * finally handler, and the code where its suppressing path goes on ({@code after}, past line NOPs) is
     * not: it is no code after the with in that body but the try's else clause (or the code after the try).
     */
    private static boolean pastEnclosingTryBody(Walker w, int handler, int after) {
        Code.Handler own = w.code.handlerAt(handler);
        Code.Handler outer = own == null ? null : w.code.handlerAt(own.target());
        int k = Tries.skipNops(w, after);
        return outer != null && Handlers.kind(w.code, outer.target()) != Handlers.Kind.CLEANUP
                && k < w.code.size() && !Handlers.covers(w.code, k, outer.target());
    }

    /**
     * True when the with's suppressing path goes on at {@code after} with the POP_EXCEPT of the except
     * clause around it: the first instruction past the clause's cleanup range that protects the path.
     */
    private static boolean endsClause(Walker w, int handler, int after) {
        Code.Handler own = w.code.handlerAt(handler);
        Code.Handler clause = own == null ? null : w.code.handlerAt(own.target());
        return clause != null && Handlers.kind(w.code, clause.target()) == Handlers.Kind.CLEANUP
                && w.code.op(after).is("POP_EXCEPT") && !Handlers.covers(w.code, after, clause.target())
                && Handlers.covers(w.code, after - 1, clause.target());
    }

    /**
     * 3.12+: True when the with (its handler at {@code handler}) ends the body of a try statement being
     * walked whose except clauses go on at {@code after} too: its suppressing path falls off that body
     * to the code after the try (laid out past the handlers), as the clauses do. The try protects the
     * with's cleanup; a try with an else clause would have the path go on there instead.
     */
    private static boolean goesOnAsClauses(Walker w, int handler, int after, Region r) {
        return w.env.atLeast(3, 12) && (clausesGoTo(w, handler, after, r) || tryEndJumpTo(w, handler, after, r)
                || finallyCopyAt(w, handler, Tries.skipNops(w, after), r));
    }

    /**
     * True when the with's handler lies in the range of a try/finally being walked and {@code at} starts a
     * copy of its finally body: the suppressing path falls off the try body into the normal exit's copy.
     */
    private static boolean finallyCopyAt(Walker w, int handler, int at, Region r) {
        Code.Handler outer = w.code.handlerAt(w.code.handlerAt(handler).target());
        return outer != null && r.handlers().contains(outer.target())
                && Handlers.kind(w.code, outer.target()) == Handlers.Kind.FINALLY
                && at > handler && FinallyCopy.end(w, outer.target(), at) > at;
    }

    /**
     * 3.12: the with's suppressing path goes on at {@code after} with the try body's own jump to the try's end
     * (compile.c, compiler_try_except: POP_BLOCK, then JUMP to end), laid out after the with's handler (the
     * body's normal path left it by a break or return, so nothing else falls into it): a lone unconditional
     * jump no other jump reaches, to where the except clauses go on. `for: try: with m: break / except: pass`
     * + code after the try (with_loop_exits.with_break_in_try_then_loop).
     */
    private static boolean tryEndJumpTo(Walker w, int handler, int after, Region r) {
        if (after <= handler || after >= w.code.size() || !WithSuppressedPaths.onlySuppressed(w, after, handler, -1)
                && !WithSuppressedPaths.onlySuppressedWithNested(w, after, handler)) {
            return false;
        }
        Op op = w.code.op(after);
        return op.isUnconditionalJump() && op.target() > after && clausesGoTo(w, handler, op.target(), r);
    }

    /**
     * 3.11: the same, the with's suppressing path falling from its handler (laid out inline, right after
     * the body) into the try body's end, compile.c's JUMP to the try's end (no else clause: its code would
     * be there instead), at {@code own}: a jump to where the except clauses go on.
     */
    private static boolean jumpsOnAsClauses(Walker w, int handler, int own, int after, Region r) {
        return !w.env.atLeast(3, 12) && own > handler && own < w.code.size() && w.code.op(own).isUnconditionalJump()
                && w.code.op(own).target() == after && !w.jumpTargets.get(own) && clausesGoTo(w, handler, after, r);
    }

    /** True when the with's handler lies in the range of a try being walked whose except clauses go on at after. */
    private static boolean clausesGoTo(Walker w, int handler, int after, Region r) {
        Code.Handler outer = w.code.handlerAt(w.code.handlerAt(handler).target());
        return outer != null && r.handlers().contains(outer.target())
                && Handlers.kind(w.code, outer.target()) == Handlers.Kind.EXCEPT
                && ExceptClauses.clauseExits(w, outer.target()).contains(after);
    }

    /**
     * 3.12+: for a with (its handler at {@code handler}) whose body ends in break or continue out of
     * {@code loop} (its exit call, then a jump to the loop's exit or head, or the fall into its exit), the
     * end of the cold block after its handler holding the code after the with, when every jump out of that
     * block goes back into [b, f] or to the loop's head or exit; else -1.
     */
    static int coldTailRejoining(Walker w, int handler, Region.Loop loop, int b, int f) {
        int normal = loop == null || !w.env.atLeast(3, 12) || w.env.dynamo != null ? -1 : BranchExits.normalExit(w, handler);
        if (normal < 0) {
            return -1;
        }
        int k = Tries.skipNops(w, normal);
        while (Tries.exitCall(w, k) > 0) {
            k = Tries.skipNops(w, Tries.exitCall(w, k));
        }
        int exit = loop.exit() < 0 ? -1 : Tries.skipNops(w, loop.exit());
        for (int pops = 0; pops < 2 && k < w.code.size() && w.code.op(k).is("POP_TOP") && loop.isFor(); pops++) {
            k++;                               // a for loop's iterator
        }
        if (k >= w.code.size()) {
            return -1;
        }
        Op op = w.code.op(k);
        boolean leaves = !loop.isFor() && k == exit || op.isUnconditionalJump()
                && (Branches.isLoopTarget(loop, op.target()) || op.target() == exit || loop.continuesOuter(op.target()));
        int after = leaves ? WithSuppressedPaths.suppressedAfter(w, handler) : -1;
        int end = after < 0 ? -1 : coldBlockEnd(w, after);
        return end > after && ColdContinuations.rejoins(w, after, end, b, f, loop) ? end : -1;
    }

    /**
     * 3.12+: the end of the block at t, laid out after the with handler's cleanup (its RERAISE right before)
     * and entered only by that handler's suppressing path: the first instruction past t at which no jump
     * from [t, here) lands further on and control cannot fall on; -1 when t does not start such a block.
     */
    private static int coldBlockEnd(Walker w, int t) {
        if (t <= 0 || t >= w.code.size() || !w.code.op(t - 1).is("RERAISE")) {
            return -1;
        }
        int need = t;
        int end = -1;
        for (int k = t; k < w.code.size() && end < 0; k++) {
            Op op = w.code.op(k);
            // (the jump back ending it is left out of the range of a try around it)
            boolean lastJump = k >= need && op.isUnconditionalJump() && op.target() <= k;
            if (op.is("PUSH_EXC_INFO") || !lastJump && !sameHandler(w.code.handlerAt(k), w.code.handlerAt(t))) {
                return -1;                     // handler code, or a try statement of its own: not read here
            }
            if (op.target() > k) {
                need = Math.max(need, op.target());
            }
            if (k >= need && (op.isUnconditionalJump() || op.isTerminal())) {
                end = k + 1;
            }
        }
        return end < 0 || w.jumpedInto(t, end) || w.normalFlow.get(t) ? -1 : end;   // (entered only at t, by the handler)
    }

    /**
     * 3.14 lays `if c: return v` ending a loop body after the loop's jump back (the test inverted over it),
     * the return unwinding our exit call there, past the first part of our protected range: the loop reads
     * it and stops past it. Our body then goes on to our normal exit (at {@code stopped}, reached by the
     * loop's exit), not through it as a nested with's return does. True when the body ends in that loop, the
     * walk stopped right after a return that straight code from the loop's jump back (left out of our range)
     * leads to, entered only from the loop's body, and our normal exit call, reachable, comes next.
     */
    private static boolean loopReadPastRange(Walker w, int i, int stopped, int handler, List<Stmt> out) {
        if (!w.env.atLeast(3, 14) || out.isEmpty() || !(out.get(out.size() - 1) instanceof Stmt.While
                || out.get(out.size() - 1) instanceof Stmt.For) || !w.code.op(stopped - 1).isReturn()) {
            return false;
        }
        int back = stopped - 2;
        while (back > i && !(w.code.op(back).is("JUMP_BACKWARD") && w.code.op(back).target() >= i)) {
            Op op = w.code.op(back--);
            if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO")) {
                return false;                  // (straight code from the jump back to the return)
            }
        }
        if (back <= i || Handlers.covers(w.code, back, handler) || !w.jumpTargets.get(back + 1)
                || !w.jumpsOnlyFrom(back + 1, w.code.op(back).target(), back)) {
            return false;                      // the jump back, left out of our range, the return past it entered by the loop's test
        }
        int n = Tries.skipNops(w, stopped);
        return n < w.code.size() && w.reachable.get(n) && w.normalFlow.get(n) && Tries.exitCall(w, n) > 0
                && w.jumpTargets.get(stopped);
    }

    /** True when the statements end in break or continue, or in a with statement whose body does. */
    private static boolean endsInLoopExit(List<Stmt> stmts) {
        if (stmts.isEmpty()) {
            return false;
        }
        Stmt last = stmts.get(stmts.size() - 1);
        return last instanceof Stmt.Break || last instanceof Stmt.Continue
                || last instanceof Stmt.With with && endsInLoopExit(with.body());
    }

    /** True when a jump in [i, j) goes forward past j: the statement's body does not end at j. */
    private static boolean jumpsPast(Walker w, int i, int j) {
        for (int k = i; k < j; k++) {
            if (w.code.op(k).target() > j && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** The instruction that enters the with statement: BEFORE_WITH (3.11-3.13), 3.14's call of __enter__. */
    static boolean isEntry(Walker w, int b) {
        return w.code.op(b).is("BEFORE_WITH") || b > 0 && w.code.op(b).is("CALL") && w.code.op(b - 1).is("LOAD_SPECIAL");
    }

    /**
     * True when code reachable outside the with's handler area [handler, c] jumps forward or falls into t (the
     * with's suppressing path goes there from that area).
     */
    static boolean reachedOtherwise(Walker w, int t, int handler, int c) {
        Op before = t > 0 ? w.code.op(t - 1) : null;
        if (before != null && w.reachable.get(t - 1) && !before.isTerminal() && !before.isUnconditionalJump()
                && (t - 1 < handler || t - 1 > c)) {
            return true;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == t && op.index() < t && w.reachable.get(op.index()) && (op.index() < handler || op.index() > c)) {
                return true;
            }
        }
        return false;
    }

    /** True when a and b are the same handler (by target), or both none. */
    static boolean sameHandler(Code.Handler a, Code.Handler b) {
        return a == null ? b == null : b != null && a.target() == b.target();
    }

    /**
     * 3.12+: the with's body returns from inside a loop (its exit call, an enclosing finally body's copy, the
     * iterator's pop), the statement ending the loop's body; the rest of that body, reached only by the
     * suppressing path, is laid out after the handlers, so the loop's exit block (END_FOR and the code after
     * the loop) comes between the return and the with's handler: the loop's, read by the loop, not code
     * after this statement. (A for loop: the body ends at its END_FOR.)
     */
    static boolean loopExitBefore(Walker w, int j, int between, int handler, Region r) {
        return w.env.atLeast(3, 12) && r.loop() != null && j > 0 && w.code.op(j - 1).isReturn()
                && r.loop().isFor() && between == r.loop().bodyEnd() && w.code.op(between).is("END_FOR")
                && !w.normalFlow.get(WithSuppressedPaths.suppressedAfter(w, handler));
    }

    private static void dropWithExit(Lifter l) {
        while (l.depth() > 0) {
            Object top = l.pop();
            if (top instanceof Item.WithExit) {
                return;
            }
        }
    }
}
