package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Borrows;
import depyf.lift.Code;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** try/except/else/finally and with statements, from the exception table's protected ranges (3.11+). */
final class Tries {
    private Tries() {}

    static int structure(Walker w, int i, int to, Lifter l, Region r, Code.Handler h) {
        int handler = h.target();
        int j = i;
        while (true) {
            while (j < to && Handlers.covers(w.code, j, handler)) {
                j++;
            }
            if (j < to && w.code.op(j).is("JUMP_BACKWARD") && w.code.op(j).target() >= i && w.code.op(j).target() < j) {
                j++;                           // a loop's jump back, left out of the range: part of the body
                continue;
            }
            int foreign = j > i && j < to && w.code.op(j).is("PUSH_EXC_INFO") && (Handlers.protectsOnly(w.code, j, 0, i) || !Handlers.targeted(w.code, j))
                    ? ExceptClauses.handlerAreaEnd(w, j) : -1;
            if (foreign > j && foreign < to && Handlers.covers(w.code, foreign, handler) && !w.normalFlow.get(foreign)) {
                // 3.12+: the handler of a statement before ours, laid out cold between two pieces of our range
                // in handler code (a with's suppressing path jumping back to our statement), or of a try
                // protecting nothing (`try: pass / finally: pass`, laid out after a raise ending our body's
                // first piece, fuzz tails seed 4 f133): skipped
                j = foreign;
                continue;
            }
            if (j > i && j + 1 < to && w.code.op(j).is("NOP") && w.code.handlerAt(j) == null && Handlers.covers(w.code, j + 1, handler)
                    && exitCall(w, j + 1) < 0) {
                // a nested try's POP_BLOCK, left a NOP holding its else clause's line, protected by nothing
                // (flowgraph.c, label_exception_targets): the else goes on in the range (a nested with's
                // POP_BLOCK before its exit call is read with that with)
                j++;
                continue;
            }
            if (j < to && j > i && w.code.op(j).is("RETURN_VALUE") && !w.jumpTargets.get(j)
                    && pushesValue(w.code.op(j - 1)) && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT) {
                j++;                           // a return's value computed in the range, returned after POP_BLOCK
                continue;
            }
            if (w.env.atLeast(3, 12) && j < to && j > i && w.code.op(j).is("RETURN_VALUE") && !w.jumpTargets.get(j)
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT && j >= 7 && w.code.op(j - 6).is("SWAP")
                    && TryBodyEnds.afterExitCall(w, j) && Handlers.covers(w.code, j - 1, handler) && j + 1 < to
                    && Handlers.covers(w.code, j + 1, handler)) {
                // a value returned through a with in our body (SWAP 2, its exit call, in the range), the with's
                // handler right after the return and ours going on there (3.12+: the code after the with that only
                // its suppressing path reaches, laid out after that handler, is ours: unseen set 192 r180 f245)
                j++;
                continue;
            }
            if (j < to && j > i && w.code.op(j).is("RETURN_VALUE") && !w.jumpTargets.get(j)
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT && TryBodyEnds.returnAfterNestedFinallyCopy(w, i, j, handler)) {
                j++;                           // a nested try/finally's return, its value computed in the range
                continue;
            }
            if (!w.env.atLeast(3, 12) && j + 1 < to && !w.jumpTargets.get(j) && w.code.op(j).is("LOAD_CONST") && w.code.op(j + 1).is("RETURN_VALUE")
                    && (TryBodyEnds.afterExitCallAndPops(w, i, j) || TryBodyEnds.afterFinallyCopy(w, i, j))
                    && (Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT || OrphanHandlers.emptyFinally(w.code, handler))) {
                j += 2;                        // 3.11: a with's `return CONST`, loaded after the __exit__ call
                                               // (or a try/finally's, after the copy of the finally body), in a
                                               // loop after popping its iterator too (inside the range); for
                                               // a `finally: pass` around, its copy is nothing
                continue;
            }
            int own = w.env.atLeast(3, 12) && j < to && j > i && TryBodyEnds.afterExitCallAndPops(w, i, j)
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? TryRanges.returnBeforeEnd(w, i, iteratorPops(w, j), to) : -1;
            if (own > j && !TryRanges.copiedBySuppressing(w, j, own)) {
                j = own;                       // a with's `return CONST` after its __exit__ call (and in a loop the
                                               // iterator's pop), the body's end past it
                continue;
            }
            // (the nested with inside an except clause of our body: its exit call, then the clause's POP_EXCEPT)
            int nested = !w.env.atLeast(3, 12) && Handlers.kind(w.code, handler) == Handlers.Kind.WITH && j > i
                    && (TryBodyEnds.afterExitCall(w, j) || w.code.op(j - 1).is("POP_EXCEPT") && TryBodyEnds.afterExitCall(w, j - 1))
                    ? TryBodyEnds.nestedConstReturn(w, i, j, to) : -1;
            if (nested > j) {
                j = nested;                    // 3.11: a nested with's `return CONST` unwinds through our exit call too
                continue;
            }
            int clauseBreak = !w.env.atLeast(3, 12) && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT && j > i && j < to
                    && w.code.op(j).is("POP_EXCEPT") && !w.jumpTargets.get(j) ? ExceptClauses.afterNameCleanup(w.code, j + 1) : -1;
            if (clauseBreak > j && clauseBreak < to && loopJump(w, clauseBreak, r) && !w.jumpTargets.get(clauseBreak)) {
                // 3.11: the body's break (or continue) out of the enclosing except clause: its POP_EXCEPT and
                // jump, left out of the range, are the body's, not code after the statement (which the
                // clauses do not reach: they go on to the enclosing clause's own end)
                j = clauseBreak + 1;
                continue;
            }
            int branchReturn = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? branchConstReturnEnd(w, i, j, to, handler) : -1;
            if (branchReturn > j) {
                j = branchReturn;              // the last branch's `return CONST`, its constant loaded past the range
                continue;
            }
            int skippedReturn = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? skippedConstReturnEnd(w, i, j, to, handler, r) : -1;
            if (skippedReturn > j) {
                j = skippedReturn;             // a `return CONST` the body falls into and its other paths jump past
                continue;
            }
            int orphanReturn = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? TryRanges.pastOrphanReturn(w, j, to, handler) : -1;
            if (orphanReturn > j) {
                j = orphanReturn;              // a nested `try: return CONST` whose clauses our handler protects
                continue;
            }
            int orphanCopy = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? TryRanges.pastOrphanClauseCopy(w, j, to, handler) : -1;
            if (orphanCopy > j) {
                j = orphanCopy;                // a nested orphan's clause running a copy of the code after our statement
                continue;
            }
            int emptyFinallyReturn = w.env.atLeast(3, 12) && j > i && j < to && OrphanHandlers.emptyFinally(w.code, handler)
                    ? returnThroughExitsEnd(w, j) : -1;
            if (emptyFinallyReturn > j && emptyFinallyReturn <= to) {
                // a return inside `finally: pass` (its copy a line NOP) and enclosing withs: unwound past the
                // range through their exit calls, the constant returned last (unseen seed 179 f69, 3.12+)
                j = emptyFinallyReturn;
                continue;
            }
            int loopJump = Handlers.kind(w.code, handler) == Handlers.Kind.WITH ? TryBodyEnds.loopJumpThroughExit(w, i, j, to, handler, r) : -1;
            if (loopJump > j) {
                j = loopJump;                  // a continue or break inside a branch of the body, through our exit call
                continue;
            }
            int g = TryBodyEnds.returnTail(w, j, to, handler, r);
            if (g < 0) {
                g = TryRanges.exitGap(w, i, j, to, handler, r);
            }
            if (g < 0) {
                g = TryRanges.trailingLoopJumps(w, i, j, to);
            }
            if (g < 0) {
                break;
            }
            if (Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT) {
                TryRanges.markCopiedFollowReturn(w, j, g, handler);
            }
            j = g;
        }
        if (TryBodyEnds.protectedPast(w, to, handler) && !TryBodyEnds.coldBodyPast(w, to, handler)
                && !TryBodyEnds.coldClauseTailsPast(w, i, to, handler, r)) {
            throw new LiftException("try statement cut by the end of its region at " + w.code.op(i).offset());
        }
        // (a try/finally's: its body then runs twice; not a try protecting nothing, read where its body may
        // start; except and with statements are read again by some trial readings that keep no marks)
        if (h.end() > h.start() && Handlers.kind(w.code, handler) == Handlers.Kind.FINALLY) {
            if (w.triesRead.get(handler)) {
                throw new LiftException("a try statement read twice, its handler at " + w.code.op(handler).offset());
            }
            w.triesRead.set(handler);
        }
        if (!w.triesReading.add(handler)) {
            // a statement opened again while it is being read (its body, else or clauses walking code its own
            // handler protects: a with's suppressing path's code after it read as the try's else, unseen set 192
            // r180 f245 on 3.13): the same handler's code would be printed twice
            throw new LiftException("a try statement read inside itself, its handler at " + w.code.op(handler).offset());
        }
        try {
            return switch (Handlers.kind(w.code, handler)) {
                case WITH -> Withs.with(w, i, j, to, l, r, handler);
                case EXCEPT -> except(w, i, j, to, l, r, handler);
                case FINALLY -> TryFinally.finallyBlock(w, i, j, to, l, r, handler);
                case CLEANUP -> throw new LiftException("cleanup handler opened a statement");
            };
        } finally {
            w.triesReading.remove(handler);
        }
    }

    /**
     * Where the code at j, after the statement, ends when only the suppressing path of a with in the body [i, j)
     * reaches it (the body never ends normally) and it is straight code leaving (a return): the walk after the
     * statement, which skips code outside the normal flow, would drop it. Else -1.
     */
    private static int suppressedOnlyAfter(Walker w, int i, int j, int handler, int areaEnd) {
        if (w.normalFlow.get(j) || !w.reachable.get(j) || w.dead.get(j) || TryRanges.onlySuppressedTo(w, i, j, handler, areaEnd) != j) {
            return -1;
        }
        return TryRanges.straightExit(w, j, w.code.size());
    }

    /**
     * 3.13+: the clause's POP_EXCEPT at p is followed (past its name cleanup) by the POP_EXCEPT of an
     * enclosing clause (or several) and a jump out of the loop being read (before its head, or past its
     * body): a break out of a loop inside that enclosing clause, the code after the loop (the enclosing
     * clause's end) copied into it. The walk reads nothing there (a jump to where the clauses go), and the loop reads no break:
     * its else would be taken for the code after it (unseen tails seed 42 f63: {@code except E1: while c():
     * try: t() / except E1: break / else: return 26}, the break read as falling off the clause).
     */
    private static boolean breaksOutOfEnclosingClause(Walker w, int p, Region r) {
        if (r.loop() == null || p < 0) {
            return false;
        }
        int k = ExceptClauses.afterNameCleanup(w.code, p + 1);
        if (k >= w.code.size() || !w.code.op(k).is("POP_EXCEPT")) {
            return false;
        }
        k = ExceptClauses.pastClauseEnds(w.code, k);   // (and the clauses around that one)
        if (k >= w.code.size() || !w.code.op(k).isUnconditionalJump()) {
            return false;
        }
        int t = w.code.op(k).target();
        int head = r.loop().continues().stream().mapToInt(Integer::intValue).min().orElse(t);
        return (t < head || t >= r.loop().bodyEnd()) && !Branches.sameExit(w, t, r.loop().exit());
    }

    /**
     * Where the code at j, after the statement, ends when only the end of an except clause nested in the body
     * [i, j) falls into it (after its POP_EXCEPT; the body never ends normally, nothing else jumps there)
     * and it is straight code leaving: the code after the statement, which the clauses copy too (3.12+:
     * {@code try: try: t(); return 4 / except E2: try: ... finally: ... / while c(): ...} then {@code except
     * E1: pass} and {@code return r()}, tails seed 42 f78: the walk after the statement skipped it as code
     * outside the normal flow, the return was lost). Else -1.
     */
    private static int nestedClauseOnlyAfter(Walker w, int i, int j) {
        int pop = j > i ? ExceptClauses.beforeNameCleanup(w.code, j - 1) : -1;
        if (pop <= i || j >= w.code.size() || w.normalFlow.get(j) || !w.reachable.get(j) || w.dead.get(j)
                || !w.code.op(pop).is("POP_EXCEPT") || !w.jumpsOnlyFrom(j, i, j)) {
            return -1;
        }
        return TryRanges.straightExit(w, pastNestedCleanup(w, j), w.code.size());
    }

    /** Where the code {@link #nestedClauseOnlyAfter} found at j starts: past the nested clause's name cleanup. */
    private static int pastNestedCleanup(Walker w, int j) {
        return Math.max(j, ExceptClauses.afterNameCleanup(w.code, ExceptClauses.beforeNameCleanup(w.code, j - 1) + 1));
    }

    /**
     * True when normal-flow code in [j, resume), read as the else clause, lies in the statement's own
     * protected range: the try body's (the body's end read short: 3.11's copy of a nested finally body on
     * its normal exit, after the handler code laid out inline, rich seed 86 f190), never an else's.
     */
    private static boolean elseProtected(Walker w, int j, int resume, int handler) {
        for (int k = j; k < resume && k < w.code.size(); k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() == handler && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the clauses' end is where the region goes on (an enclosing else clause's end, the normal
     * exit's copy of an enclosing finally body): the statement ends the region, and the code there is the
     * enclosing statement's, not code after this one reached only from its clauses.
     */
    private static boolean clausesGoWhereRegionDoes(Walker w, Region r, int end) {
        return r.follow() >= 0 && skipNops(w, end) == skipNops(w, r.follow());
    }

    private static boolean isLoopJump(Stmt s) {
        return s instanceof Stmt.Continue || s instanceof Stmt.Break;
    }

    /** True when the walk since {@code before} (a copy of env.stepped) read instruction k, not dead. */
    private static boolean readSince(Walker w, BitSet before, int k) {
        return k < w.code.size() && w.env.stepped.get(k) && !before.get(k) && !w.dead.get(k);
    }

    /**
     * 3.12+: the body ends with a loop whose else clause ends with {@code if c: return X} (or a return, a for
     * loop's, ForLoops: LoopBreaks.breaksPastRangeTail): the return, run after
     * the handler is unwound, lies just past the range (RangeTailExits), its test jumping past it to the code
     * after the try, where the clauses go ({@code end}) too. The loop read that return: every instruction from
     * j up to {@code end} was read by the body's walk and the last one returns. Then the try has no else.
     */
    private static boolean loopElseReadPastRange(Walker w, List<Stmt> body, BitSet before, int j, int end) {
        int last = end - 1;
        while (last > j && w.code.op(last).is("NOP")) {
            last--;                            // (3.13+: the if's line NOP its test jumps to, after the return)
        }
        List<Stmt> orelse = body.isEmpty() ? List.of() : switch (body.get(body.size() - 1)) {
            case Stmt.While loop -> loop.orelse();
            case Stmt.For loop -> loop.orelse();
            default -> List.of();
        };
        Stmt tail = orelse.isEmpty() ? null : orelse.get(orelse.size() - 1);
        boolean returns = tail instanceof Stmt.Return
                || tail instanceof Stmt.If branch && !branch.body().isEmpty() && branch.body().get(branch.body().size() - 1) instanceof Stmt.Return;
        if (!w.env.atLeast(3, 12) || end <= j || !w.code.op(last).isReturn() || !returns) {
            return false;
        }
        for (int k = skipNops(w, j); k <= last; k++) {
            if (!readSince(w, before, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last statement of {@code body} and, where that is compound, the last statements of each of its
     * branches, recursively: what the body may end with.
     */
    private static List<Stmt> lastStatements(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        if (body.isEmpty()) {
            return out;
        }
        Stmt s = body.get(body.size() - 1);
        out.add(s);
        switch (s) {
            case Stmt.If x -> { out.addAll(lastStatements(x.body())); out.addAll(lastStatements(x.orelse())); }
            case Stmt.While x -> { out.addAll(lastStatements(x.body())); out.addAll(lastStatements(x.orelse())); }
            case Stmt.For x -> { out.addAll(lastStatements(x.body())); out.addAll(lastStatements(x.orelse())); }
            case Stmt.With x -> out.addAll(lastStatements(x.body()));
            case Stmt.Match x -> x.cases().forEach(c -> out.addAll(lastStatements(c.body())));
            case Stmt.Try x -> {
                out.addAll(lastStatements(x.body()));
                out.addAll(lastStatements(x.orelse()));
                x.handlers().forEach(h -> out.addAll(lastStatements(h.body())));
            }
            default -> { }
        }
        return out;
    }

    /**
     * Past the POP_TOPs at e (at most one per enclosing for loop) that pop the iterators of the loops
     * a `return CONST` leaves, when a constant's return follows them (3.11: LOAD_CONST; RETURN_VALUE,
     * 3.12, 3.13: RETURN_CONST, 3.14: LOAD_CONST or LOAD_SMALL_INT; RETURN_VALUE); else e.
     */
    static int iteratorPops(Walker w, int e) {
        int k = e;
        while (k > 0 && k < w.code.size() && k - e < 4 && w.code.op(k).is("POP_TOP") && !w.jumpTargets.get(k)) {
            k++;
        }
        return k > e && k < w.code.size() && !w.jumpTargets.get(k) && TryBodyEnds.isConstReturn(w, k) ? k : e;
    }

    /**
     * The length of {@code return None} starting at k: RETURN_CONST None (1), or LOAD_CONST None and
     * RETURN_VALUE (2, 3.11 and 3.14); else 0.
     */
    static int noneReturnLength(Walker w, int k) {
        Op op = w.code.op(k);
        if (!(op.argval() instanceof depyf.pyc.PyObject.None)) {
            return 0;
        }
        if (op.is("RETURN_CONST")) {
            return 1;
        }
        return op.is("LOAD_CONST") && k + 1 < w.code.size() && w.code.op(k + 1).is("RETURN_VALUE") ? 2 : 0;
    }

    /** k, or the first instruction after the line-number NOPs starting at k. */
    static int skipNops(Walker w, int k) {
        while (k < w.code.size() && w.code.op(k).is("NOP")) {
            k++;
        }
        return k;
    }

    static int exitCall(Walker w, int k) {
        return exitCall(w.code, k);
    }

    /** The start of a with's exit call ending right before {@code end} (3.11: with PRECALL), or -1. */
    static int exitCallEndingAt(Code code, int end) {
        for (int n = 5; n <= 6; n++) {
            if (end - n >= 0 && exitCall(code, end - n) == end) {
                return end - n;
            }
        }
        return -1;
    }

    static int exitCall(Code code, int k) {
        if (k < 0 || k + 4 >= code.size()) {
            return -1;
        }
        for (int n = 0; n < 3; n++) {
            if (!code.op(k + n).is("LOAD_CONST") || !Walker.isNoneConst(depyf.lift.Lifter.constantExpr(code.op(k + n)))) {
                return -1;
            }
        }
        int c = k + 3;
        if (code.op(c).is("PRECALL")) {
            c++;                                                       // 3.11
        }
        return c + 1 < code.size() && code.op(c).is("CALL") && code.op(c + 1).is("POP_TOP") ? c + 2 : -1;
    }

    /**
     * 3.12+: the try at [i, j) ends an if's branch [.., to) with a body that never ends normally, its clauses
     * going on where the branch does (j, the branch's end), and a with in its body suppresses to code laid
     * out past the branch before the try's handler ({@link TryRanges#suppressedPastBody}): the else clause,
     * which {@link #strandedRegionElse} reads. The clauses rejoining at j says no else here.
     */
    private static boolean strandedAfterBranch(Walker w, int i, int j, int to, int handler, int end, Region r) {
        return end == j && j == to && j > i && r.exactFollow() && Branches.sameExit(w, end, r.follow())
                && w.code.op(j - 1).isTerminal() && TryRanges.suppressedPastBody(w, i, j, to, handler) >= 0;
    }

    /**
     * The else clause of the try at [i, j) ending its region (a loop's body, an if's branch), reached only
     * by its body's with's suppressing paths and laid out past the region up to the try's handler ({@link
     * TryRanges#suppressedPastBody}), when every clause leaves or goes on where the region does ({@code end})
     * and the else ends the region too: leaving (break, return, raise), or jumping to the loop's head (a
     * continue, dropped when the region is the loop's body; 3.12-3.13: to the copy of its test) or to where
     * the if's branch goes on. Read here, its code marked read; a walk that does not end so fails the
     * function (the walk has stepped that code: dropping it would pass the coverage check). Else null.
     */
    private static List<Stmt> strandedRegionElse(Walker w, int i, int j, int to, int handler, int end, Lifter l, Region r) {
        boolean loopBody = r.loop() != null && !r.exactFollow()
                && (end < 0 || w.isDisplacedTest(end, r) || r.loop().continues().contains(end)
                    && (Branches.sameExit(w, end, r.follow()) || r.follow() < 0 && to == r.loop().bodyEnd()));
        boolean branch = r.exactFollow() && r.follow() >= 0 && (end < 0 || Branches.sameExit(w, end, r.follow()));
        if (!loopBody && !branch) {
            return null;
        }
        int stranded = TryRanges.suppressedPastBody(w, i, j, to, handler);
        if (stranded < 0 || !w.jumpsOnlyFrom(stranded, i, handler) || w.jumpedInto(stranded, handler)
                || Handlers.covers(w.code, stranded, handler) || w.code.op(skipNops(w, stranded)).isUnconditionalJump()) {
            // (code the try's handler protects is the rest of its body; a lone jump is where the with's
            // branch or the loop's body goes on, no else clause)
            return null;
        }
        Lifter e = l.fork();
        int stop = w.walk(stranded, handler, e, loopBody ? r.withFollow(-1) : r, -1);
        Op last = w.code.op(handler - 1);
        boolean endsRegion = loopBody ? toDisplacedTest(w, handler - 1, r)
                : last.isUnconditionalJump() && Branches.sameExit(w, last.target(), r.follow());
        if (stop < handler || !ExceptClauses.leaves(e.out) && !endsRegion) {
            throw new LiftException("an else clause reached only by a with's suppressing path, ending its region, unread at "
                    + w.code.op(stranded).offset());
        }
        w.dead.set(stranded, handler);
        List<Stmt> out = new ArrayList<>(e.out);
        if (loopBody && out.get(out.size() - 1) instanceof Stmt.Continue
                && (r.follow() >= 0 ? r.loop().continues().contains(r.follow()) : to == r.loop().bodyEnd())) {
            out.remove(out.size() - 1);        // the else falls off the end of the loop's body
        }
        return out.isEmpty() ? List.of(new Stmt.Pass()) : out;
    }

    /**
     * 3.12+: the try body [i, j) never ends normally and ends with a with (or withs nested in one another)
     * whose suppressing paths all jump (a nested one's after a copy of the outer exit call) to j (a NOP, the
     * try's POP_BLOCK, and code), before the try's handler, which no other path reaches, and where the
     * clauses (all leaving: no clause goes on after the try) do not go. The code after the statement would
     * follow the try's handler, the body's end jumping over it (CPython's compiler_try_except: POP_BLOCK, the
     * else body, then the jump to the end, then the handlers): at j is the else clause. A lone jump there is
     * no else. Only for a body without branches in normal flow: 3.13+ lay the code after the statement at j
     * too when the with ends an if's branch in the body.
     */
    private static boolean nestedSuppressedElse(Walker w, int i, int j, int handler, int areaEnd) {
        if (!w.env.atLeast(3, 12) || j <= i || j >= handler || !w.code.op(j - 1).isTerminal() || w.normalFlow.get(j)
                || !w.reachable.get(j) || w.code.op(skipNops(w, j)).isUnconditionalJump() || skipNops(w, j) >= handler
                || Handlers.covers(w.code, j, handler) || !w.jumpsOnlyFrom(j, i, handler) || w.jumpedInto(j, handler)) {
            return false;
        }
        int paths = 0;
        for (int k = i; k < j; k++) {
            Op op = w.code.op(k);
            if (w.normalFlow.get(k) && op.target() >= 0) {
                // (a with in a branch of the body: 3.13+ lay the code after the statement out there too,
                // the with's path jumping to it: TryRanges.pastWithHandlers)
                return false;
            }
            if (op.target() < 0 || !w.reachable.get(k)) {
                continue;
            }
            if (op.target() == j) {
                if (!op.is("JUMP_FORWARD") || w.normalFlow.get(k)) {
                    return false;              // only the suppressing paths, never the normal flow, reach j
                }
                paths++;
            }
        }
        return paths >= 1 && TryRanges.onlySuppressedTo(w, i, j, handler, areaEnd) == j;
    }

    /**
     * 3.12-3.13: the jump at k goes to the copy of the loop's test laid out past the handlers ({@link
     * DisplacedLoopTails#displacedCopy}): the code ending there falls off the end of the loop's body.
     */
    private static boolean toDisplacedTest(Walker w, int k, Region r) {
        Op op = w.code.op(k);
        return op.isUnconditionalJump() && !w.normalFlow.get(k) && w.isDisplacedTest(op.target(), r);
    }

    /**
     * True when an except clause of a try nested in the body [i, j) (not ours, {@code handler}) jumps past j,
     * the body's end jump, to elsewhere than that jump goes.
     */
    private static boolean nestedClausesSkip(Walker w, int i, int j, int handler) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < i || h.start() >= j || h.target() == handler || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
                continue;
            }
            for (int t : ExceptClauses.clauseExits(w, h.target())) {
                if (t > j && !Branches.sameExit(w, t, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the region r goes on at its loop's exit (past line NOPs): where a break goes. */
    private static boolean followsToLoopExit(Walker w, Region r) {
        return r.loop() != null && r.follow() >= 0 && r.loop().exit() >= 0 && skipNops(w, r.follow()) == skipNops(w, r.loop().exit());
    }

    /** True when no jump from outside [from, to) lands in [j, to): only the code from {@code from} reaches it. */
    private static boolean enteredOnlyFrom(Walker w, int j, int to, int from) {
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t >= j && t < to && (op.index() < from || op.index() >= to)) {
                return false;
            }
        }
        return true;
    }

    private static int except(Walker w, int i, int j0, int to, Lifter l, Region r, int handler) {
        boolean copiesExits = w.env.atLeast(3, 12);
        Lifter body = l.fork();
        BitSet steppedBefore = (BitSet) w.env.stepped.clone();
        w.exceptBodies.push(handler);
        int stopped;
        try {
            stopped = w.walk(i, j0, body, r.withHandler(handler, j0), -1);
        } finally {
            w.exceptBodies.pop();
        }
        int j = Math.max(stopped, finishPending(w, j0, body, l.depth(), r));
        // (the body's last statement may read the code where the body ends, laid out past the range: checked
        // before an else clause is read there)
        boolean bodyReadEnd = j < handler && readSince(w, steppedBefore, skipNops(w, j));
        int end = ExceptClauses.findEnd(w, handler, r);
        if (bodyReadEnd && loopElseReadPastRange(w, body.out, steppedBefore, j, end)) {
            j = end;                           // (the body's loop's else read the exit past the range: no else of ours)
            bodyReadEnd = false;
        }
        Integer threadedHead = w.threadedRegionEnds.get(j0);
        if (threadedHead != null && end > handler && !Branches.sameExit(w, end, threadedHead)) {
            // the body ends with a while True loop whose breaks go back to an enclosing loop's head (the try
            // ends that loop's body), but the clauses go on past the handlers: there the code after the
            // enclosing loop, reached by a break in a clause, not code after the try the body falls into
            throw new LiftException("try body breaks back to a loop's head, its clauses go on elsewhere at "
                    + w.code.op(end).offset());
        }
        // (an empty body, OrphanHandlers, may fall into the code after the statement right where it starts)
        if (end >= 0 && (end < i || end == i && j0 > i) && w.normalFlow.get(i) && (r.loop() == null || !r.loop().continues().contains(end)
                && !r.loop().continuesOuter(end)) && !(end == r.follow() && i > end)) {
            // (a try laid out past the code where the region goes on, ColdContinuations, goes back there)
            // a clause jumps back to before the statement (not laid out among handlers itself), to no loop
            // being walked: the loop its jump closes was not recognised (its only way back is from a
            // handler), and dropping it is wrong
            throw new LiftException("except clause jumps back outside a loop at " + w.code.op(handler).offset());
        }
        if (j < handler && j != end && w.code.op(j).isUnconditionalJump() && w.code.op(j).target() != end
                && end >= 0) {
            // a break or continue ending the try body, just outside the protected range; it is followed by
            // the code after the statement, not by the loop's head (a continue there is no fall-through).
            // When the clauses' exits land on the jump itself, it is the statement after the try instead
            if (w.tryEndJumpsRead.get(j) && !body.out.isEmpty() && body.out.get(body.out.size() - 1) instanceof Stmt.Try inner
                    && !inner.body().isEmpty() && isLoopJump(inner.body().get(inner.body().size() - 1))) {
                // the body's walk read that jump already, as a nested try's own (3.11: `try: try: x(); continue
                // / except E: pass / except E: pass`, the inner clauses' code past the jump inside our range:
                // rich seed 43 f237), where our range was cut: read again, it would end our body too
                throw new LiftException("try body's end jump read by a nested statement at " + w.code.op(j).offset());
            }
            if (w.env.atLeast(3, 12) && !body.out.isEmpty() && body.out.get(body.out.size() - 1) instanceof Stmt.Try inner
                    && inner.handlers().stream().anyMatch(c -> !ExceptClauses.leaves(c.body())) && nestedClausesSkip(w, i, j, handler)) {
                // the body's last statement, a try, has clauses falling off its end, yet they jump past our
                // body's end jump: that jump (a break) is not the statement after that try but its else's end
                // (set 196 t69 f214, 3.13: `try: try: x() / except E2: pass / else: t(); break / except E1: pass`
                // with the while loop's else), which this reading would run after the clauses too (3.11 lays
                // the nested clauses out inline, inside the body, where their exits may pass it: fuzz seed 1 f274)
                throw new LiftException("a nested try's clauses go past the try body's end jump at " + w.code.op(j).offset());
            }
            w.tryEndJumpsRead.set(j);
            if (!w.env.atLeast(3, 12) && !Tries.loopJump(w, j, r) && w.code.op(j).target() > end && end > j) {
                // no loop takes the jump for a break or continue (a while True that never goes back has no
                // loop to walk): it jumps past the code the clauses go on with, which read after the
                // statement would run on the body's path too
                throw new LiftException("try body jumps past the code after its clauses at " + w.code.op(j).offset());
            }
            j = w.walk(j, j + 1, body, r.withFollow(end), -1);
        } else if (j < handler) {
            // (no clause going on, end < 0: the exit right before the handler is still the body's; code after
            // the statement would be laid out past the handlers)
            int exit = exitThroughFinally(w, j, to, handler, r);
            if (exit > 0 && w.code.op(exit).target() != end) {
                // the same exit running an enclosing finally body first (TryFinally.exitCopyBeforeHandlers)
                j = w.walk(j, exit + 1, body, r.withFollow(end), -1);
            }
        }
        int unwound = end > j && j == to && to == r.follow() ? RangeTailExits.bodyExit(w, i, j, end, r) : -1;
        if (unwound > j) {
            // 3.12+: the region ends with the range, past it a return, break or continue the body's end
            // unwinds to, where the clauses do not go: the body's last statement (or the else's), not the
            // code after the statement. Read here; the walk going on at j skips it
            w.walk(j, unwound, body, r.withFollow(unwound), -1);
            w.dead.set(j, unwound);
        }
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        List<Stmt.ExceptHandler> clauses = new ArrayList<>();
        boolean star = false;
        int continuation = -1;
        boolean copiedExit = false;
        List<List<Stmt>> afterExcept = new ArrayList<>();
        List<Integer> afterExceptAt = new ArrayList<>();      // per clause, the index of that POP_EXCEPT
        List<List<Stmt>> clauseBodies = new ArrayList<>();
        int continuationEnd = -1;
        boolean suppressedOnly = false;        // the continuation is reached only by a with's suppressing path
        boolean fallsToFollow = false;        // a clause falls off into a copy of the code after the statement
        // the continuation follows a try protecting nothing, returning, or (coldReturnCopy) one whose else returns
        boolean coldAfterOrphan = false;
        int clauseFollow = end;
        Op over = w.code.op(handler - 1);
        if (end >= 0 && end == r.follow() && r.loop() != null && r.loop().continues().contains(end)
                && over.is("JUMP_FORWARD") && over.target() > handler && over.target() < to) {
            // 3.11: the body jumps over the handlers to the code after the statement, which the loop body
            // goes on with; a clause's jump to the loop's head is a continue, not the end of the statement
            clauseFollow = over.target();
        }
        if (end > to && r.exactFollow() && r.follow() >= 0 && w.isDisplacedTest(end, r) && !Branches.sameExit(w, end, r.follow())
                && !r.loop().continues().contains(r.follow())) {
            // 3.12-3.13: the clauses go on to the copy of the loop's test laid out past the handlers, the region
            // (an if's branch, the code after the if a break) elsewhere: a clause's jump there is a continue
            // (Walker.jumpForward), not the clause falling off into the code after the branch
            clauseFollow = r.follow();
        }
        boolean continuesLoop = end >= 0 && end <= i && r.loop() != null && r.loop().continues().contains(end);
        int clauseEnd = end < 0 && handler >= j && handler < to ? TryElses.elseInClause(w, i, j, handler) : -1;
        int k = handler + 1;
        int starFrom = ExceptStar.prologueEnd(w, k);
        if (starFrom > 0) {
            star = true;
            int tail = ExceptStar.clauses(w, starFrom, l, r.withHandler(handler, end), clauses);
            if (end < 0 && w.env.atLeast(3, 12) && j == handler && w.code.op(j - 1).isTerminal()
                    && tail < w.code.size() && !w.code.op(tail).isUnconditionalJump()) {
                end = tail;                    // the code after the statement, copied after POP_EXCEPT
                continuation = tail;
                continuationEnd = tail;
                while (continuationEnd < w.code.size() && !w.code.op(continuationEnd).isTerminal()) {
                    continuationEnd++;
                }
                continuationEnd++;
            } else if (end < 0 && w.env.atLeast(3, 12) && j < handler && ExceptClauses.isCopiedExit(w, j, tail, handler)
                    && !exitPastLoopBody(j, r)) {   // (a break's copy of the loop's exit: rich seed 100 f270)
                copiedExit = true;             // the code after the statement, copied after body and handler
            }
            k = w.code.size();                 // no plain clauses follow
        }
        while (k < w.code.size()) {
            Op op = w.code.op(k);
            if (op.is("RERAISE")) {
                break;
            }
            Lifter clause = l.fork();
            clause.exceptClause = true;
            clause.push(Item.PreviousException.INSTANCE);
            clause.push(Item.Exception.INSTANCE);
            Expr type = null;
            int next;
            if (op.is("POP_TOP")) {
                clause.pop();
                k++;
                next = areaEnd;
            } else {
                int m = k;
                while (m < w.code.size() && !w.code.op(m).is("CHECK_EXC_MATCH") && !w.code.op(m).is("CHECK_EG_MATCH")) {
                    Steps.step(clause, w.code.op(m));
                    m++;
                }
                if (m >= w.code.size()) {
                    throw new LiftException("unrecognised except clause");
                }
                star = w.code.op(m).is("CHECK_EG_MATCH");
                type = clause.popExpr();
                next = w.code.op(m + 1).target();
                k = m + 2;
            }
            String name = null;
            Op bind = w.code.op(k);
            if (type != null && bind.name().startsWith("STORE_")) {
                name = bind.str();
                clause.pop();
                k++;
            } else if (type != null && bind.is("POP_TOP")) {
                clause.pop();
                k++;
            }
            int fall = (end < 0 || fallsToFollow) && w.env.atLeast(3, 12) ? ExceptClauses.fallThrough(w, k, next, handler, r) : -1;
            if (fall >= 0 && ExceptClauses.ownExitAt(w, k, fall)) {
                fall = -1;                     // the clause's own return, unwinding an enclosing clause too
            }
            if (fall >= 0 && j == handler && w.code.op(j - 1).isTerminal() && !jumpsBackOut(w, i, j)) {
                // the try body never ends normally: the code after the statement follows this clause (not when
                // the body jumps back out of itself: an inner loop's break threaded to the enclosing loop's head
                // at the end of the loop body, which the try ends, rich seed 32 f56 on 3.14; or to the end of an
                // enclosing except clause, after its POP_EXCEPT, seed 931 f68 on 3.13)
                end = fall;
                continuation = fall;
                continuationEnd = next;
            } else if (fall >= 0 && j < handler && ExceptClauses.isCopiedExit(w, j, fall, handler) && !exitPastLoopBody(j, r)) {
                // the code after the statement, a small exit block, copied after the body and this clause
                copiedExit = true;
            } else if (fall >= 0 && clauseEnd > j && Branches.sameExit(w, clauseEnd, fall)) {
                // the statement is inside an except clause, whose end (POP_EXCEPT and the code after it)
                // follows this clause too, copied: the clause falls off its end
            } else if (fall >= 0 && !constReturn(w, fall) && FinallyCopy.exitLength(w, fall) > 0 && j < to && (end < 0 || end == j) && Branches.sameExit(w, fall, j)
                    && entered(w, i, j, j)) {
                // the body falls into the code after the statement, an exit block (return or raise: the
                // only blocks the compiler copies); this clause runs a copy
                end = j;
                fallsToFollow = true;
            } else if (fall >= 0 && !constReturn(w, fall) && FinallyCopy.exitLength(w, fall) > 0 && j <= to && r.follow() >= to && (end < 0 || end == r.follow())
                    && Branches.sameExit(w, fall, r.follow()) && (j == to || !Branches.sameExit(w, fall, j)
                        && !TryElses.laterStatement(w, j, to, handler, r) && Borrows.visited(w.code, j, to) != Boolean.FALSE)) {
                // the statement ends the region (an enclosing try body): the code after the region, an
                // exit block, is copied after this clause, which falls off its end; the code after the body, which the
                // clause does not reach, is the else clause (unless the layout says it follows the
                // statement: the clause then leaves, by a continue or return)
                end = r.follow();
                fallsToFollow = true;
            } else {
                fall = -1;
            }
            int loopCopy = fall < 0 && (end < 0 || fallsToFollow) ? ClauseEndBreaks.loopBreakCopy(w, k, next) : -1;
            if (loopCopy >= 0 && j < to && (end < 0 || end == j) && Branches.sameExit(w, loopCopy, j) && entered(w, i, j, j)) {
                // a break out of a loop ending this clause runs a copy of the code after the statement, which
                // the body falls into (3.13+, ClauseEndBreaks): that code is no else clause
                end = j;
                fallsToFollow = true;
                w.clauseLoopBreakCopies.add(loopCopy);
            }
            // a clause jumping back to the loop head continues the loop: unless the try statement ends the
            // loop body (checked below), that jump is a `continue`, not the clause falling off its end
            Region cr = r.withHandler(handler, continuesLoop ? -1 : clauseFollow);
            w.walk(k, fall >= 0 ? fall : next, clause, cr, -1);
            ClauseExits.fold(clause, name);
            List<Stmt> clauseBody = ExceptClauses.stripNameCleanup(clause.out, name);
            int at = clause.popExceptAt;
            int outerExit = at >= 0 && at < clause.out.size() ? ExceptClauses.enclosingClauseExit(w, clause.popExceptOp, l) : -1;
            Stmt leavingJump = outerExit < 0 ? null
                    : ExceptClauses.leavingJump(clause.out.subList(at, clause.out.size()));
            if (at >= 0 && at == clause.out.size() && breaksOutOfEnclosingClause(w, clause.popExceptOp, r)) {
                throw new LiftException("a break out of a loop inside an except clause, copied with that clause's end, at "
                        + w.code.op(clause.popExceptOp).offset());
            }
            if (leavingJump != null) {
                // a break, continue or return leaving the enclosing clause too: its POP_EXCEPT and name
                // cleanup are the jump's unwinding
                clause.out = new ArrayList<>(clause.out.subList(0, at));
                clause.out.add(leavingJump);
                clauseBody = ExceptClauses.stripNameCleanup(clause.out, name);
            } else if (outerExit >= 0 && w.code.op(outerExit).isUnconditionalJump()
                    && skipNops(w, w.code.op(outerExit).target()) == skipNops(w, r.follow())) {
                // the clause falls off its end into the end of the enclosing except clause, whose cleanup
                // and exit follow: the try statement is that clause's last statement
                clause.out = new ArrayList<>(clause.out.subList(0, at));
                clauseBody = ExceptClauses.stripNameCleanup(clause.out, name);
            }
            if (at >= 0 && at < clause.out.size()) {
                // statements after POP_EXCEPT: the code after the try, copied into the clause (3.12+)
                afterExcept.add(ExceptClauses.afterCleanup(new ArrayList<>(clause.out.subList(at, clause.out.size())), name));
                afterExceptAt.add(clause.popExceptOp);
                clauseBody = ExceptClauses.stripNameCleanup(new ArrayList<>(clause.out.subList(0, at)), name);
                clauseBody = clauseBody.isEmpty() ? List.of(new Stmt.Pass()) : clauseBody;
                clauseBodies.add(ExceptClauses.stripNameCleanup(clause.out, name));
            } else {
                afterExcept.add(List.of());
                afterExceptAt.add(-1);
                clauseBodies.add(clauseBody);
            }
            clauses.add(new Stmt.ExceptHandler(type, name, clauseBody));
            if (type == null) {
                break;
            }
            k = next;
        }
        List<Stmt> orelse = List.of();
        boolean elseReturnKept = false;       // an else clause's return read past the body (elseReturnInWith)
        boolean strandedRead = false;          // the else clause only the body's with's suppressing paths reach
        boolean enclosingEndCopied = false;    // the clauses end with copies of the enclosing clause's end
        boolean coldWithElse = false;          // an else returning through a with's exit, the code after the try cold
        int resume;
        if (copiedExit) {
            // (the body's with may suppress to an else laid out past the region, where the region goes on)
            List<Stmt> stranded = end < 0 ? TryElses.strandedElse(w, i, j, to, handler, true, l, r) : null;
            l.emit(new Stmt.Try(body.out, TryElses.ownExits(w, j, handler, clauses, clauseBodies, afterExceptAt),
                    stranded != null ? stranded : orelse, List.of(), star));
            int after = stranded == null ? suppressedOnlyAfter(w, i, j, handler, areaEnd) : -1;
            int from = j;
            if (after < 0 && stranded == null) {
                after = nestedClauseOnlyAfter(w, i, j);
                from = after > j ? pastNestedCleanup(w, j) : j;
            }
            if (after > j) {
                // the code after the statement, which the clauses copy, is reached otherwise only by a with's
                // suppressing path (3.12: a nested with's too, through the outer exit call), or by a nested
                // clause's end: walked here
                w.walk(from, after, l, r, -1);
                w.dead.set(j, after);
                return after;
            }
            return j;
        }
        // (3.14: code only a with's suppressing path reaches has no borrowed loads, else clause or not)
        boolean suppressedElse = end < 0 && handler >= j && handler < to && nestedSuppressedElse(w, i, j, handler, areaEnd);
        List<Stmt.ExceptHandler> leaving = ExceptClauses.allPlain(afterExcept) && !suppressedElse
                ? TryElses.leavingClauses(w, i, j, to, r, end, clauses, clauseBodies, handler) : null;
        if (leaving != null) {
            // the code after the body follows the statement, which no clause falls into
            l.emit(new Stmt.Try(body.out, leaving, orelse, List.of(), star));
            return j;
        }
        boolean inline = handler >= j && handler < to;
        int coldElse;
        int throughExits = returnThroughExitsEnd(w, j);   // where a return from j through the withs around ends, or -1
        boolean unwoundElse = unwoundElseReturn(w, j, to);
        if (!inline && (resume = TryElses.coldEndElse(w, j, to, end, handler, r)) > j) {
            // the clauses fall off into the loop's end jump laid out cold (ColdLoopEnds): the body never
            // falls off its end, the code after it is an else clause leaving the loop body, its jump back
            // a written continue (the region's follow, the head, dropped so that it prints)
            Lifter e = l.fork();
            w.walk(j, to, e, r.withFollow(-1), -1);
            orelse = e.out;
        } else if (!inline && end < 0 && (coldElse = TryElses.raisingBodyColdElse(w, i, j, to, handler, r)) > j) {
            // the body always raises, a nested try's clauses going on to code our handler does not protect,
            // laid out after the handlers (3.12+) and jumping back to where the region goes on: our else
            int coldEnd = ColdContinuations.end(w, coldElse, r);
            Lifter e = l.fork();
            w.walk(coldElse, coldEnd, e, r, -1);
            w.dead.set(coldElse, coldEnd);
            orelse = e.out;
            resume = j;
        } else if (inline && end >= 0 && end < i && end == r.follow() && handler == j + 1
                && w.code.op(j).isUnconditionalJump() && w.code.op(j).target() == end
                && (r.loop() == null || !r.loop().continues().contains(end))) {
            // a try laid out past where the region goes on (in the code after an enclosing try reached only from
            // its clauses, ColdContinuations), its body's end and its clauses jumping back there: no else
            resume = Math.min(areaEnd, to);
        } else if (!strandedAfterBranch(w, i, j, to, handler, end, r)
                && (end == j || inline && !w.normalFlow.get(i) && endsEnclosingClause(w, j, r) && entered(w, i, j, j)
                || (end < 0 || Branches.sameExit(w, end, j)) && TryRanges.suppressedToEnd(w, j, handler) || end < 0 && inline && TryRanges.threadedPastBody(w, i, j, handler))) {
            // the clauses rejoin right after the body, or the body ends the enclosing except clause: no else
            // (a with suppressing to j says so only when the clauses go there too: a small block at j may be
            // the body of an inner try protecting nothing, its handler no entry reaches, which the compiler
            // could not copy)
            resume = j;
            int straight = suppressedOnlyAfter(w, i, j, handler, areaEnd);
            if (straight > j) {
                // the code after the statement, at j, is reached only by a with's suppressing path (the body
                // raises; the clauses end with copies of it, 3.12: a line NOP at j keeps the path's own from
                // being copied): walked here, as below (the walk after the statement skips it)
                suppressedOnly = true;
                continuation = j;
                continuationEnd = straight;
            }
        } else if (suppressedElse) {
            // 3.12+: the else clause, right before the try's handler, reached only by the suppressing paths of
            // nested withs ending the body (the inner one's through the outer exit call and a jump)
            Lifter e = l.fork();
            w.walk(j, handler, e, r.withFollow(areaEnd), -1);
            orelse = e.out;
            resume = Math.min(areaEnd, to);
        } else if (end < 0 && (continuation = TryRanges.onlySuppressedTo(w, i, j, handler, areaEnd)) >= 0) {
            // the code after the statement, reached only from a with's handler: walked here (the walk
            // after the statement skips code outside the normal flow)
            suppressedOnly = true;
            resume = continuation == j ? j : Math.min(areaEnd, to);
            // (past the handlers, 3.11, 3.13+: the rest of the region)
            // (before the try's handler, 3.13+: right after the body's with handlers, TryRanges.pastWithHandlers)
            continuationEnd = continuation == j || continuation < handler ? TryRanges.straightExit(w, continuation, w.code.size())
                    : continuation > to && j == to ? TryRanges.tailToFollow(w, continuation, r) : Math.max(to, continuation);
            if (continuationEnd <= continuation && continuation > to && j == to) {
                continuationEnd = TryBodyEnds.jumpBackToLoop(w, continuation, r.loop());
            }
            if (continuationEnd <= continuation) {
                throw new LiftException("code after a try reached only by a with's suppressing path at " + w.code.op(continuation).offset());
            }
        } else if (end >= 0 && end > handler && inline) {
            // (not an else: a comprehension's cleanup handler follows the body; but a with's laid out inline
            // (3.11) may suppress into the else past it)
            int from = isHandlerStart(w, j) ? TryElses.suppressedElse(w, i, j, handler) : j;
            if (from >= 0) {
                Lifter e = l.fork();
                int stop = w.walk(from, handler, e, r.withFollow(end), -1);
                if (stop < handler && normalCodeBetween(w, stop, handler)) {
                    // the walk stopped where an enclosing statement's reading begins (the normal exit's copy of
                    // an enclosing finally body): a break's unwinding through both finally bodies, falling into
                    // the code after the loop (tails seed 35 f164), not an else clause; the rest would be lost
                    throw new LiftException("the else clause of a try stops short of its handler at " + w.code.op(stop).offset());
                }
                orelse = e.out;
            }
            resume = end;
            boolean breaks = r.loop() != null && skipNops(w, end) == skipNops(w, r.loop().exit());
            if (breaks && areaEnd <= Math.min(end, to)) {
                resume = areaEnd;              // 3.11: the clauses break out of the loop; the rest of its body follows
            } else if (breaks && resume > to && !w.onlyHandlerCode(to, resume)) {
                // going on at the loop's exit would skip the rest of the loop body
                throw new LiftException("except clauses break past the end of their region at " + w.code.op(handler).offset());
            } else if (!breaks && areaEnd < Math.min(end, to) && !w.onlyHandlerCode(areaEnd, Math.min(end, to))) {
                // the clauses jump past code of this region laid out after the handlers, which the body
                // goes on with: a break out of a loop read as an if (a while whose body always breaks has
                // no jump back), which going on at their target would drop
                throw new LiftException("except clauses jump past the code after the try at " + w.code.op(handler).offset());
            }
        } else if (!inline && ((j == to || breakCopyEnd(w, j, r) == to) && ColdContinuations.bodyReturns(w, handler)
                    || endsWithLoopJump(w, i, j, to, r) || returnEndBeforeExitCopy(w, j, to, end, r) > 0
                    || j == to && (ColdContinuations.bodyRaises(w, handler) || ColdContinuations.bodySuppressesTo(w, i, j, end))
                        && ColdContinuations.jumpsToFollow(w, end, r)) && end > handler
                && !(end == r.follow() && w.coldNormalCopies.get(end))    // (an enclosing finally's normal exit, empty: `finally: pass`)
                && (continuationEnd = clauseContinuationEnd(w, end, r)) > end
                && !ColdContinuations.enteredFromEnclosing(w, end, continuationEnd, i, handler, r)
                && !ColdContinuations.outsideEnclosingBody(w, end, i, r)
                && (j == to || breakCopyEnd(w, j, r) == to || loopJumpEnd(w, j, r) == to
                    || ColdContinuations.enteredOnlyFrom(w, end, continuationEnd, i, to))) {
            // the body never falls off its end: the code after the statement, reached from the clauses
            // only, is laid out after the handler and jumps back to where the region goes on (its return
            // past the range: when no other branch's clauses go on there too, the code after the if)
            if (j < to) {
                // (its last statement a break out of a for loop, unwound past the range: the iterator's pop
                // and a copy of the return after the loop, ending the region: read here)
                int ret = returnEndBeforeExitCopy(w, j, to, end, r);
                w.walk(j, ret > 0 ? ret : to, body, r.withFollow(to), -1);
                w.dead.set(j, to);
                j = to;
            }
            continuation = end;
            resume = j;
        } else if (!inline && end < 0 && j < to && w.env.atLeast(3, 12) && throughExits == to && unwoundBeforeLine(w, j, to)) {
            // 3.12+: no clause goes on, and the region ends with a return unwound from the body and the with
            // around the try at once (its line's NOP protected by nothing: an else's or the code after the
            // try's would lie inside the with): the body's last statement, read here
            w.walk(j, to, body, r.withFollow(to), -1);
            w.dead.set(j, to);
            j = to;
            resume = j;
        } else if (!inline && (j == to && (ColdContinuations.bodyReturns(w, handler) || ColdContinuations.bodyRaises(w, handler)
                        || bodyReturnsThroughExits(w, handler, to) || throughExits > j)
                    || throughExits == to || loopJumpThroughExitsEnd(w, j, r) == to || unwoundElse) && end > handler
                && (continuationEnd = coldEndInWith(w, end, r)) > end
                && !ColdContinuations.enteredFromEnclosing(w, end, continuationEnd, i, handler, r)) {
            // the same inside a with ending the region (a loop's body): the code after the statement runs
            // on to the with's normal exit, which the with reads (Withs.coldNormalExit); the body's return
            // through the with's exit call ends the region: read here
            int unwoundEnd = j == to ? throughExits : -1;
            if (unwoundElse) {
                // (the else clause's return, unwound past the with's range cut at its exit call: an except
                // clause around the with, whose POP_EXCEPT the return runs too)
                int ret = returnThroughExitsEnd(w, to);
                Lifter e = l.fork();
                w.walk(j, ret, e, r.withFollow(ret), -1);
                orelse = e.out;
                elseReturnKept = true;
                w.dead.set(j, ret);
                j = ret;
            } else if (unwoundEnd > j && !bodyReturnsThroughExits(w, handler, to)) {
                // (past the region: the with's range ends where the return unwinds it, and an except clause
                // around it; the with then finds its normal exit laid out past our handler, Withs)
                w.walk(j, unwoundEnd, body, r.withFollow(unwoundEnd), -1);
                w.dead.set(j, unwoundEnd);
            } else if (j < to) {
                elseReturnKept = elseReturnInWith(w, j, to);
                Lifter e = elseReturnKept ? l.fork() : body;
                w.walk(j, to, e, r.withFollow(to), -1);
                if (r.loop() != null && to == r.loop().exit() && !ExceptClauses.leaves(e.out) && loopJumpThroughExitsEnd(w, j, r) == to) {
                    e.emit(new Stmt.Break());  // (falling into the while loop's exit: the unwinding read, the break not)
                }
                if (elseReturnKept) {
                    orelse = e.out;
                }
                w.dead.set(j, to);
                j = to;
            }
            continuation = end;
            resume = j;
        } else if (!inline && j < to && end > handler && returnsThroughExitAt(w, j, to)
                && (continuationEnd = coldEndInWith(w, end, r)) > end) {
            // the same with an else clause ending the region: [j, to), unprotected by our handler, returns (or
            // breaks out of a for loop ending the function: a copy of its `return None`) through the with's exit
            // call; the clauses go on to the rest of the with's body laid out past the handler
            Lifter e = l.fork();
            w.walk(j, to, e, r.withFollow(end), -1);
            if (!ExceptClauses.leaves(e.out)) {
                throw new LiftException("an else clause returning through a with's exit call not read at " + w.code.op(j).offset());
            }
            orelse = e.out;
            continuation = end;
            coldWithElse = true;
            resume = to;
        } else if (end > j && w.isDisplacedTest(end, r)
                && (orelse = strandedRegionElse(w, i, j, to, handler, end, l, r)) != null) {
            // 3.12-3.13: the clauses go on to the copy of the loop's test laid out past the handlers, and the
            // else, reached only by the body's with's suppressing paths, lies past the region too
            strandedRead = true;
            resume = j;
        } else if (end >= 0 && end > j) {
            Lifter e = l.fork();
            w.walk(j, Math.min(end, to), e, r.withFollow(end), -1);
            orelse = e.out;
            resume = Math.min(end, to);
            if (end > to && (j == i && Integer.valueOf(handler).equals(w.orphanBodies.get(i)) || coldReturnCopy(w, end, r))
                    && ExceptClauses.leaves(orelse)
                    && !ColdContinuations.enclosingClausesGo(w, r, end) && !clausesGoWhereRegionDoes(w, r, end)
                    && ((continuationEnd = ColdContinuations.end(w, end, r)) > end
                        || w.code.op(end - 1).is("RERAISE") && (continuationEnd = ColdContinuations.enclosingBodyEnd(w, r, end)) > end)
                    && !ColdContinuations.enteredFromElsewhere(w, end, continuationEnd, handler, areaEnd)) {
                // a try protecting nothing whose body returns (OrphanHandlers): the code after it, reached only
                // from its clauses, is laid out after its handler and jumps to where the region goes on, or is
                // a lone jump ending an enclosing try's body (not where that try's clauses go: the try then
                // ends that body, and the code there is the code after the enclosing try). Or (3.12+) the else
                // returns and the clauses go on to a copy of the function's final return laid out after the
                // handlers, elsewhere than the region: the code after the statement (unseen tails seed 53 f38:
                // read nowhere, the if around printed without the else the clauses' path skips)
                continuation = end;
                coldAfterOrphan = true;
            }
            if (end > to && j < to && continuation < 0 && r.exactFollow() && ExceptClauses.leaves(orelse)
                    && w.env.atLeast(3, 14) && end > handler && !Branches.sameExit(w, end, r.follow())
                    && !clausesGoWhereRegionDoes(w, r, end) && !ColdContinuations.enclosingClausesGo(w, r, end)) {
                // the try ends an if's branch, its body and else leave, and its clauses go on past the region
                // to code only they reach, laid out cold past the handler, elsewhere than the branch goes
                // on: the code after the statement, in the branch, which this region does not hold (read
                // after the if in layout, it would run when the if's test fails: seed 138 f232, 3.14)
                throw new LiftException("except clauses fall off past the end of their branch to code only they reach, at "
                        + w.code.op(handler).offset());
            }
            // (not an else that is the break ending a while True body, its line's NOP: WhileTrue.elseBreakNop)
            if (end > to && j < to && r.follow() >= 0 && !ExceptClauses.leaves(orelse) && !w.elseBreakNops.contains(j)
                    && !TryBodyEnds.orphanTryNeverEnds(w, j, to)
                    && !elseSuppressedToClausesEnd(w, orelse, i, to, end, r) && !(w.isDisplacedTest(end, r) && !followsToLoopExit(w, r))
                    && !Branches.sameExit(w, end, r.follow())
                    && skipNops(w, end) != skipNops(w, r.follow())) {
                // the else falls off the end of the region, the clauses past it elsewhere than the region
                // goes on: the code in between (a with's exit call on a break's way out, 3.11) is the else's
                // own, which this region does not hold (not when the clauses go to the copy of the loop's test
                // laid out past the handlers, 3.12: where the loop body's end goes, while_clause_to_test_copy;
                // unless the region goes on at the loop's exit: the else's break, its line's NOP, right after
                // an enclosing try's range, `try: try: x() / except E2: pass / else: t(); break / except E1:
                // pass` in a while loop, unseen set 196 t69 f214, 3.13)
                throw new LiftException("except clauses fall off past the end of their region, the else clause into it, at "
                        + w.code.op(handler).offset());
            }
        } else if (continuesLoop && end < j && j < to && !inline && (compiledBefore(w, j, to, handler) || clauseFallsOffAtInnerBreak(w, handler, end))
                && !(w.code.op(j).isUnconditionalJump() && w.code.op(j).target() == end)) {
            // the clauses continue the loop, and what follows the body was compiled before them: the else
            // (its jumps back to the loop's head are continues unless the region's end goes there too: a
            // try ending an if's branch falls off into the code after the if)
            Lifter e = l.fork();
            w.walk(j, to, e, r.follow() < 0 || skipNops(w, r.follow()) == skipNops(w, end) ? r.withFollow(end) : r, -1);
            orelse = e.out;
            resume = to;
        } else if (continuesLoop && end < j && j < to && !inline && LoopEndElse.endsOverExit(w, j, to, end)) {
            // 3.13: the rest of the loop body is the else clause, laid out as one (LoopEndElse)
            Lifter e = l.fork();
            w.walk(j, to, e, r, -1);
            orelse = e.out;
            resume = to;
        } else if (continuesLoop && !inline && j < to && (orelse = loneExit(w, j, to, l, r)) != null) {
            // the clauses continue the loop and the body goes on with a lone break or return: it ends the body
            resume = to;
        } else if (end < 0 && j < to && TryElses.allLeave(clauseBodies, clauses) && !Borrows.jumpedIntoFromOutside(w.code, i, j)
                && Borrows.visited(w.code, j, inline ? handler : to) == Boolean.TRUE
                && (resume = TryElses.visitedElseEnd(w, j, inline ? handler : to, l, r)) > j) {
            // 3.14: every clause returns or raises, borrowed loads say the body's block goes on and plain
            // ones further on say where the code after the statement starts: it lies past the empty block
            // (which explains its plain loads: no dead code is made for them), the code before is the else
            Lifter e = l.fork();
            w.walk(j, resume, e, r.withFollow(resume), -1);
            orelse = e.out;
            l.deadBlockAt = resume;
        } else if (end < 0 && j < to && (resume = elseBeforeEnclosingClauseEnd(w, j, inline ? handler : to, afterExceptAt, l)) > j) {
            // 3.13+: the clauses end with copies of the enclosing clause's end, which the code after the
            // body runs too: the code before it is the else clause, the enclosing clause goes on there
            Lifter e = l.fork();
            w.walk(j, resume, e, r.withFollow(resume), -1);
            orelse = e.out;
            enclosingEndCopied = true;
        } else if (inline && end < 0 && copiesExits && ExceptClauses.allExit(clauses)
                && !(Borrows.visited(w.code, j, handler) == Boolean.TRUE && !Borrows.jumpedIntoFromOutside(w.code, i, j)
                        && !Borrows.anyPlainConsumed(w.code, j, handler))) {
            // (3.14: borrowed loads say the body's block goes on into this code: an else clause, read below;
            // a jump from the body to it reaches it past the empty block too)
            // no clause reaches the code after the body: it reads as the code after the statement
            resume = j;
        } else if (inline && j == i && Integer.valueOf(handler).equals(w.orphanBodies.get(i)) && clauseExitAt(w, j)) {
            // a try protecting nothing ends an except clause (OrphanHandlers): its empty body is followed by
            // that clause's exit, POP_EXCEPT and a jump, which 3.13+ copies into each path reaching it; the
            // enclosing clause goes on there
            resume = j;
        } else if (inline && (resume = TryElses.elseInClauseEnd(w, i, j, handler, r)) > j) {
            // a statement inside an except clause laid out among handlers: a straight-line else clause up
            // to the enclosing clause's POP_EXCEPT, where the clause goes on
            Lifter e = l.fork();
            w.walk(j, resume, e, r.withFollow(resume), -1);
            orelse = e.out;
        } else if (inline && w.onlyHandlerCode(j, handler)
                && (w.normalFlow.get(i) || (j > i ? !entered(w, i, j, j) : w.code.op(j - 1).isTerminal()))) {
            // between the body and the handler only other handlers' code (a comprehension's cleanup); not
            // what the body falls into inside an except clause (all handler code): an else clause; an empty
            // body (a try that protects nothing, OrphanHandlers) by the instruction before it, which it follows
            resume = Math.min(areaEnd, to);
        } else if (inline && w.env.atLeast(3, 12) && TryElses.handlerLaidOutPast(w, j, handler)) {
            // a statement in the code after the body has its handler (a comprehension's cleanup, a nested
            // try's) laid out past ours: compiled after our handlers, it follows the statement (an else
            // clause is compiled before them, its handlers laid out before ours)
            resume = j;
        } else if (inline) {
            int caught = TryElses.callCaughtBy(w, j, handler, handler);
            if (caught >= 0) {
                // the try's own handler protects a call there: the body goes on (3.11: an inner try/finally's
                // copy of its finally body on the normal path, seed 13 f289), no else clause
                throw new LiftException("code after a try body protected by its handler at " + w.code.op(caught).offset());
            }
            if (TryElses.nestedTryOwnReturn(w, i, j, handler)) {
                // the code after the body is the else of a try nested in it, returning a constant that only
                // that try's body reaches (its clauses leave the enclosing clause elsewhere), beyond the
                // region the nested try was read in (3.13+, seed 71 f137)
                throw new LiftException("a nested try's else return after the body at " + w.code.op(j).offset());
            }
            if (leavesEnclosingClause(w, i, j, r)) {
                // a branch of the body falls off the enclosing clause by its own POP_EXCEPT and jump, past
                // the code at j: that code is the rest of another branch (its return, unwound past the
                // range: tails seed 1 f68, 3.13+), not an else clause every path of the body runs
                throw new LiftException("a try body's branch leaves the enclosing clause past the code after it at "
                        + w.code.op(j).offset());
            }
            Lifter e = l.fork();
            int until = TryElses.secondReturnCopy(w, i, j, handler);
            int stop = w.walk(j, until, e, r.withFollow(areaEnd), -1);
            stop = stop == until ? handler : stop;
            orelse = e.out;
            // (the walk stops at an enclosing finally's copy on the normal exit, before the one return after
            // the statement, Walker.normalExitBeforeSharedReturn: the try/finally reads both; seed 103 f228)
            resume = stop < handler && w.normalExitBeforeSharedReturn(stop, r) ? stop : Math.min(areaEnd, to);
        } else if (!inline && end < 0 && j < to && TryElses.allLeave(clauseBodies, clauses)
                && Borrows.visited(w.code, j, to) == Boolean.TRUE && !Borrows.jumpedIntoFromOutside(w.code, i, j)
                && !TryElses.plainInNormalFlow(w, j, to)) {
            // 3.14: every clause returns or raises and borrowed loads say the body's block goes on: an else
            // clause (the code after the statement lies past an empty block, its loads plain, unless a jump
            // from the body reaches it)
            Lifter e = l.fork();
            w.walk(j, to, e, r, -1);
            orelse = e.out;
            resume = to;
        } else {
            resume = j;
            int stranded = end < 0 ? TryRanges.suppressedPastRegion(w, i, j, to, handler, r) : -1;
            List<Stmt> strandedElse = stranded >= 0 ? TryElses.strandedElse(w, i, j, to, handler, false, l, r)
                    : strandedRegionElse(w, i, j, to, handler, end, l, r);
            if (strandedElse != null) {
                orelse = strandedElse;
                strandedRead = true;
                stranded = -1;
            }
            if (stranded >= 0) {
                throw new LiftException("a with's suppressing path goes on past the try's region, after other code, at "
                        + w.code.op(stranded).offset());
            }
            if (end < 0 && j < to && ExceptClauses.commonExit(afterExcept, copiesExits) != null) {
                // the handler lies past this region and every clause ends with the same copied exit:
                // the rest of the region, reached from the body only, is the else clause
                Lifter e = l.fork();
                Walker.Marks before = w.marks();
                w.walk(j, to, e, r, -1);
                if (ExceptClauses.sharedExit(afterExcept, e.out, copiesExits) != null) {
                    orelse = e.out;
                    resume = to;
                } else if (!ExceptClauses.leaves(e.out) && r.follow() == to && TryElses.onlyHandlersReach(w, i, j)
                        && ExceptClauses.copiesOfFollow(w, afterExcept, afterExceptAt, to, true)) {
                    // the body always raises, its nested try's clauses going on at j: the else falls off the
                    // region's end into the exit the clauses copied, where the region goes on (the statement
                    // ends an enclosing try's body: fuzz tails seed 4 f133)
                    orelse = e.out;
                    resume = to;
                } else if (ExceptClauses.leaves(e.out) && enteredOnlyFrom(w, j, to, i)
                        && ExceptClauses.movableExit(w, handler, afterExcept, afterExceptAt, clauseBodies, e.out) != null) {
                    // the rest of the region, which only the body reaches, leaves (a return): the body's end,
                    // and the clauses' code after their POP_EXCEPT the code after the statement (3.12+: `if c():
                    // try: x(); return 1 / except E: pass / return v` then code, unseen set 195 r183 f198)
                    orelse = e.out;
                    resume = to;
                } else {
                    w.restore(before);      // read again as the code after the statement
                }
            }
        }
        if ((orelse == null || orelse.isEmpty()) && resume == j && j < to && w.normalFlow.get(j) && !ExceptClauses.leaves(body.out)
                && !ExceptClauses.allPlain(afterExcept) && !w.jumpedInto(j, to)
                && ExceptClauses.copiesOfFollow(w, afterExcept, afterExceptAt, r.follow())) {
            // the clauses fall off their end into a copy of the code the region goes on at, past [j, to):
            // that code, which the body falls into, is the else clause
            Lifter e = l.fork();
            w.walk(j, to, e, r, -1);
            orelse = e.out;
            resume = to;
        }
        if (orelse == null) {
            orelse = List.of();
        }
        if (orelse.isEmpty() && resume == j && j < to && end >= 0 && end < i && ExceptClauses.allPlain(afterExcept)
                && r.loop() != null && r.loop().continues().contains(end) && !Branches.sameExit(w, end, j)
                && clauseBodies.size() == clauses.size()) {
            // the clauses fall off to the loop's head, the body into the code at j, read as the code after the
            // statement: a clause that may fall off goes round, a continue (not into that code: 3.14 with no
            // borrowed loads to tell an else, seed 120 f79)
            l.emit(new Stmt.Try(body.out, TryElses.continuing(clauses, clauseBodies), orelse, List.of(), star));
            return j;
        }
        if (orelse.isEmpty() && resume == j && j >= to && end > to && r.follow() >= 0 && continuation < 0
                && (!w.code.op(j - 1).isTerminal() && !w.code.op(j - 1).isUnconditionalJump()
                    || (!w.env.atLeast(3, 12) || w.code.op(j - 1).is("JUMP_BACKWARD")) && jumpsTo(w, i, j, j))
                && !Branches.sameExit(w, end, r.follow()) && skipNops(w, end) != skipNops(w, r.follow())) {
            // the body ends the region, but the clauses fall off their end elsewhere than where the region
            // goes on (another exit): the code there, past the region, runs after the body only, an else
            // clause this region cannot hold (a try-finally's or an enclosing try's body ends with the statement).
            // The body may reach the region's end by a jump over handler code laid out inside the range (a
            // nested try's clauses, 3.11), or (3.12+) by a loop's exit when the loop ends the body
            throw new LiftException("except clauses fall off past the end of their region at " + w.code.op(handler).offset());
        }
        // the same when the body or else clause leaves: the statement ends the region, its clauses go on past
        // it elsewhere than the region does; when the region is an if's then-branch taken to end where its
        // else begins, Branches reads that else (3.11, 3.14: unseen tails 45 f250)
        boolean clausesPast = (orelse.isEmpty() ? ExceptClauses.leaves(body.out) : ExceptClauses.leaves(orelse)) && resume >= to
                && end > to && r.follow() >= 0 && continuation < 0 && !Branches.sameExit(w, end, r.follow())
                && skipNops(w, end) != skipNops(w, r.follow()) && (r.loop() == null || !r.loop().continuesThisOrOuter(end));
        w.clausesPastRegionTo = clausesPast ? end : -1;
        if (orelse.isEmpty() && resume == j + 1 && TryElses.elsePassNop(w, j, handler)
                && (r.loop() == null || skipNops(w, j + 1) != skipNops(w, r.loop().exit()))) {
            // (a NOP falling into the loop's exit holds an else's break: read as one further on)
            orelse = List.of(new Stmt.Pass());
        }
        if (bodyReadEnd && !orelse.isEmpty() && lastStatements(body.out).contains(orelse.get(0))) {
            // the body's last statement read the code where the body ends, laid out past the range, and the
            // else clause reads it again: a loop or an if whose branch returns there, unprotected (3.11's
            // POP_EXCEPT and return after a for loop in an except clause, seed 40 f53; 3.12+ a match case's
            // `while not c(): return 12` read as an if, rich seed 29 f292)
            throw new LiftException("try body reads the code past its end, read again as its else, at " + w.code.op(j).offset());
        }
        if (orelse.size() == 1 && orelse.get(0) instanceof Stmt.Return && elseBreakCopy(w, i, j, r)) {
            // the else clause's break, a copy of the while loop's exit block that an if/else of the body
            // joins at (its branch's jump left in place): printed as the break it was (3.13+ layout)
            orelse = List.of(new Stmt.Break());
        }
        List<Stmt> tryBody = body.out;
        if (orelse.size() == 1 && isPlainExit(orelse.get(0))
                && (!exitCallIn(w, j, resume) || w.orphanBodies.containsValue(handler) || unwoundBeforeLine(w, j, resume))
                && !copiedPastJump(w, i, j) && !strandedRead && !elseReturnKept) {
            // an exit that cannot raise compiles the same at the end of the body as in an else clause: the body reads better
            // (so does one through a with's exit call when the body protects nothing: OrphanHandlers, or when
            // its line's NOP lies outside the with too: the try body's return, unwound before it; not one only a
            // with's suppressing path reaches: after a with whose body never ends normally, it would read as dead code)
            tryBody = new ArrayList<>(body.out);
            tryBody.addAll(orelse);
            orelse = List.of();
        }
        if (!orelse.isEmpty() && elseProtected(w, j, resume, handler)) {
            throw new LiftException("code read as the else clause is protected by the try's own handler at " + w.code.op(j).offset());
        }
        if (!orelse.isEmpty() && branchIntoEarlierLines(w, i, j0, j, handler)) {
            throw new LiftException("a branch of the try body goes on past its range, on a line before its except clauses "
                    + "(the body's, not an else clause) at " + w.code.op(handler).offset());
        }
        List<Stmt> shared = ExceptClauses.sharedExit(afterExcept, orelse, copiesExits);
        if (shared != null) {
            // every clause and the else end with the same copy of the code after the statement
            orelse = new ArrayList<>(orelse.subList(0, orelse.size() - shared.size()));
            l.emit(new Stmt.Try(tryBody, clauses, orelse, List.of(), star));
            for (Stmt s : shared) {
                l.emit(s);
            }
            return resume;
        }
        if (enclosingEndCopied) {
            // the copies after the clauses' POP_EXCEPT are the enclosing clause's end, read where it goes on
            l.emit(new Stmt.Try(tryBody, clauses, orelse, List.of(), star));   // (their bodies before it)
            return resume;
        }
        if (!l.unwinding && !ExceptClauses.allPlain(afterExcept)) {     // (unwinding: dropped, the value returned)
            // code after a clause's POP_EXCEPT runs outside the handler: printed in the clause it would run
            // inside it (the handled exception as context). It is the code after the statement when no
            // other path reaches that: the clause then falls off its end into it.
            List<Stmt> after = ExceptClauses.movableExit(w, handler, afterExcept, afterExceptAt, clauseBodies,
                    orelse.isEmpty() ? tryBody : orelse);
            if (after == null && continuation < 0 && !ExceptClauses.leaves(orelse.isEmpty() ? tryBody : orelse)
                    && ExceptClauses.copiesOfFollow(w, afterExcept, afterExceptAt, resume < to ? resume : r.follow())) {
                // every copy is of the code the statement's normal path falls into (the end of an enclosing
                // try body): the clauses fall off their end there too
                l.emit(new Stmt.Try(tryBody, clauses, orelse, List.of(), star));
                return resume;
            }
            if (after == null || r.loop() != null || continuation >= 0 || resume < to && !w.onlyHandlerCode(resume, to)) {
                throw new LiftException("code copied after an except clause's POP_EXCEPT at " + w.code.op(handler).offset() + (System.getenv("DEPYF_DEBUG") != null ? " " + afterExcept : ""));
            }
            List<Stmt.ExceptHandler> fallen = new ArrayList<>();
            for (int c = 0; c < clauses.size(); c++) {
                Stmt.ExceptHandler h = clauses.get(c);
                fallen.add(afterExcept.get(c).equals(after) ? h
                        : new Stmt.ExceptHandler(h.type(), h.name(), clauseBodies.get(c)));
            }
            l.emit(new Stmt.Try(tryBody, fallen, orelse, List.of(), star));
            for (Stmt s : after) {
                l.emit(s);
            }
            return resume;
        }
        if (!clauseBodies.isEmpty() && clauseBodies.size() == clauses.size()) {
            List<Stmt.ExceptHandler> whole = new ArrayList<>();
            for (int c = 0; c < clauses.size(); c++) {
                Stmt.ExceptHandler h = clauses.get(c);
                whole.add(new Stmt.ExceptHandler(h.type(), h.name(), clauseBodies.get(c)));
            }
            clauses = whole;
        }
        if (continuesLoop && fallsToContinue(w, resume, to, r, end)) {
            clauses = withoutTrailingContinue(w, clauses);   // the try ends the loop body: falling off continues
        } else if (continuesLoop && resume < to && orelse.isEmpty() && w.env.atLeast(3, 13)) {
            clauses = withWhileTrueContinue(clauses);
        }
        l.emit(new Stmt.Try(tryBody, clauses, orelse, List.of(), star));
        if (continuation >= 0) {
            // the code after the try statement, laid out inside the clause that falls into it
            if (suppressedOnly && continuation > handler && w.dead.nextClearBit(continuation) >= continuationEnd) {
                w.dead.clear(continuation, continuationEnd);   // marked by an earlier reading of this statement, since dropped
            }
            int before = l.out.size();
            if (!coldAfterOrphan || !ColdContinuations.endOfEnclosingBody(w, r, continuation)) {
                Op last = w.code.op(continuationEnd - 1);
                // (its jump to where an enclosing try's clauses go too: the end of that try's body, falling off
                // it, no written continue where that is a loop's test laid out past the handlers, 3.12-3.13)
                boolean bodyEnd = last.isUnconditionalJump() && last.target() > continuationEnd
                        && ColdContinuations.enclosingClausesGo(w, r, last.target());
                int through = !bodyEnd && ColdContinuations.valueUnderExit(w, continuationEnd) ? returnThroughExitsEnd(w, continuationEnd) : -1;
                if (through > continuationEnd) {
                    continuationEnd = through;
                }
                w.walk(continuation, bodyEnd ? continuationEnd - 1 : continuationEnd, l, r, -1);
                w.coldContinuations.addAll(l.out.subList(before, l.out.size()));
            }
            w.dead.set(continuation, continuationEnd);   // walked: not again where the walk reaches it in layout order
            if (coldAfterOrphan) {
                if (l.out.size() == before && w.env.atLeast(3, 13)) {
                    // 3.13+ thread a clause's jump through a block holding only a jump unless a line holds it
                    // there: a statement compiled to nothing (`pass`, here or in an enclosing try's else)
                    l.emit(new Stmt.Pass());
                }
                return resume;
            }
            if (suppressedOnly && continuation > handler && continuation > to && j == to) {
                return to;                     // (the code after it in the enclosing body: its exit after the range)
            }
            if (suppressedOnly && continuation > handler) {
                return continuationEnd;        // the code after the statement, past its handlers: walked to the region's end
            }
            if (coldWithElse) {
                return resume;                 // past the else, which ends the region
            }
            return j > to ? j : Math.min(j, to);    // past `to` when a return was finished after the range
        }
        return resume;
    }

    /**
     * Where the copy of the enclosing clause's end starts in (j, to] when every clause ends with one
     * ({@link #copyEnclosingClauseEnd}): the last POP_EXCEPT there starting the same instructions. -1 otherwise.
     */
    private static int elseBeforeEnclosingClauseEnd(Walker w, int j, int to, List<Integer> afterExceptAt, Lifter l) {
        if (!copyEnclosingClauseEnd(w, afterExceptAt, l)) {
            return -1;
        }
        int c = afterExceptAt.get(0) + 1;
        int k = ExceptClauses.afterNameCleanup(w.code, c + 1);
        int len = (w.code.op(k).isReturn() ? k + 1 : k + 2) - c;
        for (int q = Math.min(to, w.code.size() - len); q > j; q--) {
            if (w.code.op(q).is("POP_EXCEPT") && sameOps(w, q, c, len)) {
                return w.jumpedInto(j, q) ? -1 : q;
            }
        }
        return -1;
    }

    /**
     * 3.13+: True when [i, j) holds an exit of an except clause enclosing the statement (its handler before
     * i, not a nested try's): POP_EXCEPT then a jump, not a loop's break or continue, reachable.
     */
    private static boolean leavesEnclosingClause(Walker w, int i, int j, Region r) {
        if (!w.env.atLeast(3, 13)) {
            return false;                      // (3.11 lays handlers out inline: their clauses' exits are there)
        }
        for (int k = i + 1; k < j; k++) {
            Op op = w.code.op(k);
            int pop = ExceptClauses.beforeNameCleanup(w.code, k - 1);
            if (!op.isUnconditionalJump() || !w.reachable.get(k) || pop < 0 || !w.code.op(pop).is("POP_EXCEPT")) {
                continue;
            }
            int clause = clauseStart(w, pop);
            if (clause >= 0 && clause < i
                    && !(r.loop() != null && (r.loop().continuesThisOrOuter(op.target()) || ExceptClauses.breaks(w, r, op.target())))) {
                return true;
            }
        }
        return false;
    }

    /** The handler (PUSH_EXC_INFO) of the innermost except clause whose handler area holds k, or -1. */
    private static int clauseStart(Walker w, int k) {
        int best = -1;
        for (Code.Handler h : w.code.handlers()) {
            int t = h.target();
            if (t > best && t <= k && w.code.op(t).is("PUSH_EXC_INFO") && Handlers.kind(w.code, t) == Handlers.Kind.EXCEPT
                    && k < ExceptClauses.handlerAreaEnd(w, t)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * 3.13+: every clause ends with a copy of the end of the enclosing except clause the statement ends (its
     * POP_EXCEPT, name cleanup and the return after it: a small exit block without a line, which flowgraph.c's
     * inline_small_or_no_lineno_blocks copies into each path): the clauses fall off their end, they do not
     * leave. The code after the body up to the handler, ending in the same copy, is then the else clause
     * (code after the statement would be a block with lines of its own, which the clauses would jump to).
     */
    private static boolean copyEnclosingClauseEnd(Walker w, List<Integer> afterExceptAt, Lifter l) {
        if (!w.env.atLeast(3, 13) || afterExceptAt.isEmpty()) {
            return false;
        }
        for (int p : afterExceptAt) {
            if (p < 0 || p + 1 >= w.code.size() || !w.code.op(p + 1).is("POP_EXCEPT")) {
                return false;
            }
            int k = ExceptClauses.afterNameCleanup(w.code, p + 2);
            if (k >= w.code.size() || !(w.code.op(k).isReturn() || constReturn(w, k))) {
                return false;
            }
        }
        for (int d = 1; d <= l.depth(); d++) {
            if (l.peek(d) == Item.PreviousException.INSTANCE) {
                return true;                   // (inside an except clause)
            }
        }
        return false;
    }

    /**
     * True when [j, to) ends with a return through enclosing withs ({@link #returnThroughExitsEnd}): the
     * last exit call run straight before {@code to} and nothing but line NOPs, pops and the return after it.
     */
    private static boolean returnsThroughExitAt(Walker w, int j, int to) {
        for (int k = to - 1; k >= j && k > to - 12; k--) {
            if (Tries.exitCall(w, k) > 0) {
                int s = k;
                while (s > j && w.code.op(s - 1).is("NOP")) {
                    s--;
                }
                return returnThroughExitsEnd(w, s) == to;
            }
        }
        return false;
    }

    /**
     * Where the code at j (a try body's end) ends when it returns through enclosing withs: the value swapped
     * below the exits, their exit calls, a loop's iterator pop, then the return (its constant loaded after the
     * calls, 3.14); else -1.
     */
    private static int returnThroughExitsEnd(Walker w, int j) {
        int k = skipNops(w, j);
        while (k >= 0 && k < w.code.size() && w.code.op(k).is("SWAP")) {
            k++;                               // (a value returned: put below the exit and its manager)
        }
        int calls = 0;
        for (int n; (n = exitCall(w, k)) > 0; calls++) {
            k = skipNops(w, n);
        }
        // (and an enclosing except clause's POP_EXCEPT and name cleanup: the with inside the clause, unwound by
        // the return too)
        while (k < w.code.size() && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("SWAP") || w.code.op(k).is("POP_EXCEPT"))) {
            k = w.code.op(k).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, k + 1) : k + 1;
        }
        return calls == 0 || k >= w.code.size() ? -1 : w.code.op(k).isReturn() ? k + 1 : constReturn(w, k) ? k + 2 : -1;
    }

    /** True when the body protected by {@code handler} ends past its last range with a return through withs ending at to. */
    private static boolean bodyReturnsThroughExits(Walker w, int handler, int to) {
        int end = ColdContinuations.bodyRangeEnd(w, handler);
        return end > 0 && returnThroughExitsEnd(w, end) == to;
    }

    /**
     * Where the code at j (a try body's end) ends when it is a continue or break through enclosing withs:
     * their exit calls, for a break out of a for loop the iterator's pop, then the jump to the loop's head or
     * exit; else -1.
     */
    private static int loopJumpThroughExitsEnd(Walker w, int j, Region r) {
        if (r.loop() == null) {
            return -1;
        }
        int k = skipNops(w, j);
        int calls = 0;
        for (int n; (n = exitCall(w, k)) > 0; calls++) {
            k = skipNops(w, n);
        }
        if (calls == 0 || k >= w.code.size()) {
            return -1;
        }
        if (k == r.loop().exit() && !r.loop().isFor()) {
            return k;                          // (a break out of a while loop falling into its exit)
        }
        Op jump = w.code.op(k);
        if (jump.isUnconditionalJump() && r.loop().continues().contains(jump.target())) {
            return k + 1;
        }
        int p = r.loop().isFor() && ForLoops.popsIterator(jump) && k + 1 < w.code.size() ? k + 1 : k;
        return w.code.op(p).isUnconditionalJump() && w.breaksTo(r, w.code.op(p).target()) ? p + 1 : -1;
    }

    /**
     * 3.12+: where the code after a try statement at t, laid out after the try's handler and protected by a
     * with enclosing it (one of the region's), ends at that with's normal exit call
     * ({@link ColdContinuations#endAtWithExit}), or jumps back to that exit call where the region (a branch
     * ending the with's body) goes on: past the jump then. -1 when it does neither.
     */
    private static int coldEndInWith(Walker w, int t, Region r) {
        int first = -1;
        for (int h : r.handlers()) {
            int e = ColdContinuations.endAtWithExit(w, t, h);
            if (e > t && (first < 0 || e < first)) {
                first = e;                     // (the innermost with's: withs nested in one another)
            }
        }
        if (first > t) {
            return first;
        }
        int e = w.env.atLeast(3, 12) ? ColdContinuations.end(w, t, r) : -1;
        int f = r.follow();
        Code.Handler with = e > t ? w.code.handlerAt(t) : null;
        return with != null && f >= 0 && f < t && w.code.op(e - 1).isUnconditionalJump() && w.code.op(e - 1).target() == f
                && !Withs.sameHandler(w.code.handlerAt(f), with) && exitCall(w, f) > 0 ? e : -1;
    }

    /**
     * 3.12+: the else clause [.., to) ends in a with whose body returns through an enclosing finally body
     * (compile.c's compiler_unwind_fblock_stack: each with's exit call, then the finally body's copy, then
     * the constant returned), the region (that try/finally's body) ending at the copy; the else falls off
     * only through the with's suppressing paths, which flowgraph.c lays out with the handlers and which jump
     * (through a copy of an enclosing with's exit call) to where the clauses go, {@code end}: the normal
     * exit's copy of the finally body laid out past the handlers. Between {@code to} and {@code end} lies
     * only that return's tail, handler code, every jump out of which goes to {@code end}, and code of an
     * enclosing statement laid out there: no code of the else's own this region leaves out.
     */
    private static boolean elseSuppressedToClausesEnd(Walker w, List<Stmt> orelse, int i, int to, int end, Region r) {
        if (!w.env.atLeast(3, 12) || orelse.isEmpty() || !(orelse.get(orelse.size() - 1) instanceof Stmt.With with)
                || !ExceptClauses.leaves(with.body())) {
            return false;
        }
        int copy = w.unwindingCopy(to, r);
        int k = copy > 0 ? to + copy : -1;
        if (k < 0 || k >= end || !constReturn(w, k)) {
            return false;
        }
        k += w.code.op(k).is("RETURN_CONST") ? 1 : 2;
        for (int p = k; p < end; p++) {
            int t = w.code.op(p).target();
            if (!w.normalFlow.get(p) && t >= end && skipNops(w, t) != skipNops(w, end)
                    || w.normalFlow.get(p) && !enclosingCodeLaidOut(w, i, p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Normal-flow code at p, laid out among the handlers of the try statement starting at i, belongs to an
     * enclosing statement (an if's copy of the final return): only code before the statement jumps to it,
     * and nothing but such code falls into it.
     */
    private static boolean enclosingCodeLaidOut(Walker w, int i, int p) {
        Op before = w.code.op(p - 1);
        if (!before.isTerminal() && !before.isUnconditionalJump() && !w.normalFlow.get(p - 1)) {
            return false;
        }
        for (Op op : w.code.ops()) {
            if (op.target() == p && op.index() >= i && w.reachable.get(op.index())) {
                return false;
            }
        }
        return w.jumpTargets.get(p) || w.normalFlow.get(p - 1);
    }

    /**
     * True when k returns a constant: after a clause's POP_EXCEPT that is the clause's own {@code return
     * CONST} as much as a copy of the code after the statement (left to {@link TryElses#leavingClauses}).
     */
    static boolean constReturn(Walker w, int k) {
        Op op = w.code.op(k);
        return op.is("RETURN_CONST") || (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && k + 1 < w.code.size()
                && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /**
     * 3.12+: where the constant's return at j ends, when the range of a try/except's body [i, j) stops before
     * it, right after a test in the range that jumps past it, and the test of an if enclosing that one jumps
     * to another copy of the code there: the return is the then-branch of nested ifs the body ends with
     * ({@code try: if c(): if d(): return 1 / except E: pass}: 3.12+ return a constant after leaving the
     * range, and copy the code after the try, the function's {@code return None}, to where each test
     * jumps); or -1.
     */
    private static int branchConstReturnEnd(Walker w, int i, int j, int to, int handler) {
        // (an `or` of the test jumping to the return too: `while c() or d(): return 1`, unseen set 191 t64 f10)
        int end = w.env.atLeast(3, 12) && j > i && (!w.jumpTargets.get(j) || w.jumpsOnlyFrom(j, i, j))
                ? TryBodyEnds.constReturnEnd(w, j, to) : -1;
        if (end < 0 || end == j + 2 && w.jumpTargets.get(j + 1) || Branches.returnsNone(w, j)) {
            return -1;                         // (None: a copy of the function's end, the code after the try)
        }
        int test = WhileTrue.beforeNotTaken(w, j, i);
        Op op = w.code.op(test);
        if (!op.isConditionalJump() || op.target() != end || !w.normalFlow.get(test) || !Handlers.covers(w.code, test, handler)) {
            return -1;
        }
        for (int k = i; k < test; k++) {
            int t = w.code.op(k).target();
            if (w.code.op(k).isConditionalJump() && t > end && Branches.sameExit(w, t, end)) {
                return end;                    // (an enclosing if's test jumps to another copy of that code)
            }
        }
        return -1;                             // (a lone if: RangeTailExits reads its return past the range)
    }

    /**
     * 3.12+: where the constant's return at j ends, when the range of a try/except's body [i, j) stops before
     * it, the body falling into it, and a jump in the range goes past it to (a copy of) the code where the
     * region goes on: that return is the body's (a match case's `x(); return 14` with another case's end
     * jumping past it to the code after the try, r177 f175), neither an else clause (which every normal path
     * of the body would run) nor the code after the statement (which that jump would reach). Else -1.
     */
    private static int skippedConstReturnEnd(Walker w, int i, int j, int to, int handler, Region r) {
        int end = w.env.atLeast(3, 12) && j > i && !w.jumpTargets.get(j) && w.fallenInto(j) && r.follow() >= 0
                ? TryBodyEnds.constReturnEnd(w, j, to) : -1;
        if (end < 0 || Branches.returnsNone(w, j)) {
            return -1;
        }
        for (int k = i; k < j; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if ((op.isConditionalJump() || op.isUnconditionalJump()) && t >= end && w.normalFlow.get(k)
                    && Handlers.covers(w.code, k, handler) && Branches.sameExit(w, t, r.follow())) {
                return end;
            }
        }
        return -1;
    }

    /**
     * {@link ColdContinuations#end} of the code after a try reached only from its clauses, at t: protected by
     * nothing, or (3.12+) inside an enclosing try/except's body ({@code if c(): try: (try: t(); return 1 /
     * except E2: pass) / u() / except E1: pass}: u() protected by the outer handler, laid out cold; a with's
     * body read so, its normal exit copying the code after it, is read by the with: Withs).
     */
    private static int clauseContinuationEnd(Walker w, int t, Region r) {
        int e = ColdContinuations.end(w, t);
        Code.Handler h = e < 0 && t < w.code.size() ? w.code.handlerAt(t) : null;
        return h != null && Handlers.kind(w.code, h.target()) == Handlers.Kind.EXCEPT ? ColdContinuations.end(w, t, r) : e;
    }

    /**
     * True when j is the end of an enclosing except clause that falls off: its POP_EXCEPT, name cleanup
     * and jump to where the clause goes on ({@code r}'s follow). Not a return's unwinding.
     */
    private static boolean endsEnclosingClause(Walker w, int j, Region r) {
        if (!w.code.op(j).is("POP_EXCEPT") || r.follow() < 0) {
            return false;
        }
        int k = ClauseEndBreaks.pastClauseEnds(w, j);   // (3.13+: and the end of a clause around, copied)
        // (or a copy of that end, where the region goes on: Walker.copiedClauseExit)
        return k < w.code.size() && w.code.op(k).isUnconditionalJump()
                && (skipNops(w, w.code.op(k).target()) == skipNops(w, r.follow()) || Branches.sameExit(w, j, r.follow()));
    }

    /**
     * False for the instructions that end a statement without leaving a value (the range then ends a
     * try inside a finally copy or with exit, below a return's value computed before it).
     */
    static boolean pushesValue(Op op) {
        return !op.isTerminal() && !op.name().startsWith("STORE_") && !op.name().startsWith("DELETE_")
                && !op.is("POP_TOP") && !op.is("NOP") && !op.is("POP_EXCEPT") && !op.is("END_FOR")
                && !op.is("POP_ITER") && op.target() < 0;
    }

    /**
     * True when code in [j, to) has a handler of its own laid out before {@code handler}: 3.12+ move
     * handlers to the end in the order they were compiled, and an else clause is compiled before the
     * except clauses, the code after the statement after them. 3.12 and 3.13 jump from the end of a
     * while loop's else clause to the loop's end, so there a clause's jump back is a continue.
     */
    private static boolean compiledBefore(Walker w, int j, int to, int handler) {
        for (int k = j; k < to; k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() >= to && h.target() < handler) {
                return true;
            }
            Integer orphan = w.orphanBodies.get(k);
            if (orphan != null && orphan >= to && orphan < handler) {
                return true;                   // (the same for a try there protecting nothing: OrphanHandlers)
            }
        }
        // 3.14 borrows the else clause's first local, not that of the code after the statement
        for (int k = j; k < to; k++) {
            if (w.code.op(k).name().startsWith("LOAD_FAST")) {
                return w.code.borrows(k);
            }
        }
        return false;
    }

    /**
     * True when j, where the try body's code ends, is the exit of the loop whose body the region ends (the
     * region goes on at the loop's head): the code there is the code after the loop, and a copy of it after
     * a clause's POP_EXCEPT is a break, not the clause falling off into the code after the statement
     * (3.14: `while c(): if c(): try: return x() / except E: break`, the loop's exit a `return None`).
     */
    private static boolean exitPastLoopBody(int j, Region r) {
        return r.loop() != null && j == r.loop().exit() && r.follow() != j
                && (r.loop().continues().contains(r.follow()) || r.follow() < 0);   // (no follow: the loop's body)
    }

    /**
     * 3.14: an except clause ends with a loop whose break test falls straight into the clause's exit (POP_EXCEPT,
     * the name's cleanup, the jump back to the head at {@code end}): flowgraph.c inlined that lineless block into
     * the break (inline_small_or_no_lineno_blocks: no line number, no fall-through), which it does not do for a
     * written `continue` after the loop (a block with a line: the break jumps to it). So the clause falls off its
     * end, the try statement goes on at the head, and the code after the body, which the clause skips, is the
     * else (what a closure's LOAD_DEREFs leave to tell, no borrowed load: compiledBefore).
     * fuzz_unseen13.closure_clause_while_true_break_else_code.
     */
    private static boolean clauseFallsOffAtInnerBreak(Walker w, int handler, int end) {
        if (!w.env.atLeast(3, 14)) {
            return false;
        }
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        for (int k = handler + 2; k < areaEnd && k < w.code.size(); k++) {
            if (!w.code.op(k).is("POP_EXCEPT") || !w.reachable.get(k) || w.jumpTargets.get(k)) {
                continue;
            }
            int test = w.code.op(k - 1).is("NOT_TAKEN") ? k - 2 : k - 1;
            Op t = w.code.op(test);
            int x = ExceptClauses.afterNameCleanup(w.code, k + 1);
            if (!t.isConditionalJump() || t.target() <= k || x >= w.code.size() || !w.code.op(x).is("JUMP_BACKWARD")
                    || skipNops(w, w.code.op(x).target()) != skipNops(w, end)) {
                continue;
            }
            // the test's other way runs an inner loop's body, jumping back to a head in the clause before the test
            for (int q = t.target(); q < areaEnd; q++) {
                Op b = w.code.op(q);
                if (b.is("JUMP_BACKWARD") && b.target() > handler && b.target() <= test) {
                    return true;
                }
                if (b.isTerminal() || b.is("POP_EXCEPT") || b.target() > q) {
                    break;
                }
            }
        }
        return false;
    }

    /** True when some exception table entry jumps to k. */
    private static boolean isHandlerStart(Walker w, int k) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when k is in the normal flow, or (3.12+) reached when the code at {@code from}, where the else
     * would start, is reached only by a with's suppressing path (off the normal flow).
     */
    private static boolean reachedExit(Walker w, int from, int k) {
        return w.normalFlow.get(k) || w.env.atLeast(3, 12) && from < w.code.size() && !w.normalFlow.get(from) && w.reachable.get(k);
    }

    /**
     * True when a with's __exit__ call starts in the reached code of [from, to) (the normal flow, or, 3.12+, code
     * only a with's suppressing path reaches: {@link #reachedExit}): an else clause's exit unwinding through it. Both spellings
     * compile the same (the unwinding lies outside the range either way); the else is kept as the source's
     * own spelling, not moved into the try body.
     */
    private static boolean exitCallIn(Walker w, int from, int to) {
        for (int k = from; k < to && k < w.code.size(); k++) {
            if (reachedExit(w, from, k) && exitCall(w, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the exit in [from, to) runs a with's exit call and the code before that call (the exit's
     * line NOP) is protected by nothing inside that with (by the call's own protection, one further out,
     * or nothing): the return was unwound from the try body and the withs at once. An else clause's return
     * starts inside the with, its NOP protected by it. (Reached code, not only the normal flow: an else
     * reached only by a with's suppressing path, `with m: try: with n: return 3 / except: pass / else: return 32`,
     * 3.12+, has its NOP protected by the outer with; read into the body it compiled with an unprotected one.)
     */
    private static boolean unwoundBeforeLine(Walker w, int from, int to) {
        for (int k = from; k < to && k < w.code.size(); k++) {
            if (reachedExit(w, from, k) && exitCall(w, k) > 0) {
                for (int n = from; n < k; n++) {
                    Code.Handler around = w.code.handlerAt(n);
                    if (around != null && !Handlers.covers(w.code, k, around.target())) {
                        return false;
                    }
                }
                return true;                   // (no NOP: the return shares the line of the body's last statement)
            }
        }
        return false;
    }

    /**
     * 3.12+: the return at j, past the try's range, unwinding through the exit call of the with around the
     * try, is an else clause's when its line's NOP at j is protected by that with: compile.c's compiler_return
     * emits the NOP, then compiler_unwind_fblock_stack the POP_BLOCKs (NOPs of the return's line, protected
     * by nothing; flowgraph.c drops the redundant ones): a return in the try body is left with such an
     * unprotected NOP (3.12 `with m: try: x / return 10 / except E: pass`: `56 NOP` in no range), an
     * else's NOP comes after the try's POP_BLOCK, inside the with ({@link #unwoundBeforeLine} false).
     */
    private static boolean elseReturnInWith(Walker w, int j, int to) {
        return w.env.atLeast(3, 12) && w.code.op(j).is("NOP") && w.code.handlerAt(j) != null
                && Handlers.kind(w.code, w.code.handlerAt(j).target()) == Handlers.Kind.WITH && !unwoundBeforeLine(w, j, to);
    }

    /**
     * 3.12+: True when [j, to) is an else clause's straight code inside the with around the try (or its
     * return's line NOP alone, {@link #elseReturnInWith}), then a return unwound from {@code to}, where the
     * with's range stops before its exit call ({@code except E2: with m(): try: x() / except E1: pass / else:
     * t(); return 1}: the exit call, the clause's POP_EXCEPT and name cleanup, the constant's return).
     */
    private static boolean unwoundElseReturn(Walker w, int j, int to) {
        if (!w.env.atLeast(3, 12) || j >= to || returnThroughExitsEnd(w, to) <= to) {
            return false;
        }
        Code.Handler with = w.code.handlerAt(j);
        if (with == null || Handlers.kind(w.code, with.target()) != Handlers.Kind.WITH || skipNops(w, j) == to && !elseReturnInWith(w, j, to)) {
            return false;
        }
        for (int k = j; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal() || k > j && w.jumpTargets.get(k) || !Handlers.covers(w.code, k, with.target())) {
                return false;                  // (straight code of the else, inside the with only)
            }
        }
        return true;
    }

    /**
     * 3.12+: the body jumps to the return at j with a jump the compiler left in place. It replaces a jump
     * to a small return block by a copy of it (inline_small_exit_blocks), whether the return ends the body
     * or an else clause; a jump left pointing at one was taken before the block became a return: the block
     * was then the jump to the code after the statement, whose return was copied there. So the return is
     * that code, not the body's (moved into the body, the recompiled jump would be replaced by a copy).
     */
    private static boolean copiedPastJump(Walker w, int i, int j) {
        if (!w.env.atLeast(3, 12) || j >= w.code.size() || !w.code.op(j).isReturn()) {
            return false;
        }
        for (int k = i; k < j; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && op.target() == j && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #unprotectedReturnEnd} when it is {@code to}, or when a copy of the exit block at {@code to}
     * fills the rest of the region, which only a jump reaches: 3.12 leaves the implicit return after an
     * else clause's return in a branch ending the function, and the code after the try, reached only from
     * the clauses and laid out after the handlers, jumps back to it. Else -1.
     */
    private static int returnEndBeforeExitCopy(Walker w, int j, int to, int end, Region r) {
        int e = unprotectedReturnEnd(w, j, end, r);
        if (e == to) {
            return e;
        }
        return e > j && e < to && to < w.code.size() && w.jumpTargets.get(e) && !w.fallenInto(e)
                && e + w.copiedExitLength(e, to) == to ? e : -1;
    }

    /**
     * 3.12+: the return ending the body at j, left out of the protected range: compile.c's compiler_return
     * unwinds the try's block before it (POP_BLOCK), so the RETURN_VALUE, and for a constant its load too
     * (RETURN_CONST, 3.14's LOAD_CONST or LOAD_SMALL_INT; RETURN_VALUE), lie past the range. Where that
     * return ends, or -1. (The body's return, not the code after the try, when the clauses go on past their
     * handler: the code after the try, which the body would fall into, is where they would jump.)
     */
    private static int unprotectedReturnEnd(Walker w, int j, int end, Region r) {
        // (in a for loop the return pops the loop's iterator first, also past the range: compile.c's
        // compiler_unwind_fblock_stack emits that POP_TOP before the constant's return)
        int k = iteratorPops(w, skipNops(w, j));
        if (!w.env.atLeast(3, 12) || k >= w.code.size() || w.code.handlerAt(k) != null) {
            return -1;
        }
        Op op = w.code.op(k);
        if ((op.is("RETURN_CONST") || op.is("LOAD_CONST")) && op.argval() instanceof depyf.pyc.PyObject.None
                && r.loop() != null && (r.loop().continues().contains(end) || w.isDisplacedTest(end, r))) {
            // (a copy of the implicit return a break leaves by: 3.13's `else: break`, the clauses going round
            // the loop; a return when they go on to the code after the try, laid out past the handlers)
            return -1;
        }
        if (op.is("RETURN_VALUE")) {
            return k + 1;
        }
        int e = TryBodyEnds.constReturnEnd(w, k, w.code.size());
        return e == k + 2 && w.code.handlerAt(k + 1) != null ? -1 : e;
    }

    /**
     * 3.12+: the code at t, where the clauses of a try whose body and else leave go on, is a copy of the
     * function's final {@code return None} (laid out after the handlers, reached only by jumps), not the
     * region's follow: the code after the statement, which the clauses reach and nothing else does.
     */
    private static boolean coldReturnCopy(Walker w, int t, Region r) {
        return w.env.atLeast(3, 12) && t < w.code.size() && Branches.returnsNone(w, t) && !w.fallenInto(t)
                && t != r.follow() && w.code.op(t - 1).is("RERAISE");
    }

    /**
     * True when the try body [i, j) ends the region [.., to) with a break or continue (3.12+), at j or, read
     * already as the body's end, right before it ({@link #loopJumpEnd}), or with the NOP of a break ending a
     * while True body ({@link WhileTrue}'s else break): it never falls off its end.
     */
    private static boolean endsWithLoopJump(Walker w, int i, int j, int to, Region r) {
        return loopJumpEnd(w, j, r) == to || j == to - 1 && w.elseBreakNops.contains(j)
                || j == to && (j - 1 > i && loopJumpEnd(w, j - 1, r) == j || j - 2 > i && loopJumpEnd(w, j - 2, r) == j);
    }

    /**
     * 3.12+: a break or continue at j ending a try body (laid out right after its range): the iterator's
     * pop of a break out of a for loop, then the jump to the loop's exit or head. Where it ends, or -1.
     */
    private static int loopJumpEnd(Walker w, int j, Region r) {
        if (!w.env.atLeast(3, 12) || r.loop() == null || j >= w.code.size()) {
            return -1;
        }
        int k = r.loop().isFor() && ForLoops.popsIterator(w.code.op(j)) && j + 1 < w.code.size() ? j + 1 : j;
        Op jump = w.code.op(k);
        boolean popped = k > j;
        if (!jump.isUnconditionalJump() || w.code.handlerAt(k) != null) {
            return -1;
        }
        // (a break threaded to an enclosing loop's head leaves too: the loop ends that loop's body)
        boolean leaves = r.loop().continues().contains(jump.target()) && !popped
                || (w.breaksTo(r, jump.target()) || r.loop().continuesOuter(jump.target())) && (popped || !r.loop().isFor());
        return leaves ? k + 1 : -1;
    }

    /**
     * 3.12+: a break out of a for loop at j, the iterator's POP_TOP and a copy of the small return block
     * after the loop (Walker.inlinedBreak): where it ends, or -1.
     */
    private static int breakCopyEnd(Walker w, int j, Region r) {
        if (!w.env.atLeast(3, 12) || r.loop() == null || !r.loop().isFor() || j >= w.code.size()
                || !w.code.op(j).is("POP_TOP") || w.code.handlerAt(j) != null) {
            return -1;
        }
        int exit = r.loop().exit();
        for (int n = 1; n <= 8 && j + n < w.code.size(); n++) {
            Op op = w.code.op(j + n);
            if (op.isReturn()) {
                return exit >= 0 && exit != j + 1 && exit + n <= w.code.size() && sameOps(w, exit, j + 1, n) ? j + n + 1 : -1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /** True when [from, to) holds normal-flow code that is neither read (dead) nor handler code. */
    private static boolean normalCodeBetween(Walker w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.normalFlow.get(k) && w.reachable.get(k) && !w.dead.get(k) && !w.code.op(k).is("NOP")) {
                return true;
            }
        }
        return false;
    }

    /** An exit that cannot raise: it compiles the same at the end of a try body as in its else clause. */
    private static boolean isPlainExit(Stmt s) {
        return s instanceof Stmt.Break || s instanceof Stmt.Continue
                || s instanceof Stmt.Return ret && (ret.value() == null || ret.value() instanceof Expr.Constant);
    }

    /**
     * True when the body [i, j) jumps (in the normal flow) to j and also falls into it, and the block at j
     * is a copy of the exit block of the enclosing while loop: the break of an else clause that the compiler
     * replaced by a copy of that block, an if/else of the body joining at it.
     */
    private static boolean elseBreakCopy(Walker w, int i, int j, Region r) {
        Region.Loop loop = r.loop();
        if (!w.env.atLeast(3, 13) || loop == null || loop.isFor() || loop.exit() < 0 || loop.exit() >= w.code.size()
                || j >= w.code.size() || !w.fallenInto(j)) {
            return false;
        }
        int exit = skipNops(w, loop.exit());
        int n = FinallyCopy.exitLength(w, j);
        if (n == 0 || exit == j || FinallyCopy.exitLength(w, exit) != n || !sameOps(w, exit, j, n)) {
            return false;
        }
        for (int k = i; k < j; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && op.target() == j && w.normalFlow.get(k) && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a reachable jump in [i, j) goes back to before i (out of the body, to code laid out before it). */
    private static boolean jumpsBackOut(Walker w, int i, int j) {
        for (int k = i; k < j; k++) {
            int t = w.code.op(k).target();
            if (w.reachable.get(k) && t >= 0 && t < i) {
                return true;
            }
        }
        return false;
    }

    /**
     * The few straight-line instructions [j, to) read as one plain exit (a break, possibly the iterator's
     * pop and a copied return): that statement, or null.
     */
    private static List<Stmt> loneExit(Walker w, int j, int to, Lifter l, Region r) {
        if (to - j > 8) {
            return null;
        }
        for (int k = j; k < to; k++) {
            if (w.code.op(k).isConditionalJump() || w.code.op(k).name().startsWith("STORE_")) {
                return null;
            }
        }
        Lifter e = l.fork();
        try {
            w.walk(j, to, e, r, -1);
        } catch (LiftException ex) {
            return null;
        }
        return e.out.size() == 1 && isPlainExit(e.out.get(0)) ? e.out : null;
    }

    /** Falling off a statement that resumes at {@code resume} continues the enclosing loop at {@code end}. */
    private static boolean fallsToContinue(Walker w, int resume, int to, Region r, int end) {
        if (resume >= to) {
            // the loop's own jump back: where falling off its body goes (`while True` may have two heads)
            Op close = w.code.op(r.loop().bodyEnd() - 1);
            boolean back = close.target() >= 0 && close.target() < close.index();
            if (!back && !w.env.atLeast(3, 14) && !r.loop().isFor() && leavesFunction(close)) {
                // a loop entered again only from a clause (WhileTrue.clauseOnlyLoopEnd): 3.11 to 3.13 lay a
                // clause falling off the try out as a jump to the loop's own jump back after the handlers,
                // which this loop does not have; its direct jump back is a continue
                return false;
            }
            // (3.11 does not thread the clause's jump to the end of the try through the loop's jump back:
            // with none, a jump straight back to the head is a continue)
            return r.loop().continues().contains(r.follow()) && (!back && w.env.atLeast(3, 12) || back && close.target() == end);
        }
        Op op = w.code.op(skipNops(w, resume));
        return op.isUnconditionalJump() && op.target() == end;   // 3.11's `while True` head has two targets
    }

    /**
     * True when a jump of the body [i, j0) lands in [j, handler), code laid out past the body that would be
     * read as the else clause, on a return of a constant on a line before the first except clause's (not
     * None, nor the code after the statement, which the clauses run too: copies of those carry the lines
     * of the paths reaching them): source order puts an else clause after
     * the clauses, so that return is the body's (3.12 leaves `else: return 12` of an if in the body
     * unprotected, past the range: it cannot raise).
     */
    private static boolean branchIntoEarlierLines(Walker w, int i, int j0, int j, int handler) {
        int clauseLine = handler + 1 < w.code.size() ? w.code.op(handler + 1).line() : -1;
        if (clauseLine <= 0) {
            return false;
        }
        int areaEnd = ExceptClauses.handlerAreaEnd(w, handler);
        for (int k = i; k < j0; k++) {
            int t = w.code.op(k).target();
            if (t >= j && t < handler && w.reachable.get(k) && !w.dead.get(t) && w.code.op(t).line() > 0 && w.code.op(t).line() < clauseLine
                    && w.code.op(t).is("RETURN_CONST") && !Walker.isNoneConst(depyf.lift.Lifter.constantExpr(w.code.op(t)))
                    && !copiedAfterClause(w, t, handler, areaEnd)) {
                return true;
            }
        }
        return false;
    }

    /** True when a clause's exit (after its POP_EXCEPT) is the same return as the one at t: the code after the statement, copied. */
    private static boolean copiedAfterClause(Walker w, int t, int handler, int areaEnd) {
        for (int k = handler; k + 1 < areaEnd; k++) {
            int after = ExceptClauses.afterNameCleanup(w.code, k + 1);
            if (w.code.op(k).is("POP_EXCEPT") && after < w.code.size() && w.code.op(after).sameAs(w.code.op(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean leavesFunction(Op op) {
        return op.isReturn() || op.is("RAISE_VARARGS") || op.is("RERAISE");
    }

    /**
     * The clauses, those ending with a {@code while True} loop given a continue after it: its breaks (3.13+)
     * run copies of the clause's end, POP_EXCEPT and the jump back to the enclosing loop's head, where the
     * clauses go (ClauseEndBreaks): the clause continues that loop rather than falling off into the code
     * after the try, which follows it in the loop body (seed 42 f47 on 3.14, the loads LOAD_DEREF).
     */
    private static List<Stmt.ExceptHandler> withWhileTrueContinue(List<Stmt.ExceptHandler> clauses) {
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (Stmt.ExceptHandler h : clauses) {
            List<Stmt> b = h.body();
            if (!b.isEmpty() && b.get(b.size() - 1) instanceof Stmt.While x && x.orelse().isEmpty()
                    && x.test() instanceof Expr.Constant k && k.value() instanceof depyf.pyc.PyObject.Bool t && t.value()) {
                b = new ArrayList<>(b);
                b.add(new Stmt.Continue());
            }
            out.add(new Stmt.ExceptHandler(h.type(), h.name(), b));
        }
        return out;
    }

    private static List<Stmt.ExceptHandler> withoutTrailingContinue(Walker w, List<Stmt.ExceptHandler> clauses) {
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (Stmt.ExceptHandler h : clauses) {
            List<Stmt> b = h.body();
            if (!b.isEmpty() && b.get(b.size() - 1) instanceof Stmt.Continue c && !w.writtenContinues.contains(c)) {
                b = b.size() == 1 ? List.of(new Stmt.Pass()) : b.subList(0, b.size() - 1);
            }
            out.add(new Stmt.ExceptHandler(h.type(), h.name(), b));
        }
        return out;
    }

    /**
     * The try body ending at j leaves by a continue or break through an enclosing finally body: line
     * NOPs, that body's copy and the jump (out of or back to the loop being walked), right before {@code
     * handler} (3.11), or (3.12+, the handler laid out after the code) ending the region [.., to), which
     * TryFinally.exitCopyBeforeHandlers took to end there. The jump's index, or -1.
     */
    private static int exitThroughFinally(Walker w, int j, int to, int handler, Region r) {
        int at = skipNops(w, j);
        int copy = at < handler ? w.unwindingCopy(at, r) : 0;
        int exit = copy > 0 ? skipNops(w, at + copy) : -1;
        return exit + 1 == (w.env.atLeast(3, 12) ? to : handler) && loopJump(w, exit, r) ? exit : -1;
    }

    /**
     * The unconditional jump at k is a break or continue of the loop being walked. (A loop whose body
     * never goes back, ending in a return, may be read as an if too: whose end such a jump would silently
     * reach instead of breaking out.)
     */
    static boolean loopJump(Walker w, int k, Region r) {
        if (!w.code.op(k).isUnconditionalJump() || r.loop() == null) {
            return false;
        }
        int t = w.code.op(k).target();
        return r.loop().exit() >= 0 && skipNops(w, t) == skipNops(w, r.loop().exit()) || r.loop().continues().contains(t);
    }

    /**
     * A protected range that ends with a value on the stack is a {@code return} whose unwinding (copies
     * of finally bodies, __exit__ calls, POP_EXCEPT, name cleanup, popped loop iterators) runs outside
     * the range: the return goes into the body, the unwinding is dropped (the finally clauses and with
     * statements print it once). Otherwise the statement is finished straight-line.
     */
    static int finishPending(Walker w, int j, Lifter body, int depth, Region r) {
        if (body.depth() <= depth) {
            return j;
        }
        int ret = j;
        while (ret < w.code.size() && !w.code.op(ret).is("RETURN_VALUE")) {
            // (over the copies of enclosing finally bodies: their branches may hold their own copies of the return)
            int copy = w.unwindingCopy(ret, r);
            ret += Math.max(copy, 1);
        }
        if (ret < w.code.size()) {
            Lifter tail = body.fork();
            tail.unwinding = true;
            try {
                int stop = w.walk(j, ret + 1, tail, r, -1);
                if (stop == ret + 1 && !tail.out.isEmpty() && tail.out.get(tail.out.size() - 1) instanceof Stmt.Return ret0
                        && tail.depth() < body.depth()) {
                    body.emit(ret0);
                    return ret + 1;
                }
            } catch (LiftException e) {
                if (System.getenv("DEPYF_DEBUG") != null) e.printStackTrace();
            }
        }
        return finishStatement(w, j, w.code.size(), body, depth);
    }

    /**
     * The protected range can end inside a statement ({@code return f()} leaves f() on the stack and
     * returns outside the range): the statement is finished here, inside the try body.
     */
    private static int finishStatement(Walker w, int j, int to, Lifter body, int depth) {
        while (body.depth() > depth && j < to) {
            Op op = w.code.op(j);
            if (op.target() >= 0) {
                throw new LiftException("try body ends inside an expression at " + op.offset());
            }
            Steps.step(body, op);
            j++;
        }
        return j;
    }

    /** True when an except clause's exit starts at p: POP_EXCEPT, its name's cleanup, an unconditional jump. */
    private static boolean clauseExitAt(Walker w, int p) {
        if (!w.code.op(p).is("POP_EXCEPT")) {
            return false;
        }
        int k = ExceptClauses.afterNameCleanup(w.code, p + 1);
        return k < w.code.size() && w.code.op(k).isUnconditionalJump();
    }

    /** True when a jump in [i, j) targets t. */
    private static boolean jumpsTo(Walker w, int i, int j, int t) {
        for (int k = i; k < j; k++) {
            if (w.code.op(k).target() == t) {
                return true;
            }
        }
        return false;
    }

    /** True when the code [i, j) falls or jumps into [j, at]. */
    static boolean entered(Walker w, int i, int j, int at) {
        if (j > i && !w.code.op(j - 1).isTerminal()) {
            return true;
        }
        for (int k = i; k < j; k++) {
            int t = w.code.op(k).target();
            if (t >= j && t <= at) {
                return true;
            }
        }
        return false;
    }

    static boolean sameOps(Walker w, int a, int b, int n) {
        if (b + n > w.code.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!w.code.op(a + k).sameAs(w.code.op(b + k))) {
                return false;
            }
        }
        return true;
    }
}
