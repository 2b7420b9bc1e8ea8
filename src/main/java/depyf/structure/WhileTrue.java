package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loops recognised at their head, by a jump back to it: {@code while True} (a while loop whose test is
 * constant), and the tests at a head that make it no such loop.
 */
final class WhileTrue {
    private WhileTrue() {}

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

    /**
     * 3.12+: True when the code from p is a while loop's test whose body ends with code only except
     * clauses (or, 3.14, a with's suppressing path) reach, laid out after the handlers and jumping back to p at
     * {@code back} (see {@link ForLoops#displacedTail}, {@code DisplacedLoopTails.withTailBackInto}, a continue
     * in the code after a try whose body returns: {@link Loops#coldClauseTailBack}): that jump is not a
     * while True loop's end.
     */
    static boolean testsBeforeDisplacedTail(Walker w, int p, int back) {
        if (!w.env.atLeast(3, 12)) {
            return false;
        }
        for (int k = p; k < back; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() > k) {
                int[] tail = w.env.atLeast(3, 14) ? ForLoops.displacedTail(w, p, op.target()) : null;
                boolean displaced = tail != null && tail[1] == back + 1
                        || w.env.atLeast(3, 14) && DisplacedLoopTails.withTailBackInto(w, p, k, k + 1, op.target(), back) == back
                        || back > op.target() && Loops.coldClauseTailBack(w, p, k + 1, op.target(), back);
                if (displaced && startsWithTest(w.code, p, op.target() - 1)) {
                    return true;
                }
                continue;
            }
            // (a walrus in the test stores a COPY of its value, as startsWithTest allows)
            boolean walrus = op.name().startsWith("STORE") && k > p && w.code.op(k - 1).is("COPY") && w.code.op(k - 1).arg() == 1;
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") && !walrus) {
                return false;
            }
        }
        return false;
    }

    /**
     * 3.11-3.13: a {@code while True} loop that is the whole body [i, to) of a while loop with a test shares
     * its head with that body: the outer loop's copy of its test at the bottom (from to) jumps back to i
     * too, the last jump there. When i is such a body's start (the outer loop continues at its test, not
     * at i) and a jump back to i in normal flow lies before the copy, returns the last one: the nested
     * loop's end (its body never falls off its end: that jump would go past the head's NOP); else -1.
     */
    static int sharedHeadEnd(Walker w, int i, int to, Region r) {
        Region.Loop outer = r.loop();
        int last = w.lastBackEdge[i];
        // (not a NOP on the `while True` line merged into the head after it, whose loop's end jumps there)
        if (w.env.atLeast(3, 14) || outer == null || outer.isFor() || outer.continues().contains(i) || r.follow() != to
                || last < to || last >= outer.bodyEnd() || w.mergedHeads.getOrDefault(i + 1, Set.of()).contains(i)) {
            return -1;
        }
        for (int k = to - 1; k > i; k--) {
            Op op = w.code.op(k);
            if (op.target() == i && op.is("JUMP_BACKWARD") && w.reachable.get(k) && w.normalFlow.get(k) && !w.dead.get(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when the loop headed at p starts with a test whose exit t lies before the last jump back, at back,
     * and every jump back from t on is handler code (an except clause's continue, laid out after the code):
     * the code at t, straight up to a return or raise, is the code after the loop, laid out before the
     * handlers, which the body's last statement, a break, falls into ({@code while c(): try: if d(): continue
     * / t(6); break / except E: continue} then {@code t(15); return r}). A while loop with that test, not a
     * {@code while True} whose body holds the loop and the code after it.
     */
    static boolean testExitsBeforeColdBacks(Walker w, int p, int back) {
        int t = -1;
        for (int k = p; k < back && t < 0; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() > k) {
                t = op.target();
            } else if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO")) {
                return false;
            }
        }
        int end = t <= p || t > back ? -1 : TryRanges.straightExit(w, t, w.code.size());
        if (end <= t || !w.normalFlow.get(t) || !bodyBreaksTo(w, p, t)) {
            return false;
        }
        for (int k = t; k < end; k++) {
            if (!Withs.sameHandler(w.code.handlerAt(k), w.code.handlerAt(p))) {
                return false;                  // protected apart from the loop: a statement of the body
            }
        }
        Set<Integer> heads = headTargets(w, p);
        boolean warmBack = false;
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            if (!heads.contains(op.target()) || !(op.is("JUMP_BACKWARD") || op.isConditionalJump())) {
                continue;
            }
            if (k >= t && w.normalFlow.get(k)) {
                return false;                  // the loop goes on past t in normal flow
            }
            warmBack |= k < t && w.normalFlow.get(k);
        }
        return warmBack;
    }

    /**
     * True when the body [p, t) reaches t other than by the loop's test: a break, its statement falling into
     * t (3.12+: its line NOP) or jumping there (3.11, the handlers inline between).
     */
    private static boolean bodyBreaksTo(Walker w, int p, int t) {
        Op before = w.code.op(t - 1);
        if (w.normalFlow.get(t - 1) && !before.isUnconditionalJump() && !before.isTerminal()) {
            return true;
        }
        for (int k = p; k < t; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == t && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
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

    /** A loop whose header is {@code p} (the target of the back edge at {@code back}): {@code while True}. */
    static int headerLoop(Walker w, int p, int back, int to, Lifter l, Region r) {
        // (the body ending at a try's else break, its NOP falling into the code after the loop: no jump back
        // at its end, whose exits past it the rest would look for)
        int exit = w.elseBreakNops.contains(back) ? back + 1 : withTailExit(w, p, back, to, r);
        int beforeColdEnd = exit < 0 ? exitBeforeColdEnd(w, p, back) : -1;
        if (beforeColdEnd > 0) {
            exit = beforeColdEnd;
        }
        if (exit < 0) {
            exit = exitsPastBackEdge(w, p, back, to);
            int head = threadedBreakHead(w, p, back, r);
            int next = exit > back + 1 && exit < to && head >= 0 ? Tries.skipNops(w, exit) : -1;
            if (next >= 0 && !(next < w.code.size() && w.code.op(next).isUnconditionalJump() && w.code.op(next).target() == head)) {
                // a break threaded to the enclosing loop's head says the code after the loop goes there: what
                // lies at exit is the body's, not after it (tails fuzz seed 13 f288, 3.14: the NOPs of a
                // `try: pass` read as a break's, falling into a return of the body)
                exit = back + 1;
            }
        }
        if (exit == back + 1) {
            exit = threadedBreaksExit(w, p, back, to, r);
        }
        if (exit == back + 1) {
            exit = poppedTailExit(w, p, back, to);
        }
        if (exit == back + 1 && back + 1 < to && w.env.atLeast(3, 14) && enteredOnlyFromNestedLoops(w, p, back)) {
            exit = to;                         // no break: the code past the jump back is the body's
        }
        if (exit == back + 1 && back + 1 < w.code.size() && w.code.op(back + 1).is("END_FOR") && forEndingAt(w, p, back + 1)
                && jumpsPast(w, p, back + 2)) {
            // the jump back is a break of a for loop ending the body, whose exhaustion (its else) leaves this
            // loop: the code from back + 1 is that for statement's, not the code after this loop (tails fuzz
            // seed 13 f188, 3.14: `while True: if c(): break / for j in n(): break / else: break` in an except
            // clause, the first break read as `pass`; without that first break, fuzz_wrongb reads it)
            throw new LiftException("a for loop's else leaves the while True loop its break goes on with at "
                    + w.code.op(back + 1).offset());
        }
        boolean breakNop = exit == back + 1 && testsIntoBreakNop(w, p, back, to);
        if (breakNop) {
            exit = back + 2;                   // the NOP is the body's last statement, a break
        }
        Lifter body = l.fork();
        // the loop ends a branch of an if statement: its breaks jump to the end of the statement
        int breaksTo = exit == to && r.exactFollow() && r.follow() > to && jumpsTo(w, p, back, r.follow())
                || breaksPastHandler(w, p, back, to, exit, r) ? r.follow() : exit;
        int pastFollow = breaksTo == to && !r.exactFollow() && r.follow() > to && w.env.atLeast(3, 14) ? breaksPastTo(w, p, back, to, r) : -1;
        if (pastFollow > to) {
            // (3.14: the loop ends an elif's branch, the statement's end two NOPs, the else's loop exit's line
            // and the next statement's, its breaks jumping to the second: seed 139 f240)
            breaksTo = pastFollow;
        }
        // left only by breaks from except clauses, each a copy of the code after the loop (3.12+)
        ClauseBreakCopies copies = exit == back + 1 && breaksTo == exit ? ClauseBreakCopies.find(w, p, back, to) : null;
        if (copies != null && r.follow() >= to && w.copiedExitLength(copies.copy(), r.follow()) == copies.length()) {
            breaksTo = r.follow();             // the loop ends a region followed by that block
            copies = null;
        } else if (copies != null) {
            breaksTo = copies.copy();
            w.copiedOnlyExits.add(copies.copy());
        }
        ColdLoopExit cold = copies == null && exit == back + 1 && breaksTo == exit ? ColdLoopExit.find(w, p, back, to, r) : null;
        if (cold != null) {
            breaksTo = cold.start();           // (3.12: the code after the loop laid out after the handlers)
        }
        Region inner = r.withLoop(new Region.Loop(headTargets(w, p), breaksTo, exit, false, r.loop()), p);
        w.walk(p, breakNop ? back + 1 : exit, body, inner, p);
        List<Stmt> stmts = new ArrayList<>(body.out);
        if (breakNop) {
            stmts.add(new Stmt.Break());
        } else if (exit > back + 2 && w.code.op(exit - 1).is("NOP") && !w.dead.get(exit - 1)) {
            // the branch laid out after the jump back ends with a break's line NOP, falling into the exit
            // (not read by the walk, as 3.14's inverted tests are): the break ends the if statements whose
            // tests jump over a lone jump back to it
            stmts = Loops.withFallingBreak(w, stmts, Loops.continuedTests(w, p, exit, headTargets(w, p)), exit);
        }
        if (stmts.size() > 1 && stmts.get(stmts.size() - 1) instanceof Stmt.Continue) {
            stmts.remove(stmts.size() - 1);    // the jump back at the end of the body
        }
        stmts = ColdLoopEnds.dropAtTail(w, stmts);
        if (beforeColdEnd > 0 && w.fallenInto(beforeColdEnd)) {
            stmts = fallingBreak(stmts);       // the body falls into the code after the loop: a break
        }
        if (beforeColdEnd > 0 && ColdLoopEnds.isEndJump(w, back, inner.loop())) {
            w.dead.set(back);                  // (read: the body's end, reached through a hop the walk took for the try's follow)
        }
        if (w.elseBreakNops.contains(back)) {
            // the body ends at the try's else break (elseBreakNop): its NOP falls into the code after the loop
            // (the straight code between the try's range and the NOP, reached only from the try body: its else)
            int at = stmts.size() - 1;
            while (at >= 0 && !(stmts.get(at) instanceof Stmt.Try)) {
                at--;
            }
            if (exit != back + 1 || at < 0 || !(stmts.get(at) instanceof Stmt.Try t) || !t.finalbody().isEmpty()) {
                throw new LiftException("try with an else break ending a while True body not recognised at " + w.code.op(p).offset());
            }
            List<Stmt> orelse = new ArrayList<>(t.orelse());
            // (not the code after the try that only its clauses reach, laid out cold: the rest of the body)
            List<Stmt> rest = stmts.subList(at + 1, stmts.size()).stream().filter(w.coldContinuations::contains).toList();
            if (!rest.isEmpty() && rest.size() != stmts.size() - at - 1) {
                throw new LiftException("a try's else break and the code after it mixed at " + w.code.op(p).offset());
            }
            if (rest.isEmpty()) {
                orelse.addAll(stmts.subList(at + 1, stmts.size()));
            }
            List<Stmt> tryBody = t.body();
            if (w.code.op(back).isReturn()) {
                // the break's copy of the implicit return (breakToImplicitReturn), read as a return of the
                // else or (a plain exit) of the body's end
                if (!orelse.isEmpty() && orelse.get(orelse.size() - 1) instanceof Stmt.Return) {
                    orelse.remove(orelse.size() - 1);
                } else if (orelse.isEmpty() && tryBody.size() > 1 && tryBody.get(tryBody.size() - 1) instanceof Stmt.Return) {
                    tryBody = tryBody.subList(0, tryBody.size() - 1);
                } else {
                    throw new LiftException("try with an else break ending a while True body not recognised at " + w.code.op(p).offset());
                }
            }
            orelse.add(new Stmt.Break());
            stmts = new ArrayList<>(stmts.subList(0, at));
            stmts.add(new Stmt.Try(tryBody, clausesFallingOff(w, p, back, t.handlers()), orelse, List.of(), t.star()));
            stmts.addAll(rest);
        }
        if (exit == back + 1 && nestedLoopBreaksToNop(w, p, back)) {
            stmts.add(new Stmt.Break());       // the NOP holding its line, into which the nested loop's breaks go
        }
        int after = assertExit(w, stmts, exit, to, l, r);
        l.emit(new Stmt.While(new Expr.Constant(depyf.pyc.PyObject.Bool.TRUE), Loops.trailingAssert(w, stmts), List.of()));
        if (copies != null) {
            w.whileExitCopies.remove(inner.loop());
            w.walk(copies.copy(), copies.copy() + copies.length(), l, r.withFollow(-1), -1);   // the code after the loop
        } else if (cold != null) {
            w.walk(cold.start(), cold.end() + 1, l, r, -1);
            // walked: not again where a walk reaches it in layout order; nor the exit's copy it jumps back to
            w.dead.set(cold.start(), cold.end() + 1);
            w.dead.set(back + 1, back + 1 + cold.exitCopy());
        } else {
            WhileExitCopies.emitAfter(w, inner.loop(), l, r);
        }
        // (a return or raise ending the body past the jump back, in a clause: the clause's tail follows it)
        boolean clauseTail = exit > back + 1 && after == exit && clauseLeavingTail(w, p, back, exit, to);
        return pastClauseTail(w, p, clauseTail ? exit - 1 : back, after);
    }

    /**
     * True when every jump to t comes from the body before it or is a break out of an except clause laid out
     * past it (a jump back leaving the clause, before the loop's end jump at back).
     */
    private static boolean breaksOnlyTo(Walker w, int t, int p, int back) {
        for (Op op : w.code.ops()) {
            int k = op.index();
            if (op.target() == t && (k < p || k >= back || k > t && !(op.is("JUMP_BACKWARD") && w.leavesExceptClause(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body {@code stmts} with the break its fall into the code after the loop stands for: at the end of the
     * last statement when that is a try whose body (or else clause) falls off there, its clauses going round.
     */
    private static List<Stmt> fallingBreak(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Try t && t.finalbody().isEmpty() && !t.handlers().isEmpty()) {
            List<Stmt> tail = new ArrayList<>(t.orelse().isEmpty() ? t.body() : t.orelse());
            tail.add(new Stmt.Break());
            out.set(out.size() - 1, t.orelse().isEmpty() ? new Stmt.Try(tail, t.handlers(), t.orelse(), t.finalbody(), t.star())
                    : new Stmt.Try(t.body(), t.handlers(), tail, t.finalbody(), t.star()));
        } else {
            out.add(new Stmt.Break());
        }
        return out;
    }

    /**
     * 3.12+: the jump back at {@code back} is the loop's lone end jump laid out after the handlers ({@link
     * ColdLoopEnds#isEndJump}: the body's last statement a try whose body never falls off, its clauses going
     * round), and a break of the body jumps forward (or, out of an except clause laid out after the handler,
     * back) to straight code leaving the function laid out before those handlers ({@code while True: if not
     * c(): break / try: x() / except E: pass / else: return 1} then {@code t(); return}): that code is the
     * code after the loop, not the body's. Its start, or -1.
     */
    private static int exitBeforeColdEnd(Walker w, int p, int back) {
        Set<Integer> heads = headTargets(w, p);
        int crossed = crossedLoopHead(w, p, back, heads);
        if (crossed < 0 && !ColdLoopEnds.isEndJump(w, back, new Region.Loop(heads, -1, back, false, null))) {
            return -1;
        }
        int exit = -1;
        int last = crossed >= 0 ? crossed : back;      // (a crossing loop's breaks are not this loop's)
        for (int k = p; k < last; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            // (or a break out of an except clause jumping back to it: the clause laid out after the handler)
            boolean forward = op.is("JUMP_FORWARD") && w.normalFlow.get(k) && t > k && t < back;
            boolean backFromClause = op.is("JUMP_BACKWARD") && t > p && t < k && w.leavesExceptClause(k)
                    && !heads.contains(t);
            if (!forward && !backFromClause) {
                continue;
            }
            int e = TryRanges.straightExit(w, t, back);
            // (protected code there is a try's body ending the loop's: a match case's, say)
            if (e < 0 || !w.code.op(e).is("PUSH_EXC_INFO") || exit >= 0 && exit != t
                    || !breaksOnlyTo(w, t, p, back)
                    || java.util.stream.IntStream.range(t, e).anyMatch(q -> w.code.handlerAt(q) != null)) {
                return -1;
            }
            exit = t;
        }
        return exit;
    }

    /**
     * 3.14: the head of the loop nested in the one headed at p whose last jump back, past the handlers, is
     * {@code back} ({@link #pastCrossingLoops}: the nested loop's body goes on after an except clause, laid
     * out cold, and so does this loop's); or -1.
     */
    private static int crossedLoopHead(Walker w, int p, int back, Set<Integer> heads) {
        Op op = w.code.op(back);
        int h = op.target();
        return w.env.atLeast(3, 14) && op.is("JUMP_BACKWARD") && h > p && !heads.contains(h) && w.lastBackEdge[h] == back ? h : -1;
    }

    /**
     * 3.14: the end of the body of the loop headed at p whose last jump back in normal flow is at back,
     * when a {@code while True} headed inside [p, back] jumps back to its own head from past back: loops
     * nest, so back is no jump ending this loop's body but a break of the inner loop, which ends this
     * loop's body, threaded to this loop's head ({@code while True: if c: break / while True: if not c:
     * break / x()}; 3.13 keeps the jump back after the inner loop), or (a tested loop, {@link
     * #testedLoopExit}) that loop's exit. The body goes on to the inner loop's last jump back (and past any
     * loop that one crosses in turn). Returns that jump, or back.
     */
    static int pastCrossingLoops(Walker w, int p, int back) {
        if (!w.env.atLeast(3, 14)) {
            return back;                       // (3.12, 3.13 jump back to a tested loop's body start from its test's copy)
        }
        for (int h = p + 1; h <= back; h++) {
            // (a while True headed by its line's NOP, ended by a jump back; or a tested loop whose test's
            // exit, threaded to this loop's head, is back)
            if (w.lastBackEdge[h] > back && (w.code.op(h).is("NOP") || testedLoopExit(w, h, back)) && !coldPastTestedExit(w, p, back, h)
                    && w.code.op(w.lastBackEdge[h]).is("JUMP_BACKWARD")
                    // (in the flow of the loop's head: normal, or an except clause's)
                    && w.normalFlow.get(h) == w.normalFlow.get(p) && w.normalFlow.get(w.lastBackEdge[h]) == w.normalFlow.get(p)) {
                back = w.lastBackEdge[h];
            }
        }
        return back;
    }

    /**
     * True when the tested loop at h, whose exit is back, goes round only from past handler code (its body
     * ends with a try whose clauses alone fall off, the code after it laid out cold), and the loop at p has
     * a test of its own, exiting past back: its body is [p, its exit), the inner loop's cold end no end of it
     * ({@code while c(): while c(): try: x() / except E: pass / else: return 1} then {@code t()}).
     */
    private static boolean coldPastTestedExit(Walker w, int p, int back, int h) {
        if (!startsWithTest(w.code, p, back)) {
            return false;
        }
        for (int k = back + 1; k < w.lastBackEdge[h]; k++) {
            if (w.code.op(k).is("PUSH_EXC_INFO")) {
                return true;
            }
        }
        return false;
    }

    /** The instruction before k, past NOT_TAKEN (3.14, after a conditional jump), but not below floor. */
    static int beforeNotTaken(Walker w, int k, int floor) {
        int q = k - 1;
        while (q > floor && w.code.op(q).is("NOT_TAKEN")) {
            q--;
        }
        return q;
    }

    /**
     * 3.14: True when back, a jump back, is the exit of a tested loop headed at h: its test, straight code
     * from h (but for and/or operands' jumps), jumps into the body right past back when it holds (3.14
     * copies no test to the bottom: the loop's exit, threaded to the enclosing loop's head, follows the
     * test; {@code while True: if c: break / while c(): x()}).
     */
    private static boolean testedLoopExit(Walker w, int h, int back) {
        int q = beforeNotTaken(w, back, h);
        Op test = w.code.op(q);
        if (!test.isConditionalJump() || test.target() != back + 1) {
            return false;
        }
        int exit = w.code.op(back).target();
        for (int k = h; k < q; k++) {
            Op op = w.code.op(k);
            // (an and/or of tests: each operand's jump goes into the body, to the exit, or on to the next
            // operand, 3.14 jumping over a jump back to where the exit goes)
            boolean operand = op.isConditionalJump() && (op.target() == back || op.target() == back + 1
                    || op.target() > k && op.target() <= q)
                    || op.is("JUMP_BACKWARD") && op.target() == exit;
            if ((op.target() >= 0 || op.isTerminal()) && !operand || k > h && !w.jumpsOnlyFrom(k, h, q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.12+: the loop's only jump back, at {@code back}, ends the code after a with whose body ends in a
     * break (see {@code DisplacedLoopTails.withTail}) or a return: that code, reached only by the with's suppressing
     * path, is laid out cold after the with's handler. The break falls from the with's exit call into the
     * code after the loop, laid out right there; the return follows the exit call, the code after the loop
     * right after it. Returns where that code starts, the loop's exit, or -1.
     */
    static int withTailExit(Walker w, int p, int back, int to, Region r) {
        if (!w.env.atLeast(3, 12) || w.normalFlow.get(back)) {
            return -1;
        }
        for (Code.Handler h : w.code.handlers()) {
            int handler = h.target();
            // (a with starting before p, its range in pieces, one of them past p: the rest of its body laid out
            // after a try's handler, the suppressing path jumping back to the code after an if around the with)
            if (BranchExits.firstProtected(w, h) < p || handler >= back || Handlers.kind(w.code, handler) != Handlers.Kind.WITH) {
                continue;
            }
            int tail = WithSuppressedPaths.suppressedAfter(w, handler);
            // (3.14: the suppressing path's own jump goes back, no code after the with)
            boolean direct = tail == p && WithSuppressedPaths.suppressedCode(w, handler) == back;
            if (!direct && (tail <= handler || tail > back || !straightTo(w, tail, back))) {
                continue;
            }
            // (right after the with's own exit call: not past those of withs around it, which may lie
            // around the loop too)
            int k = BranchExits.normalExit(w, handler);
            // (not past a NOP the loop's breaks jump to, the line of the statement after the loop: seed 52 f296)
            while (k >= 0 && k < w.code.size() && w.code.op(k).is("NOP") && !jumpedToFrom(w, p, k)) {
                k++;
            }
            Code.Handler around = k > 0 && k < w.code.size() ? w.code.handlerAt(k - 1) : null;
            if (around != null && around.target() > k && Handlers.kind(w.code, around.target()) == Handlers.Kind.FINALLY
                    && !LoopBreaks.protectsBefore(w, around.target(), p)) {
                // a break through a try/finally around the with, inside the loop, runs the finally body's copy
                // after the exit call, before the code after the loop (seed 71 f90, 3.14; a try/finally
                // around the loop: that copy is the code after the loop, seed 3 f106)
                int copyEnd = FinallyCopy.end(w, around.target(), k);
                if (copyEnd > k) {
                    k = copyEnd;
                }
            }
            int ret = returnAfterExit(w, handler);
            // (nothing follows the loop; 3.12, 3.13: nor the with, the suppressing path jumping to the loop's
            // jump back, the loop in normal flow: in an except clause, the clause's end follows it)
            if ((direct || tail == back && w.normalFlow.get(p)) && returnsBeforeHandler(w, handler, ret)) {
                return handler;
            }
            if (ret > 0) {
                k = ret + 1;                   // the with's body returns: the loop's exit follows the return
            } else if (k > 0 && k < w.code.size() && w.code.op(k).isUnconditionalJump() && w.code.op(k).target() < p
                    && Tries.skipNops(w, w.code.op(k).target()) < p && Tries.skipNops(w, k + 1) >= to && r.loop() != null
                    && (r.follow() == w.code.op(k).target() || r.loop().continues().contains(w.code.op(k).target()))) {
                // its break threaded to the head of the loop whose body this loop ends (not the NOP of this
                // loop's own `while True` line, a continue)
                if (jumpedToFrom(w, p, k)) {
                    return k;                  // the loop's other breaks jump to that jump back: the loop's exit
                }
                k = to;
            }
            if (k > h.start() && k < handler && w.normalFlow.get(k) && !w.code.op(k).isUnconditionalJump()
                    && !jumpsPast(w, p, k) && !breaksElsewhere(w, p, k, to, r)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when the with whose handler is {@code handler} ends its body with the return at ret, laid
     * out right before the handler: nothing follows the with in layout but its handler (and handlers of
     * tries protecting nothing, OrphanHandlers, laid out before it: code only they reach).
     */
    private static boolean returnsBeforeHandler(Walker w, int handler, int ret) {
        if (ret <= 0 || ret >= handler || w.normalFlow.get(handler)) {
            return false;
        }
        for (int k = ret + 1; k < handler; k++) {
            if (w.normalFlow.get(k) && !w.orphanCode(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.14: the jump back to p that a with's suppressing path makes itself (no code after the with, whose
     * body returns, laid out right before its handler) in a {@code while True} headed at p, past the
     * loop's last jump back in normal flow, at back (an if's branch going on, the with in its else): that
     * jump ends the loop's body, not back (read there, the with would be code after the loop, its jump
     * back going to code before it). Returns it, or back.
     */
    static int directWithReturnBack(Walker w, int p, int back) {
        if (!w.env.atLeast(3, 14)) {
            return back;
        }
        for (Code.Handler h : w.code.handlers()) {
            int handler = h.target();
            if (h.start() <= back || Handlers.kind(w.code, handler) != Handlers.Kind.WITH
                    || WithSuppressedPaths.suppressedAfter(w, handler) != p) {
                continue;
            }
            int k = WithSuppressedPaths.suppressedCode(w, handler);
            if (k > back && w.code.op(k).is("JUMP_BACKWARD") && w.code.op(k).target() == p && w.reachable.get(k)
                    && returnsBeforeHandler(w, handler, returnAfterExit(w, handler))) {
                return k;
            }
        }
        return back;
    }

    /**
     * The return that ends the body of the with whose handler is {@code handler}, when the with's normal
     * exit (its value, if any, swapped under the exit call) runs the exit call and then straight code
     * ending in that return (a for loop's iterator popped): its index, or -1.
     */
    static int returnAfterExit(Walker w, int handler) {
        int end = Handlers.protectedEnd(w.code, handler);
        if (end < 0 || end >= w.code.size()) {
            return -1;
        }
        int q = Tries.exitCall(w, pastValueSwaps(w, Tries.skipNops(w, end)));
        while (q > 0 && q < w.code.size() && !w.jumpTargets.get(q)) {
            int outer = Tries.exitCall(w, pastValueSwaps(w, q));
            if (outer < 0) {
                break;
            }
            q = outer;                         // a return unwinding withs around ours too
        }
        int line = q > 0 && q < w.code.size() ? w.code.op(q - 1).line() : -1;
        for (int n = 0; q > 0 && q < w.code.size() && n < 4; q++, n++) {
            Op op = w.code.op(q);
            if (w.jumpTargets.get(q) || op.target() >= 0 || w.env.atLeast(3, 12) && op.line() != line) {
                // (3.12+ return on the with's line, unwinding: code of another line after the exit call is
                // the code after a loop the body breaks out of)
                return -1;
            }
            if (op.isReturn()) {
                return q;
            }
            if (op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 3.12+: a {@code while True} headed at p whose only jump back ends the code after a with, laid out
     * cold after its handler (see {@link #withTailExit}): that jump, or -1. Not when p is where an
     * enclosing loop goes on (the jump is that loop's continue).
     */
    static int withTailLoopEnd(Walker w, int p, int to, Region r) {
        if (!w.env.atLeast(3, 11) || !w.jumpTargets.get(p) || !w.normalFlow.get(p) || w.code.op(p).is("FOR_ITER")
                || r.loop() != null && (r.loop().continuesThisOrOuter(p) || pastHeadNops(w, p, r.loop()))) {
            return -1;
        }
        for (int k = p + 1; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && op.target() == p && w.reachable.get(k)
                    && (w.env.atLeast(3, 12) ? withTailExit(w, p, k, to, r) > p : inlineWithReturnBack(w, p, k, to))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when p is the first statement of the body of the loop being walked, right past the NOP of its
     * {@code while True} line: a with's suppressing path jumping back there goes on with that loop (3.12
     * jumps back past that NOP, which a continue's jump keeps), not with a loop of its own headed at p (read
     * so, `while True: if not c(): break / if c(): continue / with m(): return 10` became two nested loops,
     * the break leaving the inner one only).
     */
    private static boolean pastHeadNops(Walker w, int p, Region.Loop loop) {
        int line = w.code.op(java.util.Collections.min(loop.continues())).line();
        for (int head : loop.continues()) {
            // (the NOP of the loop's own line: not a nested `while True` starting the body of a `while c()`)
            if (head < p && w.code.op(head).is("NOP") && w.code.op(head).line() == line && Tries.skipNops(w, head) == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.11: True when the jump back to p at {@code back}, in [p, to), ends the code after a with whose body
     * returns or breaks, reached only by the with's suppressing path: laid out inline after the with's handler, right
     * before the code after the loop, which the loop's breaks jump to.
     */
    private static boolean inlineWithReturnBack(Walker w, int p, int back, int to) {
        if (back >= to || w.normalFlow.get(back) || jumpsPast(w, p, back + 1)) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            int handler = h.target();
            if (h.start() < p || handler >= back || Handlers.kind(w.code, handler) != Handlers.Kind.WITH
                    || WithSuppressedPaths.suppressedAfter(w, handler) != p && !straightTo(w, WithSuppressedPaths.suppressedAfter(w, handler), back)) {
                continue;
            }
            int own = WithSuppressedPaths.suppressedCode(w, handler);
            if (own > handler && own <= back && straightTo(w, own, back)
                    && (returnAfterExit(w, handler) > 0 || breaksTo(w, handler, back + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the with whose handler is {@code handler} ends its body with a break to {@code exit}: its
     * exit call jumps there, or where the jump at exit goes (a break threaded to an enclosing loop's head).
     */
    private static boolean breaksTo(Walker w, int handler, int exit) {
        int k = BranchExits.normalExit(w, handler);
        k = k < 0 ? -1 : Tries.skipNops(w, k);
        if (k < 0 || k >= w.code.size() || !w.code.op(k).isUnconditionalJump()) {
            return false;
        }
        int t = w.code.op(k).target();
        return t == exit || t == Branches.jumpedTo(w, exit);
    }

    /**
     * True when a jump of normal flow in [p, k) targets k: the jump back to an enclosing loop's head at k
     * is where the loop headed at p goes on ({@code while True: ... while True: if c(): break / with m():
     * break} ending the enclosing loop's body: the test's break jumps to that jump back, the with's break
     * falls into it from its exit call), so it is that loop's exit, not the region's end past it (there
     * the test's jump would read as an if's end, its break lost).
     */
    private static boolean jumpedToFrom(Walker w, int p, int k) {
        for (int q = p; q < k; q++) {
            Op op = w.code.op(q);
            if (op.target() == k && (op.isConditionalJump() || op.isUnconditionalJump()) && w.normalFlow.get(q) && w.reachable.get(q)) {
                return true;
            }
        }
        return false;
    }

    /** True when a jump in [p, k) goes past k: k is no exit of a loop headed at p (a test at p: a while loop's own). */
    private static boolean jumpsPast(Walker w, int p, int k) {
        for (int q = p; q < k; q++) {
            if (w.code.op(q).target() > k) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a jump in [p, k) leaves for code before p (a break threaded to an enclosing loop's head)
     * while the code at k, the loop's exit, does not go straight there (nor ends the region, an enclosing
     * loop's body, that goes on there): that jump is no break to k, so k is not where the loop ends.
     */
    private static boolean breaksElsewhere(Walker w, int p, int k, int to, Region r) {
        int t = threadedBreak(w, p, k);
        int next = Tries.skipNops(w, k);
        if (t < 0 || next < w.code.size() && w.code.op(next).isUnconditionalJump() && w.code.op(next).target() == t) {
            return false;
        }
        return !(next >= to && r.loop() != null && (r.follow() == t || r.loop().continues().contains(t)));
    }

    /**
     * The target of a jump of normal flow in [p, end) to before p, the head of a loop enclosing the loop
     * headed at p: a break of that loop, threaded to where the code after it goes on (Python has no jump
     * to an outer loop's head but through the end of the inner loop); or -1.
     */
    static int threadedBreak(Walker w, int p, int end) {
        for (int q = p; q < end; q++) {
            Op op = w.code.op(q);
            if ((op.isConditionalJump() || op.isUnconditionalJump()) && op.target() < p && w.normalFlow.get(q) && w.reachable.get(q)) {
                return op.target();
            }
        }
        return -1;
    }

    /** True when [from, back) is straight code (no jump, no handler's start, nothing leaving) falling into the jump at back. */
    private static boolean straightTo(Walker w, int from, int back) {
        for (int q = from; q < back; q++) {
            Op op = w.code.op(q);
            if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO") || q > from && w.jumpTargets.get(q)) {
                return false;
            }
        }
        return w.code.op(back).is("JUMP_BACKWARD");
    }

    /**
     * A loop in handler code (a finally or except clause: nested handlers stay inline) whose last jump
     * back ends an except clause (3.14 put it before the clause's POP_EXCEPT's cleanup): the rest of that
     * clause's handler area (the reraise when no clause matched, the cleanup) lies between the jump and the
     * code after the loop. It is not code after the loop (walked, its RERAISE would print a raise). So too
     * when the loop ends a clause that binds a name and its breaks are copies of the clause's end (3.13):
     * the name's cleanup handler follows the jump back.
     */
    private static int pastClauseTail(Walker w, int p, int back, int after) {
        if (after != back + 1 || w.normalFlow.get(p)) {
            return after;
        }
        for (int k = back; k > p; k--) {
            if (w.code.op(k).is("PUSH_EXC_INFO") && w.code.handlerAt(k) != null) {
                int end = ExceptClauses.handlerAreaEnd(w, k);
                if (end > back) {
                    return Math.max(after, end);
                }
            }
        }
        int cleanupEnd = after < w.code.size() ? ExceptClauses.afterNameCleanup(w.code, after) : after;
        if (cleanupEnd > after && cleanupEnd < w.code.size() && w.code.op(cleanupEnd).is("RERAISE") && !w.jumpTargets.get(after)
                && w.code.handlers().stream().anyMatch(h -> h.target() == after)) {
            // (the clause's area is that of the nearest handler before the loop whose area holds it)
            for (int k = p - 1; k >= 0; k--) {
                if (w.code.op(k).is("PUSH_EXC_INFO") && w.code.handlerAt(k) != null) {
                    int end = ExceptClauses.handlerAreaEnd(w, k);
                    if (end > back) {
                        return Math.max(after, end);
                    }
                }
            }
        }
        return after;
    }

    /**
     * Where a {@code while True} loop whose last jump back is at {@code back} ends. A last statement of
     * the body that leaves the function ({@code if c: raise E}, {@code if c: return x}) falls into that
     * jump back when its test fails, so its branch is laid out after the jump: code entered only by jumps
     * from the loop, ending in a raise or return. That code is the body's when the body's breaks jump
     * past it, to right after it, where the loop ends; or when there are no breaks and it ends the code:
     * returns that end, else {@code back + 1}.
     */
    static int exitsPastBackEdge(Walker w, int p, int back, int to) {
        java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            if (op.target() > back + 1 && op.target() <= to && w.reachable.get(k) && !op.is("FOR_ITER")) {
                targets.add(op.target());
            }
        }
        for (int end : targets) {
            if (breaksTo(w, p, back, end) && bodyTail(w, p, back, end)) {
                return end;
            }
            int left = leavingTailEnd(w, p, back, end, to);
            if (left > 0) {
                return left;
            }
        }
        if (targets.isEmpty() && back + 1 < to && w.env.atLeast(3, 11) && !w.code.op(back + 1).is("NOP") && onlyTestsInto(w, p, back)) {
            // no break, and the code after the jump back, ending the code object (but for handlers laid out
            // after it), is entered only by tests of the body: a break (3.12+ keep its line, a NOP or its
            // own jump; 3.11 keeps its JUMP_FORWARD, never threaded into the test, and copies a small
            // exit block in place, before the jump back) would have left the loop for it
            for (int end = back + 2; end <= to && !w.code.op(end - 1).is("NOP"); end++) {
                if (bodyTail(w, p, back, end) && (end == to || w.normalFlow.get(p) && w.onlyHandlerCode(end, to))
                        || clauseLeavingTail(w, p, back, end, to)) {
                    return end;      // no NOP on the way: a break's line would be one, falling into the exit
                }
            }
        }
        return back + 1;
    }

    /**
     * 3.12+: a {@code while True} inside an except clause, its last statement's branch [back + 1, end)
     * laid out past the jump back and leaving: a raise, or a return, which unwinds the clause
     * (POP_EXCEPT, the name's cleanup) outside the clause's cleanup handler, so that part is not protected
     * as the body is ({@link #bodyTail} does not take it). The code after such a loop is the clause's end,
     * which each break runs a copy of ({@link ClauseEndBreaks}): nothing of the loop jumps past the branch,
     * and what follows it up to the region's end is handler code nothing jumps into.
     */
    private static boolean clauseLeavingTail(Walker w, int p, int back, int end, int to) {
        Code.Handler clause = w.code.handlerAt(p);
        if (!w.env.atLeast(3, 12) || w.normalFlow.get(p) || clause == null
                || Handlers.kind(w.code, clause.target()) != Handlers.Kind.CLEANUP) {
            return false;
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t >= end && t < to && (op.index() < end || op.index() >= to)) {
                return false;
            }
        }
        if (w.code.op(end - 1).is("RAISE_VARARGS")) {
            return tailCode(w, p, back, end, -1);
        }
        int copy = clauseEndCopy(w, back + 1, end);
        if (copy > back + 1) {
            return tailCode(w, p, back, copy, -1) && !w.jumpedInto(copy - 1, end);
        }
        int u = unwoundReturn(w, back + 1, end);
        // (a value computed in the clause is swapped under the exception outside a named clause's cleanup)
        int computed = u > back + 1 && w.code.op(u - 1).is("SWAP") ? u - 1 : u;
        if (u < 0 || Branches.sameHandler(w, u, p)
                || (u == back + 1 ? !w.jumpsOnlyFrom(u, p, u) : !tailCode(w, p, back, computed, -1))) {
            return false;
        }
        for (int q = u; q < end; q++) {
            if (q > u && w.jumpTargets.get(q) || !Branches.sameHandler(w, q, u)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Past the swaps at k that keep a returned value (computed in the body) under a with's exit call: SWAP 2,
     * on 3.14 after a SWAP 3 that puts it under the exit and the manager.
     */
    private static int pastValueSwaps(Walker w, int k) {
        if (k + 1 < w.code.size() && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 3 && w.code.op(k + 1).is("SWAP")) {
            k++;
        }
        if (k < w.code.size() && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 2) {
            k++;
        }
        return k;
    }

    /**
     * Where the copy of the clause's end ending at {@code end} starts (its POP_EXCEPT, the name's cleanup,
     * the jump to the code after the try), when that lies in [from, end); else -1. Inside a loop in the
     * clause such a copy is a break out of it ({@link ClauseEndBreaks}): the loop ends the clause.
     */
    private static int clauseEndCopy(Walker w, int from, int end) {
        if (!w.code.op(end - 1).isUnconditionalJump()) {
            return -1;
        }
        for (int u = end - 2; u >= from && u >= end - 5; u--) {
            if (w.code.op(u).is("POP_EXCEPT")) {
                return ExceptClauses.afterNameCleanup(w.code, u + 1) == end - 1 && !w.code.op(u - 1).is("SWAP") ? u : -1;
            }
        }
        return -1;
    }

    /**
     * Where the return ending at {@code end} starts unwinding an except clause (its POP_EXCEPT, then the
     * name's cleanup, the iterators of for loops around it popped, the constant; or a value computed
     * before the POP_EXCEPT and kept under each thing popped by a SWAP 2), when that lies in [from, end);
     * else -1.
     */
    private static int unwoundReturn(Walker w, int from, int end) {
        if (!w.code.op(end - 1).isReturn()) {
            return -1;
        }
        for (int u = end - 2; u >= from && u >= end - 10; u--) {
            if (w.code.op(u).is("POP_EXCEPT")) {
                int k = ExceptClauses.afterNameCleanup(w.code, u + 1);
                if (u - 1 >= from && w.code.op(u - 1).is("SWAP") && w.code.op(u - 1).arg() == 2) {
                    // a value computed inside the clause, swapped under each thing popped
                    while (k + 1 < end - 1 && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 2 && ForLoops.popsIterator(w.code.op(k + 1))) {
                        k += 2;
                    }
                    return k == end - 1 && w.code.op(k).is("RETURN_VALUE") ? u : -1;
                }
                while (k < end - 1 && ForLoops.popsIterator(w.code.op(k))) {
                    k++;
                }
                Op value = w.code.op(k);
                return k == end - 1 && value.is("RETURN_CONST") || k == end - 2
                        && (value.is("LOAD_CONST") || value.is("LOAD_SMALL_INT")) ? u : -1;
            }
        }
        return -1;
    }


    /**
     * 3.14: True when the code at back + 1, past the last jump back, is entered only by jumps from inside
     * while loops nested in the body [p, back] (a jump back to h at e, p &lt; h), whose test leaves for p
     * and nothing else but those jumps leaves: no break of this loop, which would leave only the nested
     * loop, and so go on at p too. It is the body's code laid out past the jump back: `while True: while
     * c(): while 0 &lt; x() &lt; 5: raise E`, the chained comparison jumping over its dead cleanup to the raise
     * (rich fuzz seed 127 f257, read as a break). (A loop whose test jumps to back + 1 is this loop with
     * its head merged into h, its breaks jumping there: `while True: if not c(): break`.)
     */
    private static boolean enteredOnlyFromNestedLoops(Walker w, int p, int back) {
        boolean entered = false;
        for (Op op : w.code.ops()) {
            int s = op.index();
            if (op.target() != back + 1 || !w.reachable.get(s)) {
                continue;
            }
            if (s < p || s > back || !insideLoopLeavingFor(w, p, s, back)) {
                return false;
            }
            entered = true;
        }
        return entered;
    }

    /**
     * True when s lies in a loop [h, e] nested in [p, back] (p &lt; h &lt;= s &lt; e) whose every exit jumps back
     * to p (or to back + 1), the first of them its test's.
     */
    private static boolean insideLoopLeavingFor(Walker w, int p, int s, int back) {
        for (int e = back; e > s; e--) {
            Op jump = w.code.op(e);
            int h = jump.target();
            if (!jump.is("JUMP_BACKWARD") || h <= p || h > s) {
                continue;
            }
            boolean exits = false;
            boolean others = false;
            for (int k = h; k <= e; k++) {
                int t = w.code.op(k).target();
                if (t >= 0 && (t < h || t > e + 1) && w.reachable.get(k)) {
                    others |= t != p && (t != back + 1 || !exits);
                    exits |= t == p;
                }
            }
            if (exits && !others) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.14: the code after the last jump back starts by popping a value the body pushed (a match's subject:
     * the last case fails back to the head by that jump, the others jump over it to their bodies), so it
     * is the body's, not the code after the loop, which starts with the loop's stack. Straight code
     * entered only from the body, it ends with the NOP of a break falling into the code after the loop:
     * returns where that code starts, else {@code back + 1}.
     */
    private static int poppedTailExit(Walker w, int p, int back, int to) {
        if (!w.env.atLeast(3, 14) || back + 2 >= to || !w.code.op(back + 1).is("POP_TOP") || !w.code.op(back).is("JUMP_BACKWARD")
                || !w.jumpTargets.get(back + 1) || !w.jumpsOnlyFrom(back + 1, p, back + 1)) {
            return back + 1;
        }
        for (int k = back + 2; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal() || w.jumpTargets.get(k) || !Branches.sameHandler(w, k, back + 1)) {
                return back + 1;
            }
            if (op.is("NOP")) {
                while (k + 1 < to && w.code.op(k + 1).is("NOP") && !w.jumpTargets.get(k + 1)) {
                    k++;
                }
                return k + 1 < to ? k + 1 : back + 1;
            }
        }
        return back + 1;
    }

    /**
     * 3.11: True when the loop's last statement is a break after {@code if c: return x} (or a raise): the
     * test jumps past the return at {@code back} to the break's NOP (its jump to the very next instruction
     * removed) at back + 1, which falls into the code after the loop. 3.11 keeps the JUMP_FORWARD of a
     * break (never threaded into a test), so a test jumping straight to a NOP past the body is no
     * {@code if not c: break}; only tests of the body, in normal flow, may reach that NOP.
     */
    private static boolean testsIntoBreakNop(Walker w, int p, int back, int to) {
        Op last = w.code.op(back);
        if (!w.env.atLeast(3, 11) || w.env.atLeast(3, 12) || back + 2 >= to || !w.code.op(back + 1).is("NOP")
                || !w.normalFlow.get(back) || !w.normalFlow.get(back + 1) || w.code.handlerAt(back + 1) != null
                || !(last.is("RETURN_VALUE") || last.is("RAISE_VARARGS"))) {
            return false;
        }
        boolean tested = false;
        for (Op op : w.code.ops()) {
            if (op.target() != back + 1 || !w.reachable.get(op.index())) {
                continue;
            }
            if (!op.isConditionalJump() || op.index() < p || op.index() > back || !w.normalFlow.get(op.index())) {
                return false;
            }
            tested = true;
        }
        return tested;
    }

    /**
     * True when a {@code for} loop nested in the body [p, back] breaks (POP_TOP of its iterator, a jump)
     * to the NOP right after the jump back at {@code back}: a for loop's break goes to the statement after
     * it, in this body, so that NOP is this loop's {@code break} ending the body (its jump to the very next
     * instruction removed), not code after the loop.
     */
    private static boolean nestedLoopBreaksToNop(Walker w, int p, int back) {
        if (back + 1 >= w.code.size() || !w.code.op(back + 1).is("NOP")) {
            return false;
        }
        for (int k = p + 1; k <= back; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() == back + 1 && w.reachable.get(k) && w.code.op(k - 1).is("POP_TOP")
                    && insideFor(w, p, k, back)) {
                return true;
            }
        }
        return false;
    }

    /** True when k lies in the body of a for loop that starts in [p, k) and ends by back. */
    static boolean insideFor(Walker w, int p, int k, int back) {
        for (int q = p; q < k; q++) {
            Op op = w.code.op(q);
            if (op.is("FOR_ITER") && op.target() > k && op.target() <= back) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body's breaks threaded to the head of an enclosing loop (the loop ends that loop's body, or a
     * branch of an if statement that does) go where the code after the loop goes. When the code at
     * back + 1 does not jump there, it is the body's last statement's branch (if c: X; break), laid out
     * after the jump back and ending with its own threaded break: returns where it ends. Returns back + 1
     * when no break is threaded, or the code after the loop jumps where they go (or lies past the region).
     */
    private static int threadedBreaksExit(Walker w, int p, int back, int to, Region r) {
        int head = threadedBreakHead(w, p, back, r);
        int next = Tries.skipNops(w, back + 1);
        if (head >= 0 && back + 1 >= to) {
            w.threadedRegionEnds.put(to, head);
        }
        if (head < 0 || back + 1 >= to || next < w.code.size() && w.code.op(next).isUnconditionalJump()
                && w.code.op(next).target() == head) {
            return back + 1;
        }
        // (the furthest such end: with the code after the loop empty, every branch laid out past the jump
        // back and ending in the threaded break is the body's, `elif c(): break / else: t(); break`)
        int tail = -1;
        for (int end = back + 2; end <= to; end++) {
            Op last = w.code.op(end - 1);
            if (last.is("JUMP_BACKWARD") && last.target() == head) {
                if (!bodyTail(w, p, back, end, head)) {
                    break;
                }
                tail = end;
            }
        }
        if (tail > 0 && leavingTail(w, p, tail, to)) {
            return to;
        }
        if (tail > 0 && tail < to && enteredOnlyFromBody(w, p, tail)) {
            // the breaks say nothing follows the loop, but the code at tail, which only the body enters,
            // would be read as following it (rich seed 141 f91 printed its else's code after the loop)
            throw new LiftException("code after a while True loop whose breaks go to the enclosing loop's head, reached only"
                    + " from its body, at " + w.code.op(tail).offset());
        }
        if (tail > 0) {
            return tail;
        }
        if (leavingBodyEnd(w, p, back + 1, to)) {
            return to;                         // the rest of the region, entered from the body only, leaves: the body's end
        }
        throw new LiftException("a break threaded to an enclosing loop's head, but the code after the loop goes elsewhere at "
                + w.code.op(p).offset());
    }

    /** True when a FOR_ITER in [p, end) exits to end. */
    private static boolean forEndingAt(Walker w, int p, int end) {
        for (int k = p; k < end; k++) {
            if (w.code.op(k).is("FOR_ITER") && w.code.op(k).target() == end) {
                return true;
            }
        }
        return false;
    }

    /** The head of the enclosing loop a break of the body [p, back] is threaded to (the last such jump's), or -1. */
    private static int threadedBreakHead(Walker w, int p, int back, Region r) {
        int head = -1;
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_BACKWARD") && op.target() < p && w.normalFlow.get(k) && r.loop() != null
                    && (r.loop().continues().contains(op.target()) || r.loop().continuesOuter(op.target()))) {
                head = op.target();
            }
        }
        return head;
    }

    /** True when the code at t is not fallen into and is jumped to, only from [p, t). */
    private static boolean enteredOnlyFromBody(Walker w, int p, int t) {
        boolean entered = false;
        for (Op op : w.code.ops()) {
            if (op.target() == t) {
                if (op.index() < p || op.index() >= t) {
                    return false;
                }
                entered |= w.reachable.get(op.index());
            }
        }
        return entered && !w.fallenInto(t);
    }

    /**
     * True when [from, to), past the jump back, is code without jumps ending in a return or raise at to - 1,
     * which only jumps from the body [p, from) enter: the end of the body, `if c(): pass / elif d(): continue`
     * then `return 68` (3.14, where the loop's breaks are threaded to the enclosing loop's head).
     */
    private static boolean leavingBodyEnd(Walker w, int p, int from, int to) {
        if (from >= to || to > w.code.size() || !(w.code.op(to - 1).isReturn() || w.code.op(to - 1).is("RAISE_VARARGS"))) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO") || !w.jumpsOnlyFrom(k, p, from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when [tail, to), after the last threaded break, is code that leaves the function (a return or
     * raise ending the region; no jump out of it) entered only from the loop's body: the body's last branch,
     * `else: return 7`, not code after the loop, which the breaks threaded past say is empty (fuzz seed 54
     * f106, 3.14: a return out of the enclosing for loop pops its iterator first, as nothing after a while
     * loop would).
     */
    private static boolean leavingTail(Walker w, int p, int tail, int to) {
        if (tail >= to || to > w.code.size() || !w.code.op(to - 1).isTerminal() || !w.jumpsOnlyFrom(tail, p, tail)) {
            return false;
        }
        for (int k = tail; k < to - 1; k++) {
            Op op = w.code.op(k);
            // (or jumps inside it only: a comprehension's loop, 3.12+ inlined, rich seed 141 f91)
            if (op.target() >= 0 && (op.target() <= tail || op.target() >= to) || op.isTerminal() && op.target() < 0
                    || op.is("PUSH_EXC_INFO") || k > tail && w.jumpTargets.get(k) && !w.jumpsOnlyFrom(k, tail, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The loop ends a region laid out right before a handler (3.12: the else clause of {@code try: pass},
     * whose orphaned handler compile.c's compiler_try_except emits after the else, the else's jump to the
     * end dropped as dead after a loop that never falls off its end): its breaks jump past that handler to
     * where the region goes on, the code after the try statement.
     */
    private static boolean breaksPastHandler(Walker w, int p, int back, int to, int exit, Region r) {
        if (exit != to || exit != back + 1 || r.follow() <= to || to >= w.code.size() || !w.code.op(to).is("PUSH_EXC_INFO")) {
            return false;
        }
        for (int k = p; k <= back; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == r.follow() && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one target past {@code to} of the body [p, back]'s jumps of normal flow leaving it forward, when
     * it is the same exit as the region's follow (past NOPs); else -1.
     */
    private static int breaksPastTo(Walker w, int p, int back, int to, Region r) {
        int target = -1;
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t <= back + 1 || op.is("FOR_ITER") || !w.reachable.get(k)) {
                continue;
            }
            if (t <= to || !w.normalFlow.get(k) || !op.isUnconditionalJump() || target >= 0 && t != target
                    || !Branches.sameExit(w, t, r.follow())) {
                return -1;
            }
            target = t;
        }
        return target;
    }

    /** True when an unconditional jump of normal flow in [p, back] goes to t. */
    private static boolean jumpsTo(Walker w, int p, int back, int t) {
        for (int k = p; k <= back; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == t && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when every jump from the body [p, back] to back + 1 is a test's. */
    private static boolean onlyTestsInto(Walker w, int p, int back) {
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            if (op.target() == back + 1 && w.reachable.get(k) && !op.isConditionalJump()) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.14: the end of a tail [back + 1, end) laid out past the jump back, the last branches of the body's
     * statements: straight code from t (where a test of the body jumps) up to a raise, a return, or a
     * break's line NOP falling into end, the loop's exit. The tail must leave for end (that NOP, or a break
     * in it jumping there), and every jump of the body past the jump back go into it or to end (`if c: if
     * d: ... / else: break / else: raise E / else: break`, argparse's consume_optional). Else -1.
     */
    private static int leavingTailEnd(Walker w, int p, int back, int t, int to) {
        if (!w.env.atLeast(3, 14)) {
            return -1;
        }
        int k = t;
        while (k < to && !w.code.op(k).isTerminal() && w.code.op(k).target() < 0 && !w.code.op(k).is("NOP")) {
            k++;
        }
        if (k >= to) {
            return -1;
        }
        Op last = w.code.op(k);
        if (!(last.is("NOP") || last.is("RAISE_VARARGS") || last.isReturn())) {
            return -1;
        }
        int end = k + 1;
        for (int q = p; q <= back; q++) {
            Op op = w.code.op(q);
            if (op.target() > end && w.reachable.get(q) && !op.is("FOR_ITER")) {
                return -1;                     // a break of the body past the tail
            }
        }
        boolean breaks = last.is("NOP");
        for (int q = back + 1; q < end; q++) {
            breaks |= w.code.op(q).isUnconditionalJump() && w.code.op(q).target() == end;
        }
        return breaks && bodyTail(w, p, back, end) ? end : -1;
    }

    /**
     * True when the body [p, back] leaves past its jump back only to end (its breaks) or to back + 1
     * (the test of its last statement, whose branch [back + 1, end) is).
     */
    private static boolean breaksTo(Walker w, int p, int back, int end) {
        for (int k = p; k <= back; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (t > back + 1 && t != end && w.reachable.get(k) && !op.is("FOR_ITER")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when [back + 1, end) is the branch of a statement of the loop body [p, back]: normal flow
     * protected as the jump back is, ending in a raise or return, entered only by jumps from [p, end),
     * its own jumps staying inside it or going to the loop's head or to end.
     */
    private static boolean bodyTail(Walker w, int p, int back, int end) {
        return bodyTail(w, p, back, end, -1);
    }

    /** {@link #bodyTail}, where the branch may also end with a break threaded to {@code outerHead} (when not -1). */
    private static boolean bodyTail(Walker w, int p, int back, int end, int outerHead) {
        Op last = w.code.op(end - 1);
        // (or a break's line NOP falling into the exit end, where the body's other breaks jump)
        return (last.is("RAISE_VARARGS") || last.isReturn()
                || outerHead >= 0 && last.is("JUMP_BACKWARD") && last.target() == outerHead
                || outerHead < 0 && last.is("NOP") && end - 1 > back + 1) && tailCode(w, p, back, end, outerHead);
    }

    /**
     * True when [back + 1, end) may be code of the loop body [p, back] laid out past its jump back: in
     * the body's flow and protected as it is, entered only by jumps from [p, end), its own jumps staying
     * inside it or going to the loop's head (or {@code outerHead}) or to end.
     */
    private static boolean tailCode(Walker w, int p, int back, int end, int outerHead) {
        int inBody = back;                     // 3.14 leaves jumps out of protected ranges
        while (inBody > p && (w.code.op(inBody).target() >= 0 || w.code.op(inBody).is("NOT_TAKEN") || w.code.op(inBody).is("NOP"))) {
            inBody--;
        }
        for (int k = back + 1; k < end; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if (!Branches.sameHandler(w, k, inBody) && withUnwoundReturn(w, k, end)) {
                break;                         // (a return unwinding a with around the loop: its exit calls)
            }
            if (w.normalFlow.get(k) != w.normalFlow.get(p) || op.is("FOR_ITER")
                    || !Branches.sameHandler(w, k, inBody) && !nestedIn(w, k, back + 1, end)
                    || t >= 0 && !(t > back && t <= end || t == p || outerHead >= 0 && t == outerHead
                        || w.env.atLeast(3, 14) && op.is("JUMP_BACKWARD") && t > p && t < back)) {
                // (3.14: a jump back to the head of a while loop in the body, whose own body the branch is)
                return false;
            }
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t > back && t < end && w.reachable.get(op.index()) && (op.index() < p || op.index() >= end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when [k, end) is the unwinding of withs around the loop (their exit calls) and then straight
     * code returning at {@code end - 1}, the constant or value loaded after the calls (3.14).
     */
    private static boolean withUnwoundReturn(Walker w, int k, int end) {
        int q = k;
        while (Tries.exitCall(w, q) > q) {
            q = Tries.exitCall(w, q);
        }
        if (q == k || !w.code.op(end - 1).isReturn()) {
            return false;
        }
        for (; q < end - 1; q++) {
            if (w.code.op(q).target() >= 0 || w.code.op(q).isTerminal() || w.jumpTargets.get(q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when k's handler protects only code in [from, end): k is in a with or try statement nested in
     * that code (its handler laid out elsewhere), not under a protection of the code around it.
     */
    private static boolean nestedIn(Walker w, int k, int from, int end) {
        Code.Handler h = w.code.handlerAt(k);
        return h != null && Handlers.protectsOnly(w.code, h.target(), from, end);
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
     * The cold jump back to p past the region ({@link ColdJumpBacks#pastRegion}), where the clauses of a try
     * in a loop headed at p fall off; not for the head of a loop being walked (its jump back is that loop's
     * continue); or -1.
     */
    static int coldClauseBack(Walker w, int p, int to, Region r) {
        return r.loop() == null || !r.loop().continuesThisOrOuter(p) ? ColdJumpBacks.pastRegion(w, p, to) : -1;
    }

    /**
     * A {@code while True} whose body goes back to its head p only from an except clause (its
     * other paths break or return) has no jump back in normal flow to end it. Its body ends with the
     * first statement leaving it after the try statement: returns that statement's last instruction,
     * or -1. Every forward jump out of the body must go to one place, past handler code only; a shape
     * not read (a break to a copied exit) fails rather than lose the loop. The clauses may also fall off to
     * a cold jump back ({@link ColdJumpBacks#pastRegion}, 3.11-3.13; not for a loop being walked, in
     * region r, whose continue it is): the body then ends at the try body's break, its line's NOP (3.11:
     * at that jump back).
     */
    static int clauseOnlyLoopEnd(Walker w, int p, int to, Region r) {
        if (!w.jumpTargets.get(p) || !w.normalFlow.get(p) || w.code.op(p).is("FOR_ITER")) {
            return -1;
        }
        Code.Handler guard = guardFallingTo(w, p, to, p);
        int cold = coldClauseBack(w, p, to, r);
        if (guard == null && cold >= 0) {
            guard = guardFallingTo(w, p, to, ColdJumpBacks.restStart(w, cold));
            if (guard != null && !ColdJumpBacks.noContinueBefore(w, guard, p)) {
                return -1;
            }
            if (guard != null && !w.env.atLeast(3, 12)) {
                return cold;                   // 3.11 lays the handlers out inline: the jump back ends the body
            }
        }
        if (guard == null || breakingWith(w, guard)) {
            return -1;
        }
        for (int k = p; k < guard.start(); k++) {
            Op op = w.code.op(k);
            if (op.isReturn() && leavesTryGoingOn(w, p, k, guard.start())) {
                continue;                      // an earlier try's body returning, its clauses going on to the guard
            }
            if (w.normalFlow.get(k) && (op.target() >= 0 || op.isTerminal())) {
                // (only the try statement's own code before it; 3.12, 3.13: a break's jump to the code
                // after the loop, where the try body's break, its line's NOP, falls)
                return cold >= 0 ? elseBreakEnd(w, p, guard, to, true) : breakingClauseOnlyLoopEnd(w, p, guard, to);
            }
        }
        if (cold >= 0 && ColdJumpBacks.restStart(w, cold) != cold) {
            // the clauses go on to the rest of the body, laid out with the cold jump back: the try body's
            // break, its line's NOP, ends the body, the code after it is the code after the loop
            int elseBreak = elseBreakEnd(w, p, guard, to, true);
            if (elseBreak >= 0) {
                return elseBreak;
            }
        }
        return endAfterClause(w, p, guard, to, cold >= 0);
    }

    /**
     * 3.12+: True when {@code guard} is a with's range whose body does not return through its exit call
     * ({@link #returnAfterExit}): its suppressing path going back to the loop's head, the body's break runs
     * the exit call, then the code after the loop laid out right there ({@code while True: with m(): break}
     * then code), which {@link #withTailExit} reads; not a loop that only the suppressing path closes.
     */
    private static boolean breakingWith(Walker w, Code.Handler guard) {
        return w.env.atLeast(3, 12) && Handlers.kind(w.code, guard.target()) == Handlers.Kind.WITH
                && returnAfterExit(w, guard.target()) < 0;
    }

    /**
     * True when the return at k ends the body of a try in [p, guard) whose except clauses all go on
     * forward, to code up to {@code guard} (3.14 lays its handler out right after the return, and the code
     * after the statement, which only the clauses reach, after that; earlier versions end such a loop with
     * a jump back in normal flow, and do not come here): `while True: try: return f() / except
     * E: pass / try: return g() / except F: pass` (mailbox.MH._open_mh_sequences_file), the loop going round
     * only from the last clause.
     */
    private static boolean leavesTryGoingOn(Walker w, int p, int k, int guard) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= p && h.start() <= k && k <= h.end() && w.code.op(h.target()).is("PUSH_EXC_INFO")
                    && h.target() < guard) {
                List<Integer> exits = ExceptClauses.clauseExits(w, h.target());
                return !exits.isEmpty() && exits.stream().allMatch(e -> e > h.target() && e <= guard);
            }
        }
        return false;
    }

    /**
     * The protected range of the earliest try starting in [from, end) (one with except clauses) whose
     * clauses fall off to {@code exit}, or null.
     */
    private static Code.Handler guardFallingTo(Walker w, int from, int end, int exit) {
        Code.Handler guard = null;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < from || h.start() >= end || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || guard != null && h.start() >= guard.start()) {
                continue;
            }
            if (ExceptClauses.clauseExits(w, h.target()).stream().anyMatch(e -> e == exit || hopsTo(w, e, exit))
                    || suppressesTo(w, h.target(), exit)) {
                guard = h;
            }
        }
        return guard;
    }

    /** The jump of guard's clauses' hop to exit ({@link #hopsTo}), or -1. */
    private static int clauseHop(Walker w, Code.Handler guard, int exit) {
        for (int e : ExceptClauses.clauseExits(w, guard.target())) {
            if (hopsTo(w, e, exit)) {
                return ColdLoopEnds.hopJump(w, e);
            }
        }
        return -1;
    }

    /**
     * True when the code at e is line NOPs and copies of finally bodies (the finally's copy on the normal
     * exit) then a jump forward to exit, over the finally's handler: {@code try: ... / except E: ... /
     * finally: ...} ({@link ColdLoopEnds#hopJump}).
     */
    private static boolean hopsTo(Walker w, int e, int exit) {
        int k = ColdLoopEnds.hopJump(w, e);
        return k > e && w.code.op(k).target() == exit;
    }

    /**
     * 3.12, 3.13: True when the handler at {@code target} is a with's whose suppressing path goes on at exit, or
     * at a lone jump back there that only that path reaches (its body never falls off its end: `while True:
     * with m(): return x`, the loop going round only when the manager suppresses).
     */
    private static boolean suppressesTo(Walker w, int target, int exit) {
        if (!w.env.atLeast(3, 12) || w.env.atLeast(3, 14) || Handlers.kind(w.code, target) != Handlers.Kind.WITH) {
            return false;
        }
        int after = WithSuppressedPaths.suppressedAfter(w, target);
        if (after < 0) {
            return false;
        }
        Op op = w.code.op(after);
        return after == exit || op.is("JUMP_BACKWARD") && op.target() == exit && !w.normalFlow.get(after)
                && w.jumpsOnlyFrom(after, target, after);
    }

    /**
     * 3.12+: a {@code while True} headed at p whose only jump back, at back, closes a try statement that
     * only its except clauses fall off (its body returns): reached only from those clauses, that jump is
     * cold and laid out after the handlers, and the code a break of the body jumps to, the code after
     * the loop, lies between the try's body and its handler ({@code while True: if c(): break / try:
     * x(); return 1 / except E: pass} then {@code t()}). The body ends with the first statement leaving
     * it after the try ({@link #clauseOnlyLoopEnd}), a return the try body runs straight into (no else
     * clause); returns its last instruction, or back when the shape is not this one (no code after it
     * before the handler that only breaks enter: the jump back ends the body).
     */
    static int coldJumpBackEnd(Walker w, int p, int back, int to) {
        if (!w.env.atLeast(3, 12) || back <= p + 1 || !w.code.op(back).is("JUMP_BACKWARD")
                || !(w.code.op(back - 1).isTerminal() || w.code.op(back - 1).isUnconditionalJump())) {
            return back;
        }
        Code.Handler guard = guardFallingTo(w, p, back, back);
        int hop = guard != null ? clauseHop(w, guard, back) : -1;
        for (Op op : w.code.ops()) {
            if (op.target() == back && w.reachable.get(op.index()) && w.normalFlow.get(op.index()) && op.index() != hop) {
                return back;                   // normal flow reaches the jump back: not cold (but for the
            }                                  // clauses' hop over a finally's handler, normal flow too)
            int k = op.index();
            if (k >= p && k < back && w.normalFlow.get(k) && headTargets(w, p).contains(op.target())
                    && (op.is("JUMP_BACKWARD") || op.isConditionalJump())) {
                return back;                   // another jump back in normal flow
            }
        }
        if (guard == null || breakingWith(w, guard)) {
            return back;
        }
        int end = returnEndingTry(w, p, guard, to);
        return end >= 0 ? end : back;
    }

    /**
     * The end of a {@code while True} headed at p whose body ends with the try statement {@code guard}
     * protects, its body running straight into a return (no else clause), the code after that return and
     * before the handler being the code after the loop, entered only by breaks before the try or from
     * handler code ({@link #coldJumpBackEnd}); that return's index, or -1.
     */
    private static int returnEndingTry(Walker w, int p, Code.Handler guard, int to) {
        int end;
        try {
            end = lastTerminalEnd(w, p, guard, to);
        } catch (LiftException unread) {
            return -1;
        }
        int handler = guard.target();
        if (end >= handler || !(w.code.op(end).isReturn() || w.code.op(end).is("RAISE_VARARGS"))) {
            return -1;
        }
        for (int k = guard.start(); k < end; k++) {
            Op op = w.code.op(k);
            int copy = k > guard.start() && !w.jumpTargets.get(k) ? ColdLoopEnds.finallyCopyEnd(w, k) : -1;
            if (copy > k && copy <= end) {
                k = copy - 1;                  // the return runs an enclosing finally body's copy first
                continue;
            }
            if (k == end - 1 && constantLoad(op) && !w.jumpTargets.get(k) && !w.jumpTargets.get(end)) {
                continue;                      // 3.14: `return CONST` loads its constant after the unwinding,
                                               // outside the range (3.12, 3.13: RETURN_CONST, no load)
            }
            if (!Handlers.covers(w.code, k, handler) && !op.is("NOP") || w.normalFlow.get(k) && op.target() > end) {
                return -1;                     // not a try body running straight into its return: an else clause
            }
        }
        // the code after that return, before the handler, entered only by jumps from before the try (breaks)
        // or from handler code (a clause's break), never from the try statement itself
        boolean entered = false;
        for (Op op : w.code.ops()) {
            int k = op.index();
            int t = op.target();
            if (t <= end || t >= handler || !w.reachable.get(k) || k > end && k < handler) {
                continue;
            }
            if (k >= guard.start() && k <= end || k < p) {
                return -1;
            }
            entered |= k < guard.start();
        }
        return entered ? end : -1;
    }

    private static boolean constantLoad(Op op) {
        return op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT");
    }

    /**
     * 3.14: a {@code while True} headed at p (its line's NOP) that breaks before a try whose body returns
     * and whose every clause goes back to the head: 3.12 and 3.13 lay out the jump back ending the body
     * after the handlers, where the clauses falling off their end jump to it ({@link #coldJumpBackEnd});
     * 3.14 has each clause end jump back to the head itself (flowgraph.c threads the jump to that lineless
     * jump back), so no jump back is left in normal flow. The body ends with the try body's return as
     * there ({@link #returnEndingTry}); its index, or -1.
     */
    private static int breakingClauseOnlyLoopEnd(Walker w, int p, Code.Handler guard, int to) {
        if (!w.env.atLeast(3, 14) || !w.code.op(p).is("NOP")) {
            return -1;
        }
        return returnEndingTry(w, p, guard, to);
    }

    /**
     * A {@code while True} headed at p whose last jump back in normal flow is at back, while the except
     * clause of a try statement past it jumps back to p too (a continue; 3.12+ lay the clause out after
     * the code, 3.11 inline, jumped over: handler code is not normal flow either way): the body goes on
     * past back through that statement to the first statement leaving the loop after it. Returns that statement's last instruction, or back when no such clause.
     */
    static int clauseLoopEnd(Walker w, int p, int back, int to) {
        if (!w.env.atLeast(3, 11) || w.code.op(p).is("FOR_ITER")) {
            return back;
        }
        Code.Handler guard = null;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() <= back || h.start() >= to || !w.normalFlow.get(h.start()) || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || guard != null && h.start() >= guard.start()) {
                continue;
            }
            if (ExceptClauses.clauseExits(w, h.target()).contains(p)) {
                guard = h;
            }
        }
        if (guard == null) {
            return back;
        }
        try {
            int end = endAfterClause(w, p, guard, to, false);
            if (!w.env.atLeast(3, 12)) {
                end = pastTestedTails(w, p, end, to);
            }
            if (!w.env.atLeast(3, 12) && (end < 0 || leftPast(w, p, end))) {
                // 3.11: code past the end that a jump reaches reads as after the loop, which may be the
                // loop's (`if c: return` then a raise, both in the loop, would print as a break): not read
                return back;
            }
            return Math.max(back, end);
        } catch (LiftException e) {
            return back;                       // not read: the clause's jump back fails the try (Tries)
        }
    }

    /**
     * 3.11: a loop body ending at {@code end} whose tests jump past it goes on there: 3.11 keeps a break's
     * own JUMP_FORWARD (never threaded into a test) or, jumping to the next instruction, a NOP holding its
     * line, and copies a small exit block in place, so code without a NOP that only tests of the body reach
     * is the body's ({@code if c: return x} then {@code raise E}). Returns
     * the last instruction of such code (a raise or a return of a value), end when no test jumps past
     * it, or -1 when some jump past it is not a test, or the code it reaches ends otherwise.
     */
    private static int pastTestedTails(Walker w, int p, int end, int to) {
        while (true) {
            int far = -1;
            for (int k = p; k <= end; k++) {
                Op op = w.code.op(k);
                if (!w.normalFlow.get(k) || op.target() <= end || op.is("FOR_ITER")) {
                    continue;
                }
                if (!op.isConditionalJump() || op.target() >= to) {
                    return k == end ? end : -1;
                }
                far = Math.max(far, op.target());
            }
            if (far < 0) {
                return end;
            }
            int next = -1;
            for (int q = far; q < to; q++) {
                if (w.normalFlow.get(q) && w.code.op(q).isTerminal() && w.code.handlerAt(q) == null) {
                    next = q;
                    break;
                }
            }
            if (next < 0 || !(w.code.op(next).is("RAISE_VARARGS") || w.code.op(next).is("RETURN_VALUE")
                    && !(w.code.op(next - 1).is("LOAD_CONST") && w.code.op(next - 1).argval() instanceof depyf.pyc.PyObject.None))) {
                return -1;                     // a None return may be a break's copied exit: not read
            }
            for (int q = end + 1; q <= next; q++) {
                if (w.normalFlow.get(q) && w.code.op(q).is("NOP")) {
                    return -1;                 // maybe a break's line: its jump to the next instruction removed
                }
            }
            for (Op op : w.code.ops()) {
                int t = op.target();
                if (t > end && t <= next && w.reachable.get(op.index()) && (op.index() < p || op.index() > next)) {
                    return -1;                 // entered from outside the loop
                }
            }
            end = next;
        }
    }

    /** A jump in normal flow in [p, end] goes past end. */
    private static boolean leftPast(Walker w, int p, int end) {
        for (int k = p; k <= end; k++) {
            if (w.normalFlow.get(k) && w.code.op(k).target() > end && !w.code.op(k).is("FOR_ITER")) {
                return true;
            }
        }
        return false;
    }

    /** The end of a loop headed at p that goes on through the try statement {@code guard} protects (see {@link #clauseOnlyLoopEnd}). */
    private static int endAfterClause(Walker w, int p, Code.Handler guard, int to, boolean coldBack) {
        try {
            return lastTerminalEnd(w, p, guard, to);
        } catch (LiftException unread) {
            int jumped = inlineElseBreak(w, p, guard, to);
            if (jumped >= 0) {
                return jumped;
            }
            int elseBreak = elseBreakEnd(w, p, guard, to, coldBack);
            if (elseBreak < 0) {
                throw unread;
            }
            return elseBreak;
        }
    }

    /**
     * 3.11: {@code try: ... except ...: ...; continue / else: break} (asyncio/__main__.py): the body's end
     * jumps over the handlers, laid out inline, to the code after the loop, and nothing else goes back to
     * the head in normal flow. The loop's body ends with the handlers (the jump's target is its exit:
     * code after the try inside the loop would have to leave it too, the same instructions either way);
     * their last instruction, or -1.
     */
    private static int inlineElseBreak(Walker w, int p, Code.Handler guard, int to) {
        if (w.env.atLeast(3, 12)) {
            return -1;
        }
        int first = w.normalFlow.nextSetBit(Handlers.protectedEnd(w.code, guard.target()));
        Op jump = first >= 0 ? w.code.op(first) : null;
        if (jump == null || !jump.is("JUMP_FORWARD") || jump.target() <= first + 1 || jump.target() > to
                || !w.onlyHandlerCode(first + 1, jump.target())) {
            return -1;
        }
        for (int k = p; k < first; k++) {
            if (w.normalFlow.get(k) && w.code.op(k).target() > first) {
                return -1;
            }
        }
        return jump.target() - 1;
    }

    /** {@link #elseBreakNop}, registered for the walk (headerLoop makes the try's else that break). */
    private static int elseBreakEnd(Walker w, int p, Code.Handler guard, int to, boolean coldBack) {
        int elseBreak = elseBreakNop(w, p, guard, to, coldBack);
        if (elseBreak >= 0) {
            w.elseBreakNops.add(elseBreak);
        }
        return elseBreak;
    }

    /**
     * {@code try: ... except ...: ... else: break} (3.12+; asyncio/__main__.py's `while True: try: ... /
     * except KeyboardInterrupt: ...; continue / else: break`; or a try body's break when the clauses fall
     * off to a cold jump back, {@link ColdJumpBacks#pastRegion}): the body falls into the NOP holding the
     * break's line, which falls into the code after the loop (or the region's end). When that code leaves by
     * more than one way (the loop end is not the first statement leaving), the NOP right after the try ends
     * the loop's body, if nothing jumps to it and no jump before it goes past it (but, with a cold jump back,
     * a break to the code after the loop right after it); its index, or -1. (Code after the try inside the
     * loop would have to leave it too, no jump back being in normal flow: the same instructions either way.)
     */
    private static int elseBreakNop(Walker w, int p, Code.Handler guard, int to, boolean coldBack) {
        int rangeEnd = Handlers.protectedEnd(w.code, guard.target());   // (guard is one of its pieces)
        int first = w.normalFlow.nextSetBit(rangeEnd);
        boolean inline = !w.env.atLeast(3, 12);
        if (first < 0 || w.jumpTargets.get(first) || first >= guard.target() && !inline) {
            return -1;
        }
        int nop = first;
        while (nop < to && !w.code.op(nop).is("NOP") && straight(w, nop) && !w.jumpTargets.get(nop + 1)) {
            nop++;                             // the else's own statements before the break's NOP
        }
        if (inline) {
            // 3.11: only the break's copy of the implicit return, the handlers laid out inline after it
            return nop + 1 < to && w.code.op(nop + 1).is("PUSH_EXC_INFO") && w.onlyHandlerCode(nop + 1, to)
                    && breakToImplicitReturn(w, nop, nop + 1, to) && noJumpPast(w, p, first, nop, false) ? nop : -1;
        }
        int after = nop + 1 < to && w.onlyHandlerCode(nop + 1, to) ? nop + 1 : to;   // (the handlers, cold, after the break's return)
        if (nop + 1 > to || !(w.code.op(nop).is("NOP") || breakToImplicitReturn(w, nop, after, to)) || nop >= guard.target()) {
            return -1;
        }
        return noJumpPast(w, p, first, nop, coldBack) ? nop : -1;
    }

    /**
     * No jump in normal flow in [p, first) goes to {@code first} or past it (with a cold jump back, but a
     * break right past the else's break at nop, to the code after the loop).
     */
    private static boolean noJumpPast(Walker w, int p, int first, int nop, boolean coldBack) {
        for (int k = p; k < first; k++) {
            int t = w.code.op(k).target();
            if (w.normalFlow.get(k) && t >= first && !(coldBack && t == nop + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clauses of a try ending a while True body with an else break: when every clause going back to
     * the head at p does so by a jump forward to the loop's jump back (after the handlers), they fall off
     * the try, the end of the body: the continue the walk read there (the jump leaving the region [p, nop])
     * is no written one, which would jump back itself.
     */
    private static List<Stmt.ExceptHandler> clausesFallingOff(Walker w, int p, int nop, List<Stmt.ExceptHandler> clauses) {
        Code.Handler h = null;
        for (int q = nop - 1; q >= p && h == null; q--) {
            h = w.code.handlerAt(q);           // the try body's range, right before the else's straight code
        }
        if (h == null || !w.code.op(h.target()).is("PUSH_EXC_INFO")) {
            return clauses;
        }
        boolean fallOff = false;
        for (int exit : ExceptClauses.clauseExits(w, h.target())) {
            Op at = w.code.op(exit);
            if (exit <= p) {
                return clauses;                // a written continue
            }
            fallOff |= at.is("JUMP_BACKWARD") && at.target() == p;
        }
        if (!fallOff) {
            return clauses;
        }
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (Stmt.ExceptHandler c : clauses) {
            List<Stmt> body = c.body();
            if (body.size() > 1 && body.get(body.size() - 1) instanceof Stmt.Continue) {
                body = body.subList(0, body.size() - 1);
            }
            out.add(new Stmt.ExceptHandler(c.type(), c.name(), body));
        }
        return out;
    }

    /**
     * True when the return at k, right before {@code after}, is a break's jump to the code after the loop,
     * the implicit {@code return None} where the region ends (or nothing: the code ends with the loop),
     * replaced by a copy of that return block (flowgraph.c copies small exit blocks in place of a jump to
     * them; the copy keeps the break's line).
     */
    private static boolean breakToImplicitReturn(Walker w, int k, int after, int to) {
        int at = Tries.skipNops(w, to);
        // (nothing after the loop, the code's end: the loop never ends but by its breaks, each the return)
        return k + 1 == after && noneReturn(w, k) && (at >= w.code.size()
                || noneReturn(w, w.code.op(at).is("RETURN_CONST") || at + 1 >= w.code.size() ? at : at + 1));
    }

    /** The return at k returns None: RETURN_CONST None, or (3.11, 3.14) LOAD_CONST None, RETURN_VALUE. */
    private static boolean noneReturn(Walker w, int k) {
        if (w.code.op(k).is("RETURN_VALUE")) {
            return k > 0 && !w.jumpTargets.get(k) && Tries.noneReturnLength(w, k - 1) == 2;
        }
        return Tries.noneReturnLength(w, k) == 1;
    }

    /** An instruction of straight code in normal flow: no jump, no leaving, outside every protected range. */
    private static boolean straight(Walker w, int k) {
        Op op = w.code.op(k);
        return w.normalFlow.get(k) && op.target() < 0 && !op.isTerminal() && w.code.handlerAt(k) == null;
    }

    private static int lastTerminalEnd(Walker w, int p, Code.Handler guard, int to) {
        // p heads a loop (a clause jumps back to it): a shape not read below must fail, not lose the loop
        LiftException unread = new LiftException("loop entered again only from an except clause not recognised at "
                + w.code.op(p).offset());
        boolean inline = !w.env.atLeast(3, 12);
        int end = -1;
        for (int q = guard.end(); q < to; q++) {
            Op op = w.code.op(q);
            if (inline && op.is("JUMP_FORWARD") && op.target() > q + 1 && op.target() < to && w.normalFlow.get(q)
                    && w.onlyHandlerCode(q + 1, op.target())) {
                q = op.target() - 1;           // 3.11: the try's normal exit jumps over the handlers laid out inline
                continue;
            }
            if (op.is("JUMP_BACKWARD") && op.target() > p && op.target() >= guard.end() && op.target() < q) {
                continue;                      // a loop's after the try (3.14: a comprehension's, whose jumps no range covers)
            }
            if (w.normalFlow.get(q) && op.isTerminal() && w.code.handlerAt(q) == null
                    && !(q + 1 < to && Handlers.covers(w.code, q + 1, guard.target()))) {
                end = q;               // (not a branch's jump to the try's end, or its return, unwound out of
                break;                 // the range, the try body going on after it: 3.12+)
            }
        }
        // (but a break after the try, which the clauses fall into, threaded to the head of an enclosing loop
        // whose body the loop ends: re/_compiler.py's `for ...: while True: try: ... / except E: if c:
        // continue ... / break`)
        boolean threadedBreak = end >= 0 && w.code.op(end).is("JUMP_BACKWARD") && w.code.op(end).target() < p;
        if (end < 0 || w.code.op(end).isUnconditionalJump() && ExceptClauses.clauseExits(w, guard.target()).contains(end) && !threadedBreak
                || inline && w.code.op(end).isUnconditionalJump() && w.code.op(end).target() < to && !threadedBreak) {
            // (3.11: a break going on in the region, as a clause's break may: the try would take the clause's
            // target for the code after it; a break leaving the region ends a branch of an if statement)
            throw unread;                      // a break after the try that the clauses reach: read as the body's (Tries)
        }
        if (w.code.op(end).is("RETURN_CONST") && w.code.op(end).argval() instanceof depyf.pyc.PyObject.None
                || inline && w.code.op(end).is("RETURN_VALUE") && w.code.op(end - 1).is("LOAD_CONST")
                    && w.code.op(end - 1).argval() instanceof depyf.pyc.PyObject.None) {
            throw unread;                      // maybe a break to the implicit return, copied: read as a return, dropped
        }
        for (int n = 1; n <= 2 && (w.code.op(end).isReturn()); n++) {
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
            case List<?> list -> list.stream().mapToInt(WhileTrue::breaks).sum();
            case Stmt s when s instanceof Record rec -> depyf.ir.Parts.of(rec).stream().mapToInt(WhileTrue::breaks).sum();
            default -> 0;
        };
    }

    /**
     * True when the code from p is the test of a loop whose exit is threaded to an enclosing loop's head
     * (see {@link #isThreadedLoopTest}): a {@code continue} jumping back to p does not make it {@code while True}.
     */
    static boolean startsThreadedTest(Walker w, int p, int to, Region r) {
        if (w.env.atLeast(3, 14) && w.code.op(p).is("NOP")) {
            // 3.14 jumps back to a loop's test itself: a jump back to a NOP (the line of `while True:`)
            // heads a while True loop, whose `if c: break` may look like such a test (fuzz rich seed 1 f257)
            return false;
        }
        for (int k = p; k + 1 < to; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() > k && op.target() <= to && Loops.overExitJump(w, k, op.target())) {
                if (Loops.isThreadedLoopTest(w, p, op.target() - 1, op.target(), to, r)) {
                    return true;
                }
                // `while a and b`: each test but the last jumps over its own exit jump to the next test,
                // not to the body (fuzz seed 46 f258); the test goes on there
                k = op.target() - 1;
                continue;
            }
            if (op.isConditionalJump() && op.target() > k) {
                continue;
            }
            boolean walrus = op.name().startsWith("STORE") && k > p && w.code.op(k - 1).is("COPY") && w.code.op(k - 1).arg() == 1;
            if (op.target() >= 0 || op.isTerminal() || op.name().startsWith("STORE") && !walrus || op.is("POP_TOP")) {
                return false;
            }
        }
        return false;
    }
}
