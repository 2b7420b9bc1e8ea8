package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Borrows;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The else clause of a try/except: where the code the body goes on with is an else rather than the code
 * after the statement (stranded past the handlers, inside a clause, a lone NOP of else: pass, a cold end),
 * and the tests that tell.
 */
final class TryElses {
    private TryElses() {}

    /**
     * The else clause of the try at [i, j) reached only by its body's with's suppressing paths, laid out past
     * the region up to the try's handler ({@link TryRanges#suppressedPastRegion}), when it leaves (returns or
     * raises): read here, its code marked read (the walk after the region would print it again); else null.
     * With {@code copiedExit}, the code after the statement at j is a small exit block the clauses copy: an
     * else ending with a copy of it falls off its end there (3.12+, unseen set 198 f70: {@code if c(): try:
     * with m(): return 6 / except E: pass / else: t()} then {@code return 14}, the else read with the return).
     */
    static List<Stmt> strandedElse(Walker w, int i, int j, int to, int handler, boolean copiedExit, Lifter l, Region r) {
        int stranded = TryRanges.suppressedPastRegion(w, i, j, to, handler, r);
        if (stranded < 0 && copiedExit) {
            stranded = TryRanges.suppressedPastBody(w, i, j, to, handler);   // (not where the region goes on: its copy)
        }
        if (stranded < 0 || stranded >= handler || !w.jumpsOnlyFrom(stranded, i, handler) || w.jumpedInto(stranded, handler)) {
            return null;
        }
        int copy = copiedExit ? exitCopyEnding(w, j, handler) : -1;
        int end = copy > stranded ? copy : handler;
        Lifter e = l.fork();
        if (w.walk(stranded, end, e, r.withFollow(end == handler ? -1 : end), -1) < end || end == handler && !ExceptClauses.leaves(e.out)) {
            return null;
        }
        w.dead.set(stranded, handler);
        return e.out;
    }

    /**
     * The start of a copy of the small exit block at {@code exit} (straight code ending in a return or raise)
     * that ends right before {@code end}; or -1.
     */
    static int exitCopyEnding(Walker w, int exit, int end) {
        int exitEnd = TryRanges.straightExit(w, exit, w.code.size());
        int start = end - (exitEnd - exit);
        return exitEnd > exit && start > exit && Tries.sameOps(w, exit, start, exitEnd - exit) ? start : -1;
    }

    /**
     * The except clauses, each ending by leaving (an implicit continue made explicit), when the layout says
     * the code at j, after the try body [i, j), follows the statement rather than being its else clause;
     * otherwise null. 3.12+ move handlers to the end in the order of their statements: a try or with in
     * the code after the statement has its handler past this one, in an else clause before it. 3.14's
     * LOAD_FAST_BORROW tells where the body's block goes on (see {@link Borrows}): an else clause
     * continues it, the code after the statement lies past an empty block the analysis does not cross.
     */
    static List<Stmt.ExceptHandler> leavingClauses(Walker w, int i, int j, int to, Region r, int end,
            List<Stmt.ExceptHandler> clauses, List<List<Stmt>> bodies, int handler) {
        if (j >= to || !Tries.entered(w, i, j, j) || bodies.size() != clauses.size()) {
            return null;
        }
        Boolean visited = Borrows.visited(w.code, j, to);
        // (no evidence when only handler code reaches j: a body that always raises, its nested try's clauses
        // going on there, which the analysis never follows either way)
        boolean unvisited = visited == Boolean.FALSE
                && (Borrows.reached(w.code).get(i) || Borrows.anyBorrowed(w.code, i, j))
                && !onlyHandlersReach(w, i, j);
        if (!unvisited && (visited == Boolean.TRUE || !laterStatement(w, j, Math.min(to, handler > j ? handler : to), handler, r))) {
            return null;
        }
        boolean continues = end >= 0 && end < j && r.loop() != null && r.loop().continues().contains(end);
        if (!continues && !bodies.stream().allMatch(depyf.ir.Exits::leaves)) {
            return null;
        }
        return continuing(clauses, bodies);
    }

    /**
     * True when no path from the try body's start i reaches j without passing through handler code: the
     * body always raises, j is reached only where nested clauses go on (the try's else clause or the code
     * after it alike).
     */
    static boolean onlyHandlersReach(Walker w, int i, int j) {
        return !w.code.reachable(List.of(i), false).get(j);
    }

    /** The clauses with their whole bodies, a continue added to each one that may fall off its end. */
    static List<Stmt.ExceptHandler> continuing(List<Stmt.ExceptHandler> clauses, List<List<Stmt>> bodies) {
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            List<Stmt> b = bodies.get(c);
            if (!depyf.ir.Exits.leaves(b)) {
                b = new ArrayList<>(b);
                b.add(new Stmt.Continue());
            }
            out.add(new Stmt.ExceptHandler(clauses.get(c).type(), clauses.get(c).name(), b));
        }
        return out;
    }

    /**
     * The clauses when the code after the statement, from j, is a small exit block copied after the body
     * and a clause's POP_EXCEPT: what a clause runs after a POP_EXCEPT of its own that is not such a copy
     * (a branch's {@code return CONST}: POP_EXCEPT, then the constant returned) stays in that clause.
     */
    static List<Stmt.ExceptHandler> ownExits(Walker w, int j, int handler, List<Stmt.ExceptHandler> clauses,
            List<List<Stmt>> wholeBodies, List<Integer> afterExceptAt) {
        if (wholeBodies.size() != clauses.size()) {
            return clauses;
        }
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            Stmt.ExceptHandler h = clauses.get(c);
            int at = afterExceptAt.get(c);
            boolean copy = at < 0 || ExceptClauses.isCopiedExit(w, j, ExceptClauses.afterNameCleanup(w.code, at + 1), handler);
            out.add(copy ? h : new Stmt.ExceptHandler(h.type(), h.name(), wholeBodies.get(c)));
        }
        return out;
    }

    /** Every except clause (its whole body, copies after POP_EXCEPT included) ends by leaving: return, raise, break, continue. */
    static boolean allLeave(List<List<Stmt>> bodies, List<Stmt.ExceptHandler> clauses) {
        return !bodies.isEmpty() && bodies.size() == clauses.size() && bodies.stream().allMatch(ExceptClauses::leaves);
    }

    /**
     * 3.14: the end of an else clause from j where borrowed loads stop and plain ones start (see
     * {@link Borrows#visitedEnd}): the first statement boundary between them that the statements walked
     * from j end at with nothing left pending; or -1.
     */
    static int visitedElseEnd(Walker w, int j, int to, Lifter l, Region r) {
        int[] range = Borrows.visitedEnd(w.code, j, to);
        if (range == null) {
            return -1;
        }
        for (int s = range[0]; s <= range[1]; s++) {
            Op prev = w.code.op(s - 1);
            if (!w.code.isJumpTarget(s) && !prev.name().startsWith("STORE_") && !prev.is("POP_TOP")
                    && prev.target() < 0 && !prev.isTerminal() || !splits(w, j, s, to)) {
                continue;
            }
            try {
                Lifter e = l.fork();
                if (w.walk(j, s, e, r.withFollow(s), -1) == s && e.depth() == l.depth()) {
                    return s;
                }
            } catch (LiftException ex) {
                // not a statement boundary
            }
        }
        return -1;
    }

    /** 3.14: some straight run of normal-flow code in [from, to) consumes a plain load (handler code is never visited). */
    static boolean plainInNormalFlow(Walker w, int from, int to) {
        for (int k = w.normalFlow.nextSetBit(from); k >= 0 && k < to; k = w.normalFlow.nextSetBit(k)) {
            int end = Math.min(to, w.normalFlow.nextClearBit(k));
            if (Borrows.anyPlainConsumed(w.code, k, end)) {
                return true;
            }
            k = end;
        }
        return false;
    }

    /** A call of normal flow in [from, to), not read yet, that the handler at {@code handler} protects, or -1. */
    static int callCaughtBy(Walker w, int from, int to, int handler) {
        for (int k = from; k < to; k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() == handler && w.normalFlow.get(k) && !w.dead.get(k) && w.code.op(k).is("CALL")) {
                return k;
            }
        }
        return -1;
    }

    /** s splits [j, to) between statements: no jump crosses it but to s itself (a loop around it jumps back over it). */
    static boolean splits(Walker w, int j, int s, int to) {
        for (int k = j; k < to; k++) {
            int t = w.code.op(k).target();
            if (t >= 0 && (k < s ? t > s && t < to : t >= j && t < s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: a try or with statement in [from, to), in the normal flow, has its handler past {@code
     * handler} (the code after the statement, compiled after its clauses), the enclosing statements'
     * handlers aside.
     */
    static boolean laterStatement(Walker w, int from, int to, int handler, Region r) {
        if (!w.env.atLeast(3, 12)) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= from && h.start() < to && h.target() > handler && !r.handlers().contains(h.target())
                    && w.normalFlow.get(h.start()) && w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body [i, j) never ends normally and a with inside it has its handler laid out inline at j (3.11):
     * its suppressing path goes on past that handler, before the try's handler, at code nothing else
     * reaches: the else clause, which only that path runs. Where it starts, or -1.
     */
    static int suppressedElse(Walker w, int i, int j, int handler) {
        if (Handlers.kind(w.code, j) != Handlers.Kind.WITH || !w.code.op(j - 1).isTerminal()) {
            return -1;
        }
        boolean inBody = false;
        for (Code.Handler h : w.code.handlers()) {
            inBody |= h.target() == j && h.start() >= i && h.start() < j;
        }
        int s = WithSuppressedPaths.suppressedAfter(w, j);
        // (the path falls into s, or jumps there past code that does not fall into it)
        boolean entered = WithSuppressedPaths.suppressedCode(w, j) == s || s > 0 && (w.code.op(s - 1).isTerminal()
                || w.code.op(s - 1).isUnconditionalJump());
        // (not the exit call of a with around it in the body, protected by the try's handler: the body
        // goes on there)
        int k = s > j && s < handler ? Tries.skipNops(w, s) : -1;
        boolean bodyExitCall = k >= 0 && Tries.exitCall(w, k) > 0 && Handlers.covers(w.code, k, handler);
        return inBody && k >= 0 && !bodyExitCall && w.jumpsOnlyFrom(s, j, s) && entered ? s : -1;
    }

    /**
     * {@code else: pass}: the body [.., j) falls into a lone NOP at j, outside the try's handler, that holds a
     * line past the body's last and past the first except clause's test (an else clause is compiled after
     * the clauses' code in source order, codegen_try_except: its `pass` keeps a NOP for its line), where the
     * clauses rejoin right after it. Without the else, no NOP lies there (3.12+: inside an enclosing
     * try/finally it is protected by that handler, changing the exception table).
     */
    static boolean elsePassNop(Walker w, int j, int handler) {
        if (j <= 0 || j >= w.code.size() || !w.code.op(j).is("NOP") || handler + 1 >= w.code.size()) {
            return false;
        }
        int line = w.code.op(j).line();
        return line > 0 && line > w.code.op(j - 1).line() && line > w.code.op(handler + 1).line()
                && w.code.op(handler).is("PUSH_EXC_INFO");
    }

    /**
     * 3.12+: the try at the end of a loop body whose clauses all jump to the loop's end jump laid out after
     * the handlers ({@link ColdLoopEnds#isEndJump}): the compiler lays that jump out cold only when the body's
     * normal path never reaches it (flowgraph.c pushes blocks only exceptions reach to the end), so the code
     * in [j, to) the body goes on with is the else clause, ending in a continue, break or return of its own
     * ({@code try: x() / except E: pass / else: continue}). Returns to, or -1.
     */
    static int coldEndElse(Walker w, int j, int to, int end, int handler, Region r) {
        if (!w.env.atLeast(3, 12) || end >= 0 || r.loop() == null || j >= to || to != r.loop().bodyEnd()
                || !w.normalFlow.get(j) || handler < to) {
            return -1;
        }
        List<Integer> exits = ExceptClauses.clauseExits(w, handler);
        if (exits.isEmpty()) {
            return -1;
        }
        for (int t : exits) {
            if (t != exits.get(0) || !ColdLoopEnds.isEndJump(w, t, r.loop())) {
                return -1;
            }
        }
        Op last = w.code.op(to - 1);
        return last.is("JUMP_BACKWARD") && r.loop().continues().contains(last.target()) ? to : -1;
    }

    /**
     * 3.12+: the else clause of the try at [i, j) ending the region, whose body always raises: a nested try's
     * clauses go on to code our handler does not protect, laid out after the handlers (only handler code
     * reaches it) and jumping back to where the region goes on (or to its loop's head or test's copy). Its
     * start, when exactly one such block is found; else -1.
     */
    static int raisingBodyColdElse(Walker w, int i, int j, int to, int handler, Region r) {
        if (!w.env.atLeast(3, 12) || j != to || !onlyHandlersReach(w, i, j)) {
            return -1;
        }
        int found = -1;
        for (int k = i; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (!op.isUnconditionalJump() || t <= 0 || t == found || !Handlers.covers(w.code, k, handler)
                    || Handlers.covers(w.code, Tries.skipNops(w, t), handler) || !ColdContinuations.jumpsToFollow(w, t, r)) {
                continue;
            }
            if (found >= 0) {
                return -1;
            }
            found = t;
        }
        return found;
    }

    /**
     * For a try statement at i inside handler code (3.12+ lay clauses out past the code; nothing there is
     * normal flow) whose body [i, j) goes on at j: where an else clause at j ends, at the enclosing clause's
     * own POP_EXCEPT (not a return's); or -1. The else clause may branch forward (3.13: {@code if c: break}
     * in it, the break's POP_EXCEPT inside the branch): the clause's own POP_EXCEPT is the first that no
     * branch jumps past; a jump or exit leaving elsewhere is only allowed inside such a branch.
     */
    static int elseInClause(Walker w, int i, int j, int handler) {
        if (w.normalFlow.get(i) || !Tries.entered(w, i, j, j)) {
            return -1;
        }
        int pending = -1;                      // the furthest target of a forward branch so far
        for (int p = j; p < handler; p++) {
            Op op = w.code.op(p);
            if (op.is("POP_EXCEPT") && p >= pending) {
                return p > j && !w.code.op(p - 1).is("SWAP") && !ownConstReturn(w, p, handler) ? p : -1;
            }
            if (op.is("PUSH_EXC_INFO")) {
                return -1;
            }
            if (op.isConditionalJump() && op.target() > p && op.target() < handler) {
                pending = Math.max(pending, op.target());
            } else if ((op.target() >= 0 || op.isTerminal()) && p >= pending) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@link #elseInClause}, or past the exit there (the enclosing clause's POP_EXCEPT, name cleanup, straight
     * code up to a jump: an enclosing finally body's copy, a for loop's iterator pop) when that exit is the
     * else clause's own (3.13+): the clauses of the try (handler {@code handler}) end with copies of the
     * enclosing clause's end, jumping where that clause goes on (the region's follow), and this exit jumps
     * elsewhere (a break or continue through that clause, seed 165 f47: read as the clause going on after
     * the try, the inner clauses broke out of the loop too) or returns (the else's return through the
     * enclosing clauses, seed 175 f208: read after the try, the clauses would fall into it).
     */
    static int elseInClauseEnd(Walker w, int i, int j, int handler, Region r) {
        int p = elseInClause(w, i, j, handler);
        if (p <= j || !w.env.atLeast(3, 13) || r.follow() < 0) {
            return p;
        }
        int k = ExceptClauses.afterNameCleanup(w.code, p + 1);
        int copy = ColdLoopEnds.finallyCopyEnd(w, k);
        if (copy > k) {
            k = copy;                          // (an enclosing finally body's copy, branches of its own: unseen set 196 f251)
        }
        while (k < w.code.size() && w.code.op(k).target() < 0 && !w.code.op(k).isTerminal() && !w.jumpTargets.get(k)) {
            k++;
        }
        int follow = Tries.skipNops(w, r.follow());
        // (3.14 loads a constant returned after the copy: its load, then the return)
        int ret = k + 1 < w.code.size() && copy > 0 && !w.code.op(k).isReturn() && Tries.constReturn(w, k) ? k + 1 : k;
        boolean returns = ret < w.code.size() && w.code.op(ret).isReturn();
        // (a return the copy's own branches jump to, the return copied after each: its last copy)
        boolean copiedReturn = returns && copy > 0 && w.jumpsOnlyFrom(k, p, k);
        if (k >= w.code.size() || !w.code.op(k).isUnconditionalJump() && !returns || w.jumpTargets.get(k) && !copiedReturn
                || !returns && Tries.skipNops(w, w.code.op(k).target()) == follow) {
            return p;
        }
        for (int q = handler; q < ExceptClauses.handlerAreaEnd(w, handler); q++) {
            int c = w.code.op(q).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, q + 1) : -1;
            int jump = c > 0 && c < w.code.size() && w.code.op(c).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, c + 1) : -1;
            if (jump > 0 && jump < w.code.size() && w.code.op(jump).isUnconditionalJump()
                    && Tries.skipNops(w, w.code.op(jump).target()) == follow) {
                return ret + 1;
            }
        }
        return p;
    }

    /**
     * True when the code at j after the body [i, j) of a try (handler {@code handler}) is an enclosing
     * clause's POP_EXCEPT and a constant's return that belongs to a try nested in that body
     * ({@link #ownConstReturn}): its else clause, not this try's.
     */
    static boolean nestedTryOwnReturn(Walker w, int i, int j, int handler) {
        int p = Tries.skipNops(w, j);
        if (p >= w.code.size() || !w.code.op(p).is("POP_EXCEPT")) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= i && h.start() < j && h.target() != handler && w.code.op(h.target()).is("PUSH_EXC_INFO")
                    && Handlers.kind(w.code, h.target()) == Handlers.Kind.EXCEPT && ownConstReturn(w, p, h.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the POP_EXCEPT at p (3.12+, an enclosing clause's, with its name cleanup) goes on to a return
     * of a constant (loaded after the unwinding, so no SWAP says it is a return's) while the clauses of the
     * try whose handler is {@code handler} leave the enclosing clause through its POP_EXCEPT to a jump: the
     * clause falling off its end goes there, so the return is the else clause's own, not the code after the
     * try ({@code except E2 as e: if c(): try: x() / except E1: pass / else: t(20); return 21}, seed 946 f32).
     */
    private static boolean ownConstReturn(Walker w, int p, int handler) {
        // (past the line NOPs of enclosing `finally: pass` bodies' copies, which the return runs first)
        int after = Tries.skipNops(w, ExceptClauses.afterNameCleanup(w.code, p + 1));
        Code.Handler fin = w.code.handlerAt(p);
        if (after < w.code.size() && fin != null && Handlers.kind(w.code, fin.target()) == Handlers.Kind.FINALLY) {
            int copyEnd = FinallyCopy.end(w, fin.target(), after);
            if (copyEnd > after) {
                after = Tries.skipNops(w, copyEnd);   // (an enclosing finally body's copy, which the return runs first)
            }
        }
        if (after >= w.code.size() || !Tries.constReturn(w, after)) {
            return false;
        }
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        for (int q = handler; q + 1 < areaEnd; q++) {
            if (w.code.op(q).is("POP_EXCEPT") && w.code.op(q + 1).is("POP_EXCEPT")) {
                // the inner clause's own POP_EXCEPT, then the enclosing clause's: what follows is where it goes
                Op exit = w.code.op(ExceptClauses.afterNameCleanup(w.code, q + 2));
                if (exit.isUnconditionalJump()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the walk of the code after the try body [i, j) stops, up to the handler: at a second copy of
     * {@code return None}, right after the one the body falls into at j and reached only by jumps from the
     * body. 3.11 copies an exit block without a line for each way into it: a body's if whose branches both
     * go on to the function's end has one copy after the range for the branch falling off, one for the
     * branch jumping (os._spawnvef). Both are the code after the statement, not an else clause returning
     * twice: the second is marked read. Else the handler.
     */
    static int secondReturnCopy(Walker w, int i, int j, int handler) {
        int n = Tries.noneReturnLength(w, j);
        int k = j + n;
        if (n == 0 || k + n != handler || Tries.noneReturnLength(w, k) != n || !w.jumpTargets.get(k)
                || w.jumpTargets.get(j) || !w.jumpsOnlyFrom(k, i, j)) {
            return handler;
        }
        w.dead.set(k, handler);
        return k;
    }

    /**
     * 3.12+: True when code in [j, handler) is protected by a handler laid out past {@code handler} that
     * protects nothing outside it (not an enclosing statement's): the handler of a statement there (a
     * comprehension's cleanup, a nested try's or with's), compiled after the try statement's handlers. The
     * compiler lays cold blocks out in the order it made them, and compiles an else clause before the
     * handlers.
     */
    static boolean handlerLaidOutPast(Walker w, int j, int handler) {
        for (depyf.lift.Code.Handler h : w.code.handlers()) {
            if (h.start() >= j && h.start() < handler && h.target() > handler && w.reachable.get(h.start())
                    && w.code.handlers().stream().allMatch(o -> o.target() != h.target() || o.start() >= j && o.start() < handler)) {
                return true;
            }
        }
        return false;
    }
}
