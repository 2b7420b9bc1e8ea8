package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Pattern;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Conditions;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** while loops with a test (both layouts: at the top, copied to the bottom), else, break, continue; exits shared by all loops. */
final class Loops {
    private Loops() {}

    /** True when some instruction in [from, to) jumps back into [lo, hi]. */
    static boolean hasBackEdgeInto(Code code, int lo, int hi, int from, int to) {
        return nestedBackEdgeInto(code, -1, -1, lo, hi, from, to);
    }

    /**
     * True when a with at or past f, the exit of the loop tested at start, suppresses back to start while its
     * normal exit returns or raises: the with lies in the loop's body, an if's else ({@code while True: if a:
     * try: ... / except E: pass / else: return 7 / else: with m(): return 10}, unseen set 201 f199 on
     * 3.12-3.13), not after a {@code while a:} (where nothing goes back into the loop).
     */
    static boolean withPastExitBackTo(Walker w, int start, int f) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= f && Handlers.kind(w.code, h.target()) == Handlers.Kind.WITH) {
                int after = WithSuppressedPaths.suppressedAfter(w, h.target());
                int normal = BranchExits.normalExit(w, h.target());
                // (its normal exit leaving: not the end of an enclosing loop's body, going round through start too)
                if (after >= 0 && Branches.jumpedTo(w, after) == start && normal >= 0
                        && TryRanges.straightExit(w, normal, w.code.size()) > normal) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the condition [start, b), false to f, is a while loop's test: the body jumps back into
     * it (test at the top), or ends with a copy of it jumping back to b (3.11-3.13). A jump back to b
     * alone is a loop inside the then-branch. 3.12-3.13 lay a copy reached only from except clauses
     * out after the handlers.
     */
    static boolean isLoopTest(Walker w, int start, int b, int f) {
        return hasBackEdgeInto(w.code, start, b - 1, b, f) || bottomCopy(w, start, b, f) >= 0
                || DisplacedLoopTails.displacedCopy(w, start, b, f) != null || clauseBackInto(w, start, b - 1, b, f)
                || DisplacedLoopTails.displacedTailCopy(w, start, b, f) != null || DisplacedLoopTails.withTailBackInto(w, start, b - 1, b, f) >= 0;
    }

    /**
     * True when the jump at k has a line of its own (a written break), not the line of the code falling into
     * it: an if ending a try body jumps past the try's end NOP, which takes the test's line as a loop's exit
     * NOP does, and only the jump's line tells its end from a break (seed 69 f99, 3.13+).
     */
    private static boolean ownLine(Walker w, int k) {
        Op op = w.code.op(k);
        if (op.line() < 0 || k == 0 || !w.reachable.get(k - 1)) {
            return true;
        }
        Op before = w.code.op(k - 1);
        return before.isUnconditionalJump() || before.isTerminal() || before.line() != op.line();
    }

    /**
     * A while loop that never loops: every path of its body [b, f) returns, raises or breaks, so the
     * compiler drops the jump back and the test at [start, b) reads like an if's. A break tells the two
     * apart, a reachable jump forward from the body that no if statement makes: past the loop's exit NOP
     * (3.13+ keep a NOP on the test's line at f, the false target, where an if has none, unless the if
     * ends a try body: the break's jump has a line of its own, {@link #ownLine}), or to f itself
     * past the end of a statement around it (see {@link #jumpedIntoElse}). Not a jump
     * inside a loop nested in the body (that loop's break), nor when an enclosing loop goes on at f (a
     * jump there is that loop's break or continue), nor when code before the test jumps into the body (a
     * match case's guard, false past the subject's pop that the pattern's failures jump to).
     */
    static boolean neverLoops(Walker w, int start, int b, int f, Region r) {
        Op last = f > b && f <= w.code.size() ? w.code.op(f - 1) : null;
        if (last == null || r.loop() != null && (f == r.loop().exit() || r.loop().continuesThisOrOuter(f))) {
            return false;
        }
        for (int k = 0; k < start; k++) {
            int t = w.code.op(k).target();
            if (t > b && t < f) {
                return false;
            }
        }
        int testLine = w.code.op(b - 1).line();
        int pastNop = f;
        while (pastNop < w.code.size() && w.code.op(pastNop).is("NOP") && w.code.op(pastNop).line() == testLine) {
            pastNop++;
        }
        boolean leaves = last.isReturn() || last.is("RAISE_VARARGS") || last.is("RERAISE");
        if (leaves && testLeftOutOfWithRange(w, start, b, f)) {
            return true;
        }
        boolean clauseBreak = !leaves && fallsIntoExit(w, b, f) && (clauseBreaksTo(w, b, f, pastNop) || finallyBreaksTo(w, b, f))
                || clauseEndCopyBreak(w, start, -1, b, f, r) >= 0;
        if (!leaves && !clauseBreak) {
            return false;
        }
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if ((op.target() == f || op.target() == pastNop) && !op.is("JUMP_FORWARD") && w.reachable.get(k)) {
                return false;                  // the body's end falls into f (a test, a for loop's exit): it would loop
            }
        }
        if (clauseBreak) {
            return true;
        }
        for (int k = b; k < f - 1; k++) {
            Op op = w.code.op(k);
            if (!op.is("JUMP_FORWARD") || !w.reachable.get(k) || w.dead.get(k) || hasBackEdgeInto(w.code, b, k, k, f)) {
                continue;                      // (inside a loop nested in the body: that loop's break)
            }
            if (op.target() == pastNop && pastNop > f && w.env.atLeast(3, 13) && ownLine(w, k)
                    || op.target() == f && (jumpedIntoElse(w, b, k, f) || breaksThroughFinally(w, k, f) || skipsTryElse(w, b, k, f)
                            || skipsTryContinuation(w, b, k, f) || breaksThroughWith(w, b, k, f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.14: the test of {@code while c: <body that always leaves>} at the start of a with's body (the code
     * from the with's range start to the test straight, no jump into it). The NOT_TAKEN after the loop's
     * first test is left out of the with's range (the body's first instruction back in it), as after every
     * while loop's test we compiled; the NOT_TAKEN of an if's test in that place stays in the range
     * (measured, not read in flowgraph.c: every such if of the 3.14 standard library and of the cases).
     * Read as an if, the same code compiles with the NOT_TAKEN inside the range.
     */
    private static boolean testLeftOutOfWithRange(Walker w, int start, int b, int f) {
        if (!w.env.atLeast(3, 14) || b < 1 || b >= f) {
            return false;
        }
        int first = start;                         // the loop's first test (`while a and b`: a's)
        while (first < b && w.code.op(first).target() < 0) {
            first++;
        }
        if (first >= b || !w.code.op(first).isConditionalJump() || !w.code.notTakenOutOfRange(first)) {
            return false;
        }
        Code.Handler h = w.code.handlerAt(first);
        if (h == null || Handlers.kind(w.code, h.target()) != Handlers.Kind.WITH || !Branches.sameHandler(w, first, b)) {
            return false;
        }
        int q = start;
        while (q > 0 && Branches.sameHandler(w, q - 1, first)) {
            if (w.jumpTargets.get(q) || w.code.op(q - 1).target() >= 0) {
                return false;
            }
            q--;
        }
        // the range starts right after the with's __enter__ call (LOAD_SPECIAL __enter__; CALL 0)
        return !w.jumpTargets.get(q) && q >= 2 && w.code.op(q - 1).is("CALL") && w.code.op(q - 2).is("LOAD_SPECIAL");
    }

    /**
     * The jump forward at k to f lies inside the body of a try/except that starts in [b, k) and goes
     * on, after the try, with code at P in (k, f): an except clause of it falls through (POP_EXCEPT, the
     * name's cleanup) into P, by a jump there or by a copy of P's small exit block (flowgraph.c,
     * inline_small_or_no_lineno_blocks; the copy keeps P's line). An if's then-branch jumps to its end f
     * from inside a try only when the try ends the branch (its clauses then go on at f, or a jump
     * there); skipping the code after the try is a break. (3.11 lays the clauses out inline, before P,
     * and ends them with a JUMP_FORWARD to P.) Code in the clauses' own area is no P: a break out of a for
     * loop around the try pops the iterator after the POP_EXCEPT (seed 94 f175, 3.11).
     */
    private static boolean skipsTryContinuation(Walker w, int b, int k, int f) {
        for (Code.Handler h : w.code.handlers()) {
            int target = h.target();
            if (h.start() < b || h.start() >= k || !w.code.op(target).is("PUSH_EXC_INFO") || !inTryBody(w, h.start(), k)) {
                continue;
            }
            int areaEnd = ExceptClauses.handlerAreaEnd(w, target);
            for (int j = target + 1; j < areaEnd && j < w.code.size(); j++) {
                if (!w.code.op(j).is("POP_EXCEPT") || !w.reachable.get(j) || w.dead.get(j)) {
                    continue;
                }
                int c = ExceptClauses.afterNameCleanup(w.code, j + 1);
                if (c >= w.code.size() || w.code.op(c).is("RERAISE") || Branches.sameExit(w, c, f)) {
                    // (the POP_EXCEPT of the clauses' cleanup, which reraises)
                    continue;
                }
                int to = Branches.jumpedTo(w, c);
                if (to > k && to < f && !w.code.op(to).isUnconditionalJump() && !(to >= target && to < areaEnd)) {
                    return true;
                }
                for (int p = k + 1; p < f; p++) {
                    if ((p < target || p >= areaEnd) && w.code.op(p).line() == w.code.op(to).line() && w.code.op(p).sameAs(w.code.op(to))
                            && Branches.sameExit(w, to, p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * 3.11, 3.12: the jump forward at k to f ends a try body (k just past a protected range that starts in
     * [b, k)), and a test inside that range jumps to k + 1, past the range: the code there (the try's else,
     * or the code after the try) is where the body's normal end goes on, as the test's false path does.
     * Read as an if's then-branch the try body's end would fall into it too; jumping over it to f, the
     * code after the statement, the branch breaks out of a loop. Only 3.12: 3.13+ lay out the else of
     * {@code if c: A else: return} ending a try body past the range, after A's threaded end jump, the
     * same jumps as here (RangeTailExits.elsePastEndJump; never_looping_breaks.if_try_else_returns). 3.11
     * the same (fuzz_silent3x.never_looping_while_try_if_break).
     */
    private static boolean skipsTryElse(Walker w, int b, int k, int f) {
        Code.Handler h = k > b ? w.code.handlerAt(k - 1) : null;
        if (!w.env.atLeast(3, 11) || w.env.atLeast(3, 13) || h == null || h.end() != k || h.start() < b || w.code.handlerAt(k) != null
                || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT || k + 1 >= f) {
            return false;
        }
        for (int j = h.start(); j < k; j++) {
            Op op = w.code.op(j);
            if (op.isConditionalJump() && op.target() == k + 1 && Branches.sameHandler(w, j, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when no handler's code (PUSH_EXC_INFO, laid out inline by 3.11) lies in [start, k]: k is in the try's body. */
    private static boolean inTryBody(Walker w, int start, int k) {
        for (int j = start; j <= k; j++) {
            if (w.code.op(j).is("PUSH_EXC_INFO")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the body [b, f) ends with the NOP of a break's line falling into f, the loop's exit (the
     * compiler removes a jump to the next instruction; the NOP keeps its line): not a jump, a test or a
     * leaving instruction, so an if's then-branch could end the same way (with a `pass`), and only a
     * break out of an except clause below tells the two apart.
     */
    private static boolean fallsIntoExit(Walker w, int b, int f) {
        Op last = w.code.op(f - 1);
        return last.is("NOP") && last.line() > 0 && f - 1 > b && w.reachable.get(f - 1) && !w.dead.get(f - 1);
    }

    /**
     * True when a jump to f in the body [b, f) ends the copy of a finally body that a copy on the try's
     * normal exit follows ({@link #breaksThroughFinally}): a break, which an if's branch falling off its
     * end into that NOP (the break's line, see {@link #fallsIntoExit}) cannot make (seed 96 f213).
     */
    private static boolean finallyBreaksTo(Walker w, int b, int f) {
        for (int k = b; k < f - 1; k++) {
            Op op = w.code.op(k);
            if (op.is("JUMP_FORWARD") && op.target() == f && w.reachable.get(k) && !w.dead.get(k)
                    && !hasBackEdgeInto(w.code, b, k, k, f) && breaksThroughFinally(w, k, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an except clause of a try in the body [b, f) breaks to f (or past the test's NOP there):
     * 3.11 jumps forward there past the code after the try, which the body goes on with and no if's
     * branch would skip (a clause of a try ending an if's branch falls into that code or jumps to its
     * end, not past it); 3.13+ lay the clause out after the code and jump back with JUMP_BACKWARD, where
     * the end of a clause (and of an if's branch, into which it would be threaded) is
     * JUMP_BACKWARD_NO_INTERRUPT: compile.c's JUMP_NO_INTERRUPT, which only a break or continue's JUMP
     * (flowgraph.c keeps JUMP when it copies a block in place of one) does not use.
     */
    private static boolean clauseBreaksTo(Walker w, int b, int f, int pastNop) {
        for (Code.Handler h : w.code.handlers()) {
            int target = h.target();
            if (h.start() < b || h.start() >= f || !w.code.op(target).is("PUSH_EXC_INFO")) {
                continue;
            }
            int areaEnd = ExceptClauses.handlerAreaEnd(w, target);
            for (int k = target + 2; k < areaEnd && k < w.code.size(); k++) {
                Op op = w.code.op(k);
                int t = op.target();
                if (!op.isUnconditionalJump() || t != f && t != pastNop || !w.reachable.get(k) || w.dead.get(k)
                        || !w.code.op(ExceptClauses.beforeNameCleanup(w.code, k - 1)).is("POP_EXCEPT")
                        || hasBackEdgeInto(w.code, target, k, k, areaEnd)) {
                    // (inside a loop nested in the clause: that loop's break, threaded to where the clause
                    // ends, no break of a loop around the try: unseen set 200 f16, `if c(): try: while True:
                    // ... / except E1: while True: if c(): break` read as a `while c():`)
                    continue;
                }
                if (w.env.atLeast(3, 13) ? op.is("JUMP_BACKWARD") && !w.code.noInterruptJump(k)
                            && !forBreakCopy(w, target, ExceptClauses.beforeNameCleanup(w.code, k - 1))
                        : !w.env.atLeast(3, 12) && target < f && op.is("JUMP_FORWARD") && skipsCodeAfterTry(w, h, areaEnd, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 3.13+: True when the clause's end at p (its POP_EXCEPT) follows the iterator pop of a break out of a for
     * loop in the clause (from handler): the clause's end copied in place of that break's jump keeps a plain
     * JUMP, the break's, whatever the clause's own end was, so the jump says nothing of a loop around the try
     * (an if's branch then: `if c: try: ... / except E: for k in n(): break / else: raise`).
     */
    private static boolean forBreakCopy(Walker w, int handler, int p) {
        if (p < 1 || !(w.code.op(p - 1).is("POP_TOP") || w.code.op(p - 1).is("POP_ITER"))) {
            return false;
        }
        for (int q = handler; q < p - 1; q++) {
            if (w.code.op(q).is("FOR_ITER") && w.code.op(q).target() > p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the breaks of {@link #clauseEndCopyBreak} in [b, f) for the walk ({@code Walker.clauseCopyBreaks});
     * returns where they jump (the code after the try), or -1 when there are none.
     */
    private static int markClauseEndCopyBreaks(Walker w, int test, int head, int b, int f, Region r) {
        int k = clauseEndCopyBreak(w, test, head, b, f, r);
        if (k < 0) {
            return -1;
        }
        int t = w.code.op(k).target();
        for (int j = k; j < f; j++) {
            if (w.code.op(j).target() == t && copyBreak(w, head, b, f, j)) {
                w.clauseCopyBreaks.set(j);
            }
        }
        return t;
    }

    /**
     * 3.13+: a while loop inside an except clause that ends it: a break out of its body [b, f) is a copy
     * of the clause's end (POP_EXCEPT, the name's cleanup, the jump to the code after the try; first the
     * unwinding of the statements in the body that the break leaves too), whose jump keeps the break's JUMP
     * (flowgraph.c, inline_small_or_no_lineno_blocks: "Make sure we don't lose eval breaker checks"), where
     * the clause's own end, and an if's branch ending the clause, jump with JUMP_NO_INTERRUPT. Returns the
     * first such break's jump when the clause's own end at or past f jumps to the same place, or -1. The
     * loop (its test at [test, b), which its body jumps back to at head, -1 when it never loops) may have no
     * own end past f to compare with: its else leaves (`except E: while c(): try: x() / except E: break /
     * else: return 1`); the jump then lands before the test, its POP_EXCEPT out of the range of the clause
     * around the test (a loop that never loops: when the break leaves a clause in the body too, no loop
     * around the try). Not a jump inside a loop nested in the body, nor one an enclosing loop explains (its
     * continue or break).
     */
    static int clauseEndCopyBreak(Walker w, int test, int head, int b, int f, Region r) {
        int clause = b;                        // the handler whose clause [b, f) lies in (3.13+ lay them out last)
        while (clause > 0 && !(w.code.op(clause).is("PUSH_EXC_INFO") && ExceptClauses.handlerAreaEnd(w, clause) > b)) {
            clause--;                          // (not the handler of a with or try nested in the clause before b)
        }
        if (!w.env.atLeast(3, 13) || clause == 0 || r.loop() != null && java.util.Collections.min(r.loop().continues()) > clause
                || head < 0 && hasBackEdgeInto(w.code, b, f, b, f)) {
            // (a loop inside the clause around [b, f), or one in it: such jumps are its breaks; in a loop's
            // body, the jumps in a nested loop are left out below)
            return -1;
        }
        for (int k = b; k < f; k++) {
            int t = w.code.op(k).target();
            if (!copyBreak(w, head, b, f, k) || w.clauseCopyBreaks.get(k)
                    || r.loop() != null && (r.loop().continuesThisOrOuter(t) || t == r.loop().exit())) {
                continue;
            }
            int p = ExceptClauses.beforeNameCleanup(w.code, k - 1);
            boolean ownEnd = false;            // the clause's own end past the loop (none: the else leaves)
            for (int k2 = f; k2 < w.code.size() && !w.code.op(k2).is("PUSH_EXC_INFO"); k2++) {
                int p2 = ExceptClauses.beforeNameCleanup(w.code, k2 - 1);
                if (w.code.noInterruptJump(k2) && w.reachable.get(k2) && p2 >= f && w.code.op(p2).is("POP_EXCEPT")
                        && Branches.sameHandler(w, p, p2)) {
                    if (w.code.op(k2).target() == t) {
                        return k;
                    }
                    ownEnd = true;             // (not the else's continue or break of an enclosing loop)
                }
            }
            if (!ownEnd && t < test && !Branches.sameHandler(w, p, test)
                    && (head >= 0 || r.loop() == null && unwindStart(w.code, b, p) < p)) {
                // (its POP_EXCEPT out of the range of the clause around the test; in an if that reads like a
                // loop never looping, the jump of a match case or a try body to its end, threaded into the
                // copy, or a loop's break around the try leave the clause so too: not after leaving a clause
                // in the body, which only a break does)
                return k;
            }
        }
        return -1;
    }

    /**
     * True when the jump at k in the body [b, f) of a loop inside an except clause is a break out of it
     * copying the clause's end ({@link #clauseEndCopyBreak}), not one in a loop nested in the body. A loop
     * that never loops (head -1) tells such breaks by their line ({@link #breakLine}); from a loop's body
     * nothing but its break leaves the clause around it (the statements' own ends stay in the body, a loop
     * around it in the clause rules the reading out): the jump lands before the loop, its POP_EXCEPT (past
     * whatever the break unwinds first) out of the range that protects the loop's test, the clause's.
     */
    private static boolean copyBreak(Walker w, int head, int b, int f, int k) {
        Op op = w.code.op(k);
        int p = ExceptClauses.beforeNameCleanup(w.code, k - 1);
        if (!op.is("JUMP_BACKWARD") || w.code.noInterruptJump(k) || !w.reachable.get(k) || w.dead.get(k) || p < b
                || !w.code.op(p).is("POP_EXCEPT") || nestedBackEdgeInto(w.code, head, b, b, k, k, f)) {
            return false;
        }
        if (head < 0) {
            return breakLine(w, b, p);
        }
        return op.target() < head && !Branches.sameHandler(w, p, head);
    }

    /**
     * {@link #hasBackEdgeInto}, not counting the jumps back to the loop's own test [head, b] (head -1: a
     * loop that never loops, no jump back is its own).
     */
    private static boolean nestedBackEdgeInto(Code code, int head, int b, int lo, int hi, int from, int to) {
        for (int k = from; k < to; k++) {
            Op op = code.op(k);
            int t = op.target();
            if (t >= lo && t <= hi && t <= k && (op.is("JUMP_BACKWARD") || op.isConditionalJump())
                    && !(head >= 0 && t >= head && t <= b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first POP_EXCEPT of the unwinding ending with the enclosing clause's POP_EXCEPT at p: a break out
     * of except clauses nested in the loop body [b, ..) pops each (and deletes its name) first, with the
     * break's line too.
     */
    private static int unwindStart(Code code, int b, int p) {
        int first = p;
        for (int q = ExceptClauses.beforeNameCleanup(code, p - 1); q > b && code.op(q).is("POP_EXCEPT");
                q = ExceptClauses.beforeNameCleanup(code, q - 1)) {
            first = q;
        }
        return first;
    }

    /**
     * True when the copy of the clause's end at p carries a line of its own, one no instruction in [b, p)
     * has: the break's, whose JUMP lent the copy its location. The interruptible jump of a statement ending
     * an if's branch before an else (a with's exit JUMP, a try body's or a match case's jump to their end,
     * threaded into the copy) has no line, and the copy carries the line of the code before it.
     */
    private static boolean breakLine(Walker w, int b, int p) {
        int line = w.code.op(p).line();
        if (line <= 0) {
            return false;
        }
        for (int k = b, first = unwindStart(w.code, b, p); k < first; k++) {
            if (w.code.op(k).line() == line) {
                return false;
            }
        }
        return true;
    }

    /**
     * 3.11: the try whose handler h is laid out inline, at or before areaEnd, has code after it in
     * (areaEnd, f) that its body's end jumps to: a clause jumping to f skips it.
     */
    private static boolean skipsCodeAfterTry(Walker w, Code.Handler h, int areaEnd, int f) {
        int j = h.target() - 1;
        Op end = w.code.op(j);
        return end.is("JUMP_FORWARD") && end.target() >= areaEnd && end.target() < f && w.reachable.get(j)
                && !(w.code.op(Tries.skipNops(w, end.target())).isUnconditionalJump());
    }

    /**
     * True when the jump at k ends a copy of a finally body laid out in a gap of that try's protected
     * range, the range going on after the jump before f: the try body goes on after a break. No if makes
     * that: a return's copy ends in the return, a continue's jumps back, and the copy on the normal exit
     * comes after the body's range, not inside it. Or the copy on the normal exit follows the jump: an
     * if's branch ending the try body falls into that copy, only a break jumps over it (and the code
     * after the try).
     */
    private static boolean breaksThroughFinally(Walker w, int k, int f) {
        for (Code.Handler before : w.code.handlers()) {
            int copy = Tries.skipNops(w, before.end());
            if (copy > k || Handlers.kind(w.code, before.target()) != Handlers.Kind.FINALLY
                    || FinallyCopy.end(w, before.target(), copy) != k) {
                continue;
            }
            for (Code.Handler after : w.code.handlers()) {
                if (after.target() == before.target() && after.start() > k && after.start() < f) {
                    return true;
                }
            }
            int next = Tries.skipNops(w, k + 1);
            int nextEnd = next < f ? FinallyCopy.end(w, before.target(), next) : -1;
            if (nextEnd > next && nextEnd <= f) {
                return true;                   // the jump skips the copy on the try's normal exit (seed 96 f213)
            }
        }
        return false;
    }

    /**
     * True when the jump at k to f ends a with's exit call (compile.c unwinds the with before a break's
     * jump, compiler_unwind_fblock_stack) and right after it, past the NOPs of the test jumping there from
     * [b, k), lies that with's normal exit, another exit call, going on with code other than a jump to f:
     * `if c: break` ending the with body. An if's branch ending in a with runs its one normal exit call
     * before the jump to its end; code after the jump is the else, which starts with no exit call.
     */
    private static boolean breaksThroughWith(Walker w, int b, int k, int f) {
        int s = Tries.exitCallEndingAt(w.code, k);
        if (s < b) {
            return false;
        }
        int normal = Tries.skipNops(w, k + 1);
        int goes = Tries.exitCall(w, normal);
        if (goes < 0 || goes >= f || !Withs.sameHandler(w.code.handlerAt(s), w.code.handlerAt(normal))
                || w.code.op(goes).isUnconditionalJump() && w.code.op(goes).target() == f) {
            return false;
        }
        for (int j = b; j < k; j++) {
            Op op = w.code.op(j);
            if (op.isConditionalJump() && op.target() > k && op.target() <= normal && w.reachable.get(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a reachable JUMP_FORWARD in [b, k) lands in (k + 1, f) on code other than a jump to f: it
     * ends a branch of a statement around k, whose end is there, and the jump at k goes past that end,
     * over code the statement falls into (an if's branch would jump to that end, or be threaded through a
     * jump there). A test's jump there is no evidence: an elif's test after the branch k ends.
     */
    private static boolean jumpedIntoElse(Walker w, int b, int k, int f) {
        for (int j = b; j < k; j++) {
            Op op = w.code.op(j);
            int t = op.target();
            if (op.is("JUMP_FORWARD") && t > k + 1 && t < f && w.reachable.get(j) && !w.dead.get(j)) {
                Op at = w.code.op(Tries.skipNops(w, t));
                if (!(at.isUnconditionalJump() && at.target() == f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A while loop ending a branch of an if statement: its exit is the branch's jump to the end of the
     * statement, at to - 1, and the test at the top jumps straight there, past the region (threaded); or
     * (a return after the if) a copy of that return ending the branch, the top test jumping to another.
     * Returns that exit when [start, b) is the test of such a loop whose body ends with its copy
     * (3.11-3.13), else -1.
     */
    static int threadedExitJump(Walker w, int start, int b, int f, int to) {
        if (f <= to || to - 1 <= b || w.env.atLeast(3, 14)) {
            return -1;
        }
        int j = to - 1;
        if (!w.code.op(j).isUnconditionalJump() || w.code.op(j).target() != f) {
            // or the branch ends with a copy of the exit block at f (a return), which the loop falls into
            j = -1;
            for (int len = 1; len <= 8 && to - len > b; len++) {
                if (w.copiedExitLength(to - len, f) == len) {
                    j = to - len;
                    break;
                }
            }
        }
        return j > b && bottomCopy(w, start, b, j) >= 0 ? j : -1;
    }

    /**
     * 3.12+: a while loop ending a branch of an if statement whose body never falls off its end (it ends
     * with a continue) leaves no jump after it: its test's exit was threaded straight to the end of the
     * statement f, past the branches after this one [to, f). Returns the body's end, to, when [start, b)
     * is such a loop's test and the branch [b, to) ends with the jump back to it; else -1.
     */
    static int continuedBodyEnd(Walker w, int start, int b, int f, int to, Region r) {
        if (!w.env.atLeast(3, 12) || f <= to || to <= b || f != r.follow()) {
            return -1;
        }
        return endsWithJumpBack(w, to, start) ? to : -1;
    }

    /**
     * Marks dead the copies of the loop's exit block inside the body [b, f) that only the copy of the test
     * at [from, to) reaches (its jump there when the test fails): no code of the body.
     */
    private static void copiedTestExits(Walker w, int condStart, int b, int f, int from, int to) {
        for (int k = from; k < to; k++) {
            int t = w.code.op(k).target();
            if (t > b && t < f && w.jumpsOnlyFrom(t, from, to)
                    && (Branches.sameHandler(w, t, condStart) || Branches.sameHandler(w, t, f))) {
                w.dead.set(t, t + w.copiedExitLength(t, f));   // the copy of the exit only the copied test reaches
            }
        }
    }

    /** True when the code before end ends with a reachable jump back to the loop's test at start. */
    private static boolean endsWithJumpBack(Walker w, int end, int start) {
        Op last = w.code.op(end - 1);
        return last.is("JUMP_BACKWARD") && last.target() == start && w.reachable.get(end - 1);
    }

    /**
     * True when an except clause of a try statement in the body [b, f), laid out after it, jumps back
     * into [lo, hi]: when no other path of the body goes back to the test (3.14), that is its only back edge.
     */
    private static boolean clauseBackInto(Walker w, int lo, int hi, int b, int f) {
        return clauseBackInto(w, lo, hi, b, f, true);
    }

    /** {@link #clauseBackInto}; without {@code direct}, only through code laid out after the handlers. */
    private static boolean clauseBackInto(Walker w, int lo, int hi, int b, int f, boolean direct) {
        for (int t : laidOutClauseExits(w, b, f)) {
            if (direct && t >= lo && t <= hi || t > f && (coldBackInto(w, t, lo, hi, f) || coldStatementsBackInto(w, t, lo, hi, f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the except clauses of the tries in the body [b, f), laid out after it, go on (once per protected
     * range); and those of the tries in the code after such a try, laid out past the handlers as only its
     * clauses reach it ({@link ColdContinuations#end}: 3.14 lays a for loop's clause break, `try: raise E /
     * except E: pass` then `try: x() / except F: break` ending a while loop's body, as a jump back to the test).
     */
    private static List<Integer> laidOutClauseExits(Walker w, int b, int f) {
        List<Integer> exits = new ArrayList<>();
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= b && h.start() < f && h.target() >= f && w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                exits.addAll(ExceptClauses.clauseExits(w, h.target()));
            }
        }
        for (int n = 0; n < exits.size(); n++) {
            int t = exits.get(n);
            int e = t > f ? ColdContinuations.end(w, t) : -1;
            for (Code.Handler h : w.code.handlers()) {
                if (h.start() >= t && h.start() < e && w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                    for (int x : ExceptClauses.clauseExits(w, h.target(), true)) {
                        if (!exits.contains(x)) {
                            exits.add(x);
                        }
                    }
                }
            }
        }
        return exits;
    }

    /**
     * True when straight code from t (the code after a try in the body, reached only from its except
     * clauses: laid out after the handlers) ends in a jump back into [lo, hi]; past a copy of a finally body
     * jumping over its handler, the code there may hold statements of its own ({@link #coldStatementsBackInto}).
     */
    private static boolean coldBackInto(Walker w, int t, int lo, int hi, int f) {
        int landed = t;
        for (int q = t; q < w.code.size(); q++) {
            Op op = w.code.op(q);
            if (op.is("JUMP_BACKWARD")) {
                return op.target() >= lo && op.target() <= hi;
            }
            if (DisplacedLoopTails.overHandlers(w, q) || DisplacedLoopTails.withExitOverHandlers(w, q)) {
                // (the copy of a finally body on the try's normal exit, then its handler; or the normal exit
                // of a with around the try, then the with's handler)
                landed = op.target();
                int e = ColdContinuations.straightBlockEnd(w, landed, null);
                if (e > landed && !w.jumpedInto(landed, e) && coldStatementsBackInto(w, landed, e, lo, hi, f)) {
                    return true;
                }
                q = landed - 1;
                continue;
            }
            if (op.target() >= 0 || op.isTerminal() || q > landed && w.jumpTargets.get(q)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the jump back at {@code back} lies in the code after a try in the body [b, f) of the loop whose
     * test starts at lo, reached only from its except clauses and laid out after the handlers, which goes back
     * to the test ({@link #coldStatementsBackInto}): a continue, not the end of a while True loop around the test.
     */
    static boolean coldClauseTailBack(Walker w, int lo, int b, int f, int back) {
        for (int t : laidOutClauseExits(w, b, f)) {
            if (t > f && t <= back && back < ColdContinuations.end(w, t) && coldStatementsBackInto(w, t, lo, b - 1, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the code after a try in the body, reached only from its except clauses and holding statements
     * of its own ({@link ColdContinuations#end}: {@code if c(): t()}), jumps back into [lo, hi], and every jump
     * out of it goes there, to the body's start right after (3.12, 3.13: the test's copy ending the block, a
     * continue jumping to the test at the top) or to the loop's exit f.
     */
    private static boolean coldStatementsBackInto(Walker w, int t, int lo, int hi, int f) {
        return coldStatementsBackInto(w, t, ColdContinuations.end(w, t), lo, hi, f);
    }

    /** {@link #coldStatementsBackInto(Walker, int, int, int, int)} for the block [t, e). */
    private static boolean coldStatementsBackInto(Walker w, int t, int e, int lo, int hi, int f) {
        boolean back = false;
        for (int q = t; q < e; q++) {
            int target = w.code.op(q).target();
            if (target >= t && target < e || target < 0) {
                continue;
            }
            if (target >= lo && target <= hi && w.code.op(q).is("JUMP_BACKWARD")) {
                back = true;
            } else if (target != f && target != hi + 1 && !(target > hi + 1 && target < f && w.code.op(q).isUnconditionalJump())) {
                return false;                  // (back into the body: where an if whose branch holds the try goes on)
            }
        }
        return back;
    }

    /**
     * 3.12+: an assert ending a loop body jumps back to the loop head when its test holds and falls into
     * the raise otherwise: {@code if test: continue} + {@code raise AssertionError(msg)} is {@code assert test, msg}.
     */
    static List<Stmt> trailingAssert(Walker w, List<Stmt> body) {
        int n = body.size();
        if (n < 2 || !(body.get(n - 2) instanceof Stmt.If i) || !i.orelse().isEmpty()
                || !i.body().equals(List.of(new Stmt.Continue()))) {
            return body;
        }
        Stmt assertion = Branches.assertion(w, Conditions.not(i.test()), List.of(body.get(n - 1)));
        if (assertion == null) {
            return body;
        }
        List<Stmt> out = new ArrayList<>(body.subList(0, n - 2));
        out.add(assertion);
        return out;
    }

    /**
     * Where the copy of the loop's test [testStart, b) begins at the end of the body [b, f) (3.11-3.13
     * copy a while loop's test to the bottom, jumping back to the body start b), or -1 when the body does
     * not end with exactly that test. Its jumps may differ (inverted, with a jump back after them); the
     * other instructions must be the same, and no jump from the body may enter the copy past its start.
     */
    static int bottomCopy(Walker w, int testStart, int b, int f) {
        return bottomCopy(w, testStart, b, f, -1);
    }

    /** {@link #bottomCopy}, where a jump to {@code exitJump} (when not -1) leaves the loop as one to f does. */
    private static int bottomCopy(Walker w, int testStart, int b, int f, int exitJump) {
        List<Half> test = new ArrayList<>();
        for (int k = testStart; k < b; k++) {
            int copied = k > testStart && w.code.op(k - 1).is("POP_TOP") ? exitCopyAt(w, k, f) : 0;
            if (copied > 0) {
                k += copied - 1;                // a copy of the return at the exit, after a chain's cleanup (3.12+)
            } else if (counts(w.code.op(k))) {
                test.addAll(halves(w.code.op(k)));
            }
        }
        int n = test.size();
        boolean chained = test.stream().anyMatch(h -> h.name().equals("POP_TOP"));   // a chained comparison's cleanup
        int k = f - 1;
        boolean split = false;
        // 3.12+ may copy a small return block at the exit into the end of the body, after the test's copy
        // (3.11 too; in an except clause that block starts with its POP_EXCEPT), one copy for each of
        // its tests that leaves the loop
        for (int len = 1; len <= 3 && k - len + 1 > b && f + len <= w.code.size(); len++) {
            Op last = w.code.op(k);
            if ((last.isReturn() || last.is("RERAISE") && len == 1) && (len < 3 || w.code.op(f).is("POP_EXCEPT"))
                    && Tries.sameOps(w, k - len + 1, f, len)) {
                // (in a finally clause, the end of the clause after the loop: its RERAISE)
                k -= len;
                while (w.env.atLeast(3, 12) && k - len + 1 > b && w.code.op(k).isReturn() && Tries.sameOps(w, k - len + 1, f, len)) {
                    k -= len;
                }
                break;
            }
        }
        // a test of the copy may be threaded through the exit when that is a jump (to where it goes)
        int through = f < w.code.size() && w.code.op(f).isUnconditionalJump() ? w.code.op(f).target() : -1;
        boolean jumpsBack = false;
        while (k >= b && n > 0) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() || op.is("JUMP_BACKWARD")) {
                int t = op.target();
                // (or to another copy of the exit block, a return the compiler copied for each jump: 3.11, and
                // 3.12+ where the tests at the top jump to copies past the code after the loop, seed 62 f85)
                boolean out = t == f || exitJump >= 0 && t == exitJump || through >= 0 && t == through
                        || t > f && w.copiedExitLength(t, f) > 0;
                if (!(t == b || out || t > k && t < f) || op.is("JUMP_BACKWARD") && t != b && !out) {
                    return -1;
                }
                jumpsBack |= t == b;
            } else if (op.isReturn() && k + 1 < f && w.code.op(k + 1).is("POP_TOP") && jumpBeforeExitCopy(w, k, f) >= b) {
                // a copy of the return at the exit for a chain's last link when false, between that link's jumps
                // and the cleanup popping the chain's middle operand (3.13: after a NOP holding its line)
                k = jumpBeforeExitCopy(w, k, f) + 1;
            } else if (counts(op)) {
                List<Half> hs = halves(op);
                for (int h = hs.size() - 1; h >= 0 && !split; h--) {
                    if (n == 0) {
                        // 3.13+ pair the body's last store with the copy's first load (on one line): the
                        // copy starts inside this instruction, whose store ends the body
                        if (h != 0 || !op.is("STORE_FAST_LOAD_FAST")) {
                            return -1;
                        }
                        split = true;
                    } else if (!hs.get(h).equals(test.get(--n))) {
                        return -1;
                    }
                }
            } else if (op.is("JUMP_FORWARD") && chained && (op.target() == f || op.target() > k && op.target() < f)) {
                // a chained comparison's jumps over the cleanup popping its middle operand (which the test at
                // the top has too): to the exit after a last link jumping back when true, to the next test
            } else if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
            k--;
        }
        int start = k + 1;
        if (!split && n == 0 && start > b && w.code.op(start - 1).is("STORE_FAST_LOAD_FAST")
                && halves(w.code.op(start - 1)).get(1).equals(test.get(0))) {
            return -1;                          // the copy's first load is paired with the store before it: split above
        }
        if (n > 0 || !jumpsBack) {
            return -1;
        }
        Op before = w.code.op(start - 1);
        // (a jump back to b that no test right before it jumps over ends the body: a nested loop's continue;
        // but a nested `while True` at b, its line on a NOP, is read as part of this loop: fuzz seed 3 f36)
        boolean overJumpBack = start - 2 >= b && w.code.op(start - 2).isConditionalJump() && w.code.op(start - 2).target() == start;
        if (start - 1 >= b && (before.is("JUMP_BACKWARD") && before.target() == b && (overJumpBack || w.code.op(b).is("NOP"))
                || before.isConditionalJump() && (before.target() == b || before.target() > start && before.target() <= f
                    || before.target() > f && w.copiedExitLength(before.target(), f) > 0))) {
            // the copy goes on before start: a longer test (3.11: its earlier link leaving to a copy of the
            // exit, `while c() and c(): while True: ...` read from its second link, seed 121 f179)
            return -1;
        }
        for (int q = b; q < start; q++) {
            int t = w.code.op(q).target();
            if (t > start && t < f && w.reachable.get(q)) {
                return -1;
            }
        }
        return start;
    }

    /** The length of a copy at k of the small block returning at the exit f, or 0. */
    private static int exitCopyAt(Walker w, int k, int f) {
        for (int len = 1; len <= 2 && k + len <= f && f + len <= w.code.size(); len++) {
            if (w.code.op(k + len - 1).isReturn() && w.code.op(f + len - 1).isReturn() && Tries.sameOps(w, k, f, len)) {
                return len;
            }
        }
        return 0;
    }

    /**
     * The jump before a copy ending at k of the small block returning at the exit f (NOPs holding a line
     * between them), or -1.
     */
    private static int jumpBeforeExitCopy(Walker w, int k, int f) {
        for (int len = 1; len <= 2 && k - len + 1 > 0; len++) {
            if (exitCopyAt(w, k - len + 1, f) == len) {
                int p = k - len;
                while (p > 0 && w.code.op(p).is("NOP")) {
                    p--;
                }
                return w.code.op(p).isTerminal() || w.code.op(p).isConditionalJump() ? p : -1;
            }
        }
        return -1;
    }

    /** One half of a superinstruction pairing two locals' loads or stores, or a whole instruction. */
    private record Half(String name, int arg) {}

    /** The instruction as the plain instructions it stands for (3.13+ superinstructions split in two). */
    private static List<Half> halves(Op op) {
        String[] pair = switch (op.name()) {
            case "LOAD_FAST_LOAD_FAST" -> new String[] {"LOAD_FAST", "LOAD_FAST"};
            case "STORE_FAST_LOAD_FAST" -> new String[] {"STORE_FAST", "LOAD_FAST"};
            case "STORE_FAST_STORE_FAST" -> new String[] {"STORE_FAST", "STORE_FAST"};
            default -> null;
        };
        return pair == null ? List.of(new Half(op.name(), op.arg()))
                : List.of(new Half(pair[0], op.arg() >> 4), new Half(pair[1], op.arg() & 15));
    }

    /**
     * The store that ends a while body before its test's copy at {@code copy}, when the two share one
     * instruction (see {@link #bottomCopy}): done on {@code body}.
     */
    private static void storeBeforeCopy(Walker w, int copy, Lifter body) {
        Op op = w.code.op(copy);
        if (op.is("STORE_FAST_LOAD_FAST")) {
            body.store(new Expr.Name((String) ((List<?>) op.argval()).get(0)));
        }
    }

    /** An instruction of a test that its copy repeats (not a jump, nor the compiler's markers). */
    static boolean counts(Op op) {
        return !op.isConditionalJump() && op.target() < 0 && !op.is("NOP") && !op.is("NOT_TAKEN")
                && !op.is("CACHE") && !op.is("EXTENDED_ARG");
    }

    /** True when a reachable jump in [from, to) goes back to {@code target}. */
    private static boolean backInto(Walker w, int from, int to, int target) {
        for (int k = from; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() == target && op.target() <= k && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a jump in normal flow in [from, to) goes back to {@code target}. */
    private static boolean normalBackInto(Walker w, int from, int to, int target) {
        for (int k = from; k < to; k++) {
            Op op = w.code.op(k);
            if (op.target() == target && op.target() <= k && w.reachable.get(k) && w.normalFlow.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12-3.13: a while loop ending an enclosing loop's body leaves it by jumping back to that loop's
     * head (the jump to the code after it threaded): its test jumps into the body when true and falls
     * into that jump at {@code j}. True when [start, j) is such a loop's test, the body being [b, to) (b is
     * j + 1, or past a chained comparison's dead cleanup there).
     */
    static boolean isThreadedLoopTest(Walker w, int start, int j, int b, int to, Region r) {
        int exit = threadedExit(w, j + 1, r);
        if (exit < 0 || !w.env.atLeast(3, 12)) {
            return false;
        }
        // 3.14 copies no test to the bottom: the body jumps back to the test (or the code after a try in it,
        // reached only from the clauses and laid out after the handlers; a clause jumping straight back to
        // the test is the continue of a while True around it, WhileTrue.clauseOnlyLoopEnd)
        // (3.12-3.13: that copy laid out after the handlers when only they reach the body's end, its exit
        // jump threaded to the enclosing loop's head too)
        return w.env.atLeast(3, 14) ? hasBackEdgeInto(w.code, start, j - 1, b, to) || clauseBackInto(w, start, j - 1, b, to, false)
                : bottomCopy(w, start, b, to, exit) >= 0 || DisplacedLoopTails.displacedCopy(w, start, b, to, exit) != null;
    }

    /** The exit jump of a test whose conditional jump at k goes to t: the jump right before t, past NOT_TAKEN. */
    static boolean overExitJump(Walker w, int k, int t) {
        for (int q = k + 1; q < t - 1; q++) {
            if (!w.code.op(q).is("NOT_TAKEN")) {
                return false;
            }
        }
        return t > k + 1 && w.code.op(t - 1).is("JUMP_BACKWARD");
    }

    /** The head of an enclosing loop that the jump right before the body start b goes back to, or -1. */
    private static int threadedExit(Walker w, int b, Region r) {
        Op j = w.code.op(b - 1);
        int t = j.target();
        return r.loop() != null && j.is("JUMP_BACKWARD") && r.loop().continuesThisOrOuter(t) ? t : -1;
    }

    /** A while loop whose test at [condStart, b) jumps to {@code f} when false. */
    static int guardLoop(Walker w, int condStart, int b, int f, Expr test, int to, Lifter l, Region r) {
        int exit = Math.max(LoopBreaks.breakTarget(w.code, b, f, f, to), LoopBreaks.clauseBreakTarget(w, b, f, f, to, false));
        if (exit == f && LoopBreaks.breaksPastRegion(w, b, f, f, to, r, condStart)) {
            exit = to;                         // the loop ends the enclosing loop's body: the rest is its else
        }
        if (exit == f && LoopBreaks.breaksPastRangeTail(w, b, f, to)) {
            exit = to;                         // the loop ends a try body whose else returns past the range
        }
        // the loop ends an if's branch, an except clause breaking to where that if goes on: the rest of the
        // branch is the else clause, which goes on there too
        boolean elseToFollow = exit == f && LoopBreaks.clauseBreaksPastRegion(w, b, f, f, to, r);
        if (elseToFollow) {
            exit = to;
        }
        int round = exit == f && LoopBreaks.codeBefore(w, f, to) ? LoopBreaks.clauseBreakToEnclosingLoop(w, b, f, to, r, false) : -1;
        if (exit == f && (!w.env.atLeast(3, 14) && LoopBreaks.clauseBreakSkipsRest(w, b, f, f, to, false)
                || round >= 0 && (!w.env.atLeast(3, 14) || round != condStart && round < condStart))) {
            // the rest of the region is the else clause the break skips (going past the region, or round the
            // enclosing loop: to its head or its test's copy laid out past the handlers, unseen set 196 f131;
            // on 3.14, whose clauses' continues jump to the test itself, this loop's head at times, only a jump
            // back before it: set 196 t69 f131 on 3.14, the break through a finally copy)
            exit = to;
        }
        int copyBreaksTo = exit == f && !elseToFollow
                ? markClauseEndCopyBreaks(w, condStart, isLoopTest(w, condStart, b, f) ? condStart : -1, b, f, r) : -1;
        if (copyBreaksTo >= 0) {
            // breaks that are copies of the enclosing clause's end: the loop ends the clause, [f, to) is
            // its else clause, unless that is only the clause's own end (not an else's continue)
            int p = Tries.skipNops(w, f);
            int q = p < w.code.size() && w.code.op(p).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, p + 1) : -1;
            boolean onlyEnd = q >= 0 && w.code.op(q).isUnconditionalJump() && w.code.op(q).target() == copyBreaksTo;
            exit = onlyEnd ? f : Math.max(f, to);
            elseToFollow = exit == to;         // (the else ends the clause, going on where the region does)
        }
        for (int k = 0; k < condStart; k++) {
            int t = w.code.op(k).target();
            if (t > b && t < f) {
                // a jump from before the loop lands inside what would be its body: the test's false target
                // is not the loop's end (a lone jump back ends the loop before an elif's code)
                throw new LiftException("jump into the body of the loop at " + w.code.op(condStart).offset());
            }
        }
        int back = -1;
        for (int k = b; k < f; k++) {
            Op op = w.code.op(k);
            if (op.target() >= condStart && op.target() <= b && op.target() <= k) {
                back = op.target();
            }
        }
        // 3.11-3.13 copy the test to the bottom of the body: the body ends there, falling into it
        int threaded = threadedExit(w, b, r);
        int copy = bottomCopy(w, condStart, b, f, threaded);
        if (copy < 0) {
            copy = bottomCopyWithExit(w, condStart, b, f, exit);
        }
        int[] displaced = copy < 0 ? DisplacedLoopTails.displacedCopy(w, condStart, b, f, threaded) : null;
        if (displaced != null) {
            w.dead.set(displaced[0], displaced[1]);   // the body's end: walked as the loop's test, not as code
            w.displacedTests.put(displaced[0], displaced[1]);
            copiedTestExits(w, condStart, b, f, displaced[0], displaced[1]);
        }
        // 3.14: the end of the body that only except clauses reach is laid out after the handlers
        int[] tail = copy < 0 && displaced == null && w.env.atLeast(3, 14) ? ForLoops.displacedTail(w, condStart, f) : null;
        // 3.12-3.13: the same, that end going on with the copy of the test, which jumps back to b
        int[] tailCopy = copy < 0 && displaced == null && tail == null ? DisplacedLoopTails.displacedTailCopy(w, condStart, b, f) : null;
        if (tailCopy != null) {
            tail = new int[] {tailCopy[0], tailCopy[1]};
            w.dead.set(tailCopy[1], tailCopy[2]);     // the copy of the test: not code
            copiedTestExits(w, condStart, b, f, tailCopy[1], tailCopy[2]);
        }
        Lifter body = l.fork();
        int bodyEnd = displaced != null ? displaced[1] : tailCopy != null ? tailCopy[2] : tail != null ? tail[1] : f;
        // 3.11-3.13's copy of the test at the bottom jumps back to b; 3.14 copies none, and a jump back to b
        // is then a nested loop's, whose head the body starts with: not a continue of this loop
        // (3.11-3.13: a continue jumps to the test at condStart; a jump back to b in normal flow but the
        // copy's own is then a nested loop's too: `while c(): while True: ...`, both headed at b; from an
        // except clause only, SharedHeads reads that loop)
        Set<Integer> heads = w.env.atLeast(3, 14) && backInto(w, b, f, b) || copy >= 0 && normalBackInto(w, b, copy, b)
                ? Set.of(condStart) : Set.of(condStart, b);
        if (!heads.contains(b) && !normalBackInto(w, b, f, b)) {
            // (else the walk of the body reads a loop starting there: SharedHeads; 3.14: with a jump back to b
            // in normal flow, the `while True` starting there, whose continue a clause's jump to b is)
            CutTries.sharedHead(w, b, f);
        }
        // 3.11-3.13 copy the test to the bottom of a body that falls off its end: without a copy, a body
        // ending with the jump back to the test ends with a written continue
        boolean continues = copy < 0 && displaced == null && tail == null && !w.env.atLeast(3, 14)
                && endsWithJumpBack(w, f, condStart);
        // (the loop and its else end an if's branch: its breaks jump to where the if goes on, past the region)
        int breaksTo = exit;
        if (exit == to && r.follow() > to) {
            int past = Math.max(LoopBreaks.breakTarget(w.code, b, f, f, w.code.size()),
                    LoopBreaks.clauseBreakTarget(w, b, f, f, w.code.size(), false));
            if (past > to && LoopBreaks.threadedToFollow(w, past, r)) {
                breaksTo = past;
            }
        }
        Region inner = r.withLoop(new Region.Loop(heads, breaksTo, bodyEnd, false, r.loop()),
                copy >= 0 ? copy : continues ? -1 : back);
        java.util.BitSet steppedBefore = (java.util.BitSet) w.env.stepped.clone();
        w.walk(b, copy >= 0 ? copy : f, body, tail != null ? inner.withFollow(tail[0]) : inner, heads.contains(b) ? b : -1);
        if (copy >= 0) {
            storeBeforeCopy(w, copy, body);
        }
        int beforeTail = body.out.size();
        if (tail != null) {
            w.walk(tail[0], tail[1], body, inner.withFollow(-1), -1);
            w.dead.set(tail[0], tail[1]);        // walked: not code after the loop
            if (!body.out.isEmpty() && body.out.get(body.out.size() - 1) instanceof Stmt.Continue) {
                body.out.remove(body.out.size() - 1);
            }
        }
        boolean stripped = false;
        List<Stmt> stmts = new ArrayList<>(body.out);
        Expr guard = null;
        // (a copy found above was not walked, and 3.14 copies none: a trailing if testing what the loop
        // tests is then the source's own, `if c: pass` ending the body, as it is in a tail laid out before
        // its copy: `if not (a and b): pass` ending the code after a try whose body returns)
        if (copy < 0 && displaced == null && tailCopy == null && !w.env.atLeast(3, 14)
                && !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.If last && last.orelse().isEmpty()
                && (last.body().isEmpty() || last.body().size() == 1
                    && (last.body().get(0) instanceof Stmt.Break || last.body().get(0) instanceof Stmt.Continue))) {
            // the copy of the loop's test at the bottom of the body (3.11-3.13)
            if (isCopyOf(last.test(), test)) {
                stmts.remove(stmts.size() - 1);
                stripped = true;
            } else if (exit == f && test instanceof Expr.BoolOp and && and.op() == depyf.ir.Operator.Bool.AND) {
                // `if a: while b:` reads as one chain `a and b` jumping to the same exit; the bottom copy
                // tests only b: the operands before it guard the loop
                List<Expr> values = and.values();
                for (int s = 1; s < values.size(); s++) {
                    Expr rest = s == values.size() - 1 ? values.get(s)
                            : new Expr.BoolOp(depyf.ir.Operator.Bool.AND, values.subList(s, values.size()));
                    if (isCopyOf(last.test(), rest)) {
                        guard = s == 1 ? values.get(0) : new Expr.BoolOp(depyf.ir.Operator.Bool.AND, values.subList(0, s));
                        test = rest;
                        stmts.remove(stmts.size() - 1);
                        stripped = true;
                        break;
                    }
                }
            }
        }
        if (copy < 0 && displaced == null && !stripped && !w.env.atLeast(3, 14) && backInto(w, b, f, b)) {
            // the body jumps back past the test to b, which only a copy of the test at its end does (3.14
            // copies none: there the jump is a nested loop's, whose head b is)
            throw new LiftException("loop test copied to the end of the body not recognised at " + w.code.op(b).offset());
        }
        dropRepeatedTest(w, stmts, test, f, l, r);
        Op lastOp = w.code.op(f - 1);
        if (exit == f && w.reachable.get(f - 1) && !w.dead.get(f - 1) && lastOp.target() < 0 && !lastOp.isTerminal()
                && !((copy >= 0 || stripped) && LoopBreaks.onlyFromBottomTest(w, f - 1, b))
                && !(copy >= 0 && f - 1 >= copy)) {    // (a chained comparison's cleanup ends the copy)
            // the body falls off its end into the code after the loop: a break whose jump to the very next
            // instruction was removed (a NOP holds its line); the body's paths that reach here leave the loop
            if (tail != null && beforeTail <= stmts.size()) {
                // the tail, code after a try that only its clauses reach, is not on the path falling into
                // the exit: the break ends what comes before it (`while c: try: x(); break / except E: pass
                // / t()`, 3.12, 3.13)
                List<Stmt> fallen = withFallingBreak(w, stmts.subList(0, beforeTail), continuedTests(w, b, f, heads), f);
                fallen.addAll(stmts.subList(beforeTail, stmts.size()));
                stmts = fallen;
            } else {
                stmts = withFallingBreak(w, stmts, continuedTests(w, b, f, heads), f);
            }
        }
        List<Stmt> orelse = List.of();
        if (exit > f) {
            Lifter e = l.fork();
            w.walk(f, exit, e, elseToFollow ? r : r.withFollow(exit), -1);
            orelse = e.out;
            if (elseFallsIntoOuterExit(w, f, exit, condStart, b, r) && !ExceptClauses.leaves(orelse)) {
                orelse = new ArrayList<>(orelse);
                orelse.add(new Stmt.Break());
                w.dead.set(f, exit);           // read: not the outer body falling off into its exit
            }
        } else if (f >= to && threaded < 0 && r.loop() != null && !r.loop().isFor() && f == r.loop().exit()) {
            // the test's false exit leaves the enclosing while True loop, whose body the loop ends (3.14
            // threads the else's break and lays it out past the enclosing loop's last jump back)
            orelse = List.of(new Stmt.Break());
        }
        if (orelse.isEmpty() && exit == f && elsePassOnJumpBack(w, condStart, f, r)) {
            orelse = List.of(new Stmt.Pass());
        }
        if (w.env.atLeast(3, 14) && orelse.isEmpty() && !stmts.isEmpty() && stmts.get(0) instanceof Stmt.If first
                && first.orelse().isEmpty() && first.body().equals(List.of(new Stmt.Break()))
                && !LoopBreaks.breaksByJump(w, b, f, exit)) {
            // `while a: if not b: break` compiles to the jumps of `while a and b` (3.14 copies no test to
            // the bottom): the chain the source most likely said, when the walk split it at a nested jump
            test = Conditions.bool(depyf.ir.Operator.Bool.AND, test, Conditions.not(first.test()));
            stmts.remove(0);
        } else if (w.env.atLeast(3, 14) && orelse.isEmpty() && stmts.size() == 1 && stmts.get(0) instanceof Stmt.If only
                && !only.body().isEmpty() && only.orelse().equals(List.of(new Stmt.Break())) && !LoopBreaks.breaksByJump(w, b, f, exit)) {
            // the same split read as `while a: if b: <body> else: break` (Branches: the break laid out last)
            test = Conditions.bool(depyf.ir.Operator.Bool.AND, test, only.test());
            stmts = new ArrayList<>(only.body());
        }
        if (w.env.atLeast(3, 14) && orelse.isEmpty() && stmts.size() == 2 && stmts.get(0) instanceof Stmt.If first
                && first.orelse().isEmpty() && first.body().size() > 1
                && first.body().get(first.body().size() - 1) instanceof Stmt.Continue
                && stmts.get(1) instanceof Stmt.Break && DisplacedLoopTails.exitCopyBefore(w, condStart, f)) {
            // `while a and b: X` ending an enclosing loop's body: b's false exit is its own copy of the
            // loop's exit jump (no line of its own: not a written break), laid out before the exit
            test = Conditions.bool(depyf.ir.Operator.Bool.AND, test, first.test());
            stmts = new ArrayList<>(first.body().subList(0, first.body().size() - 1));
        }
        Stmt loop = new Stmt.While(test, trailingAssert(w, stmts), orelse);
        l.emit(guard == null ? loop : new Stmt.If(guard, List.of(loop), List.of()));
        // a body ending past the region's end in straight code returning (3.14: a return unwound past the
        // range of a try around the loop), or one that never loops (every path leaves, its last one past
        // the range of a try around the loop), read it: the walk goes on after it
        boolean neverLoops = back < 0 && copy < 0 && displaced == null && tail == null;
        int end = f > to && exit == f && (neverLoops || TryRanges.straightExit(w, to, f) == f) ? f : Math.min(exit, to);
        if (displaced != null && end < f && w.dead.nextClearBit(end) < f) {
            // the body read past the region's end ([end, f): an enclosing try's else returning after its range,
            // as the enclosing try reads it), where the walk goes on: that code would be read twice
            throw new LiftException("a loop's body goes on past the end of its region at " + w.code.op(end).offset());
        }
        for (int k = end; k >= 0 && k < f; k++) {
            if (w.env.stepped.get(k) && !steppedBefore.get(k) && !w.dead.get(k)) {
                // the same, the body's walk having read code past the region's end (a try body's end taken at
                // a with's return inside the loop, its handlers and the loop's next turn laid out after it:
                // seed 55 f100), where the walk goes on
                throw new LiftException("a loop's body read past the end of its region at " + w.code.op(k).offset());
            }
        }
        return end;
    }

    /**
     * 3.12+: the loop [condStart, f) ends the body of the enclosing loop, whose jump back at f, reached only
     * from this loop's tests, carries a line of its own past every line of this loop: an {@code else: pass}
     * (its NOP's line moved onto the jump, which then, having a line, is not copied into each test's false
     * exit as flowgraph.c's duplicate_exits_without_lineno does for the lineless jump back).
     */
    private static boolean elsePassOnJumpBack(Walker w, int condStart, int f, Region r) {
        if (!w.env.atLeast(3, 12) || r.loop() == null || f >= w.code.size() || !w.jumpsOnlyFrom(f, condStart, f)) {
            return false;
        }
        Op at = w.code.op(f);
        if (!at.is("JUMP_BACKWARD") || !r.loop().continues().contains(at.target()) || w.code.noInterruptJump(f) || at.line() <= 0) {
            return false;
        }
        for (int k = condStart; k < f; k++) {
            if (w.code.op(k).line() >= at.line()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many tests the path to the end of the body [b, f) passes that go back to the loop's head
     * (in {@code heads}) when they fail: each jumps over a lone jump back to the block the end is in, and
     * was read as {@code if c: <the rest of the body>}. The end of the body lies inside that many
     * nested if statements.
     */
    static int continuedTests(Walker w, int b, int f, Set<Integer> heads) {
        int depth = 0;
        int at = f - 1;
        while (true) {
            int start = at;
            while (start > b && !w.jumpTargets.get(start) && w.code.op(start - 1).target() < 0 && !w.code.op(start - 1).isTerminal()) {
                start--;
            }
            if (start <= b || !w.jumpTargets.get(start)) {
                return depth;
            }
            int test = -1;
            for (int k = b; k < f; k++) {
                Op op = w.code.op(k);
                if (op.target() == start && w.reachable.get(k)) {
                    if (test >= 0 || !op.isConditionalJump() || k >= start || !LoopBreaks.overLoneContinue(w, heads, k + 1, start)) {
                        return depth;           // not only one test over a lone jump back
                    }
                    if (LoopBreaks.writtenContinue(w, k + 1, start)) {
                        return depth;           // if c: continue, the code after it not inside the if
                    }
                    test = k;
                }
            }
            if (test < 0) {
                return depth;
            }
            depth++;
            at = test;
        }
    }

    /**
     * 3.14: the loop's else [f, exit) falls off into the enclosing while loop's exit: it ends with a written
     * {@code break} of the enclosing loop (only a line's NOP, or nothing, is left of it), when only the test
     * jumps to f and no jump of the body goes to that exit: the body's breaks go on elsewhere (threaded back
     * to the enclosing head, the rest of its body being empty), so the break is the else's, not code after
     * the loop (seed 44 f240: {@code while c(): while c(): try: x() / except E: pass / else: break} +
     * {@code else: t() / break}: read as a break after the loop, which the body's breaks then ran too).
     */
    private static boolean elseFallsIntoOuterExit(Walker w, int f, int exit, int condStart, int b, Region r) {
        if (!w.env.atLeast(3, 14) || r.loop() == null || r.loop().isFor() || exit != r.loop().exit() || exit >= w.code.size()
                || condStart >= b || !w.jumpsOnlyFrom(f, condStart, b) || !w.fallenInto(exit)) {
            return false;
        }
        for (int k = b; k < f; k++) {
            if (w.code.op(k).target() >= 0 && Tries.skipNops(w, w.code.op(k).target()) == Tries.skipNops(w, exit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body {@code stmts} of a loop whose last instruction, before {@code end}, falls into its exit (a
     * break's line NOP) with that break placed: ending the body of the {@code depth}-th nested trailing if
     * statement ({@link #continuedTests}), or, when nothing jumps to that end, in the else clause the end
     * lies in (the layout's last block, {@link #withBreakInTrailingElse}).
     */
    static List<Stmt> withFallingBreak(Walker w, List<Stmt> stmts, int depth, int end) {
        if (!stmts.isEmpty() && w.fallenBreakElses.contains(stmts.get(stmts.size() - 1))) {
            return stmts;                      // placed already, in the else clause of the if ending the body
        }
        // (a trailing try's clauses are laid out apart: when normal code falls into the break, only the
        // try's body or else does)
        boolean tryElse = end >= 2 && w.normalFlow.get(end - 2);
        if (depth == 0 && tryElse && w.jumpTargets.get(end - 1) && endsWithTryExcept(stmts) && jumpedToFromNormalFlowOnly(w, end - 1)) {
            // a trailing try whose body (an if's branch jumping over the rest) or else goes on to the break by a jump
            // too, its clauses elsewhere (laid out past the normal flow): the break is the try's else
            // (`while c(): try: if c(): t(8) / except E1: pass / else: break`, seed 42 f47, 3.12 and 3.13)
            return withBreakInTrailingElse(w, stmts, true);
        }
        // (a trailing match's last case `case _:` laid out last: its NOP, the break's place, is where a guard
        // or pattern of the case before fails to, 3.14's `while True: match v: case (z, False) if z: pass / case
        // _: break`, q62 f10: the break after the match took the guarded case out of the loop too)
        return depth == 0 && (!w.jumpTargets.get(end - 1) || endsWithDefaultCase(stmts))
                ? withBreakInTrailingElse(w, stmts, tryElse) : withBreakAtEnd(w, stmts, depth);
    }

    /** True when the last statement of {@code stmts} is a match whose last case is {@code case _} (no guard). */
    private static boolean endsWithDefaultCase(List<Stmt> stmts) {
        return !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Match m && m.cases().size() > 1
                && m.cases().get(m.cases().size() - 1) instanceof Stmt.MatchCase d && d.guard() == null
                && d.pattern() instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    /** True when the last statement of {@code stmts} is a try statement with except clauses and no finally. */
    private static boolean endsWithTryExcept(List<Stmt> stmts) {
        return !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Try t && t.finalbody().isEmpty() && !t.handlers().isEmpty();
    }

    /** True when every reachable jump to t comes from the normal flow (none from handler code laid out apart). */
    private static boolean jumpedToFromNormalFlowOnly(Walker w, int t) {
        for (Op op : w.code.ops()) {
            if (op.target() == t && w.reachable.get(op.index()) && !w.normalFlow.get(op.index())) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code stmts} with a break ending the innermost trailing else clause: no branch of a trailing if
     * statement goes on to the break after it by a jump, so only its else, laid out last, falls into it; a
     * then-branch going on does so elsewhere (a with suppressing back to the loop's head), which a break
     * after the statement would take out of the loop. So too a trailing try statement's else clause
     * when {@code tryElse} (normal code falls into the break: the try's body or else, not its clauses,
     * which go on elsewhere, {@code while c: try: x() / except E: pass / else: break} on 3.12+), and a
     * trailing match statement's last case when it cannot fail (its body is laid out last).
     */
    private static List<Stmt> withBreakInTrailingElse(Walker w, List<Stmt> stmts, boolean tryElse) {
        List<Stmt> out = new ArrayList<>(stmts);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.If i && !i.orelse().isEmpty()) {
            out.set(out.size() - 1, new Stmt.If(i.test(), i.body(), withBreakInTrailingElse(w, i.orelse(), tryElse)));
            return out;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Match m
                && m.cases().get(m.cases().size() - 1) instanceof Stmt.MatchCase d && (w.matchesFailingBack.contains(m)
                    || m.cases().size() > 1 && d.guard() == null && d.pattern() instanceof Pattern.MatchAs a && a.pattern() == null)) {
            // a trailing match whose last case, laid out last, cannot fail (case _, case x) or fails back to the
            // loop's head: only that case's body falls into the break; the others jump back or elsewhere
            out.set(out.size() - 1, withBreakInLastCase(m, withBreakInTrailingElse(w, d.body(), tryElse)));
            return out;
        }
        if (tryElse && !out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Try t && t.finalbody().isEmpty()
                && !t.handlers().isEmpty()) {
            out.set(out.size() - 1, new Stmt.Try(t.body(), t.handlers(), withBreakInTrailingElse(w, t.orelse(), tryElse), List.of(), t.star()));
            return out;
        }
        out.add(new Stmt.Break());
        return out;
    }

    /** Match statement m with its last case's body replaced by {@code body}. */
    private static Stmt.Match withBreakInLastCase(Stmt.Match m, List<Stmt> body) {
        List<Stmt.MatchCase> cases = new ArrayList<>(m.cases());
        Stmt.MatchCase last = cases.get(cases.size() - 1);
        cases.set(cases.size() - 1, new Stmt.MatchCase(last.pattern(), last.guard(), body));
        return new Stmt.Match(m.subject(), cases);
    }

    /**
     * {@code stmts} with a break ending the body of the {@code depth}-th nested trailing if statement (0: the
     * list itself), or last case of a match failing back ({@link Walker#matchesFailingBack}).
     */
    static List<Stmt> withBreakAtEnd(Walker w, List<Stmt> stmts, int depth) {
        List<Stmt> out = new ArrayList<>(stmts);
        if (depth == 0) {
            out.add(new Stmt.Break());
            return out;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Stmt.Match m && w.matchesFailingBack.contains(m)) {
            // the last case's test jumps over the lone jump back its failure takes
            out.set(out.size() - 1, withBreakInLastCase(m, withBreakAtEnd(w, m.cases().get(m.cases().size() - 1).body(), depth - 1)));
            return out;
        }
        if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Stmt.If i) || !i.orelse().isEmpty()) {
            throw new LiftException("break ending nested if statements of a loop body not placed");
        }
        out.set(out.size() - 1, new Stmt.If(i.test(), withBreakAtEnd(w, i.body(), depth - 1), i.orelse()));
        return out;
    }

    /**
     * 3.11+ repeat a while loop's test at the bottom of its body; when a return follows the loop, the
     * repeated test's exit is a copy of it, so the body ends with {@code if test: continue} and the copy,
     * or with {@code if not test: <copy>}. Both go: the loop tests again at its top, and the copy is the
     * code after the loop.
     */
    private static void dropRepeatedTest(Walker w, List<Stmt> stmts, Expr test, int f, Lifter l, Region r) {
        if (!w.env.atLeast(3, 11) || stmts.isEmpty()) {
            return;
        }
        Stmt exit = returnAt(w, f, l, r);
        if (exit == null) {
            return;
        }
        int n = stmts.size();
        if (stmts.get(n - 1) instanceof Stmt.If i && i.orelse().isEmpty() && i.body().equals(List.of(exit))
                && plain(i.test()).equals(plain(Conditions.not(test)))) {
            stmts.remove(n - 1);
        } else if (n >= 2 && stmts.get(n - 1).equals(exit) && stmts.get(n - 2) instanceof Stmt.If i
                && i.orelse().isEmpty() && plain(i.test()).equals(plain(test)) && i.body().equals(List.of(new Stmt.Continue()))) {
            stmts.remove(n - 1);
            stmts.remove(n - 2);
        }
    }

    /** {@code e} with a negation of {@code x is y} or {@code x is not y} taken into the comparison. */
    private static Expr plain(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == depyf.ir.Operator.Unary.NOT && u.operand() instanceof Expr.Compare c
                && c.ops().size() == 1 && (c.ops().get(0) == depyf.ir.Operator.Compare.IS
                    || c.ops().get(0) == depyf.ir.Operator.Compare.IS_NOT)) {
            depyf.ir.Operator.Compare flipped = c.ops().get(0) == depyf.ir.Operator.Compare.IS
                    ? depyf.ir.Operator.Compare.IS_NOT : depyf.ir.Operator.Compare.IS;
            return new Expr.Compare(c.left(), List.of(flipped), c.comparators());
        }
        return e;
    }

    /** The return statement that the small block at f is, or null. */
    static Stmt returnAt(Walker w, int f, Lifter l, Region r) {
        int k = f;
        while (k < w.code.size() && k < f + 8 && !w.code.op(k).is("RETURN_VALUE") && !w.code.op(k).is("RETURN_CONST")) {
            if (w.code.op(k).target() >= 0 || w.code.op(k).isTerminal()) {
                return null;
            }
            k++;
        }
        for (int q = f; q <= k && q < w.code.size(); q++) {
            if (Handlers.outermostNew(w.code, q, r.handlers()) != null) {
                // a try statement starts in the block: its body's return, not a copied exit block (and the
                // walk below would read the try, whose reading leaves marks on the walker: a try body's
                // `return 13` after a while loop was lost, fuzz seed 48 f151)
                return null;
            }
        }
        if (k >= w.code.size() || k >= f + 8) {
            return null;
        }
        try {
            Lifter e = l.fork();
            w.walk(f, k + 1, e, r.withFollow(-1), -1);
            return e.out.size() == 1 && e.out.get(0) instanceof Stmt.Return ret && e.depth() == l.depth() ? ret : null;
        } catch (LiftException ex) {
            return null;
        }
    }

    /**
     * Where the copy of the loop's test [condStart, b) at the end of the body [b, f) starts: the same
     * instructions, its jumps going to the body, the exit or within the copy (3.12+ add jumps back to
     * the body between its conditions); -1 when the body does not end with one.
     */
    private static int bottomCopyWithExit(Walker w, int condStart, int b, int f, int exit) {
        if (w.env.atLeast(3, 14) || f - 1 <= b || w.code.op(f - 1).target() < 0) {
            return -1;
        }
        List<Op> test = new ArrayList<>();
        for (int k = condStart; k < b; k++) {
            Op op = w.code.op(k);
            if (op.target() < 0 && !op.is("NOP")) {
                test.add(op);
            }
        }
        int c = f;
        int n = test.size();
        while (n > 0 && c > b) {
            Op op = w.code.op(--c);
            int t = op.target();
            if (t >= 0) {
                if (!(t == b || t == f || t == exit || t > c && t < f) || op.is("FOR_ITER")) {
                    return -1;
                }
            } else if (!op.is("NOP")) {
                if (!op.sameAs(test.get(--n))) {
                    return -1;
                }
            }
        }
        return n == 0 && c > b ? c : -1;
    }

    private static boolean isCopyOf(Expr bottom, Expr test) {
        return Conditions.sameTest(bottom, test) || Conditions.sameTest(bottom, Conditions.not(test));
    }

}
