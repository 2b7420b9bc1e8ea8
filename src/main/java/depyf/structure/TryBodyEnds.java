package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;
import java.util.BitSet;

/**
 * Where a try body ends: the code past its protected range that Tries.structure takes into the body (a
 * return's value or constant loaded after POP_BLOCK, a with's or finally's return unwinding through exit
 * calls and copies, a nested try's clauses) and the tests of code a cut range leaves outside.
 */
final class TryBodyEnds {
    private TryBodyEnds() {}

    /**
     * True when [from, to) holds a try protecting nothing ({@link OrphanHandlers}) and its live code never
     * goes past {@code to}: the statement list ends with that try, whose clauses fall off its end, but
     * only exceptions its empty body cannot raise reach them (its body, a {@code return CONST}, leaves).
     */
    static boolean orphanTryNeverEnds(Walker w, int from, int to) {
        boolean orphan = false;
        for (int k = from; k < to; k++) {
            orphan |= w.orphanBodies.containsKey(k);
            Op op = w.code.op(k);
            if (!w.live(k) || !w.normalFlow.get(k)) {
                continue;
            }
            if (k == to - 1 && !op.isTerminal() && !op.isUnconditionalJump() || op.target() >= to || op.target() >= 0 && op.target() < from) {
                return false;
            }
        }
        return orphan;
    }

    /**
     * 3.11: true when [i, j) ends with a copy of the finally body of a try/finally whose handler lies past
     * j, the copy a return's unwinding: `return CONST` in that try body (its constant loaded after the
     * copy, outside every range; the try may protect nothing else, its clauses dead code).
     */
    static boolean afterFinallyCopy(Walker w, int i, int j) {
        for (Code.Handler h : w.code.handlers()) {
            int fin = h.target();
            int n = fin > j && Handlers.kind(w.code, fin) == Handlers.Kind.FINALLY ? TryFinally.finallyLength(w, fin) : 0;
            if (n > 0 && j - n > i && TryFinally.sameFinallyOps(w, fin + 1, j - n, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the RETURN_VALUE at j ends a copy of the finally body of a try/finally nested in [i, j),
     * the copy in our range: a return in that try body whose value was computed in our range and then
     * unwound through the finally body, outside the nested range but inside ours (3.11: from an except
     * clause of the nested body, after its POP_EXCEPT). The return is our body's, not code after it.
     */
    static boolean returnAfterNestedFinallyCopy(Walker w, int i, int j, int handler) {
        for (Code.Handler h : w.code.handlers()) {
            int fin = h.target();
            int n = fin == handler ? 0 : TryFinally.finallyLength(w, fin);
            int s = j - n;
            if (n > 0 && s > i && Handlers.covers(w.code, s, handler) && !Handlers.covers(w.code, s, fin)
                    && Handlers.covers(w.code, s - 1, fin) && TryFinally.sameFinallyOps(w, fin + 1, s, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A continue or break inside a branch of a with's body [i, j), unwinding through the with's exit call at j
     * (outside the range) and jumping to the loop's head or exit, while a test in the body jumps past that
     * jump (`while c: with m(): if d: ...; continue` then the rest of the body): the body goes on past the
     * jump, to where the test goes; or (3.12+) ending the body, whose try's clauses go on to the with's cold
     * normal exit ({@link #coldNormalExit}): the body goes on past the jump. Returns that index, or -1.
     */
    static int loopJumpThroughExit(Walker w, int i, int j, int to, int handler, Region r) {
        if (r.loop() == null) {
            return -1;
        }
        int n = Tries.skipNops(w, j);
        int e = Tries.exitCall(w, n);
        if (e < 0 || e > to || w.jumpTargets.get(n)) {
            return -1;
        }
        if (w.env.atLeast(3, 12) && coldNormalExit(w, n, handler) >= 0) {
            if (e == r.loop().exit() && !r.loop().isFor()) {
                return e;                      // (a break out of a while loop falling into its exit)
            }
            // 3.12+: the continue or break ends the body, its try's clauses going on to the with's normal exit,
            // laid out cold past the handlers: the body goes on to past the jump (a break out of a for loop
            // pops the iterator first)
            int p = r.loop().isFor() && ForLoops.popsIterator(w.code.op(e)) && e + 2 <= to ? e + 1 : e;
            Op jump = w.code.op(p);
            boolean leaves = jump.isUnconditionalJump() && (r.loop().continues().contains(jump.target()) || w.breaksTo(r, jump.target()));
            return leaves ? p + 1 : -1;
        }
        if (e + 1 >= to || !w.code.op(e).isUnconditionalJump()) {
            return -1;
        }
        int t = w.code.op(e).target();
        if (!r.loop().continues().contains(t) && !w.breaksTo(r, t)) {
            return -1;
        }
        for (int k = i; k < j; k++) {
            int past = w.code.op(k).target();
            // (3.11: past the handlers of withs nested in the branch, laid out after the jump)
            if (w.code.op(k).isConditionalJump() && past > e && past < to && (past == e + 1 || w.onlyHandlerCode(e + 1, past))) {
                return past;
            }
        }
        return -1;
    }

    /**
     * {@code return value} inside a with or try/finally computes the value inside the protected range and
     * unwinds outside it: SWAP 2 and the __exit__ call, or a copy of the finally body, then RETURN_VALUE.
     * That tail belongs to the body. Returns the index after it, or -1.
     */
    static int returnTail(Walker w, int j, int to, int handler, Region r) {
        if (Handlers.kind(w.code, handler) == Handlers.Kind.WITH) {
            // return (or return CONST) inside the with: __exit__(None, None, None) and the return, then
            // the with's own normal exit, which the body's other paths jump to, or laid out after a try's
            // handler when only that try's clauses reach it (the return ending its else)
            int k = Tries.skipNops(w, j);
            int e = Tries.exitCall(w, k);
            boolean cold = e > 0 && coldNormalExit(w, k, handler) >= 0;
            for (int n = e; cold && n > 0 && !w.jumpTargets.get(n); n = Tries.exitCall(w, n)) {
                e = n;                         // (nested, through the enclosing withs' exit calls too)
            }
            // (a return through enclosing withs: each exit call in the range of the next one's handler)
            for (Code.Handler around = w.code.handlerAt(k); !cold && e > 0 && e < to && !w.jumpTargets.get(e)
                    && around != null && r.handlers().contains(around.target())
                    && Handlers.kind(w.code, around.target()) == Handlers.Kind.WITH && Tries.exitCall(w, e) > 0; ) {
                around = w.code.handlerAt(e);
                e = Tries.exitCall(w, e);
            }
            // (then, innermost first, a loop's iterator popped, enclosing finally bodies' copies run and an
            // enclosing except clause is left: its POP_EXCEPT and name cleanup)
            for (int c, p; e > 0 && e < to; ) {
                if ((p = Tries.iteratorPops(w, e)) != e) {
                    e = p;
                } else if (!w.jumpTargets.get(e) && (c = w.unwindingCopy(e, r)) > 0) {
                    e += c;
                } else if (!w.jumpTargets.get(e) && finallyExceptionDrop(w, e, r)) {
                    e += 2;
                } else if (!w.jumpTargets.get(e) && w.code.op(e).is("POP_EXCEPT") && Tries.exitCall(w, e) < 0) {
                    e = ExceptClauses.afterNameCleanup(w.code, e + 1);   // leaving the except clause around the with
                } else {
                    break;
                }
            }
            // (3.14's LOAD_SMALL_INT: a normal exit right after the return is also where a body's other paths
            // go when the return ends one of them, a match's default case in an inner try whose range ends
            // before the return. Read as the with's return through a cold exit, or when the range ends in
            // code the with protects itself and the exit after the return goes on otherwise: the return
            // of `if c: return 1` ending the body, its test jumping past it to the with's normal exit.)
            boolean small = e > 0 && e < to && w.code.op(e).is("LOAD_SMALL_INT") && j > 0
                    && w.code.handlerAt(j - 1) != null && w.code.handlerAt(j - 1).target() == handler;
            for (int n = e; !cold && n > 0 && n < to && !w.jumpTargets.get(n) && Tries.exitCall(w, n) > 0
                    && w.code.handlerAt(n) != null && r.handlers().contains(w.code.handlerAt(n).target()); ) {
                // (a try body's return through this with and the enclosing ones, unwound from all at once:
                // each exit call protected by the next with out; taken when its handler follows the return)
                n = Tries.exitCall(w, n);
                int after = constReturnEnd(w, n, to);
                if (after > 0 && innerHandlerGoesOn(w, j, Tries.skipNops(w, after), handler)) {
                    return after;
                }
            }
            int ret = e < 0 || e >= to ? -1 : w.code.op(e).is("RETURN_CONST") ? e + 1
                    : e + 1 < to && (w.code.op(e).is("LOAD_CONST") || small || w.code.op(e).is("LOAD_SMALL_INT")
                            && (cold || innerHandlerGoesOn(w, j, Tries.skipNops(w, e + 2), handler)
                                || jumpedNormalExitAfter(w, j, e + 2, handler)
                                || e + 2 == to && r.loop() != null && coldWithBody(w, to, handler) > 0
                                || suppressesIntoLoop(w, handler, r)))
                        && w.code.op(e + 1).is("RETURN_VALUE") ? e + 2 : -1;
            if (ret > 0) {
                int m = Tries.skipNops(w, ret);
                if (Tries.exitCall(w, m) > 0 && (w.jumpTargets.get(m) || w.jumpTargets.get(ret))
                        && (!small || !Branches.sameExit(w, k, m)) || cold
                        || innerHandlerGoesOn(w, j, m, handler)
                        || ret == to && r.loop() != null && coldWithBody(w, ret, handler) > 0
                        || suppressesIntoLoop(w, handler, r)) {
                    // (the last but one: the with ends a loop's body; the rest of its body, after a try this
                    // return ends the body of, is laid out past the loop's exit)
                    return ret;
                }
            }
        }
        // (past the NOP a value's join leaves at the range's end: `return v if c() else 2`)
        int k = j < to && w.code.op(j).is("NOP") && w.code.handlerAt(j) == null && Tries.skipNops(w, j) < to
                && w.code.op(Tries.skipNops(w, j)).is("SWAP") ? Tries.skipNops(w, j) : j;
        int throughEmptyFinally = emptyFinallyValueReturn(w, j, k, to, handler);
        if (throughEmptyFinally > 0) {
            return throughEmptyFinally;        // (`finally: pass` copies nothing before the return)
        }
        if (k + 1 < to && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 3 && w.code.op(k + 1).is("SWAP")
                && w.code.op(k + 1).arg() == 2 && Handlers.kind(w.code, handler) == Handlers.Kind.WITH) {
            k += 2;                            // 3.14: the value goes below a with's exit and its manager
        } else if (k < to && w.code.op(k).is("SWAP") && w.code.op(k).arg() == 2
                && (Handlers.kind(w.code, handler) == Handlers.Kind.WITH
                    || k + 1 < to && w.code.op(k + 1).is("POP_TOP"))) {
            k++;                               // the value goes below a with's exit or a loop's iterator
        } else {
            int n = TryFinally.finallyLength(w, handler);
            int e = n <= 0 ? -1 : TryFinally.sameFinallyOps(w, handler + 1, k, n) ? k + n
                    : Handlers.kind(w.code, handler) == Handlers.Kind.FINALLY ? FinallyCopy.end(w, handler, k) : -1;
            if (e < 0 && j > 0 && Tries.pushesValue(w.code.op(j - 1)) && w.code.handlerAt(j - 1) != null
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT) {
                // (a return's value computed at the end of an inner try's range, then the copy of the finally
                // body of a try/finally around it: `try: ... return v / except E: ... / finally: f()`, 3.12+)
                e = ExceptClauses.enclosingFinallyCopyEnd(w, w.code.handlerAt(j - 1).target(), k);
            }
            // (a copy whose nested handlers the compiler laid out after it is read in lock-step)
            int dropped = e > k && e < to ? WhileExitCopies.droppedExitLength(w, e, r) : 0;
            if (dropped > 0 && e + dropped <= to) {
                return e + dropped;            // a break's copy, then the while True loop's dropped exit block
            }
            if (e <= k || e >= to || !(w.code.op(e).is("RETURN_VALUE") || w.code.op(e).is("SWAP"))) {
                return -1;
            }
            k = e;
        }
        for (int guard = 0, c; k < to && guard < 300; guard++, k++) {
            Op op = w.code.op(k);
            if (op.is("RETURN_VALUE")) {
                return k + 1;
            }
            if (k > j && !w.jumpTargets.get(k) && w.code.op(k - 1).is("POP_EXCEPT") && (c = w.unwindingCopy(k, r)) > 0) {
                k += c - 1;                    // (out of an except clause: an enclosing finally body's copy, its
                continue;                      // branches each ending in the return: the first one's is ours)
            }
            if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A return of a value computed at the end of the range [.., j) through {@code finally: pass} (the finally
     * handler's, whose copy is nothing): from k, the unwinding of the except clauses around (SWAP 2 keeping the
     * value, POP_EXCEPT), then the RETURN_VALUE. Past it, or -1.
     */
    private static int emptyFinallyValueReturn(Walker w, int j, int k, int to, int handler) {
        if (j <= 0 || !Tries.pushesValue(w.code.op(j - 1)) || !OrphanHandlers.emptyFinally(w.code, handler)) {
            return -1;
        }
        int q = k;
        while (q + 2 < to && w.code.op(q).is("SWAP") && w.code.op(q).arg() == 2 && w.code.op(q + 1).is("POP_EXCEPT")
                && !w.jumpTargets.get(q) && !w.jumpTargets.get(q + 1)) {
            q += 2;
        }
        return q < to && w.code.op(q).is("RETURN_VALUE") && !w.jumpTargets.get(q) ? q + 1 : -1;
    }

    /**
     * True when e drops the exception of a finally clause's handler copy the region lies in (POP_TOP,
     * POP_EXCEPT, protected by that handler's cleanup): a return out of the with, inside that copy, leaves
     * the finally clause too (compile.c, compiler_unwind_fblock, FINALLY_END).
     */
    static boolean finallyExceptionDrop(Walker w, int e, Region r) {
        if (e + 1 >= w.code.size() || !w.code.op(e).is("POP_TOP") || !w.code.op(e + 1).is("POP_EXCEPT")) {
            return false;
        }
        Code.Handler at = w.code.handlerAt(e);
        for (int h : r.handlers()) {
            Code.Handler cleanup = w.code.handlerAt(h);
            if (at != null && h < e && cleanup != null && cleanup.target() == at.target()
                    && Handlers.kind(w.code, h) == Handlers.Kind.FINALLY) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a clause of the handler at m jumps past its handler code to code the with (handler) protects:
     * the with's body goes on after the try. (A jump back to the with's exit call before m is the body
     * falling off its end, the return after that call the function's implicit one.)
     */
    static boolean clauseJumpsPast(Walker w, int m, int handler) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, m);
        for (int k = m; k < areaEnd && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && op.target() >= areaEnd && Handlers.covers(w.code, Tries.skipNops(w, op.target()), handler)) {
                return true;
            }
        }
        return false;
    }

    /** The index after a constant's return at e (RETURN_CONST, or a constant loaded and returned), or -1. */
    static int constReturnEnd(Walker w, int e, int to) {
        if (e >= to) {
            return -1;
        }
        Op op = w.code.op(e);
        if (op.is("RETURN_CONST")) {
            return e + 1;
        }
        return e + 1 < to && (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && w.code.op(e + 1).is("RETURN_VALUE") ? e + 2 : -1;
    }

    /**
     * 3.14: the with's normal exit call right after the `return SMALL_INT` at [.., ret) whose unwinding through
     * our exit call starts at j (the constant loaded after the call, compile.c's compiler_unwind_fblock before
     * the load): a jump in the with's own range before j goes there (a case body's or then-branch's end jump
     * left out of an inner try's range, as the try body's end). So the exit call before the return is the
     * return's, the one at ret the statement's (fuzz_hunt_wrong.match_default_return_in_with_try).
     */
    static boolean jumpedNormalExitAfter(Walker w, int j, int ret, int handler) {
        int m = Tries.skipNops(w, ret);
        if (!w.env.atLeast(3, 14) || m >= w.code.size() || Tries.exitCall(w, m) < 0 || !w.jumpTargets.get(m)) {
            return false;
        }
        for (int q = 0; q < j; q++) {
            Op op = w.code.op(q);
            if (op.isUnconditionalJump() && op.target() == m && w.reachable.get(q) && Handlers.covers(w.code, q, handler)
                    && w.code.handlerAt(q) != null && w.code.handlerAt(q).target() == handler) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when m, right after a return through the with's exit call ending our range at j, starts the
     * except handler of a try nested in the with's body whose range ends right before j (only NOPs between:
     * the return ends that try's body) and whose code the with protects: its clauses, laid out here, go on
     * with the rest of the with's body, which the range covers again past them.
     */
    static boolean innerHandlerGoesOn(Walker w, int j, int m, int handler) {
        if (m >= w.code.size() || !w.code.op(m).is("PUSH_EXC_INFO") || !Handlers.covers(w.code, m, handler)
                || Handlers.kind(w.code, m) != Handlers.Kind.EXCEPT) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            // (past NOPs and the return's unwinding through nested withs and the finally bodies of try
            // statements around the try)
            int k = h.end();
            for (int next; k < j && (next = w.code.op(k).is("NOP") ? k + 1 : Tries.exitCall(w, k) > 0 ? Tries.exitCall(w, k)
                    : ExceptClauses.enclosingFinallyCopyEnd(w, h.target(), k)) > k; ) {
                k = next;
            }
            if (h.target() == m && h.end() <= j && k >= j && Handlers.covers(w.code, h.start(), handler)) {
                return clauseJumpsPast(w, m, handler);
            }
        }
        return false;
    }

    /**
     * The normal exit of the with whose handler is {@code handler} (NOPs, its __exit__ call) laid out
     * after the handlers of a try inside its body, when the rest of the body (an else returning through
     * the exit call at {@code k}) never falls off: the start of that block, or -1. Its exit call has the
     * enclosing handler of the one at k (it is this with's), and it is reached only from that try's
     * clauses (see {@link #leavesClause}). The block may start with the rest of the with's body after that
     * try, run straight into the exit call ({@link ColdContinuations#endAtWithExit}).
     */
    static int coldNormalExit(Walker w, int k, int handler) {
        for (int q = 0; q < handler; q++) {
            int t = w.code.op(q).target();
            if (t <= k || t >= handler || !w.reachable.get(t) || !Handlers.covers(w.code, q, handler) || !leavesClause(w, q, 3)) {
                continue;
            }
            // (or the rest of the with's body, running into that exit call, entered only from handler code:
            // a try after a nested with whose body returns, reached by that with's suppressing path only)
            int exit = Tries.exitCall(w, Tries.skipNops(w, t)) > 0 && onlyFromHandlers(w, t) ? Tries.skipNops(w, t)
                    : onlyFromHandlers(w, t) ? ColdContinuations.straightToWithExit(w, t, handler)
                    : ColdContinuations.endAtWithExit(w, t, handler);
            if (exit >= t && Withs.sameHandler(w.code.handlerAt(exit), w.code.handlerAt(k))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when the suppressing path of the with whose handler is {@code handler} goes on at the head of r's
     * loop (a continue: the with ends the loop's body): the code after the with is not the return after its
     * exit call, where the suppressing path would go on too; that return is the body's, unwinding.
     */
    private static boolean suppressesIntoLoop(Walker w, int handler, Region r) {
        int after = r.loop() == null ? -1 : WithSuppressedPaths.suppressedAfter(w, handler);
        int goes = after >= 0 ? Branches.jumpedTo(w, after) : -1;
        return goes >= 0 && (r.loop().continues().contains(goes) || w.isDisplacedTest(goes, r));   // (3.12, 3.13: the copy of the test)
    }

    /**
     * True when the block at t is not fallen into and every jump to it comes from handler code (a clause
     * leaving, a with suppressing) or ends such a block of a nested with: no path of the body reaches it,
     * so the body's own end (a match's default case returning, say) is not taken for an else clause.
     */
    static boolean onlyFromHandlers(Walker w, int t) {
        if (!(w.code.op(t - 1).isTerminal() || w.code.op(t - 1).isUnconditionalJump())) {
            return false;
        }
        for (var op : w.code.ops()) {
            if (op.target() == t && w.normalFlow.get(op.index()) && !leavesClause(w, op.index(), 3)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the unconditional jump at q leaves an except clause (POP_EXCEPT and name cleanup before
     * it, in handler code), or ends the cold normal exit of a with nested in ours, itself entered by such
     * a jump and not fallen into ({@code depth} levels of nesting). Not a nested with's suppressing path:
     * that runs our exit call after its own, a copy, not our normal exit.
     */
    static boolean leavesClause(Walker w, int q, int depth) {
        if (!w.code.op(q).isUnconditionalJump()) {
            return false;
        }
        if (w.leavesExceptClause(q) && !w.normalFlow.get(q)) {
            return true;
        }
        int s = q - 5;
        while (s >= 0 && q - s <= 6 && Tries.exitCall(w, s) != q) {
            s--;
        }
        if (depth == 0 || s < 0 || Tries.exitCall(w, s) != q) {
            return false;
        }
        while (s > 0 && w.code.op(s - 1).is("NOP")) {
            s--;
        }
        if (s == 0 || !(w.code.op(s - 1).isTerminal() || w.code.op(s - 1).isUnconditionalJump())) {
            return false;                      // fallen into: the body's own way out
        }
        for (var op : w.code.ops()) {
            if (op.target() == s && leavesClause(w, op.index(), depth - 1)) {
                return true;                   // (a with nested in that one may suppress to it too)
            }
        }
        return false;
    }

    /**
     * True when every instruction of the normal flow a with's handler protects past the region's end lies
     * in the block {@link #coldWithBody} finds there: the rest of the with's body after a try nested in it,
     * which the try walks, the with reading its exit after it; or such a block jumping back to the with's
     * exit call inside the region ({@link ColdContinuations#endJumpingToWithExit}).
     */
    static boolean coldBodyPast(Walker w, int to, int handler) {
        int t = coldWithBody(w, to, handler);
        int e = t < 0 ? -1 : ColdContinuations.endAtWithExit(w, t, handler);
        for (int k = Math.max(to, 1); t < 0 && k < handler; k++) {
            int jumpEnd = ColdContinuations.endJumpingToWithExit(w, k, handler, to);
            if (jumpEnd > k && nestedTryFallingTo(w, k, handler, false)) {
                t = k;
                e = jumpEnd;
            }
        }
        if (t < 0) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            for (int k = Math.max(to, h.start()); h.target() == handler && k < h.end() && k < handler; k++) {
                if (w.normalFlow.get(k) && !w.dead.get(k) && (k < t || k >= e)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * 3.12+: True when all the code past {@code to} that {@code handler} protects in normal flow is the code
     * after tries nested in our body [i, to), reached only from their except clauses and laid out after
     * their handlers ({@link ColdContinuations#end}): {@code if c(): try: (try: t(); return 1 / except E2:
     * pass) / u() / except E1: pass}, u() past the if's region. The nested tries read it as the code after them.
     */
    static boolean coldClauseTailsPast(Walker w, int i, int to, int handler, Region r) {
        if (!w.env.atLeast(3, 12)) {
            return false;
        }
        Region inner = r.withHandler(handler, to);
        BitSet cold = new BitSet();
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= i && h.start() < to && h.target() > to && h.target() != handler
                    && w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                for (int t : ExceptClauses.clauseExits(w, h.target())) {
                    int e = t > to ? ColdContinuations.end(w, t, inner) : -1;
                    if (e > t) {
                        cold.set(t, e);
                    }
                }
            }
        }
        return !cold.isEmpty() && !protectedPast(w, to, handler, cold);
    }

    /**
     * 3.12+: the rest of a with's body after a try nested in it whose body returns through the with's exit
     * call, laid out past [from, ..) after that try's handler: a block entered only by the try's clause exits,
     * running straight into the with's normal exit ({@link ColdContinuations#endAtWithExit}). Its start, or -1.
     */
    static int coldWithBody(Walker w, int from, int handler) {
        if (!w.env.atLeast(3, 12) || Handlers.kind(w.code, handler) != Handlers.Kind.WITH) {
            return -1;
        }
        for (int t = Math.max(from, 1); t < handler; t++) {
            if (!w.code.op(t - 1).is("RERAISE") || ColdContinuations.endAtWithExit(w, t, handler) <= t) {
                continue;
            }
            if (nestedTryFallingTo(w, t, handler, false)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when the clauses of a try/except nested in the with whose handler is {@code handler} (its range
     * protected by that with), laid out before t, fall off to t (and, {@code onlyFrom}, nothing outside
     * that handler's code jumps to t).
     */
    private static boolean nestedTryFallingTo(Walker w, int t, int handler, boolean onlyFrom) {
        for (Code.Handler h : w.code.handlers()) {
            int inner = h.target();
            if (inner != handler && inner < t && Handlers.covers(w.code, h.start(), handler)
                    && Handlers.kind(w.code, inner) == Handlers.Kind.EXCEPT && ExceptClauses.clauseExits(w, inner).contains(t)
                    && (!onlyFrom || w.jumpsOnlyFrom(t, inner, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: {@link #coldWithBody} with nothing of the with's body after the nested try: the try's clause
     * exits go straight to the with's normal exit call (after line NOPs), laid out past [from, ..) after the
     * try's handler. Its start, or -1.
     */
    static int coldWithExit(Walker w, int from, int handler) {
        return coldWithExit(w, from, handler, -1);
    }

    /**
     * {@link #coldWithExit(Walker, int, int)}, the exit call protected as the instruction at {@code like} is
     * (by the cleanup of an except clause around the with, say), or by nothing when {@code like} is -1.
     */
    static int coldWithExit(Walker w, int from, int handler, int like) {
        if (!w.env.atLeast(3, 12) || Handlers.kind(w.code, handler) != Handlers.Kind.WITH) {
            return -1;
        }
        for (int t = Math.max(from, 1); t < handler; t++) {
            int e = Tries.skipNops(w, t);      // (past the line NOP of the clause's `pass`)
            if (!w.code.op(t - 1).is("RERAISE") || Tries.exitCall(w, e) < 0 || w.code.handlerAt(t) != null
                    || (like < 0 ? w.code.handlerAt(e) != null : !Branches.sameHandler(w, e, like))) {
                continue;
            }
            if (nestedTryFallingTo(w, t, handler, true)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when code in the normal flow at or past {@code to} is protected by {@code handler} itself: the
     * region being walked (a loop body ending at a continue's jump back) ends inside the statement. Code
     * only orphaned handlers reach ({@link OrphanHandlers}: a try protecting nothing, the code after it
     * reached only from its clauses, laid out past the handlers) is that try's, which walks it.
     */
    static boolean protectedPast(Walker w, int to, int handler) {
        return protectedPast(w, to, handler, new BitSet());
    }

    /** {@link #protectedPast(Walker, int, int)}, but for the instructions in {@code besides}. */
    private static boolean protectedPast(Walker w, int to, int handler, BitSet besides) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == handler && h.end() > to) {
                for (int k = Math.max(to, h.start()); k < h.end() && k < handler; k++) {
                    if (w.normalFlow.get(k) && !w.dead.get(k) && !w.orphanOnly(k) && !besides.get(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * 3.11: `return CONST` inside a with nested in ours at [i, j) loads the constant after both exit calls,
     * the nested one's in our range, ours at j (then those of the withs around ours), and the nested
     * with's handler follows inline (or, the return ending a try's else inside it, that try's handler; the
     * return ending a try/finally's body inside it, that try's finally handler),
     * protected from inside our range only: the return belongs to our body, which goes on past it there
     * (returned; else -1).
     */
    static int nestedConstReturn(Walker w, int i, int j, int to) {
        int e = Tries.exitCall(w, j);
        for (int n = e > 0 && !w.jumpTargets.get(e) ? Tries.exitCall(w, e) : -1; n > 0 && !w.jumpTargets.get(e); n = Tries.exitCall(w, n)) {
            e = n;                             // (and through the exit calls of the withs enclosing ours)
        }
        e = e > 0 ? Tries.iteratorPops(w, e) : e;    // (in a loop: its iterator popped first)
        return e > 0 && e + 2 < to && !w.jumpTargets.get(j) && !w.jumpTargets.get(e) && w.code.op(e).is("LOAD_CONST")
                && w.code.op(e + 1).is("RETURN_VALUE") && (Handlers.kind(w.code, e + 2) == Handlers.Kind.WITH
                    || Handlers.kind(w.code, e + 2) == Handlers.Kind.EXCEPT || Handlers.kind(w.code, e + 2) == Handlers.Kind.FINALLY)
                && Handlers.protectsOnly(w.code, e + 2, i, j) ? e + 2 : -1;
    }

    /** True when a constant's return starts at k (one instruction, or a load and RETURN_VALUE). */
    static boolean isConstReturn(Walker w, int k) {
        if (w.code.op(k).is("RETURN_CONST")) {
            return true;
        }
        return k + 1 < w.code.size() && (w.code.op(k).is("LOAD_CONST") || w.code.op(k).is("LOAD_SMALL_INT"))
                && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /** True when a with's normal exit call (see {@link Tries#exitCall}) ends right before k, inside the range before it. */
    static boolean afterExitCall(Walker w, int k) {
        for (int n = 5; n <= 6; n++) {
            if (k - n >= 0 && Tries.exitCall(w, k - n) == k && w.code.handlerAt(k - n) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a with's exit call (see {@link #afterExitCall}) ends right before k, or before the POP_TOPs
     * right before k that pop the iterators of the loops in [i, k) a return leaves (in the range too).
     */
    static boolean afterExitCallAndPops(Walker w, int i, int k) {
        for (int p = k; p > i && k - p < 4; p--) {
            if (afterExitCall(w, p)) {
                return true;
            }
            if (!w.code.op(p - 1).is("POP_TOP") || w.jumpTargets.get(p - 1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * 3.12+: the code after a try ending a loop's body, reached only by a with's suppressing path and laid out
     * past the try's handlers: straight code outside any handler range, entered only at c, ending in the jump
     * back to the loop's head. The end of that jump, or -1.
     */
    static int jumpBackToLoop(Walker w, int c, Region.Loop loop) {
        for (int k = c; loop != null && w.env.atLeast(3, 12) && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (w.code.handlerAt(k) != null || k > c && w.jumpTargets.get(k)) {
                return -1;
            }
            if (op.isUnconditionalJump()) {
                return loop.continues().contains(op.target()) ? k + 1 : -1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 3.12-3.13: like {@link #jumpBackToLoop}, but the straight code at c falls into the copy of r's while
     * loop's test laid out past the handlers ({@link Walker#isDisplacedTest}), the end of the loop's body.
     * The index of that copy, or -1.
     */
    static int intoDisplacedTest(Walker w, int c, Region r) {
        for (int k = c; r.loop() != null && w.env.atLeast(3, 12) && k < w.code.size(); k++) {
            if (k > c && w.isDisplacedTest(k, r)) {
                return k;
            }
            Op op = w.code.op(k);
            if (w.code.handlerAt(k) != null || k > c && w.jumpTargets.get(k) || op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }
}
