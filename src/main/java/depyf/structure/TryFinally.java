package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.List;

/** try/finally (3.11+): the body, the handler's copy of the finally body and the copies on the paths leaving the body. */
final class TryFinally {
    private TryFinally() {}

    static int finallyBlock(Walker w, int i, int j0, int to, Lifter l, Region r, int handler) {
        j0 = exitCopyAfterJump(w, i, j0, to, r, handler);
        int before = j0;
        j0 = exitCopyBeforeHandlers(w, i, j0, to, handler, r);
        int coldCopy = j0 != before && w.env.atLeast(3, 12) ? coldNormalCopy(w, i, before, j0 - 1, handler)
                : coldCopyPastExit(w, i, j0, to, handler, r);
        if (coldCopy < 0) {
            int[] copyAt = {-1};
            int exitEnd = exitBeforeColdCopy(w, i, j0, to, handler, r, copyAt);
            if (exitEnd >= j0) {
                // the body's last statement, a try/except whose body or else returns (or breaks, continues),
                // ends the body: that exit's unwinding is the body's (read as the inner try's), its clauses go
                // on cold
                j0 = exitEnd;
                coldCopy = copyAt[0];
            }
        }
        Lifter body = l.fork();
        if (coldCopy >= 0) {
            w.coldNormalCopies.set(coldCopy);
        }
        boolean followCopy = followCopy(w, i, j0, to, r, handler);
        Walker.Marks marksBefore = w.marks();
        int stopped;
        try {
            // (3.12+: the inner try's clauses fall off it into the cold normal exit's copy, coldNormalCopy)
            stopped = w.walk(i, j0, body, r.withHandler(handler, followCopy ? r.follow() : coldCopy >= 0 ? coldCopy : j0), -1);
        } catch (LiftException ex) {
            int exit = followCopy ? -1 : breakingWhileTrueExit(w, i, j0, to, handler);
            if (exit < 0) {
                throw ex;
            }
            w.restore(marksBefore);
            body = l.fork();
            Lifter loop = body.fork();
            Region inner = r.withHandler(handler, j0).withLoop(new Region.Loop(java.util.Set.of(i), exit, exit, false, r.loop()), i);
            if (w.walk(i, exit, loop, inner, i) < exit || loop.depth() != body.depth()) {
                throw ex;
            }
            body.emit(new Stmt.While(new depyf.ir.Expr.Constant(depyf.pyc.PyObject.Bool.TRUE), loop.out, List.of()));
            stopped = j0 = exit;
        }
        if (followCopy && j0 < to) {
            // [j0, to) is a break's copy falling into the loop's exit: the try/except ending the body
            // breaks when its body or else ends normally, its clauses going on to the normal exit's copy
            breakEndingTry(body);
            w.dead.set(j0, to);
            stopped = j0 = to;
        }
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (cleanup == null) {
            throw new LiftException("finally without cleanup");
        }
        int reraise = cleanup.target() - 1;
        while (reraise > handler && !w.code.op(reraise).is("RERAISE")) {
            reraise--;
        }
        if (reraise == handler && w.code.op(cleanup.target() - 1).isTerminal()) {
            reraise = cleanup.target();        // the body ends in a raise or return of its own, no RERAISE
        }
        int copy = reraise - handler - 1;
        if (stopped > i && stopped < j0 && w.normalExitBeforeSharedReturn(stopped, r.withHandler(handler, j0))) {
            j0 = stopped;                      // the body ends at the normal exit's copy, the range going on past it
        }
        boolean returned = body.depth() > l.depth() || stopped > j0 && !jumpedIntoCopy(w, i, stopped, to, handler, copy);
        int j = pastElseReturnTail(w, Math.max(stopped, Tries.finishPending(w, j0, body, l.depth(), r)), to, body.out);
        Lifter fin = l.fork();
        fin.push(Item.PreviousException.INSTANCE);
        fin.push(Item.Exception.INSTANCE);
        w.walk(handler + 1, exitsPast(w, reraise, cleanup.target()), fin, r.withHandler(handler, reraise).withFollow(reraise), -1);
        fin.out = FinallyExits.merge(fin.out, List.of());
        if (fin.out.isEmpty()) {
            fin.out = List.of(new Stmt.Pass());     // `finally: pass` (an empty finalbody would print no finally)
        }
        int suppressed = returned ? inlineSuppressedExit(w, i, j, to, handler) : -1;
        if (suppressed > 0) {
            j = suppressed;                    // the body goes on only where a with ending it suppresses
            returned = false;
        }
        int suppressedToEnclosing = returned && stopped > j0 ? suppressedExitToEnclosing(w, i, j, handler) : -1;
        int coldSuppressed = returned && stopped > j0 && suppressedToEnclosing < 0 ? coldSuppressedExit(w, i, j, handler) : -1;
        if (suppressedToEnclosing > 0) {
            // the suppressing path's copy of the finally body ends the enclosing try's body too: nothing follows
            FinallyCopy.markLaidOut(w, handler, j);
            w.dead.set(j, suppressedToEnclosing);
            int via = w.code.op(suppressedToEnclosing - 1).target();
            if (w.code.op(via).isUnconditionalJump() && w.jumpsOnlyFrom(via, suppressedToEnclosing - 1, suppressedToEnclosing)) {
                w.dead.set(via);               // 3.12: the enclosing body's jump over its handlers, laid out cold
            }
        }
        int resume = j;
        int coldAfter = -1;                    // the code after the statement, reached only from the cold copy
        int coldAfterEnd = -1;
        int at = Tries.skipNops(w, j);
        boolean orphanReturn = !returned && orphanConstReturn(w, i, j, handler);
        int inherited;
        if (!returned && at < to && w.reachable.get(at) && !w.code.op(at).is("PUSH_EXC_INFO")
                && (Tries.entered(w, i, j, at) || orphanReturn)) {
            // the body falls through to the code after it: that starts with the normal exit's copy of the
            // finally body, which the finally clause prints (printed again, it would run twice)
            resume = FinallyCopy.end(w, handler, j);
            if (resume > j) {
                FinallyCopy.markLaidOut(w, handler, j);
            }
            int copied = resume < 0 ? finallyCopyLength(w, handler + 1, j, copy) : -1;
            if (copied >= 0) {
                resume = j + copied;
            }
            if (resume < 0 && sameFinallyOps(w, handler + 1, at, copy)) {
                resume = at + copy;
                if (w.code.op(handler + copy).is("RERAISE") && w.code.op(resume - 1).isTerminal()) {
                    resume--;                  // the copy's own exit, where the handler's copy reraises
                }
            }
            if (resume < 0) {
                throw new LiftException("no copy of the finally body after the try body at " + w.code.op(at).offset());
            }
            int other = jumpPastExitCopy(w, i, j, resume, handler);
            if (other >= 0) {
                // the body goes on to another copy of the finally body laid out past this one: that one is
                // the normal exit, this one a continue's or break's (the if's other branch), not understood
                throw new LiftException("the try body jumps past the finally body's copy at " + w.code.op(at).offset()
                        + " to another at " + w.code.op(other).offset());
            }
            FinallyEnds.markLoopBodyEnd(w, at, resume, r);
            int through = returnThroughEnclosing(w, resume, handler, r);
            if (through > 0) {
                // the body's `return CONST`, unwinding through the enclosing finally clauses too
                w.walk(resume, through, body, r, -1);
                resume = through;
                returned = true;
            } else if (constantReturnAfterCopy(w, at, resume)) {
                // 3.11: `return CONST` ending the body runs the copy first, then loads the constant
                w.walk(resume, resume + 2, body, r, -1);
                resume += 2;
                returned = true;
            } else if ((inherited = inheritedLineReturnEnd(w, at, resume, handler, reraise, r)) > 0) {
                // `return CONST` ending the body, its constant loaded after the unwinding (3.11: past the iterator pops)
                w.walk(resume, inherited, body, r, -1);
                resume = inherited;
                returned = true;
            } else if (orphanReturn) {
                // (after the copies of enclosing finally bodies the return unwinds too, which the walk reads as
                // that unwinding: `try: ... / else: try: return 8 / finally: t(9) / finally: t(10)`, q59 f256)
                int unwound = resume;
                for (int c, n = 0; n < 4 && (c = w.unwindingCopy(unwound, r)) > 0; n++) {
                    unwound += c;
                }
                int ret = constReturnEnd(w, unwound);
                boolean loopJump = ret < 0;
                if (loopJump) {
                    ret = loopJumpEnd(w, resume, to);
                }
                if (ret < 0) {
                    throw new LiftException("no constant's return after the finally body's copy at " + w.code.op(resume).offset());
                }
                int said = body.out.size();
                w.walk(resume, ret, body, r, -1);
                if (loopJump && body.out.size() == said && r.loop() != null
                        && r.loop().continues().contains(w.code.op(ret - 1).target())) {
                    // 3.11: the jump back ends the loop's body too, read as its end: the source's `continue`
                    body.emit(new Stmt.Continue());
                }
                resume = ret;
                returned = true;
            }
        } else if (coldCopy >= 0) {
            coldCopyEndsRegion(w, coldCopy, j, to, handler, r);
            // (the rest of the region, falling off at its end: not read on past it into what the region's end runs)
            coldAfterEnd = coldRestToRegionEnd(w, coldCopy, j, to, handler, r);
            if (coldAfterEnd < 0) {
                coldAfterEnd = coldContinuationEnd(w, coldCopy, handler, r);
            }
            if (coldAfterEnd > 0) {
                coldAfter = coldContinuation(w, coldCopy, handler);
            }
        } else if (!returned) {
            int past = copyPastHandlers(w, i, j, to, r, handler);
            if (past > 0) {
                resume = past;
            }
        }
        // the body goes on only by the suppressing path of a with ending it: the code after the statement
        // is reached from that path alone, off the normal flow the walk after the statement reads
        boolean suppressedOnly = coldSuppressed > 0 || !returned && at < to && resume >= 0 && !w.normalFlow.get(at)
                && w.normalFlow.get(i) && suppressedInto(w, i, j, at);
        if (coldSuppressed > 0) {
            // 3.12+: the with's suppressing path, past its handler, runs the normal exit's copy of the finally
            // body, which jumps to the code after the statement laid out past the try's handlers
            FinallyCopy.markLaidOut(w, handler, j);
            w.dead.set(j, coldSuppressed);
            resume = w.code.op(coldSuppressed - 1).target();
            returned = false;
        } else if (suppressedOnly) {
            int jumpAt = Tries.skipNops(w, resume);    // (an empty finally body's copy is only NOPs)
            int t = coldJumpTarget(w, jumpAt);
            if (t >= 0) {
                w.dead.set(resume, jumpAt + 1);   // 3.12+: the copy jumps to that code, laid out past the handlers
                resume = t;
            } else if (w.code.op(jumpAt).isUnconditionalJump() && w.code.op(jumpAt).target() >= to
                    && r.follow() >= 0 && Branches.sameExit(w, w.code.op(jumpAt).target(), r.follow())) {
                // the copy jumps to where the region goes on (3.11: the statement ends an if's branch): the
                // statement ends the region, nothing of its own follows
                w.dead.set(resume, jumpAt + 1);
                resume = jumpAt + 1;
                suppressedOnly = false;
            }
        }
        int suppressedEnd = suppressedOnly ? TryRanges.straightExit(w, resume, w.code.size()) : -1;
        if (suppressedOnly && suppressedEnd < 0 && coldSuppressed > 0) {
            suppressedEnd = straightToLoopHead(w, resume, r);
        }
        int suppressedJump = suppressedOnly && suppressedEnd < 0 ? straightToFollow(w, resume, r) : -1;
        if (suppressedJump > resume) {
            suppressedEnd = suppressedJump;    // (its jump to where the region goes on, an if's end, not read)
        }
        if (suppressedOnly && suppressedEnd < 0) {
            throw new LiftException("code after a try/finally reached only by a with's suppressing path at "
                    + w.code.op(resume).offset());
        }
        List<Stmt> stmts = body.out;
        if (stmts.size() == 1 && stmts.get(0) instanceof Stmt.Try t && t.finalbody().isEmpty() && !t.handlers().isEmpty()) {
            l.emit(new Stmt.Try(t.body(), t.handlers(), t.orelse(), fin.out, t.star()));
        } else {
            l.emit(new Stmt.Try(stmts, List.of(), List.of(), fin.out, false));
        }
        if (coldAfterEnd > 0) {
            w.walk(coldAfter, coldAfterEnd, l, r, -1);
            w.dead.set(coldAfter, coldAfterEnd);   // walked: not again where a walk reaches it in layout order
        }
        if (suppressedEnd > 0) {
            w.walk(resume, suppressedEnd, l, r, -1);
            // walked (and the jump ending it, when read up to one): not again where a walk reaches it in layout order
            w.dead.set(resume, suppressedJump > resume ? suppressedEnd + 1 : suppressedEnd);
        }
        int end = coldSuppressed > 0 ? Math.max(j, Math.min(resume, to)) : returned ? resume : Math.min(resume, to);
        strandedPastHandler(w, i, handler);
        unreadNormalCopy(w, i, Math.max(end, j), to, handler);
        for (int k = Math.max(end, j); k < to; k++) {
            if (Handlers.protectsOnly(w.code, k, i, k)) {
                int areaEnd = nestedHandlerEnd(w, k);
                int t = w.code.op(areaEnd - 1).target();
                if (areaEnd > ExceptClauses.handlerAreaEnd(w, k) && coldCopy < 0 && FinallyCopy.end(w, handler, t) > t) {
                    // 3.11: a with's suppressing path goes on into the normal exit's copy of the finally body,
                    // not read as the finally clause (the body never falls off its end): printed after the
                    // statement, it would run twice
                    throw new LiftException("a with's suppressing path goes on into a copy of the finally body at "
                            + w.code.op(t).offset() + " after its try statement");
                }
                k = areaEnd - 1;               // a nested statement's handler, laid out after the body
                continue;
            }
            // (3.12+ lay the handlers of statements nested in the body out after it, still protected)
            if ((w.env.atLeast(3, 12) ? w.normalFlow.get(k) : w.reachable.get(k)) && Handlers.covers(w.code, k, handler)) {
                // the protected range goes on past where the statement was read to end: printing the
                // rest after the try would run the finally body at the wrong place
                throw new LiftException("code protected by the finally at " + w.code.op(handler).offset()
                        + " after its try statement, at " + w.code.op(k).offset());
            }
        }
        return end;
    }

    /**
     * The end of the handler at k of a statement nested in the body: its area, and on 3.11 a with's
     * suppressing path laid out after its cleanup (the pops, then the jump to the code after the with).
     */
    private static int nestedHandlerEnd(Walker w, int k) {
        int end = ExceptClauses.handlerAreaEnd(w, k);
        if (w.env.atLeast(3, 12) || Handlers.kind(w.code, k) != Handlers.Kind.WITH) {
            return end;
        }
        int jump = WithSuppressedPaths.suppressedCode(w, k);
        return jump > end && jump <= end + 4 && w.code.op(jump).isUnconditionalJump() ? jump + 1 : end;
    }

    /**
     * 3.12+: the body ends in a try whose else clause ends in a with returning a constant through this
     * finally body (Tries.elseSuppressedToClausesEnd): the region ended at that return's copy of the finally
     * body, which the with read with its return and marked dead. The body ends past that tail (the else
     * falls off only through the with's suppressing paths, laid out with the handlers), so the normal exit's
     * copy past the handlers is found where the clauses and those paths go (copyPastHandlers).
     */
    private static int pastElseReturnTail(Walker w, int j, int to, List<Stmt> body) {
        if (!w.env.atLeast(3, 12) || body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Try t)
                || t.orelse().isEmpty() || !(t.orelse().get(t.orelse().size() - 1) instanceof Stmt.With with)
                || !ExceptClauses.leaves(with.body()) || !(with.body().get(with.body().size() - 1) instanceof Stmt.Return)) {
            return j;
        }
        int k = j;
        while (k < to && w.dead.get(k)) {
            k++;
        }
        return k > j && w.code.op(k - 1).isReturn() ? k : j;
    }

    /**
     * 3.12+: fails when a jump from code the finally covers (an except clause falling off its end, a with's
     * suppressing path) goes past where the statement was read to end, at {@code from}, to a copy of the
     * finally body not read (not dead) in [from, to): the normal exit's copy laid out past the handlers,
     * which the walk going on there would print again after the statement, running the body twice.
     */
    private static void unreadNormalCopy(Walker w, int i, int from, int to, int handler) {
        if (!w.env.atLeast(3, 12)) {
            return;
        }
        for (int k = i; k < w.code.size(); k++) {
            int t = w.code.op(k).target();
            if (t < from || t >= to || !Handlers.covers(w.code, k, handler) || Handlers.covers(w.code, t, handler)
                    || !w.reachable.get(k) || w.dead.get(k)) {
                continue;
            }
            int at = Tries.skipNops(w, t);
            if (at < to && !w.dead.get(at) && FinallyCopy.end(w, handler, at) > at) {
                throw new LiftException("the normal exit's copy of the finally body past the statement's end at "
                        + w.code.op(at).offset());
            }
        }
    }

    /**
     * A {@code while True} whose body always leaves (return, raise, break) has no jump back: the compiler
     * keeps only its line's NOP at the head (compile.c, compiler_while: a constant true test emits no
     * test, and no jump back follows a body that never falls off its end). Its breaks jump to the loop's
     * exit, which is where the try body [i, j0) of a try/finally goes on: the normal exit's copy of the
     * finally body. When the body cannot be read without a loop (a break out of a nested try, which no
     * if/else can skip the code after that try with), and it starts with a NOP, every forward jump out of
     * it past its range goes to one place B, nothing falls into B (the code before it, a return's path
     * through a copy, ends in a return or raise) and B holds the normal exit's copy: the loop's exit. Returns
     * B, or -1.
     */
    private static int breakingWhileTrueExit(Walker w, int i, int j0, int to, int handler) {
        if (i >= j0 || !w.code.op(i).is("NOP") || !w.normalFlow.get(i)) {
            return -1;
        }
        int exit = -1;
        for (int q = i; q < j0; q++) {
            Op op = w.code.op(q);
            if (op.target() == i || op.target() >= 0 && op.target() < i && w.normalFlow.get(q)) {
                return -1;                     // a loop already, or a jump back out of the body
            }
            if (!op.isUnconditionalJump() || op.target() < j0 || !w.normalFlow.get(q) || !w.reachable.get(q)) {
                continue;
            }
            if (exit >= 0 && exit != op.target()) {
                return -1;
            }
            exit = op.target();
        }
        if (exit < 0 || exit >= to || !w.code.op(exit - 1).isTerminal() || !w.normalFlow.get(exit)) {
            return -1;
        }
        for (int q = j0; q < exit; q++) {
            Op op = w.code.op(q);
            if (op.target() >= 0 && w.normalFlow.get(q) && (op.target() < i || op.target() > exit)) {
                return -1;                     // the code up to B goes elsewhere: not only the body's returns
            }
        }
        return FinallyCopy.end(w, handler, exit) > exit ? exit : -1;
    }

    /**
     * 3.12+: the body [i, j) ends in a with whose own body returns (through the copies of the finally body
     * and of the enclosing exits), its handler laid out after that return and walked with it; the path that
     * suppressed the exception goes on at j with the normal exit's copy of the finally body, then a
     * JUMP_FORWARD to the code after the try statement, laid out past the try's handlers and reached only by
     * that jump (compile.c's compiler_try_finally: the normal exit's copy then the code after, the
     * flowgraph moving the cold code reached only from handlers to the end). Returns the index past that
     * jump, or -1. (3.11 lays the with's handler inline: {@link #inlineSuppressedExit}.)
     */
    private static int coldSuppressedExit(Walker w, int i, int j, int handler) {
        int jumpAt = suppressedCopyEnd(w, i, j, handler);
        return jumpAt >= 0 && coldJumpTarget(w, jumpAt) > handler ? jumpAt + 1 : -1;
    }

    /**
     * 3.12+: where the normal exit's copy of the finally body at j, which only the suppressing path of a
     * with ending the body [i, j) reaches, ends (past NOPs: the jump after it, for {@link #coldSuppressedExit}
     * and {@link #suppressedExitToEnclosing}); -1 when j holds no such copy.
     */
    private static int suppressedCopyEnd(Walker w, int i, int j, int handler) {
        if (!w.env.atLeast(3, 12) || j >= handler || !w.normalFlow.get(i)) {
            return -1;
        }
        int at = Tries.skipNops(w, j);
        if (w.normalFlow.get(at) || !suppressedInto(w, i, j, at)) {
            return -1;
        }
        int end = FinallyCopy.end(w, handler, j);
        return end > j ? Tries.skipNops(w, end) : -1;
    }

    /**
     * 3.12+: as {@link #coldSuppressedExit}, but the copy of the finally body, protected by the handler of an
     * enclosing try statement whose body this one ends, jumps to the code after that statement, where its
     * except clauses go on too: the suppressing path leaves that try's body as well, nothing follows this
     * statement (tails fuzz seed 12 f17, `try: try: with m(): return 3 / finally: t() / except E1: ...`: the
     * copy was read as that try's else clause, the finally body running twice). Returns the index past that
     * jump, or -1.
     */
    private static int suppressedExitToEnclosing(Walker w, int i, int j, int handler) {
        Code.Handler outer = j < w.code.size() ? w.code.handlerAt(Tries.skipNops(w, j)) : null;
        if (outer == null || outer.target() <= handler) {
            return -1;
        }
        int jumpAt = suppressedCopyEnd(w, i, j, handler);
        if (jumpAt < 0 || !w.code.op(jumpAt).is("JUMP_FORWARD")) {
            return -1;
        }
        int t = Branches.jumpedTo(w, w.code.op(jumpAt).target());   // (3.12: through the body's jump over the handlers)
        for (int k = outer.target(); k < t; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && Branches.jumpedTo(w, op.target()) == t && w.code.op(k - 1).is("POP_EXCEPT")) {
                return jumpAt + 1;             // an except clause of the enclosing try goes on there
            }
        }
        return -1;
    }

    /**
     * 3.12+: the code after the statement, laid out past the try's handlers and reached only by the jump
     * after the suppressing path's copy of the finally body ({@link #coldSuppressedExit}), is the rest of
     * a loop's body: straight code at t ending in the jump back to the head of the loop being walked, no
     * jump into it past its start. Its end, or -1.
     */
    private static int straightToLoopHead(Walker w, int t, Region r) {
        int q = r.loop() != null ? straightToJump(w, t) : -1;
        return q >= 0 && w.code.op(q).is("JUMP_BACKWARD") && r.loop().continues().contains(w.code.op(q).target()) ? q + 1 : -1;
    }

    /**
     * The unconditional jump ending straight code at t (no jump into it past its start, no handler code, nothing
     * protected, no other jump or exit before it); its index, or -1.
     */
    private static int straightToJump(Walker w, int t) {
        for (int k = t; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (k > t && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO") || w.code.handlerAt(k) != null) {
                return -1;
            }
            if (op.isUnconditionalJump()) {
                return k;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The target of the JUMP_FORWARD at {@code jumpAt} when it goes to code off the normal flow that only this
     * jump reaches, after a terminal instruction (3.12+ lay such code out with the cold blocks); else -1.
     */
    private static int coldJumpTarget(Walker w, int jumpAt) {
        Op jump = w.code.op(jumpAt);
        int t = jump.target();
        return jump.is("JUMP_FORWARD") && !w.normalFlow.get(t) && w.jumpsOnlyFrom(t, jumpAt, jumpAt + 1)
                && w.code.op(t - 1).isTerminal() ? t : -1;
    }

    /**
     * Where straight code at k (no jump into it from elsewhere, no handler) reaches an unconditional forward
     * jump to where the region r goes on (the code after an if whose branch the statement ends, 3.11: the
     * code after a try/finally only a with's suppressing path reaches, then the branch's jump over the else);
     * that jump's index, or -1.
     */
    private static int straightToFollow(Walker w, int k, Region r) {
        int q = r.follow() >= 0 ? straightToJump(w, k) : -1;
        int t = q > k && q < k + 40 ? w.code.op(q).target() : -1;
        return t > q && Branches.sameExit(w, t, r.follow()) ? q : -1;
    }

    /**
     * True when the suppressing path of a with nested in [i, j) goes on at {@code at} (past NOPs; 3.12+: or
     * through lone forward jumps, the with's code after it being the try body's normal exit, a jump to the
     * normal exit's copy of the finally body: `try: with m(): x(); return 5 / except E1: ... / finally: pass`
     * then code).
     */
    private static boolean suppressedInto(Walker w, int i, int j, int at) {
        for (Code.Handler h : w.code.handlers()) {
            int after = h.start() >= i && h.end() <= j && Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH
                    && Handlers.protectsOnly(w.code, h.target(), i, j) ? WithSuppressedPaths.suppressedAfter(w, h.target()) : -1;
            for (int hops = 0; after >= 0 && hops < 3; hops++) {
                int k = Tries.skipNops(w, after);
                if (k == at) {
                    return true;
                }
                Op op = w.code.op(k);
                after = w.env.atLeast(3, 12) && op.is("JUMP_FORWARD") && !w.normalFlow.get(k) ? op.target() : -1;
            }
        }
        return false;
    }

    /**
     * 3.11: a with ending the body whose own body never ends normally (it returns) has its handler inline
     * at j, and the path that suppressed the exception falls from it into the copy of the finally body on
     * the try body's normal exit (its only way to the code after the statement): returns where that path
     * goes on, or -1. With withs nested in it (`with a, b: return`), each handler in turn, inner first: an
     * inner one's path runs copies of the outer ones' exit calls and jumps to where the last one falls.
     */
    private static int inlineSuppressedExit(Walker w, int i, int j, int to, int handler) {
        if (w.env.atLeast(3, 12)) {
            return -1;
        }
        int at = Tries.skipNops(w, j);
        int goesOn = -1;
        while (at < to && w.code.op(at).is("PUSH_EXC_INFO") && Handlers.kind(w.code, at) == Handlers.Kind.WITH
                && Handlers.protectsOnly(w.code, at, i, at)) {
            int after = WithSuppressedPaths.suppressedAfter(w, at);
            if (after <= at || after >= to || !w.onlyHandlerCode(at, after)) {
                return -1;
            }
            int q = after;                     // (an enclosing with's exit call copied, a jump to the next one's)
            int next = -1;
            for (int steps = 0; steps < 40 && q < to; steps++) {
                int k = Tries.skipNops(w, q);
                if (Tries.exitCall(w, k) > 0) {
                    q = Tries.exitCall(w, k);
                } else if (q != after && w.code.op(k).isUnconditionalJump()) {
                    next = next < 0 ? k + 1 : next;
                    q = w.code.op(k).target();
                } else {
                    break;
                }
            }
            if (goesOn >= 0 && q != goesOn) {
                return -1;
            }
            goesOn = q;
            if (next < 0) {
                break;                         // the outermost with's path, falling into the copy
            }
            at = Tries.skipNops(w, next);
        }
        return goesOn > 0 && goesOn < to
                && (FinallyCopy.end(w, handler, goesOn) > goesOn || finallyLength(w, handler) == 0) ? goesOn : -1;
    }

    /**
     * Fails when the body [i, handler) has a path out of handler code in it (a with whose body returns
     * suppressing, then the normal exit's copy of the finally body) jumping past our handler to code no
     * normal path reaches and nothing has read: the code after the statement, which the walk after it
     * would skip as handler code.
     */
    private static void strandedPastHandler(Walker w, int i, int handler) {
        if (!w.normalFlow.get(i)) {
            return;                            // (a statement inside handler code: where that code goes on is its own)
        }
        int past = ExceptClauses.handlerAreaEnd(w, handler);
        for (int k = i; k < handler; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t >= past && op.isUnconditionalJump() && w.live(k) && !w.normalFlow.get(k) && w.live(t)
                    && !w.normalFlow.get(t) && !w.dead.get(t)) {
                throw new LiftException("code after a try/finally reached only through a handler in its body, at "
                        + w.code.op(t).offset());
            }
        }
    }

    /**
     * True when the body's walk, gone past the end j0 the range suggested (a copy of the finally body on a
     * return's path inside an except clause, 3.11), stopped at a copy of the finally body that the body
     * jumps to: the normal exit's, the body falls through to it; not a return of the body's own.
     */
    private static boolean jumpedIntoCopy(Walker w, int i, int stopped, int to, int handler, int copy) {
        int at = Tries.skipNops(w, stopped);
        if (at >= to || copy < 0 || !w.reachable.get(at)
                || !sameFinallyOps(w, handler + 1, at, copy) && FinallyCopy.end(w, handler, at) <= at) {
            // (a copy whose branches all jump to the code after it, where the handler's each reraise: the
            // lock-step comparison, not the straight one)
            return false;
        }
        for (int k = i; k < stopped; k++) {
            int t = w.code.op(k).target();
            if (t >= 0 && w.reachable.get(k) && Tries.skipNops(w, t) == at) {
                return true;
            }
        }
        return fallsIntoCopy(w, i, stopped);
    }

    /**
     * True when the body's last statement, read up to {@code stopped}, falls off its end into the copy of
     * the finally body there: a for loop whose exit (END_FOR, POP_ITER) lies past the range's first end,
     * after a return's unwinding in its body (3.14: {@code except E: try: for j in n(): return 4 / finally:
     * t()}, the return's copy of the finally body laid out before the loop's exit), goes on into the normal
     * exit's copy. Taken for a return, that copy would print as code after the statement, run twice.
     */
    private static boolean fallsIntoCopy(Walker w, int i, int stopped) {
        int last = stopped - 1;
        if (last <= i || !w.reachable.get(last)) {
            return false;
        }
        // (the loop's exit: 3.12 END_FOR; 3.13 END_FOR, POP_TOP; 3.14 END_FOR, POP_ITER)
        Op op = w.code.op(last);
        return op.is("END_FOR") || (op.is("POP_ITER") || op.is("POP_TOP")) && w.code.op(last - 1).is("END_FOR");
    }

    /**
     * Where the try body [i, j0) ends when its last test (or its then-branch's end, the copy being the
     * else's) jumps past the end of the protected range to t, over a copy of the finally body and its jump
     * (a continue or break of the if's branch, laid out first), to another copy at t (the normal exit,
     * laid out last): t, the copy and its jump read as part of the body. Otherwise j0.
     */
    private static int exitCopyAfterJump(Walker w, int i, int j0, int to, Region r, int handler) {
        boolean empty = finallyLength(w, handler) <= 0;     // `finally: pass`: its copies are empty
        if (empty && Handlers.kind(w.code, handler) != Handlers.Kind.FINALLY || j0 >= to || j0 >= handler) {
            return j0;
        }
        int t = -1;
        for (int k = i; k < j0; k++) {
            Op op = w.code.op(k);
            int target = op.target();
            if (!w.reachable.get(k) || target < j0 || !Handlers.covers(w.code, k, handler)
                    || Tries.skipNops(w, target) == Tries.skipNops(w, j0)) {
                continue;                      // (a jump to the copy at j0: an else branch leaving by it)
            }
            if (t >= 0 && target != t) {
                return j0;
            }
            t = target;
        }
        if (t < 0 || t >= handler || t >= to || j0 <= i || w.code.op(j0 - 1).isTerminal() && !(w.code.op(j0 - 1).target() == t && w.jumpTargets.get(j0))) {
            return j0;
        }
        int end = FinallyCopy.end(w, handler, j0);
        if (end < j0 || end == j0 && !empty) {
            return j0;
        }
        int exit = Tries.skipNops(w, end);
        Op jump = w.code.op(exit);
        int exitEnd = exit + 1;
        if (!jump.isUnconditionalJump()) {
            // a for loop's break whose code after the loop (a return) the compiler copied there, past the
            // iterator's pop (without the pop, a while loop's, the return would read as the try body's own,
            // its value computed before the finally body runs)
            // (3.11 keeps that code in one place: the pop and a jump forward to it); a while loop's break
            // copies the loop's exit block (the walker reads it after the finally body's copy as the break)
            int n = !jump.is("POP_TOP") ? 0
                    : w.code.op(exit + 1).is("JUMP_FORWARD") ? 1 : FinallyCopy.exitLength(w, exit + 1);
            exitEnd = n > 0 ? exit + 1 + n : w.whileBreakCopy(exit, r);
            if (empty && exitEnd < 0) {
                exitEnd = returnEnd(w, exit, t);
            }
        }
        if (exitEnd < 0 || Tries.skipNops(w, exitEnd) != Tries.skipNops(w, t)
                || w.jumpTargets.get(exit) && !w.jumpsOnlyFrom(exit, j0, exit)
                || FinallyCopy.end(w, handler, t) < t + (empty ? 0 : 1)) {
            return j0;
        }
        return t;
    }

    /**
     * Where the straight code from k, ending in a return before t, ends (a return in the try body of a
     * {@code finally: pass}, its value computed and returned with no copy in between); -1 when the code
     * there branches, is jumped into or reaches t first.
     */
    private static int returnEnd(Walker w, int k, int t) {
        for (int x = k; x < t; x++) {
            Op op = w.code.op(x);
            if (x > k && w.jumpTargets.get(x) || op.target() >= 0) {
                return -1;
            }
            if (op.isReturn()) {
                return x + 1;
            }
            if (op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 3.11: where the try body [i, j0) ends when it ends in a try/except whose own body leaves by a
     * continue or break (of the loop being walked): that exit's copy of the finally body and its jump come right after the inner
     * body at j0, then the inner try's handlers, whose clauses jump past them to the normal exit's copy at
     * t. The exit, the handlers and t are the inner statement's (Tries.except walks the exit into its body):
     * t. Otherwise j0. (Read as the normal exit, the copy at j0 would drop the exit and run the finally
     * body twice on the clauses' path.)
     */
    private static int exitCopyBeforeHandlers(Walker w, int i, int j0, int to, int handler, Region r) {
        if (finallyLength(w, handler) <= 0 || j0 >= to || j0 >= handler || j0 <= i) {
            return j0;
        }
        int at = Tries.skipNops(w, j0);
        int end = FinallyCopy.end(w, handler, at);
        int exit = end > at ? Tries.skipNops(w, end) : -1;
        if (w.env.atLeast(3, 12)) {
            if (exit >= 0 && exit < to && Tries.loopJump(w, exit, r)) {
                return coldNormalCopy(w, i, j0, exit, handler) >= 0 ? exit + 1 : j0;
            }
            // a break running a copy of the loop's exit block: read so only where the normal exit's copy
            // goes on where the region does
            int past = exit >= 0 && exit < to ? w.whileBreakCopy(exit, r) : -1;
            int copy = past > exit && past <= to ? coldNormalCopy(w, i, j0, past - 1, handler) : -1;
            return copy >= 0 && coldCopyGoesOn(w, copy, past, to, handler, r) ? past : j0;
        }
        if (exit < 0 || exit + 1 >= to || !Tries.loopJump(w, exit, r) || !Handlers.protectsOnly(w.code, exit + 1, i, j0)) {
            return j0;
        }
        int t = exit + 1;
        while (t < to && Handlers.protectsOnly(w.code, t, i, t)) {
            // the inner try's handler, and those of the statements around it in the body (an outer
            // try/except's, protecting the inner handler's code)
            t = ExceptClauses.handlerAreaEnd(w, t);
        }
        int normal = Tries.skipNops(w, t);
        if (t >= to || t >= handler || w.code.op(exit).target() == t || FinallyCopy.end(w, handler, normal) <= normal) {
            return j0;
        }
        for (int k = exit + 1; k < t; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == t && w.reachable.get(k)) {
                return t;                      // a clause goes on to the normal exit's copy
            }
        }
        return j0;
    }

    /**
     * 3.12+: where the continue or break at k (after an exit's copy of the finally body) ends: past its
     * jump, or past the copy of the while loop's exit block a break runs there ({@link Walker#whileBreakCopy});
     * or -1.
     */
    private static int loopExitEnd(Walker w, int k, Region r) {
        return Tries.loopJump(w, k, r) ? k + 1 : w.whileBreakCopy(k, r);
    }

    /**
     * The body [i, j0) ends with a try/except (its handler laid out after the code) whose body or else clause
     * returns, breaks or continues: that exit's unwinding (the finally body's copy, a for loop's iterator pop,
     * the return or jump) runs
     * from j0, past the range (or the range holds it already, ending the region), and the inner clauses all go
     * on to the normal exit's copy, laid out after their handler ({@link #coldNormalCopy}), which jumps back to
     * the loop's head or where the region goes on, or to the code after the statement laid out past the
     * handlers ({@link #coldContinuationEnd}) ({@code for ...: try: x() / return 1 / except E: pass / finally:
     * f()}, the retry idiom; 3.11 lays the handlers and that copy out inside the loop's body, 3.12+ past it).
     * The end of that exit, where the body ends, with the copy in {@code copyAt}; or -1.
     */
    private static int exitBeforeColdCopy(Walker w, int i, int j0, int to, int handler, Region r, int[] copyAt) {
        if (Handlers.kind(w.code, handler) != Handlers.Kind.FINALLY || j0 <= i) {     // (`finally: pass` too: an empty copy)
            return -1;
        }
        int exitEnd = j0 >= to && w.code.op(j0 - 1).isTerminal() ? j0 : exitAfterCopy(w, j0, to, handler, r);
        if (exitEnd < 0) {
            return -1;
        }
        // (where the inner try's body ends: its else clause, protected by this finally only but for the
        // copies of the finally body on its returns' paths, lies past it)
        int innerEnd = j0;
        while (innerEnd > i && (w.code.handlerAt(innerEnd - 1) == null || w.code.handlerAt(innerEnd - 1).target() == handler)) {
            innerEnd--;
        }
        Code.Handler inner = w.code.handlerAt(innerEnd - 1);
        Code.Handler cleanup = inner != null ? w.code.handlerAt(inner.target()) : null;
        Code.Handler around = cleanup != null ? w.code.handlerAt(cleanup.target()) : null;
        if (around == null || around.target() != handler) {
            return -1;                         // (the try/except lies inside this finally's body, its clauses protected by it)
        }
        int copy = coldNormalCopy(w, i, innerEnd, innerEnd, handler);
        if (copy < 0 || !coldCopyGoesOn(w, copy, exitEnd, to, handler, r)) {
            return -1;
        }
        copyAt[0] = copy;
        return exitEnd;
    }

    /**
     * The end of the exit whose unwinding starts at j0, before {@code to}: the finally body's copy, a loop's
     * iterator popped (from under the returned value), an enclosing with's exit call, then a constant's
     * return, the return of the value the body computed, or a break or continue; or -1.
     */
    private static int exitAfterCopy(Walker w, int j0, int to, int handler, Region r) {
        if (j0 >= to) {
            return -1;
        }
        int at = Tries.skipNops(w, j0);
        int end = FinallyCopy.end(w, handler, at);
        if (end <= at) {
            return -1;
        }
        int k = end;
        while (k < to && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("POP_EXCEPT") || Tries.exitCall(w.code, k) > 0
                || k + 1 < to && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 2 && w.code.op(k + 1).is("POP_TOP"))) {
            // (a loop's iterator under the returned value, swapped up to pop; an enclosing with's exit call; an
            // enclosing except clause left, its name cleared)
            k = w.code.op(k).is("POP_TOP") ? k + 1 : w.code.op(k).is("SWAP") ? k + 2
                    : w.code.op(k).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, k + 1) : Tries.exitCall(w.code, k);
        }
        int returnEnd = TryBodyEnds.constReturnEnd(w, k, to);
        if (returnEnd < 0 && k < to && Tries.loopJump(w, k, r)) {
            return k + 1;                      // a break or continue
        }
        if (k == to && r.loop() != null && !r.loop().isFor() && r.loop().exit() >= 0
                && Tries.skipNops(w, k) == Tries.skipNops(w, r.loop().exit())
                && TryBodyEnds.afterExitCall(w, j0)) {
            // a with's break out of a while loop, after its exit call, falling into the loop's exit (the with
            // reads it, Withs.loopExitAfterExit; a break of the body's own is read where the loop's walk ends)
            return k;
        }
        return returnEnd < 0 && k < to && w.code.op(k).is("RETURN_VALUE") ? k + 1 : returnEnd;
    }

    /**
     * 3.12+: the body [i, j0) as the range reads it already ends with the inner try's continue or break
     * (its copy of the finally body, then the loop's jump or a copy of its exit block, a break's: the range
     * ran on over them): where the inner try's range ends, before that copy, when the shape is {@link
     * #coldNormalCopy}'s and the normal exit's copy goes on where the region does; that copy, or -1.
     */
    private static int coldCopyPastExit(Walker w, int i, int j0, int to, int handler, Region r) {
        if (!w.env.atLeast(3, 12) || finallyLength(w, handler) <= 0 || j0 <= i + 1) {
            return -1;
        }
        int k = j0 - 1;
        while (k > i && w.code.handlerAt(k) == null) {
            k--;
        }
        Code.Handler inner = w.code.handlerAt(k);
        if (inner == null || inner.target() == handler || Handlers.kind(w.code, inner.target()) != Handlers.Kind.EXCEPT) {
            return -1;
        }
        int at = Tries.skipNops(w, k + 1);
        int end = FinallyCopy.end(w, handler, at);
        int exit = end > at ? Tries.skipNops(w, end) : -1;
        if (exit < 0 || exit >= j0 || loopExitEnd(w, exit, r) != j0) {
            return -1;
        }
        int copy = coldNormalCopy(w, i, k + 1, exit, handler);
        return copy >= 0 && coldCopyGoesOn(w, copy, j0, to, handler, r) ? copy : -1;
    }

    /**
     * 3.12+: the inner try/except ending the body [i, j0) has its handler laid out after the code (past
     * {@code exit}, the jump of its body's continue or break after that exit's copy of the finally body),
     * and its clauses all jump to the normal exit's copy of the finally body, laid out after the inner
     * handler and before this one (the code after the inner statement is reached only from its clauses:
     * cold, like the handlers). That copy's start, or -1.
     */
    static int coldNormalCopy(Walker w, int i, int j0, int exit, int handler) {
        Code.Handler inner = w.code.handlerAt(j0 - 1);
        if (inner == null || inner.target() <= exit || inner.target() >= handler
                || Handlers.kind(w.code, inner.target()) != Handlers.Kind.EXCEPT) {
            return -1;
        }
        int nested = nestedHandlersBefore(w, exit, inner.target());
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == inner.target() && (h.start() < i || h.end() > j0) && (h.start() < nested || h.end() > inner.target())) {
                return -1;                     // (the inner handler protects code outside the body and the nested handlers)
            }
        }
        int t = -1;
        int areaEnd = inner.target();
        do {
            // the inner handler, then those of statements around the inner try in the body (an outer
            // try/except protecting the inner handler's code), laid out one after the other
            for (int target : ExceptClauses.clauseExits(w, areaEnd)) {
                if (t >= 0 && target != t) {
                    return -1;
                }
                t = target;
            }
            areaEnd = ExceptClauses.handlerAreaEnd(w, areaEnd);
        } while (areaEnd < handler && Handlers.kind(w.code, areaEnd) == Handlers.Kind.EXCEPT
                && Handlers.protectsOnly(w.code, areaEnd, i, areaEnd));
        // (`finally: pass` copies nothing: the copy is empty, the line on the jump after it)
        int copyEnd = FinallyCopy.end(w, handler, t);
        if (t < areaEnd || t >= handler || !w.jumpsOnlyFrom(t, nested, areaEnd) || copyEnd < t || copyEnd == t && finallyLength(w, handler) > 0) {
            return -1;
        }
        return t;
    }

    /**
     * 3.12+: where the handler code of the statements nested in the inner try's body (a with's cleanup and
     * suppressing path) starts when it is laid out just before the inner handler at {@code innerHandler},
     * past {@code exit}: off the normal flow, reached only from handlers. {@code innerHandler} when none is.
     */
    private static int nestedHandlersBefore(Walker w, int exit, int innerHandler) {
        int k = innerHandler;
        while (k - 1 > exit && !w.normalFlow.get(k - 1) && w.code.handlerAt(k - 1) != null) {
            k--;
        }
        return k;
    }

    /**
     * The normal exit's copy at {@code copy} ({@link #coldNormalCopy}), reached only from the inner try's
     * clauses, ends with a jump to where the region goes on (the loop's head, the statement ending its
     * body; or the region's follow), the statement ending at j with the region, or goes on to the code after
     * the statement laid out past the handlers ({@link #coldContinuationEnd}, which the caller walks): marked
     * read (it is the finally clause, printed once). Going on anywhere else fails.
     */
    private static void coldCopyEndsRegion(Walker w, int copy, int j, int to, int handler, Region r) {
        int end = FinallyCopy.end(w, handler, copy);
        int jump = pastCopy(w, handler, copy, end);
        if (!coldCopyGoesOn(w, copy, j, to, handler, r)) {
            throw new LiftException("the normal exit's copy of the finally body after an inner handler, at "
                    + w.code.op(copy).offset() + ", goes on elsewhere than the region");
        }
        FinallyCopy.markLaidOut(w, handler, copy);
        if (!w.code.op(jump).isUnconditionalJump()) {
            w.dead.set(copy, end);             // (the copy falls into the code after the statement)
            return;
        }
        w.dead.set(copy, jump + 1);
        int target = w.code.op(jump).target();
        if (target > jump && w.code.op(target).is("JUMP_BACKWARD") && w.jumpsOnlyFrom(target, copy, jump + 1)) {
            w.dead.set(target);        // the loop's lone end jump, reached only from the copy: its continue
        }
    }

    /**
     * Where the code after the statement starts when only the normal exit's cold copy at {@code copy} reaches
     * it: the target of the copy's jump, laid out after handler code and jumped to from there only, or the
     * copy's end when the copy falls into it (3.12+ merge the copy with a block ending in a return or raise,
     * jumped to from nowhere else). -1 when no such code follows.
     */
    private static int coldContinuation(Walker w, int copy, int handler) {
        int end = FinallyCopy.end(w, handler, copy);
        if (end <= copy || end >= w.code.size()) {
            return -1;
        }
        int jump = Tries.skipNops(w, end);
        if (!w.code.op(jump).isUnconditionalJump()) {
            return w.jumpTargets.get(end) ? -1 : end;
        }
        int c = w.code.op(jump).target();
        return c > jump && w.jumpsOnlyFrom(c, jump, jump + 1) && w.code.op(c - 1).is("RERAISE") ? c : -1;
    }

    /**
     * The code after the statement, laid out past the handlers and reached only by the jump ending the normal
     * exit's cold copy at {@code copy} ({@link #coldNormalCopy}: the inner clauses, the copy, that code; the
     * body never falls off its end, {@code for ...: try: return x() / except E: pass / finally: f() / g()}):
     * a block of its own ({@link ColdContinuations#blockEnd}) ending in a jump where the region goes on
     * (round the loop, or to the region's follow) or in a return or raise. Its end, or -1.
     */
    private static int coldContinuationEnd(Walker w, int copy, int handler, Region r) {
        int c = coldContinuation(w, copy, handler);
        if (c < 0 || r.follow() >= 0 && Branches.sameExit(w, c, r.follow())) {
            return -1;                         // (a copy of the code the region goes on at: its exit, not code of its own)
        }
        int e = ColdContinuations.straightBlockEnd(w, c, r);
        if (e <= c || w.jumpedInto(c, e) || TryBodyEnds.constReturnEnd(w, Tries.skipNops(w, c), e) == e
                && !(r.follow() >= 0 && BranchExits.ownReturningRest(w, c, r.follow()))) {
            // (a lone `return CONST`, a copy of an exit block the compiler duplicates: read by the branch's
            // reading, BranchExits, as where the if statement goes on; unless its line says it is the
            // branch's own rest, before the code the region goes on at: `if c(): try: x() / except E: t()
            // / else: return 30 / finally: t(31)` then `return 33`, 3.12-3.14)
            return -1;
        }
        for (int k = c + 1; k < e; k++) {
            if (w.isDisplacedTest(k, r)) {
                return k;                      // (3.12, 3.13: it falls into the copy of the while loop's test)
            }
        }
        Op last = w.code.op(e - 1);
        boolean goesOn = last.isTerminal() || continuesLoop(last.target(), r) && (!r.exactFollow() || continuesLoop(r.follow(), r))
                || last.target() == r.follow();
        return goesOn ? e : -1;
    }

    /**
     * The rest of the region after the statement, laid out past the handlers up to the region's end and reached
     * only by the jump ending the normal exit's cold copy at {@code copy} ({@link #coldContinuation}), after
     * handler code alone from j: code of its own falling off at {@code to}, where the region goes on (a with's
     * body, its normal exit call there: {@code with m(): try: x(); return 1 / except E: pass / finally: f()}
     * then {@code g()}, 3.12+). Its end, {@code to}, or -1.
     */
    private static int coldRestToRegionEnd(Walker w, int copy, int j, int to, int handler, Region r) {
        int c = coldContinuation(w, copy, handler);
        int jump = c > copy ? Tries.skipNops(w, FinallyCopy.end(w, handler, copy)) : -1;
        if (c < 0 || c >= to || r.exactFollow() || r.follow() != to || !w.onlyHandlerCode(j, copy)
                || jump < c && !w.onlyHandlerCode(jump + 1, c) || w.jumpedInto(c, to)) {
            return -1;
        }
        for (int k = c; k < to; k++) {
            Op op = w.code.op(k);
            // (its own statements' jumps stay in it, or go where the region does)
            if (op.target() >= 0 && (op.target() < c || op.target() > to) || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
        }
        return to;
    }

    /**
     * Past NOPs, where the copy at {@code copy} of the finally body, ending at {@code end} ({@link FinallyCopy#end}),
     * goes on; an empty copy (`finally: pass`, its line on the jump after it) goes on at once. -1 when there is none.
     */
    private static int pastCopy(Walker w, int handler, int copy, int end) {
        return end > copy || end == copy && finallyLength(w, handler) == 0 ? Tries.skipNops(w, end) : -1;
    }

    /** True when the copy at {@code copy} ends with a jump to where the region goes on ({@link #coldCopyEndsRegion}). */
    private static boolean coldCopyGoesOn(Walker w, int copy, int j, int to, int handler, Region r) {
        int end = FinallyCopy.end(w, handler, copy);
        int jump = pastCopy(w, handler, copy, end);
        Op op = jump >= 0 ? w.code.op(jump) : null;
        int target = op == null ? -1 : op.target();
        // (3.12, 3.13: or to the loop's lone end jump, laid out after the handlers, ColdLoopEnds; or to the copy
        // of a while loop's test laid out there)
        boolean goesRound = continuesLoop(target, r) || target > jump && w.isDisplacedTest(target, r)
                || target > jump && w.code.op(target).is("JUMP_BACKWARD")
                && w.code.handlerAt(target) == null && continuesLoop(w.code.op(target).target(), r);
        // (a continue ends the region only when falling off it goes round: not in a branch followed by code)
        boolean continues = goesRound && (!r.exactFollow() || continuesLoop(r.follow(), r));
        if (Tries.skipNops(w, j) >= to && coldContinuationEnd(w, copy, handler, r) > 0 || coldRestToRegionEnd(w, copy, j, to, handler, r) > 0) {
            return true;                       // the code after the statement, reached only from the copy
        }
        int x = op != null && op.isUnconditionalJump() && op.target() > jump ? op.target() : jump;
        int left = x >= 0 && w.code.op(x).is("POP_EXCEPT") && r.follow() < 0 ? ExceptClauses.afterNameCleanup(w.code, x + 1) : -1;
        int none = left > 0 ? Tries.noneReturnLength(w, left) : 0;
        if (none > 0 && w.onlyHandlerCode(j, copy) && (x == jump || w.onlyHandlerCode(jump + 1, x)) && w.onlyHandlerCode(left + none, to)) {
            // (the statement ends an except clause ending the function: the copy leaves the clause and returns
            // None, a copy of the function's end, or jumps to that exit past the handlers, `except E as e:`)
            return true;
        }
        return op != null && op.isUnconditionalJump()
                && (Tries.skipNops(w, j) >= to && (continues || op.target() == r.follow())
                    || coldToRegionEnd(w, j, copy, jump, to) && (continues || op.target() == r.follow()
                        || op.target() == to - 1 && continuesLoop(w.code.op(to - 1).target(), r)
                            && w.code.op(to - 1).isUnconditionalJump()));
    }

    private static boolean continuesLoop(int target, Region r) {
        return r.loop() != null && r.loop().continues().contains(target);
    }

    /**
     * True when the code in [j, to) past the statement is only handler code, the copy [copy, jump] and the
     * region's last instruction that jump goes to: the statement is the last of a loop body whose jump back
     * (a {@code while True}'s, 3.12+) lies after the handlers, reached only through the except clauses' copy
     * of the finally body (a JUMP_FORWARD to it, or on 3.14 that jump's own copy).
     */
    private static boolean coldToRegionEnd(Walker w, int j, int copy, int jump, int to) {
        for (int k = j; k < to; k++) {
            boolean ofCopy = k >= copy && k <= jump || k == to - 1 && w.code.op(jump).target() == k;
            if (!ofCopy && w.normalFlow.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A jump of the try body [i, j) to a copy of the finally body at or past {@code resume}, where the
     * copy read as the normal exit ends (before the handler, not already read as a copy of another exit):
     * its target, or -1.
     */
    private static int jumpPastExitCopy(Walker w, int i, int j, int resume, int handler) {
        int n = finallyLength(w, handler);
        for (int k = i; k < j && n > 0; k++) {
            int t = w.code.op(k).target();
            if (!w.reachable.get(k) || w.dead.get(k) || t < resume || t >= handler || w.dead.get(t)) {
                continue;
            }
            if (Handlers.covers(w.code, t, handler)) {
                continue;
            }
            if (FinallyCopy.end(w, handler, t) > t || sameFinallyOps(w, handler + 1, Tries.skipNops(w, t), n)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when the statement at i is {@code try: return CONST / finally: BODY} read with an empty range
     * ({@link OrphanHandlers#constReturnFinally}): its body is the copy of the finally body the unwinding
     * runs (compile.c, compiler_return with preserve_tos false: POP_BLOCK and the copy come before the
     * constant's load), then the return; the walk reads the return after the copy.
     */
    private static boolean orphanConstReturn(Walker w, int i, int j, int handler) {
        return j == i && Integer.valueOf(handler).equals(w.orphanBodies.get(i))
                && OrphanHandlers.constReturnFinally(w.code, handler);
    }

    /**
     * Past the jump of {@code try: break} (or continue) whose finally body's copy ends at k, or -1:
     * compile.c's compiler_break / compiler_continue run the unwinding (the copy, then a for loop's
     * iterator pop for a break) before the jump ({@link OrphanHandlers}, loopJumpFinallyStarts).
     */
    private static int loopJumpEnd(Walker w, int k, int to) {
        int e = k;
        while (e < to && w.code.op(e).is("POP_TOP") && !w.jumpTargets.get(e)) {
            e++;
        }
        return e < to && w.code.op(e).isUnconditionalJump() && !w.jumpTargets.get(e) ? e + 1 : -1;
    }

    /**
     * Where the return ends when a constant other than None is returned at k (past the iterators of the
     * for loops around), right after the normal exit's copy [copy, k) of the finally body, on a line of that
     * body (as the handler's copy [handler, reraise) has it, where no return is), or -1. Such a return has
     * no line of its own: it is the body's {@code return CONST}, whose line went to the NOP before the copy
     * (a return after the statement has its own line), and the compiler copies it into each branch of the
     * copy that falls off ({@code try: t() / return 2 / finally: if c(): u()}), as it does no written return.
     */
    private static int inheritedLineReturnEnd(Walker w, int copy, int k, int handler, int reraise, Region r) {
        // (the iterators' pops, one per for loop around: Tries.iteratorPops stops at a jump target, which the
        // pop starting a branch's copy of the return is)
        int p = w.pastIteratorPops(k, r);
        int end = k > copy ? constReturnEnd(w, p) : -1;
        if (end < 0 || w.code.op(p).argval() instanceof depyf.pyc.PyObject.None) {
            return -1;
        }
        int line = w.code.op(p).line();
        for (int q = handler + 1; q < reraise; q++) {
            if (line > 0 && w.code.op(q).line() == line && !w.code.op(q).is("NOP")) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Past a constant's return at k (3.11: LOAD_CONST, RETURN_VALUE; 3.12, 3.13: RETURN_CONST; 3.14:
     * LOAD_CONST or LOAD_SMALL_INT, RETURN_VALUE) no jump enters in its middle, or -1.
     */
    private static int constReturnEnd(Walker w, int k) {
        int end = TryBodyEnds.constReturnEnd(w, k, w.code.size());
        return end == k + 2 && w.jumpTargets.get(k + 1) ? -1 : end;
    }

    /**
     * 3.11 lays the code after a try/finally past the handler, jumped to (only a return without a line
     * number, the implicit {@code return None}, is copied after the normal exit's copy of the finally
     * body): a constant other than None returned right after the copy is the body's own {@code return},
     * which loads its constant after unwinding.
     */
    private static boolean constantReturnAfterCopy(Walker w, int copy, int k) {
        return !w.env.atLeast(3, 12) && k + 1 < w.code.size() && !jumpedToFromOutside(w, copy, k)
                && w.code.op(k).is("LOAD_CONST") && !(w.code.op(k).argval() instanceof depyf.pyc.PyObject.None)
                && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /**
     * Where {@code return CONST} ends when the normal exit's copy of this finally body, ending at k, is
     * followed by copies of enclosing finally bodies and that return: the return is this try body's own
     * (its unwinding runs every finally body) when the layout puts it inside the statement, before this
     * handler, with only the copies' own handlers between: 3.11 lays the handler right after the body's
     * code (and the copies' handlers inline), the code after the statement past a jump over it; 3.12+ lay
     * the copies' handlers out after the return, before this handler, where a return after the statement
     * would have them after it. Otherwise -1.
     */
    private static int returnThroughEnclosing(Walker w, int k, int handler, Region r) {
        int p = Tries.skipNops(w, k);
        int copies = 0;
        java.util.BitSet laidOut = new java.util.BitSet();     // the copies' handlers, laid out apart
        for (int c; copies < 4 && p < handler && (c = w.unwindingCopy(p, r)) > 0; copies++) {
            for (int h : r.handlers()) {
                if (h > p && !Handlers.covers(w.code, p, h)) {
                    FinallyCopy.laidOut(w, h, p, laidOut);
                }
            }
            p = Tries.skipNops(w, p + c);
            Op jump = w.code.op(p);
            if (jump.is("JUMP_FORWARD") && jump.target() > p && jump.target() < handler
                    && laidOut.nextClearBit(p + 1) >= jump.target()) {
                p = Tries.skipNops(w, jump.target());   // 3.11: the copy jumps over its handlers, laid out inline
            }
        }
        if (copies == 0 || p >= handler || jumpedToFromOutside(w, k, p)) {
            return -1;
        }
        Op op = w.code.op(p);
        int e = op.is("RETURN_CONST") ? p + 1
                : op.is("LOAD_CONST") && p + 1 < handler && w.code.op(p + 1).is("RETURN_VALUE") ? p + 2 : -1;
        if (e < 0 || e > handler) {
            return -1;
        }
        if (w.env.atLeast(3, 12) && (e >= handler || w.code.op(e).is("NOP"))) {
            return -1;                         // (no handlers between: the same code as a return after the statement)
        }
        for (int q = e; q < handler; q++) {
            if (w.code.op(q).is("CLEANUP_THROW") && q + 1 < handler && w.code.op(q + 1).isUnconditionalJump()
                    && w.code.op(q + 1).target() < q) {
                q++;                           // an await's cleanup, of the body or a copy
            } else if (!laidOut.get(q) && !w.code.op(q).is("NOP")) {
                return -1;
            }
        }
        return !w.env.atLeast(3, 12) || laidOut.nextSetBit(e) >= 0 && laidOut.nextSetBit(e) < handler ? e : -1;
    }

    /** True when an instruction outside [from, t) jumps to t (a branch of the copy ending there does not count). */
    private static boolean jumpedToFromOutside(Walker w, int from, int t) {
        return w.jumpTargets.get(t) && !w.jumpsOnlyFrom(t, from, t);
    }

    /**
     * True when the body [i, j0) ends the region and its last statement's except clauses jump past the
     * handlers to the normal exit's copy of the finally body, at the region's follow (3.12+: the body's
     * other paths leave, the copy is cold code reached from the clauses only): the body's statements go on
     * there, not at j0 (see {@link #copyPastHandlers}, which reads that copy as this finally clause).
     */
    private static boolean followCopy(Walker w, int i, int j0, int to, Region r, int handler) {
        boolean endsRegion = j0 >= to || r.loop() != null && r.loop().exit() == to
                && FinallyCopy.end(w, handler, Tries.skipNops(w, j0)) == to;   // (a break's copy falling into the loop's exit)
        return endsRegion && r.follow() >= to && clauseTarget(w, i, j0, handler) == r.follow()
                && copyEnd(w, handler, r.follow()) > r.follow();
    }

    /** The body's trailing try/except with a break ending its else clause; fails when the body ends otherwise. */
    private static void breakEndingTry(Lifter body) {
        int n = body.out.size();
        if (n == 0 || !(body.out.get(n - 1) instanceof Stmt.Try t) || t.handlers().isEmpty() || !t.finalbody().isEmpty()
                || ExceptClauses.leaves(t.orelse())) {
            throw new LiftException("a break through a finally body after code other than a try/except");
        }
        List<Stmt> orelse = new java.util.ArrayList<>(t.orelse());
        orelse.add(new Stmt.Break());
        body.out.set(n - 1, new Stmt.Try(t.body(), t.handlers(), orelse, List.of(), t.star()));
    }

    /**
     * The one target past the body [i, j0) that jumps from code the finally's handler covers (the body and
     * the handlers nested in it) go to outside that cover, or -1 (none, or several).
     */
    private static int clauseTarget(Walker w, int i, int j0, int handler) {
        int target = -1;
        for (int k = i; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t < j0 || !Handlers.covers(w.code, k, handler) || Handlers.covers(w.code, t, handler)) {
                continue;
            }
            if (w.orphanOnly(t) && Handlers.covers(w.code, Tries.skipNops(w, t), handler)) {
                continue;                      // to the code after a try protecting nothing (its line NOPs, left
                                               // out of the range, then the range again): still inside
            }
            if (w.env.atLeast(3, 12) && !w.normalFlow.get(t) && w.code.op(t).is("NOP")
                    && Handlers.covers(w.code, Tries.skipNops(w, t), handler)) {
                continue;                      // a nested with's suppressing path to the line NOP before its copy
                                               // of the enclosing with's exit call (left out of the range, then
                                               // the range again): still inside
            }
            if (target >= 0 && t != target) {
                return -1;
            }
            target = t;
        }
        return target;
    }

    /**
     * Where the normal exit's copy of the finally body ends when the body does not fall into it but its
     * last statement's except clauses jump to it past the handlers laid out after the body (3.12+: a try
     * whose else clause returns), or the region's end when that copy lies past the region, where it goes
     * on; or -1.
     */
    private static int copyPastHandlers(Walker w, int i, int j, int to, Region r, int handler) {
        int target = clauseTarget(w, i, j, handler);
        if (target >= to && j >= to && target == r.follow() && w.normalFlow.get(target) && w.jumpsOnlyFrom(target, j, target)
                && copyEnd(w, handler, target) > target) {
            // the statement ends the region (its else returns, the clauses fall off their end), which goes on
            // at the normal exit's copy past the handlers: the copy is the statement's, the code after it the
            // region's follow
            w.dead.set(target, copyEnd(w, handler, target));
            return to;
        }
        int goesOn = target >= to && j >= to ? coldCopyGoingOnAt(w, i, j, target, r.follow()) : -1;
        if (goesOn < 0 && target >= to && j >= to) {
            goesOn = coldCopyToDisplacedTest(w, target, handler, r);
        }
        if (goesOn > target && w.jumpsOnlyFrom(target, j, target)) {
            // 3.12+: the try body ends in a try whose else leaves and whose clauses fall off their end, the
            // normal exit's copy laid out past the handlers, going on where the region does (a jump there,
            // or a copy of the return there): the statement's, read; the code after it the region's follow
            w.dead.set(target, goesOn);
            return to;
        }
        if (target >= to && w.normalFlow.get(target) && copyEnd(w, handler, target) > target) {
            // the normal exit's copy lies past the region: the statement is cut (3.14 took a loop inside the
            // try body to start at the try), the copy would be walked again as code after the region
            throw new LiftException("the finally body's copy past the region's end at " + w.code.op(target).offset());
        }
        if (target < 0 || target >= to || !w.onlyHandlerCode(j, target) || !w.normalFlow.get(target)) {
            return -1;
        }
        int end = copyEnd(w, handler, target);
        if (end <= target && finallyLength(w, handler) == 0) {
            return target;                     // `finally: pass`: its copy is no code (a NOP holding its line)
        }
        if (end <= target) {
            // the body jumps past the handlers to code the finally clause covers no more: its normal exit's
            // copy, not read (walked on, it would be printed again after the statement and run twice)
            throw new LiftException("no copy of the finally body past the handlers at " + w.code.op(target).offset());
        }
        return end;
    }

    /**
     * 3.12, 3.13: the normal exit's copy at t of the finally body (of handler {@code handler}), laid out past
     * the handlers (reached only from the clauses of a try ending the body, whose else leaves), ending the
     * body of the while loop being walked: it jumps to the copy of the loop's test that ends the body, laid
     * out after the handlers too ({@link DisplacedLoopTails#displacedCopy}, read by the loop). Where that jump ends, or
     * -1. (The same shape in an if: {@link #coldCopyGoingOnAt}.)
     */
    private static int coldCopyToDisplacedTest(Walker w, int t, int handler, Region r) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14) || r.loop() == null || r.loop().isFor()) {
            return -1;
        }
        int end = copyEnd(w, handler, Tries.skipNops(w, t));
        int next = end > t ? Tries.skipNops(w, end) : -1;
        if (next < 0 || next >= w.code.size()) {
            return -1;
        }
        Op op = w.code.op(next);
        return op.isUnconditionalJump() && op.target() > next
                && w.isDisplacedTest(op.target(), r) ? next + 1 : -1;
    }

    /**
     * 3.12+: the block at t, past [b, f), is the normal exit's copy of the finally body of a try/finally
     * in [b, f), reached only from that statement's handler code (an inner try's clauses falling off),
     * then a jump to {@code follow} or a copy of the exit block there (a return the compiler duplicated):
     * where that jump or exit ends, or -1. (In a loop of 3.12, 3.13, going on at the copy of its test
     * laid out past the handlers, not understood: the caller falls back.)
     */
    static int coldCopyGoingOnAt(Walker w, int b, int f, int t, int follow) {
        if (follow < 0 || follow >= w.code.size()) {
            return -1;
        }
        for (int next : coldCopyEnds(w, b, f, t)) {
            Op op = w.code.op(next);
            if (op.isUnconditionalJump() && Branches.sameExit(w, op.target(), follow)) {
                return next + 1;
            }
            int exit = FinallyCopy.exitLength(w, next);
            if (exit > 0 && Branches.sameExit(w, next, follow)) {
                return next + exit;
            }
        }
        return -1;
    }

    /**
     * 3.12+: the target of the jump ending the cold copy at t of the finally body of a try/finally in
     * [b, f) (as {@link #coldCopyGoingOnAt}), when it jumps past f: the if whose then-branch [b, f) is goes
     * on there, past its else (`if c(): try: return 3 / except E1: t() / finally: u() / else: v()`, the
     * clause's copy jumping back over the else to the code after the if). Else -1.
     */
    static int coldCopyJumpPast(Walker w, int b, int f, int t) {
        for (int next : coldCopyEnds(w, b, f, t)) {
            Op op = w.code.op(next);
            if (op.isUnconditionalJump() && op.target() > f) {
                return op.target();
            }
        }
        return -1;
    }

    /**
     * 3.12+: where the cold copy at t of the finally body of a try/finally in [b, f) (as {@link
     * #coldCopyGoingOnAt}) falls into the code after it, laid out right there, or -1.
     */
    static int coldCopyFallingInto(Walker w, int b, int f, int t) {
        for (int next : coldCopyEnds(w, b, f, t)) {
            Op op = w.code.op(next);
            if (!op.isUnconditionalJump() && w.code.op(next - 1).target() < 0 && !w.code.op(next - 1).isTerminal()) {
                return next;
            }
        }
        return -1;
    }

    /** Where the cold copies at t of the finally bodies of try/finally statements in [b, f) end (past NOPs). */
    private static List<Integer> coldCopyEnds(Walker w, int b, int f, int t) {
        List<Integer> ends = new java.util.ArrayList<>();
        if (!w.env.atLeast(3, 12) || t <= f) {
            return ends;
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Code.Handler h : w.code.handlers()) {
            int fin = h.target();
            if (!seen.add(fin) || fin <= t || Handlers.kind(w.code, fin) != Handlers.Kind.FINALLY || Handlers.covers(w.code, t, fin)
                    || !TryRanges.onlyJumpsFromProtected(w, t, fin) || !w.jumpsOnlyFrom(t, b, fin)) {
                continue;
            }
            int end = copyEnd(w, fin, Tries.skipNops(w, t));
            int next = end > t ? Tries.skipNops(w, end) : -1;
            if (next >= 0 && next < w.code.size()) {
                ends.add(next);
            }
        }
        return ends;
    }

    /**
     * Where the copy of finally handler {@code handler}'s body at b ends: read in lock-step
     * ({@link FinallyCopy}), or compared straight (branches of the copy each ending in their own return); -1.
     */
    private static int copyEnd(Walker w, int handler, int b) {
        int end = FinallyCopy.end(w, handler, b);
        int copied = end <= b ? finallyCopyLength(w, handler + 1, b, finallyLength(w, handler)) : -1;
        return copied > 0 ? b + copied : end;
    }

    /**
     * Where the handler's copy of a finally body ends, given its last RERAISE: past it when the compiler laid
     * ways out of the clause after it (a return, break or continue in the finally body, each dropping the
     * exception first: {@link FinallyCopy#unwindLength}), up to the handler's cleanup at {@code cleanup};
     * else the RERAISE.
     */
    static int exitsPast(Walker w, int reraise, int cleanup) {
        if (reraise + 1 >= cleanup || !w.code.op(reraise).is("RERAISE")) {
            return reraise;
        }
        Op last = w.code.op(cleanup - 1);
        if (!last.isTerminal() && !last.isUnconditionalJump()) {
            return reraise;
        }
        boolean unwinds = false;
        for (int k = reraise + 1; k < cleanup; k++) {
            if (w.code.op(k).is("PUSH_EXC_INFO")) {
                return reraise;
            }
            unwinds |= FinallyCopy.unwindLength(w, k, cleanup) > 0;
        }
        return unwinds ? cleanup : reraise;
    }

    /** The number of instructions of a finally handler's body (between PUSH_EXC_INFO and RERAISE), or 0. */
    static int finallyLength(Walker w, int handler) {
        if (Handlers.kind(w.code, handler) != Handlers.Kind.FINALLY) {
            return 0;
        }
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (cleanup == null) {
            return 0;
        }
        int reraise = cleanup.target() - 1;
        while (reraise > handler && !w.code.op(reraise).is("RERAISE")) {
            reraise--;
        }
        return Math.max(0, reraise - handler - 1);
    }

    /**
     * A copy of a finally body at b, compared with the handler's own at a: where the handler's ends
     * with RERAISE (an exit of the body, duplicated into a branch), a copy ends with its own exit.
     */
    static boolean sameFinallyOps(Walker w, int a, int b, int n) {
        if (b + n > w.code.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Op x = w.code.op(a + k);
            Op y = w.code.op(b + k);
            if (x.is("RERAISE") && (y.isReturn() || y.isUnconditionalJump())) {
                if (k + 1 < n && w.code.op(a + k + 1).is("PUSH_EXC_INFO")) {
                    // the body's main path ends and its nested handlers follow, compared too: the copy's
                    // exit there must be the one after it (a return's value already pushed), not code of
                    // its own skipped with it (3.12+ lay the copy's handlers after its exit)
                    Op after = b + n < w.code.size() ? w.code.op(b + n) : null;
                    if (after == null || !after.sameAs(y) || after.target() != y.target()) {
                        return false;
                    }
                }
                continue;
            }
            if (!x.sameAs(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the copy of a finally body at b made for the try's normal exit, compared with the
     * handler's n instructions at a, or -1. Where the handler's body ends (RERAISE, or 3.11's jump to its
     * final RERAISE, under the handler's own cleanup) the copy ends too: it goes on with the code after
     * the statement (a return the compiler placed there), or jumps to it. Nested handlers' ends match.
     */
    static int finallyCopyLength(Walker w, int a, int b, int n) {
        // a is right after the handler's PUSH_EXC_INFO; line-number NOPs may differ on either side
        Code.Handler own = w.code.handlerAt(a - 1);
        int q = b;
        for (int p = a; p < a + n; p++, q++) {
            if (w.code.op(p).is("NOP")) {
                q--;
                continue;
            }
            while (q < w.code.size() && w.code.op(q).is("NOP")) {
                q++;
            }
            if (q >= w.code.size()) {
                return -1;
            }
            Op x = w.code.op(p);
            Op y = w.code.op(q);
            Code.Handler at = w.code.handlerAt(p);
            boolean ends = own != null && at != null && at.target() == own.target() && (x.is("RERAISE")
                    || x.isUnconditionalJump() && x.target() >= 0 && x.target() < w.code.size()
                        && w.code.op(x.target()).is("RERAISE"));
            if (ends && !y.sameAs(x)) {
                if (p + 1 < w.code.size() && w.code.op(p + 1).is("PUSH_EXC_INFO")) {
                    // the body's end, nested handlers after it: the copy goes on with the code after the
                    // statement (a return placed there), which is not part of it
                    return y.isUnconditionalJump() ? q + 1 - b : q - b;
                }
                // a branch of the body ends: its copy of the code after the statement (a return) or a jump
                if (y.name().startsWith("LOAD_") && q + 1 < w.code.size() && w.code.op(q + 1).is("RETURN_VALUE")) {
                    q++;
                } else if (!(y.isReturn() || y.isUnconditionalJump())) {
                    return -1;
                }
                continue;
            }
            if (!x.sameAs(y)) {
                return -1;
            }
        }
        return q - b;
    }
}
