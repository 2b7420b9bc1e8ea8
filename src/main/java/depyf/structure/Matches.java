package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Pattern;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Conditions;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code match} statements (3.10+ layout, compile.c's compiler_match): each case but the last keeps the
 * subject and matches a COPY of it; the pattern ({@link PatternReader}) stores its captures, a guard jumps
 * to the next case when false, the subject copy is popped and the body ends with a jump to the end.
 * Failed patterns pop what they pushed (a chain of POP_TOPs) and fall into the next case. A trailing
 * {@code case _} has no pattern code at all.
 */
final class Matches {
    private Matches() {}

    /**
     * One case as read: where its guard (from, up to bodyStart, -1 without a guard) and body code run, where
     * failure continues (next, or for a last case in a loop failing straight to the loop's head, continues).
     */
    private record Case(Pattern pattern, int from, String load, boolean keepsSubject, int bodyStart, int bodyEnd,
                        int next, int continues) {
        boolean guarded() {
            return bodyStart >= 0;
        }

        /**
         * The last case, its or-pattern failing into the subject's pop and straight code returning, laid out
         * before the body: a copy of the small exit block after the match (`return None` ending the function,
         * say; flowgraph.c's inline_small_exit_blocks), or a default case that returns. The failing code lies
         * in [bodyEnd, from), the returning part from next up to where the alternatives jump on success.
         */
        boolean failsBeforeBody() {
            return next >= 0 && bodyEnd < from && !keepsSubject && continues < 0;
        }
    }

    /**
     * A match statement starting at i (a COPY of the subject, or for a lone case the pattern's first test):
     * emits it and returns where the walk goes on, or -1 when no match statement starts here.
     */
    static int at(Walker w, int i, int to, Lifter l, Region r) {
        Op op = w.code.op(i);
        int above = op.is("COPY") && op.arg() == 1 || op.is("MATCH_SEQUENCE") || op.is("MATCH_MAPPING") ? 1
                : op.is("MATCH_CLASS") ? 3 : 0;
        if (above == 0 || l.depth() < above || !(l.peek(above) instanceof Expr subject) || Walker.isNoneConst(subject)) {
            return -1;
        }
        List<Case> cases = new ArrayList<>();
        try {
            readCases(w, i, l, above, cases);
        } catch (PatternReader.Mismatch | LiftException | ClassCastException e) {
            // once a case was read, or a pattern test passed, it is a match statement that cannot be read:
            // walking on would read the subject's copy as an expression
            boolean committed = !cases.isEmpty() || e instanceof PatternReader.Mismatch m && m.afterTest;
            if (op.is("COPY") && (!committed || w.env.dynamo != null)) {
                if (System.getenv("DEPYF_DEBUG_MATCH") != null) {
                    System.err.println("match at " + op.offset() + ": " + e);
                }
                return -1;
            }
            throw new LiftException("unrecognised match statement at " + op.offset() + ": " + e.getMessage());
        }
        if (op.is("COPY") && (cases.isEmpty() || cases.get(0).next() < 0 && cases.get(0).continues() < 0)) {
            // only the last case may be irrefutable: a COPY followed by stores is a chained assignment (a
            // lone case failing back to the head of the loop the match ends is a test: a match)
            return -1;
        }
        return emit(w, to, l, r, subject, above, cases);
    }

    private static void readCases(Walker w, int i, Lifter l, int above, List<Case> cases) {
        int subjectAt = l.depth() - above;
        int s = i;
        while (true) {
            PatternNode root = new PatternNode();
            Lifter cl = l.fork();
            if (!cases.isEmpty()) {
                cl.stack().subList(subjectAt + 1, cl.depth()).clear();
            }
            cl.stack().set(subjectAt, root);
            PatternReader pr = PatternReader.readCase(w, s, cl, root, subjectAt);
            boolean keeps = pr.l.depth() == subjectAt + 1;
            Pattern p = keeps ? root.copies.get(0).pattern() : root.pattern();
            int next = -1;
            int bodyEnd = -1;
            int continues = -1;
            if (!pr.fails.isEmpty()) {
                next = pr.nextAfterFailure(pr.fails, keeps ? subjectAt + 2 : subjectAt + 1);
                if (next < 0) {
                    throw new PatternReader.Mismatch("case failures disagree");
                }
                if (next < s) {
                    // the last case fails straight to the head of the loop the match ends
                    if (keeps) {
                        throw new PatternReader.Mismatch("case failing backward");
                    }
                    continues = next;
                    next = -1;
                } else {
                    bodyEnd = pr.fails.stream().mapToInt(PatternReader.Fail::target).min().getAsInt();
                }
                for (int t : pr.inner) {
                    if (t > pr.stop) {
                        bodyEnd = bodyEnd < 0 ? t : Math.min(bodyEnd, t);
                    }
                }
            }
            int bodyStart;
            if (keeps) {
                int[] g = next >= 0 ? guardAt(w, pr, next, bodyEnd, true) : guardEnd(w, pr.stop, pr.pendingLoad, l, subjectAt);
                bodyStart = g[0] != pr.stop ? g[0] : -1;
                if (bodyStart >= 0) {
                    if (next >= 0 && g[1] != next || g[1] < 0) {
                        throw new PatternReader.Mismatch("guard target");
                    }
                    next = g[1];
                    bodyEnd = bodyEnd < 0 ? next : bodyEnd;
                }
                if (next < 0) {
                    throw new PatternReader.Mismatch("case that always matches before the last");
                }
            } else if (next >= 0 && bodyEnd < pr.stop) {
                if (bodyEnd < s || !successJumpsTo(w, s, bodyEnd, next + failingExit(w, next))) {
                    throw new PatternReader.Mismatch("case failing into code before its body", true);
                }
                bodyStart = -1;                    // (a guard would jump to the failing pop: read as a jump out)
            } else if (next >= 0) {
                int[] g = guardAt(w, pr, next, bodyEnd, false);
                bodyStart = g[1] >= 0 ? g[0] : -1;
            } else {
                // (a lone case: the guard would be an if after a chained assignment, `x = y = v`)
                int t = continues < 0 && !cases.isEmpty() ? guardedDefault(w, pr) : -1;
                int[] g = t >= 0 ? guardAt(w, pr, t, -1, false) : null;
                bodyStart = g != null && g[1] >= 0 ? g[0] : -1;
                if (bodyStart >= 0) {
                    next = t;
                    bodyEnd = t;
                } else if (continues >= 0 && w.env.atLeast(3, 14)) {
                    bodyStart = guardOverJumpBack(w, pr.stop, continues);
                }
            }
            cases.add(new Case(p, pr.stop, pr.pendingLoad, keeps, bodyStart, bodyEnd, next, continues));
            if (!keeps) {
                return;
            }
            s = next;
        }
    }

    /**
     * True when the code where the last case fails, a default case's body by the layout, starts outside
     * the protected range of the try/except whose body holds the match: there the match falls off the try
     * body, into the try's normal exit (3.13+: a copy of the code after the statement), not into a default
     * case (rich seed 66 f144: `try: match a: case P: match b: case Q: pass / case _: return 46` then
     * `return (v, q)`). That code is straight code returning, and the range goes on past it. (A default's
     * own return unwinds the range, so its RETURN alone lies outside it.)
     */
    private static boolean defaultOutsideTry(Walker w, int from, int next) {
        Code.Handler h = w.code.handlerAt(from);
        if (h == null || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
            return false;
        }
        int k = next;
        while (k < w.code.size() && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("NOP") && Handlers.covers(w.code, k, h.target()))) {
            k++;
        }
        if (k >= w.code.size() || Handlers.covers(w.code, k, h.target())) {
            return false;
        }
        Op op = w.code.op(k);
        boolean constReturn = k + 1 < w.code.size() && w.code.op(k + 1).isReturn()
                && (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT"));
        if (op.isReturn() || constReturn) {
            return false;
        }
        // straight code returning (a copy of the code after the statement; a jump there is the try's end jump
        // after a match with no default), and the try body goes on past it, its range again: the match's
        // other cases laid out there (code after an else clause, `case _: pass` falling into it, does not)
        int q = k;
        while (q < w.code.size() && !w.code.op(q).isReturn()) {
            if (w.code.op(q).target() >= 0 || w.code.op(q).isTerminal() || Handlers.covers(w.code, q, h.target())) {
                return false;
            }
            q++;
        }
        for (q++; q < h.target(); q++) {
            if (Handlers.covers(w.code, q, h.target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A case whose failures are known to continue at {@code next}: a guard, if any, is the code up to the last
     * jump to next (its false exits), followed (when the case keeps the subject) by the POP_TOP of the
     * subject. Any expression may be read there (the walker reads it); returns {where the body starts, next},
     * or {from, -1} without a guard.
     */
    private static int[] guardAt(Walker w, PatternReader pr, int next, int bodyEnd, boolean keeps) {
        if (pr.pendingLoad == null && keeps && w.code.op(pr.stop).is("POP_TOP")) {
            return new int[] {pr.stop, -1};
        }
        int last = -1;
        int limit = bodyEnd < 0 ? next : bodyEnd;
        for (int k = pr.stop; k < limit; k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump() && op.target() == next) {
                last = k;
            }
        }
        if (last < 0 && !keeps && pr.pendingLoad == null) {
            return new int[] {pr.stop, -1};
        }
        int p = last + 1;
        while (last >= 0 && p < limit && w.code.op(p).is("NOT_TAKEN")) {
            p++;
        }
        if (last < 0 || p >= limit || keeps && !w.code.op(p).is("POP_TOP")) {
            throw new PatternReader.Mismatch("guard");
        }
        return new int[] {p, next};
    }

    /**
     * The last case of a match with a default whose pattern cannot fail (a capture): its guard's false exit
     * is the default, known by the NOP of the {@code case _:} line, and the body before it cannot fall into
     * it (it jumps over the default, returns, raises). Returns the default's start or -1.
     */
    private static int guardedDefault(Walker w, PatternReader pr) {
        for (int k = pr.stop; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump()) {
                int t = op.target();
                return t > k && (w.code.op(t).is("NOP") || guardToMatchEnd(w, pr, k, t)) && w.code.op(t - 1).isTerminal() ? t : -1;
            }
            if (op.isTerminal() || op.target() >= 0 || w.code.handlerAt(k) != w.code.handlerAt(pr.stop)
                    || op.is("POP_TOP") || op.name().startsWith("STORE_") || op.name().startsWith("DELETE_")) {
                return -1;                         // a statement: no guard
            }
        }
        return -1;
    }

    /**
     * A last capture case without a default (3.11 in a try body, seed hunt311): the test at k, on the case's
     * own line like every instruction from the pattern's end (an if in the body would have its own line),
     * jumps where an earlier case's body jumps to leave the match (its end, here the try body's end jump):
     * a guard, the match ending where it fails.
     */
    private static boolean guardToMatchEnd(Walker w, PatternReader pr, int k, int t) {
        int line = w.code.op(pr.stop > 0 ? pr.stop - 1 : pr.stop).line();
        if (line < 0) {
            return false;
        }
        for (int p = pr.stop; p <= k; p++) {
            if (w.code.op(p).line() != line) {
                return false;
            }
        }
        for (int p = 0; p < pr.stop; p++) {
            Op op = w.code.op(p);
            if (op.isUnconditionalJump() && op.target() == t && w.reachable.get(p)) {
                return true;
            }
        }
        // (every earlier case returns, 3.14 say, so none jumps there): the test's fall-through starts a line of
        // its own. A body written on the case's line holds every statement of it, so code from the case's line
        // going on to another line past a test is a guard and then the body
        int body = k + 1;
        while (body < t && w.code.op(body).is("NOT_TAKEN")) {
            body++;
        }
        return body < t && w.code.op(body).line() >= 0 && w.code.op(body).line() != line;
    }

    /**
     * 3.14, the last case failing back to the loop's head at {@code continues}: its guard, if any, is straight
     * code from {@code from} ending with a test that jumps over a lone jump back there (a conditional jump
     * cannot go backward), its false exit the case's failure. Returns where the body starts, or -1. (A body
     * starting with {@code if not c: continue} reads as part of the guard: the same on every path.)
     */
    private static int guardOverJumpBack(Walker w, int from, int continues) {
        int start = -1;
        for (int k = from; k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.isConditionalJump()) {
                int p = k + 1;
                while (p < op.target() && w.code.op(p).is("NOT_TAKEN")) {
                    p++;
                }
                Op back = w.code.op(p);
                if (p + 1 == op.target() && back.is("JUMP_BACKWARD") && back.target() == continues) {
                    start = op.target();           // (the last such test: `if a and b` tests each)
                    k = p;
                }
                continue;
            }
            if (op.isTerminal() || op.target() >= 0 || w.code.handlerAt(k) != w.code.handlerAt(from)
                    || op.is("POP_TOP") || op.name().startsWith("STORE_") || op.name().startsWith("DELETE_")) {
                return start;                      // a statement: the body
            }
        }
        return start;
    }

    /**
     * A case keeping the subject: follows its guard (if any) on the fall-through path up to the POP_TOP of
     * the subject. Returns {that POP_TOP, the guard's false target or -1}.
     */
    private static int[] guardEnd(Walker w, int from, String load, Lifter l, int subjectAt) {
        Object mark = new Item.Opaque("match subject");
        Lifter g = l.fork();
        g.stack().subList(subjectAt, g.depth()).clear();
        g.push(mark);
        if (load != null) {
            g.push(new Expr.Name(load));
        }
        int target = -1;
        int i = from;
        while (i < w.code.size()) {
            w.env.work();
            Op op = w.code.op(i);
            if (op.is("POP_TOP") && g.peek(1) == mark) {
                return new int[] {i, target};
            }
            if (op.isConditionalJump()) {
                if (!op.name().startsWith("POP_JUMP")) {
                    g.pop();
                }
                g.pop();
                target = Math.max(target, op.target());
                i++;
                continue;
            }
            if (op.is("JUMP_FORWARD") && op.target() > i) {
                i = op.target();
                continue;
            }
            if (op.isTerminal() || op.target() >= 0 || g.depth() <= subjectAt) {
                throw new PatternReader.Mismatch("guard");
            }
            Steps.step(g, op);
            if (!g.out.isEmpty()) {
                throw new PatternReader.Mismatch("statement in a guard");
            }
            i++;
        }
        throw new PatternReader.Mismatch("guard");
    }

    /** The length of the small block at i ending in a return (no jumps, no handler change), or 0. */
    private static int exitBlock(Walker w, int i) {
        for (int k = i; k < w.code.size() && k < i + 6; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || w.code.handlerAt(k) != w.code.handlerAt(i)) {
                return 0;
            }
            if (op.isReturn()) {
                return k + 1 - i;
            }
            if (op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * True when case c's body falls off its end into where the case fails (a `case P: pass` laid out right
     * before that code): no default case starts there (the cases before it would jump over it), the match
     * ends there (rich seed 98 f66: a case's break read as a jump to the match's end, the code after the
     * match as its default case).
     */
    private static boolean fallsIntoOwnFailure(Walker w, Case c) {
        int e = c.bodyEnd();
        if (e <= 0 || e != c.next() || e < c.from()) {
            return false;
        }
        Op last = w.code.op(e - 1);
        return w.reachable.get(e - 1) && !last.isUnconditionalJump() && !last.isTerminal();
    }

    /** True when case c's body ends with a jump right past the subject's POP_TOP where the case fails (3.11). */
    private static boolean jumpsPastOwnFailurePop(Walker w, Case c) {
        if (c.bodyEnd() <= 0 || c.next() < 0 || !w.code.op(c.next()).is("POP_TOP")) {
            return false;
        }
        Op jump = w.code.op(ownEnd(w, c) - 1);
        return jump.isUnconditionalJump() && jump.target() == c.next() + 1;
    }

    /** Whether case c's body ends with a jump to where c fails to: for the last case, the end of the match. */
    private static boolean jumpsToOwnFailure(Walker w, Case c) {
        if (c.bodyEnd() <= 0) {
            return false;
        }
        Op jump = w.code.op(ownEnd(w, c) - 1);
        return jump.isUnconditionalJump() && jump.target() == c.next();
    }

    /**
     * When no case body ends with a jump to the end of the match (each ends in a statement that leaves,
     * or in a nested statement whose own exit jump goes to the match's end), the nearest forward jump from
     * inside the cases [from, next) past where the last case fails (the NOP of a {@code case _:} line)
     * and inside the region: the end of the match, which the default must not run into. Not a loop's
     * exit (a break). Else -1.
     */
    private static int innerJumpPast(Walker w, int from, int next, int to, Region r) {
        int end = -1;
        for (int k = from; k < next; k++) {
            Op op = w.code.op(k);
            int t = op.target();
            if ((op.isConditionalJump() || op.isUnconditionalJump()) && t > next && t < to && !isBreak(w, t, r)) {
                end = end < 0 ? t : Math.min(end, t);
            }
        }
        return end;
    }

    /**
     * When no case body jumps to the end of the match, the nearest place past the NOP of a {@code case _:}
     * line at {@code last} inside the region where an except clause of a try in an earlier case goes on
     * (its handler laid out after the code, 3.12+: the try ends a case body that never falls off its end):
     * the end of the match, the code after it, not the default case's (rich seed 163 f191, 3.12-3.14: the
     * clause falling off ran the default's body). Not a loop's exit (a break). Else -1.
     */
    private static int clauseExitPast(Walker w, int from, int last, int to, Region r) {
        int end = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < from || h.start() >= last || !w.code.op(h.target()).is("PUSH_EXC_INFO")
                    || Handlers.kind(w.code, h.target()) != Handlers.Kind.EXCEPT) {
                continue;
            }
            for (int k = h.target(); k < ExceptClauses.handlerAreaEnd(w, h.target()); k++) {
                Op op = w.code.op(k);
                int t = op.target();
                if (op.isUnconditionalJump() && w.leavesExceptClause(k) && t > last && t < to && w.normalFlow.get(t)
                        && !isBreak(w, t, r)) {
                    end = end < 0 ? t : Math.min(end, t);
                }
            }
        }
        return end;
    }

    /**
     * When no case body jumps to the end of the match, the nearest place past where the default case starts
     * ({@code last}: where the last case fails, or an irrefutable last case's start) inside the region where a
     * with of an earlier case goes on after suppressing an exception (laid out after the code, 3.12+: the
     * with ends a case body that never falls off its end): the end of the match, the code after it, not the
     * default case's. Not a loop's exit (a break). Else -1.
     */
    private static int suppressedPast(Walker w, int from, int last, int to, Region r) {
        int end = -1;
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() < from || h.start() >= last || Handlers.kind(w.code, h.target()) != Handlers.Kind.WITH) {
                continue;
            }
            int t = WithSuppressedPaths.suppressedAfter(w, h.target());
            if (t > last && t < to && w.jumpTargets.get(t) && w.normalFlow.get(t) && !isBreak(w, t, r)
                    && !Handlers.covers(w.code, t, h.target())) {
                // (a jump there: not a copy of the code after the with on the suppressing path itself)
                end = end < 0 ? t : Math.min(end, t);
            }
        }
        return end;
    }

    /**
     * Whether a jump to t is a break out of the region's loop: it lands on the loop's exit, or past the NOPs
     * there (3.12+ leave the NOP of an enclosing try body's end between a for loop's END_FOR/POP_TOP and the
     * code after the try, and a break in that body jumps past it).
     */
    private static boolean isBreak(Walker w, int t, Region r) {
        if (r.loop() == null) {
            return false;
        }
        if (landsOnLoopExit(w, t, r)) {
            return true;
        }
        int exit = Tries.skipNops(w, r.loop().exit());
        // the exit is a jump (a for loop's, after its END_FOR and pop, over an enclosing if's else): a break,
        // popping the iterator itself, jumps where it goes (rich seed 95 f295, 3.12-3.14)
        Op at = exit < w.code.size() ? w.code.op(exit) : null;
        return at != null && at.is("JUMP_FORWARD") && Tries.skipNops(w, t) == Tries.skipNops(w, at.target());
    }

    /** True when t is the exit of the region's loop, past line NOPs. */
    private static boolean landsOnLoopExit(Walker w, int t, Region r) {
        return r.loop() != null && r.loop().exit() >= 0 && Tries.skipNops(w, t) == Tries.skipNops(w, r.loop().exit());
    }

    /** True when a jump in [from, to) lands in [lo, hi] (an if's test in a case jumping past its branch's exit, say). */
    private static boolean jumpsInto(Walker w, int from, int to, int lo, int hi) {
        for (int k = from; k < to; k++) {
            int t = w.code.op(k).target();
            if (t >= lo && t <= hi) {
                return true;
            }
        }
        return false;
    }

    private static boolean jumpsTo(Walker w, int from, int to, int target) {
        for (int k = from; k < to; k++) {
            if (w.code.op(k).target() == target && (w.code.op(k).isConditionalJump() || w.code.op(k).isUnconditionalJump())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where case c's own code ends: 3.11 lays the handlers of a try ending the body out inline after it,
     * the body's jump to the code after the match coming before them (also of a try protecting nothing, whose
     * handler no range targets: `case 1 | 2: try: pass / except E1: pass`, r176 f227, whose NOP after the
     * match was read as a default case's).
     */
    private static int ownEnd(Walker w, Case c) {
        int e = c.bodyEnd();
        for (int h = e - 1; !w.env.atLeast(3, 12) && h > c.from(); h--) {
            if (w.code.op(h).is("PUSH_EXC_INFO") && (Handlers.protectsOnly(w.code, h, c.from(), h) || !Handlers.targeted(w.code, h))
                    && ExceptClauses.handlerAreaEnd(w, h) == e) {
                e = h;
            }
        }
        return e;
    }

    private static int emit(Walker w, int to, Lifter l, Region r, Expr subject, int above, List<Case> cases) {
        Case last = cases.get(cases.size() - 1);
        if (last.failsBeforeBody()) {
            return emitExitFirst(w, to, l, r, subject, above, cases);
        }
        int t0 = last.continues();
        if (t0 >= 0 && (r.loop() == null || !Branches.sameExit(w, t0, r.follow())
                && !(r.loop().continues().contains(t0) && r.loop().continues().contains(Branches.jumpedTo(w, r.follow()))))) {
            // (falling off the match goes where the region does: the loop's head only when the region ends the
            // loop's body, not a then-branch whose jump back is a continue before an else read after the if)
            LiftException e = new LiftException("match case failing backward to " + w.code.op(t0).offset());
            w.matchFailingBack = e;                // (Branches.failingMatchEndsBranch reads the branch again)
            throw e;
        }
        int end = -1;
        boolean backward = false;
        for (Case c : cases) {
            if (c.bodyEnd() <= 0) {
                continue;
            }
            Op jump = w.code.op(ownEnd(w, c) - 1);
            if (!jump.isUnconditionalJump()) {
                continue;
            }
            int t = jump.target();
            if (t > c.bodyEnd() && !isBreak(w, t, r) && t > last.next()) {
                end = end < 0 ? t : Math.min(end, t);
            } else if (t < c.bodyEnd() && t == r.follow()) {
                backward = true;
            }
        }
        if (end < 0 && last.next() >= 0 && w.code.op(last.next()).is("NOP")) {
            // (a case jumping back to the loop's head as well: that jump is its continue, when a nested
            // statement of another case jumps forward past the default to the code after the match)
            end = innerJumpPast(w, cases.get(0).from(), last.next(), to, r);
        }
        if (end < 0 && !backward && (last.next() >= 0 || cases.size() > 1)) {
            end = suppressedPast(w, cases.get(0).from(), last.next() >= 0 ? last.next() : last.from(), to, r);
        }
        if (end < 0 && !backward && last.next() >= 0 && w.code.op(last.next()).is("NOP")) {
            end = clauseExitPast(w, cases.get(0).from(), last.next(), to, r);
        }
        int stop;                                  // where the last walked case ends
        // when no case falls through, the code after the last case is a default case or the code after the
        // match alike; the NOP left for the line of a `case _:` tells which
        // a case's body jumping to where the last case fails (an if ending the body, say) goes to the end
        // (the last case's own body jumping there says it too: the code a default would start is never jumped to)
        boolean toNext = end < 0 && last.next() >= 0
                && (cases.size() > 1 && jumpsTo(w, cases.get(0).from(), cases.get(cases.size() - 2).next(), last.next())
                    || jumpsToOwnFailure(w, last));
        if (last.next() >= 0 && (fallsIntoOwnFailure(w, last) || jumpsToOwnFailure(w, last) || jumpsPastOwnFailurePop(w, last))) {
            if (end > last.next()) {
                // the match ends where the last case falls off; a case jumping past that, no loop's break, goes
                // past the code after the match too (a break of a loop read as an if: rich seed 98 f66)
                throw new LiftException("match case jumps past the code after the match at " + w.code.op(last.next()).offset());
            }
            toNext = end < 0;
        }
        boolean withDefault = last.next() >= 0 && !toNext && (end > last.next() && !guardFailureNops(w, last, end) || backward && end < 0
                || end < 0 && w.code.op(last.next()).is("NOP") && !guardFailureNops(w, last, last.next() + 1)
                    && defaultsHere(w, cases.get(0).from(), last.next()));
        if (withDefault && defaultOutsideTry(w, cases.get(0).from(), last.next())) {
            throw new LiftException("match default case starts past the end of its try body's range at "
                    + w.code.op(last.next()).offset());
        }
        if (last.next() < 0) {
            stop = end > 0 ? Math.min(end, to) : to;
        } else {
            stop = last.bodyEnd();
        }
        boolean failsPastRegion = last.next() > to && stop > to;
        int guardedTail = failsPastRegion && !withDefault && (end < 0 || Branches.sameExit(w, end, last.next()))
                ? guardedTailExit(w, last, to, r) : -1;
        if (guardedTail > 0) {
            failsPastRegion = false;           // the last case's body is the exit past the region, read below
        } else if (failsPastRegion) {
            // the last case fails past the region's end (a then-branch the match ends: its failure's jump was
            // threaded to where the if goes on, past the else), its body laid out before that: the body ends
            // with the region, whose code after it is not the case's
            if (!Branches.sameExit(w, last.next(), r.follow()) || withDefault) {
                throw new LiftException("match case failing past the region's end at " + w.code.op(to).offset());
            }
            stop = to;
        }
        if (end > to && r.exactFollow() && r.follow() >= 0 && end != r.follow() && !Branches.sameExit(w, end, r.follow())
                && !w.readOrHandlerCode(to, end)) {
            // the cases jump past the region's end over code it goes on with (the match ends a then-branch
            // that never falls off, its cases' jumps to where the if statement goes on the only sign of that
            // end, past its else: rich seed 43 f288), not where the region goes on
            throw new LiftException("match cases jump past the region's end, over code it goes on with, at "
                    + w.code.op(to).offset());
        }
        Region inner = end > 0 ? (end <= to ? r.withExactFollow(end) : r.withFollow(end)) : toNext ? r.withFollow(last.next()) : r;
        if (end < 0 && !withDefault && last.next() > 0 && last.bodyEnd() > 0 && last.bodyEnd() < last.next()
                && last.next() <= to && w.code.holdsOnly(last.bodyEnd(), last.next(), "POP_TOP")
                && jumpsTo(w, cases.get(0).from(), last.bodyEnd(), last.next())) {
            // (the subject's pops where the last case fails (an or-pattern's, 3.12+, in a mapping pattern too),
            // then the code after the match: a break of a loop ending a case's body jumps past those pops,
            // where the case goes on, `case 1 | 2 as z: while True: if c(): break`)
            inner = r.withExactFollow(last.next());
        }
        Lifter base = l.fork();
        for (int k = 0; k < above; k++) {
            base.pop();
        }
        // 3.12+ copy a small exit block after the match into each body that falls into it: read as falling through
        int matchEnd = end > 0 ? end : !withDefault ? last.next() : -1;
        int copied = matchEnd >= 0 ? exitBlock(w, matchEnd) : 0;
        List<Stmt.MatchCase> out = new ArrayList<>();
        int[] lastStop = {-1};                     // where the last case's walk stopped
        Walker.Marks beforeCases = w.marks();
        for (boolean keepCopies = false; ; keepCopies = true) {
            boolean copyDropped = false;
            for (Case c : cases) {
                int bodyEnd = c == last ? stop : c.bodyEnd();
                Region br = inner;
                int start = c.guarded() ? c.bodyStart() : c.from();
                if (!keepCopies && copied > 0 && bodyEnd - copied > start && bodyEnd <= matchEnd
                        && Tries.sameOps(w, bodyEnd - copied, matchEnd, copied)) {
                    bodyEnd -= copied;
                    br = r.withFollow(matchEnd);
                    copyDropped = true;
                }
                if (c == last && guardedTail > 0) {
                    br = r.withExactFollow(guardedTail);
                }
                out.add(caseStmt(w, c, base, bodyEnd, br, c != last || withDefault, c == last ? lastStop : new int[1]));
            }
            if (!copyDropped || !w.dead.get(Tries.skipNops(w, matchEnd))) {
                break;
            }
            // the code after the match, whose copies ending the cases were read as falling into it, was read into
            // a case's body (the rest of it after a try whose clauses go there, laid out last): nothing follows
            // the match, so each case keeps its copy (3.13+, unseen rich tails seed 46 f23)
            w.restore(beforeCases);
            out.clear();
        }
        int after;
        if (withDefault && last.next() >= to && to > 0 && w.code.op(to - 1).is("JUMP_BACKWARD") && r.loop() != null
                && r.loop().continuesThisOrOuter(w.code.op(to - 1).target())) {
            // the default case starts past the loop body the match ends (3.14 `while True: match v: case 1 | 2:
            // pass / case _: <code>; break`, the default's code laid out after the jump back, the break falling
            // into the code after the loop: fuzz rich seed 38 f29): it leaves the loop, not a `pass` of it
            throw new LiftException("match default case starts past the end of the loop body at " + w.code.op(to - 1).offset());
        }
        if (withDefault && last.next() >= to && landsOnLoopExit(w, last.next(), r)) {
            // the default case goes on at the loop's exit, past the body the match ends: it breaks (rich seed
            // 121 f175, 3.12-3.14: its code, a return, read as the code after the loop; the other cases fall off)
            out.add(new Stmt.MatchCase(new Pattern.MatchAs(null, null), null, List.of(new Stmt.Break())));
            after = to;
        } else if (withDefault) {
            int defaultEnd = end > 0 ? Math.min(end, to) : to;
            Lifter d = base.fork();
            // a default ending a try body's range, which the other cases jump past: read against the range's
            // end, so that an if ending it may read its then-branch laid out past the range (rich seed 44 f199)
            boolean atRangeEnd = end > to && defaultEnd == to && r.follow() == to && !r.exactFollow();
            int stopped = w.walk(last.next(), defaultEnd, d, atRangeEnd ? r : inner, -1);
            if (end > to && stopped == to && r.follow() == to && !r.exactFollow() && !Branches.sameExit(w, to, end)
                    && !ExceptClauses.leaves(d.out) && !jumpsInto(w, last.next(), to, to, end)) {
                // the default falls off the end of a try body's range, past which the other cases jump: the
                // code between, laid out after the range, runs after the default only (3.12+: a return
                // unwinding an enclosing with or finally), not after the try statement; read when it is
                // straight code returning, reached only from the default
                if (TryRanges.straightExit(w, to, end) != end || !w.jumpsOnlyFrom(to, last.next(), to)) {
                    throw new LiftException("match cases jump over the default's code after the range at " + w.code.op(to).offset());
                }
                defaultEnd = Math.max(end, w.walk(to, end, d, r.withFollow(end), -1));
            }
            if (!d.out.isEmpty() || w.code.op(last.next()).is("NOP") && defaultsHere(w, cases.get(0).from(), last.next())) {
                // an empty default without the NOP of its line (the end of a loop body) is no case, nor one
                // whose NOP lies past the try body's range the match ends
                out.add(new Stmt.MatchCase(new Pattern.MatchAs(null, null), null, d.out));
            }
            after = defaultEnd;
            if ((end < 0 || atRangeEnd) && defaultEnd == to && stopped > to) {
                // the default's body read on past the region's end (an if ending it whose return lies past the
                // try body's range, RangeTailExits.thenEnd; `while not c(): return 12` compiles the same): the
                // match ends there too, as for a last case without default below
                after = stopped;
            }
        } else {
            after = failsPastRegion ? to : last.next() >= 0 ? last.next() : stop;
            if (last.next() < 0 && stop == to && lastStop[0] > to) {
                // the last case's body read on past the region's end (an if ending it whose return lies past
                // the try body's range, RangeTailExits.thenEnd): the match ends there too, so that the
                // statement around does not read that code again (as a try's else, say)
                after = lastStop[0];
            }
        }
        l.pop();
        for (int k = 1; k < above; k++) {
            l.pop();
        }
        Stmt.Match match = new Stmt.Match(subject, out);
        if (t0 >= 0 && !withDefault) {
            w.matchesFailingBack.add(match);
        }
        l.emit(match);
        return after;
    }

    /**
     * The length of the straight code at i ending in a return or raise (the return may stand past the range
     * of a try that protects the rest), or 0: what a match whose or-pattern fails into code before its body
     * runs there.
     */
    private static int failingExit(Walker w, int i) {
        for (int k = i; k < w.code.size() && k < i + 8; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.is("RERAISE")) {
                return 0;
            }
            if (op.isTerminal()) {
                return k + 1 - i;
            }
            if (w.code.handlerAt(k) != w.code.handlerAt(i)) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether an or-pattern's alternative in [from, to) jumps on success to at, where the pattern goes on. */
    private static boolean successJumpsTo(Walker w, int from, int to, int at) {
        for (int k = from; k < to; k++) {
            if (w.code.op(k).isUnconditionalJump() && w.code.op(k).target() == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * A match whose last case fails into small straight code ending in a return, laid out before that case's
     * body ({@link Case#failsBeforeBody}): a {@code case _:} whose body returns, or (3.11+) a copy of the
     * small exit block after the match (flowgraph.c's inline_small_exit_blocks). The last body runs to the
     * region's end, or to where the other cases jump past its start: the code after the match, the failing
     * code then a default case (rich seed 142 f183). A body ending with a copy of the failing code falls
     * into the code after the match: that code, read once after the match. Otherwise that code is a default
     * case (when its NOP carries the line of {@code case _:}, or when the body falls off: into code that the
     * failing path never reaches); a body that never falls off leaves the choice open, and the code is read
     * after the match.
     */
    private static int emitExitFirst(Walker w, int to, Lifter l, Region r, Expr subject, int above, List<Case> cases) {
        Case last = cases.get(cases.size() - 1);
        int exit = last.next();
        int copied = failingExit(w, exit);
        Lifter base = l.fork();
        for (int k = 0; k < above; k++) {
            base.pop();
        }
        // where the other cases' bodies jump into the code past the last case's start: the code after the match
        int end = to;
        for (int k = cases.get(0).from(); k < last.from(); k++) {
            int t = w.code.op(k).target();
            if (t > last.from() && t < end && w.reachable.get(k)) {
                end = t;
            }
        }
        List<Stmt.MatchCase> out = new ArrayList<>();
        boolean fallsIntoExit = false;
        for (Case c : cases) {
            int bodyEnd = c == last ? end : c.bodyEnd();
            int start = c.guarded() ? c.bodyStart() : c.from();
            Region br = r;
            if (bodyEnd - copied > start && Tries.sameOps(w, bodyEnd - copied, exit, copied)) {
                bodyEnd -= copied;
                br = r.withFollow(exit);
                fallsIntoExit |= c == last;
            }
            int[] stopped = {-1};
            out.add(caseStmt(w, c, base, bodyEnd, br, c != last, stopped));
            if (stopped[0] != bodyEnd) {
                throw new LiftException("match case body read past its end at " + w.code.op(bodyEnd).offset());
            }
        }
        boolean asDefault = end < to || !fallsIntoExit && (w.code.op(exit).is("NOP")
                || !ExceptClauses.leaves(out.get(out.size() - 1).body()));
        Lifter d = base.fork();
        if (w.walk(exit, exit + copied, d, r, -1) != exit + copied) {
            throw new LiftException("code where the match fails read past its end at " + w.code.op(exit).offset());
        }
        if (asDefault) {
            out.add(new Stmt.MatchCase(new Pattern.MatchAs(null, null), null, d.out));
        }
        for (int k = 0; k < above; k++) {
            l.pop();
        }
        l.emit(new Stmt.Match(subject, out));
        if (!asDefault) {
            l.out.addAll(d.out);                   // the code after the match, read from the failing path's copy
        }
        return end;
    }

    /**
     * [next, end) between where the last, guarded, case fails and where the match ends holds only NOPs on the
     * guard's line (3.13+ keep one for the line of a failing guard): no default case, whose NOP would carry
     * the line of its own {@code case _:}.
     */
    private static boolean guardFailureNops(Walker w, Case last, int end) {
        if (!last.guarded() || last.next() < 0) {
            return false;
        }
        int jump = guardJump(w, last);
        int line = jump >= 0 ? w.code.op(jump).line() : -1;
        for (int k = last.next(); k < end; k++) {
            if (!w.code.op(k).is("NOP") || w.code.op(k).line() != line || line < 0) {
                return false;
            }
        }
        return true;
    }

    /** The guarded case's last test jumping to where it fails (its guard's false exit), or -1. */
    private static int guardJump(Walker w, Case c) {
        int jump = -1;
        for (int k = c.from(); k < c.bodyStart(); k++) {
            if (w.code.op(k).isConditionalJump() && w.code.op(k).target() == c.next()) {
                jump = k;
            }
        }
        return jump;
    }

    /**
     * The last case, guarded, ending a try body whose range ends at {@code to}: 3.12+ unwind the handler
     * before the body's return, so the body lies past the range, and the guard jumps over it to where the
     * match, the try body, ends ({@link RangeTailExits#thenEnd} reads an if so). Returns where the match
     * ends (the case's failure), or -1.
     */
    private static int guardedTailExit(Walker w, Case last, int to, Region r) {
        if (!last.guarded() || last.bodyStart() > to || last.bodyEnd() != last.next()) {
            return -1;
        }
        int jump = guardJump(w, last);
        return jump >= 0 && RangeTailExits.thenEnd(w, jump, last.bodyStart(), last.next(), to, r) == last.next() ? last.next() : -1;
    }

    /**
     * The NOP at {@code nop}, where the last case fails, lies in the handler context of the match at
     * {@code from}, or either is in none (NOPs are often left out of ranges): a {@code case _:} line's NOP
     * is part of the match. Protected by another handler (an enclosing with's), past the end of a try
     * body's range the match ends, the NOP is on the way to the try's end, the code after the match.
     */
    private static boolean defaultsHere(Walker w, int from, int nop) {
        Code.Handler at = w.code.handlerAt(from);
        Code.Handler there = w.code.handlerAt(nop);
        return there == null || at == null || at.target() == there.target() && at.depth() == there.depth();
    }

    /** A case; {@code failsElsewhere}: its failure does not continue where the match ends; {@code stopped[0]}: where its body's walk stopped. */
    private static Stmt.MatchCase caseStmt(Walker w, Case c, Lifter base, int bodyEnd, Region r, boolean failsElsewhere,
            int[] stopped) {
        Lifter b = base.fork();
        if (c.keepsSubject()) {
            b.push(Item.Null.INSTANCE);            // the subject, popped before the body
        }
        if (c.load() != null) {
            b.push(new Expr.Name(c.load()));
        }
        Expr guard = null;
        int from = c.from();
        if (c.guarded()) {
            guard = guard(w, c, b, r, failsElsewhere);
            if (guard == null && failsElsewhere) {
                throw new LiftException("unrecognised match guard");
            }
            if (guard != null) {
                from = c.bodyStart();
                if (c.load() != null) {
                    b.pop();                       // the guard's first load
                }
            }
        }
        if (c.keepsSubject() && !w.code.op(from).is("POP_TOP")) {
            throw new LiftException("match case without its subject pop");
        }
        stopped[0] = w.walk(from, bodyEnd, b, r, -1);
        return new Stmt.MatchCase(c.pattern(), guard, b.out);
    }

    /**
     * The guard of a case: the code before its body, read as an {@code if} whose false exit is where the
     * case fails; null when it is not one (when the last case fails to where the match ends, its body may
     * jump there too: it is then unguarded).
     */
    private static Expr guard(Walker w, Case c, Lifter b, Region r, boolean failsElsewhere) {
        Lifter g = b.fork();
        // (a walk that finds no guard is dropped, the code it marked read read again as the body: unmarked,
        // else a clause's continuation laid out past the handlers is skipped there, set 193 q66 f210)
        Walker.Marks before = w.marks();
        try {
            w.walk(c.from(), c.bodyStart(), g, r.withFollow(c.next() >= 0 ? c.next() : c.continues()), -1);
        } catch (LiftException e) {
            if (System.getenv("DEPYF_DEBUG_MATCH") != null) {
                System.err.println("guard at " + w.code.op(c.from()).offset() + ": " + e);
            }
            if (failsElsewhere) {
                throw e;
            }
            w.restore(before);
            return null;
        }
        // (failing back to the loop's head, the guard's false exit is read as `if not guard: continue`)
        boolean failsBack = c.next() < 0 && c.continues() >= 0;
        Expr backGuard = failsBack ? guardContinuing(g.out) : null;
        if (backGuard != null && g.depth() == b.depth() - (c.load() != null ? 1 : 0)) {
            return backGuard;
        }
        if (g.out.size() != 1 || !(g.out.get(0) instanceof Stmt.If i) || !i.orelse().isEmpty() || !i.body().isEmpty()
                || g.depth() != b.depth() - (c.load() != null ? 1 : 0)) {
            if (System.getenv("DEPYF_DEBUG_MATCH") != null) {
                System.err.println("guard at " + w.code.op(c.from()).offset() + ": " + g.out + " " + g.stack() + " / " + b.stack());
            }
            w.restore(before);
            return null;
        }
        return i.test();
    }

    /**
     * The guard of a case failing back to the loop's head, read with that head as where it goes on: {@code if
     * not g: continue}, or {@code if a: <guard read so>} (the false exit of a falls off, going back too), as
     * one condition; else null.
     */
    private static Expr guardContinuing(List<Stmt> stmts) {
        if (stmts.size() != 1 || !(stmts.get(0) instanceof Stmt.If i) || !i.orelse().isEmpty()) {
            return null;
        }
        if (i.body().equals(List.of(new Stmt.Continue()))) {
            return Conditions.not(i.test());
        }
        Expr rest = guardContinuing(i.body());
        if (rest == null) {
            return null;
        }
        List<Expr> values = new ArrayList<>(List.of(i.test()));
        if (rest instanceof Expr.BoolOp and && and.op() == depyf.ir.Operator.Bool.AND) {
            values.addAll(and.values());
        } else {
            values.add(rest);
        }
        return new Expr.BoolOp(depyf.ir.Operator.Bool.AND, values);
    }
}
