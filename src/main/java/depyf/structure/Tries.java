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
            if (j < to && j > i && w.code.op(j).is("RETURN_VALUE") && !w.jumpTargets.get(j)
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT && returnAfterNestedFinallyCopy(w, i, j, handler)) {
                j++;                           // a nested try/finally's return, its value computed in the range
                continue;
            }
            if (!w.env.atLeast(3, 12) && j + 1 < to && !w.jumpTargets.get(j) && w.code.op(j).is("LOAD_CONST") && w.code.op(j + 1).is("RETURN_VALUE")
                    && (afterExitCall(w, j) || afterFinallyCopy(w, i, j)) && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT) {
                j += 2;                        // 3.11: a with's `return CONST`, loaded after the __exit__ call
                                               // (or a try/finally's, after the copy of the finally body)
                continue;
            }
            int own = w.env.atLeast(3, 12) && j < to && j > i && afterExitCallAndPops(w, i, j)
                    && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? TryRanges.returnBeforeEnd(w, i, iteratorPops(w, j), to) : -1;
            if (own > j && !TryRanges.copiedBySuppressing(w, j, own)) {
                j = own;                       // a with's `return CONST` after its __exit__ call (and in a loop the
                                               // iterator's pop), the body's end past it
                continue;
            }
            int nested = !w.env.atLeast(3, 12) && Handlers.kind(w.code, handler) == Handlers.Kind.WITH && afterExitCall(w, j)
                    ? nestedConstReturn(w, i, j, to) : -1;
            if (nested > j) {
                j = nested;                    // 3.11: a nested with's `return CONST` unwinds through our exit call too
                continue;
            }
            int orphanReturn = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT ? TryRanges.pastOrphanReturn(w, j, to, handler) : -1;
            if (orphanReturn > j) {
                j = orphanReturn;              // a nested `try: return CONST` whose clauses our handler protects
                continue;
            }
            int g = returnTail(w, j, to, handler, r);
            if (g < 0) {
                g = TryRanges.exitGap(w, i, j, to, handler, r);
            }
            if (g < 0) {
                break;
            }
            j = g;
        }
        if (protectedPast(w, to, handler) && !coldBodyPast(w, to, handler)) {
            throw new LiftException("try statement cut by the end of its region at " + w.code.op(i).offset());
        }
        return switch (Handlers.kind(w.code, handler)) {
            case WITH -> Withs.with(w, i, j, to, l, r, handler);
            case EXCEPT -> except(w, i, j, to, l, r, handler);
            case FINALLY -> TryFinally.finallyBlock(w, i, j, to, l, r, handler);
            case CLEANUP -> throw new LiftException("cleanup handler opened a statement");
        };
    }

    /**
     * True when the clauses' end is where the region goes on (an enclosing else clause's end, the normal
     * exit's copy of an enclosing finally body): the statement ends the region, and the code there is the
     * enclosing statement's, not code after this one reached only from its clauses.
     */
    private static boolean clausesGoWhereRegionDoes(Walker w, Region r, int end) {
        return r.follow() >= 0 && skipNops(w, end) == skipNops(w, r.follow());
    }

    /**
     * True when [from, to) holds a try protecting nothing ({@link OrphanHandlers}) and its live code never
     * goes past {@code to}: the statement list ends with that try, whose clauses fall off its end, but
     * only exceptions its empty body cannot raise reach them (its body, a {@code return CONST}, leaves).
     */
    private static boolean orphanTryNeverEnds(Walker w, int from, int to) {
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
    private static boolean afterFinallyCopy(Walker w, int i, int j) {
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
    private static boolean returnAfterNestedFinallyCopy(Walker w, int i, int j, int handler) {
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
     * {@code return value} inside a with or try/finally computes the value inside the protected range and
     * unwinds outside it: SWAP 2 and the __exit__ call, or a copy of the finally body, then RETURN_VALUE.
     * That tail belongs to the body. Returns the index after it, or -1.
     */
    private static int returnTail(Walker w, int j, int to, int handler, Region r) {
        if (Handlers.kind(w.code, handler) == Handlers.Kind.WITH) {
            // return (or return CONST) inside the with: __exit__(None, None, None) and the return, then
            // the with's own normal exit, which the body's other paths jump to, or laid out after a try's
            // handler when only that try's clauses reach it (the return ending its else)
            int k = skipNops(w, j);
            int e = exitCall(w, k);
            boolean cold = e > 0 && coldNormalExit(w, k, handler) >= 0;
            for (int n = e; cold && n > 0 && !w.jumpTargets.get(n); n = exitCall(w, n)) {
                e = n;                         // (nested, through the enclosing withs' exit calls too)
            }
            // (a return through enclosing withs: each exit call in the range of the next one's handler)
            for (Code.Handler around = w.code.handlerAt(k); !cold && e > 0 && e < to && !w.jumpTargets.get(e)
                    && around != null && r.handlers().contains(around.target())
                    && Handlers.kind(w.code, around.target()) == Handlers.Kind.WITH && exitCall(w, e) > 0; ) {
                around = w.code.handlerAt(e);
                e = exitCall(w, e);
            }
            // (then, innermost first, a loop's iterator popped and enclosing finally bodies' copies run)
            for (int c, p; e > 0 && e < to; ) {
                if ((p = iteratorPops(w, e)) != e) {
                    e = p;
                } else if (!w.jumpTargets.get(e) && (c = w.unwindingCopy(e, r)) > 0) {
                    e += c;
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
            for (int n = e; !cold && n > 0 && n < to && !w.jumpTargets.get(n) && exitCall(w, n) > 0
                    && w.code.handlerAt(n) != null && r.handlers().contains(w.code.handlerAt(n).target()); ) {
                // (a try body's return through this with and the enclosing ones, unwound from all at once:
                // each exit call protected by the next with out; taken when its handler follows the return)
                n = exitCall(w, n);
                int after = constReturnEnd(w, n, to);
                if (after > 0 && innerHandlerGoesOn(w, j, skipNops(w, after), handler)) {
                    return after;
                }
            }
            int ret = e < 0 || e >= to ? -1 : w.code.op(e).is("RETURN_CONST") ? e + 1
                    : e + 1 < to && (w.code.op(e).is("LOAD_CONST") || small || w.code.op(e).is("LOAD_SMALL_INT")
                            && (cold || innerHandlerGoesOn(w, j, skipNops(w, e + 2), handler)
                                || e + 2 == to && r.loop() != null && coldWithBody(w, to, handler) > 0))
                        && w.code.op(e + 1).is("RETURN_VALUE") ? e + 2 : -1;
            if (ret > 0) {
                int m = skipNops(w, ret);
                if (exitCall(w, m) > 0 && (w.jumpTargets.get(m) || w.jumpTargets.get(ret))
                        && (!small || !Branches.sameExit(w, k, m)) || cold
                        || innerHandlerGoesOn(w, j, m, handler)
                        || ret == to && r.loop() != null && coldWithBody(w, ret, handler) > 0) {
                    // (the last: the with ends a loop's body; the rest of its body, after a try this return
                    // ends the body of, is laid out past the loop's exit)
                    return ret;
                }
            }
        }
        int k = j;
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
            // (a copy whose nested handlers the compiler laid out after it is read in lock-step)
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
     * True when a clause of the handler at m jumps past its handler code to code the with (handler) protects:
     * the with's body goes on after the try. (A jump back to the with's exit call before m is the body
     * falling off its end, the return after that call the function's implicit one.)
     */
    private static boolean clauseJumpsPast(Walker w, int m, int handler) {
        int areaEnd = ExceptClauses.handlerAreaEnd(w, m);
        for (int k = m; k < areaEnd && k < w.code.size(); k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && op.target() >= areaEnd && Handlers.covers(w.code, op.target(), handler)) {
                return true;
            }
        }
        return false;
    }

    /** The index after a constant's return at e (RETURN_CONST, or a constant loaded and returned), or -1. */
    private static int constReturnEnd(Walker w, int e, int to) {
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
     * True when m, right after a return through the with's exit call ending our range at j, starts the
     * except handler of a try nested in the with's body whose range ends right before j (only NOPs between:
     * the return ends that try's body) and whose code the with protects: its clauses, laid out here, go on
     * with the rest of the with's body, which the range covers again past them.
     */
    private static boolean innerHandlerGoesOn(Walker w, int j, int m, int handler) {
        if (m >= w.code.size() || !w.code.op(m).is("PUSH_EXC_INFO") || !Handlers.covers(w.code, m, handler)
                || Handlers.kind(w.code, m) != Handlers.Kind.EXCEPT) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            int k = h.end();                   // (past NOPs and the return's unwinding through nested withs)
            while (k < j && (w.code.op(k).is("NOP") || exitCall(w, k) > 0)) {
                k = w.code.op(k).is("NOP") ? k + 1 : exitCall(w, k);
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
     * clauses (see {@link #leavesClause}).
     */
    static int coldNormalExit(Walker w, int k, int handler) {
        for (int q = 0; q < handler; q++) {
            int t = w.code.op(q).target();
            if (t > k && t < handler && w.reachable.get(t) && Handlers.covers(w.code, q, handler)
                    && leavesClause(w, q, 3) && exitCall(w, skipNops(w, t)) > 0
                    && Withs.sameHandler(w.code.handlerAt(skipNops(w, t)), w.code.handlerAt(k)) && onlyFromHandlers(w, t)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when the block at t is not fallen into and every jump to it comes from handler code (a clause
     * leaving, a with suppressing) or ends such a block of a nested with: no path of the body reaches it,
     * so the body's own end (a match's default case returning, say) is not taken for an else clause.
     */
    private static boolean onlyFromHandlers(Walker w, int t) {
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
    private static boolean leavesClause(Walker w, int q, int depth) {
        if (!w.code.op(q).isUnconditionalJump()) {
            return false;
        }
        if (w.leavesExceptClause(q) && !w.normalFlow.get(q)) {
            return true;
        }
        int s = q - 5;
        while (s >= 0 && q - s <= 6 && exitCall(w, s) != q) {
            s--;
        }
        if (depth == 0 || s < 0 || exitCall(w, s) != q) {
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
     * which the try walks, the with reading its exit after it.
     */
    private static boolean coldBodyPast(Walker w, int to, int handler) {
        int t = coldWithBody(w, to, handler);
        if (t < 0) {
            return false;
        }
        int e = ColdContinuations.endAtWithExit(w, t, handler);
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
            for (Code.Handler h : w.code.handlers()) {
                int inner = h.target();
                if (inner != handler && inner < t && Handlers.covers(w.code, h.start(), handler)
                        && Handlers.kind(w.code, inner) == Handlers.Kind.EXCEPT && ExceptClauses.clauseExits(w, inner).contains(t)) {
                    return t;
                }
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
    private static boolean protectedPast(Walker w, int to, int handler) {
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == handler && h.end() > to) {
                for (int k = Math.max(to, h.start()); k < h.end() && k < handler; k++) {
                    if (w.normalFlow.get(k) && !w.dead.get(k) && !w.orphanOnly(k)) {
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
    private static int nestedConstReturn(Walker w, int i, int j, int to) {
        int e = exitCall(w, j);
        for (int n = e > 0 && !w.jumpTargets.get(e) ? exitCall(w, e) : -1; n > 0 && !w.jumpTargets.get(e); n = exitCall(w, n)) {
            e = n;                             // (and through the exit calls of the withs enclosing ours)
        }
        e = e > 0 ? iteratorPops(w, e) : e;    // (in a loop: its iterator popped first)
        return e > 0 && e + 2 < to && !w.jumpTargets.get(j) && !w.jumpTargets.get(e) && w.code.op(e).is("LOAD_CONST")
                && w.code.op(e + 1).is("RETURN_VALUE") && (Handlers.kind(w.code, e + 2) == Handlers.Kind.WITH
                    || Handlers.kind(w.code, e + 2) == Handlers.Kind.EXCEPT || Handlers.kind(w.code, e + 2) == Handlers.Kind.FINALLY)
                && Handlers.protectsOnly(w.code, e + 2, i, j) ? e + 2 : -1;
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
        return k > e && k < w.code.size() && !w.jumpTargets.get(k) && isConstReturn(w, k) ? k : e;
    }

    /** True when a constant's return starts at k (one instruction, or a load and RETURN_VALUE). */
    private static boolean isConstReturn(Walker w, int k) {
        if (w.code.op(k).is("RETURN_CONST")) {
            return true;
        }
        return k + 1 < w.code.size() && (w.code.op(k).is("LOAD_CONST") || w.code.op(k).is("LOAD_SMALL_INT"))
                && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /** True when a with's normal exit call (see {@link #exitCall}) ends right before k, inside the range before it. */
    private static boolean afterExitCall(Walker w, int k) {
        for (int n = 5; n <= 6; n++) {
            if (k - n >= 0 && exitCall(w, k - n) == k && w.code.handlerAt(k - n) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a with's exit call (see {@link #afterExitCall}) ends right before k, or before the POP_TOPs
     * right before k that pop the iterators of the loops in [i, k) a return leaves (in the range too).
     */
    private static boolean afterExitCallAndPops(Walker w, int i, int k) {
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

    /** k, or the first instruction after the line-number NOPs starting at k. */
    static int skipNops(Walker w, int k) {
        while (k < w.code.size() && w.code.op(k).is("NOP")) {
            k++;
        }
        return k;
    }

    /** The index after {@code LOAD_CONST None} x3; CALL; POP_TOP (a with's normal exit) at k, or -1. */
    /**
     * 3.12+: the code after a try ending a loop's body, reached only by a with's suppressing path and laid out
     * past the try's handlers: straight code outside any handler range, entered only at c, ending in the jump
     * back to the loop's head. The end of that jump, or -1.
     */
    private static int jumpBackToLoop(Walker w, int c, Region.Loop loop) {
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

    static int exitCall(Walker w, int k) {
        return exitCall(w.code, k);
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
     * The else clause of the try at [i, j) reached only by its body's with's suppressing paths, laid out past
     * the region up to the try's handler ({@link TryRanges#suppressedPastRegion}), when it leaves (returns or
     * raises): read here, its code marked read (the walk after the region would print it again); else null.
     */
    private static List<Stmt> strandedElse(Walker w, int i, int j, int to, int handler, Lifter l, Region r) {
        int stranded = TryRanges.suppressedPastRegion(w, i, j, to, handler, r);
        if (stranded < 0 || stranded >= handler || !w.jumpsOnlyFrom(stranded, i, handler) || w.jumpedInto(stranded, handler)) {
            return null;
        }
        Lifter e = l.fork();
        if (w.walk(stranded, handler, e, r.withFollow(-1), -1) < handler || !ExceptClauses.leaves(e.out)) {
            return null;
        }
        w.dead.set(stranded, handler);
        return e.out;
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
                && (end < 0 || r.loop().continues().contains(end)
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
     * Loops#displacedCopy}): the code ending there falls off the end of the loop's body.
     */
    private static boolean toDisplacedTest(Walker w, int k, Region r) {
        Op op = w.code.op(k);
        return r.loop() != null && op.isUnconditionalJump() && w.normalFlow.get(k) == false
                && w.displacedTests.getOrDefault(op.target(), -1) == r.loop().bodyEnd();
    }

    /**
     * The except clauses, each ending by leaving (an implicit continue made explicit), when the layout says
     * the code at j, after the try body [i, j), follows the statement rather than being its else clause;
     * otherwise null. 3.12+ move handlers to the end in the order of their statements: a try or with in
     * the code after the statement has its handler past this one, in an else clause before it. 3.14's
     * LOAD_FAST_BORROW tells where the body's block goes on (see {@link Borrows}): an else clause
     * continues it, the code after the statement lies past an empty block the analysis does not cross.
     */
    private static List<Stmt.ExceptHandler> leavingClauses(Walker w, int i, int j, int to, Region r, int end,
            List<Stmt.ExceptHandler> clauses, List<List<Stmt>> bodies, int handler) {
        if (j >= to || !entered(w, i, j, j) || bodies.size() != clauses.size()) {
            return null;
        }
        Boolean visited = Borrows.visited(w.code, j, to);
        boolean unvisited = visited == Boolean.FALSE
                && (Borrows.reached(w.code).get(i) || Borrows.anyBorrowed(w.code, i, j));
        if (!unvisited && (visited == Boolean.TRUE || !laterHandler(w, j, Math.min(to, handler > j ? handler : to), handler))) {
            return null;
        }
        boolean continues = end >= 0 && end < j && r.loop() != null && r.loop().continues().contains(end);
        List<Stmt.ExceptHandler> out = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            List<Stmt> b = bodies.get(c);
            if (!ExceptClauses.leaves(b)) {
                if (!continues) {
                    return null;
                }
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
    private static List<Stmt.ExceptHandler> ownExits(Walker w, int j, int handler, List<Stmt.ExceptHandler> clauses,
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
    private static boolean allLeave(List<List<Stmt>> bodies, List<Stmt.ExceptHandler> clauses) {
        return !bodies.isEmpty() && bodies.size() == clauses.size() && bodies.stream().allMatch(ExceptClauses::leaves);
    }

    /**
     * 3.14: the end of an else clause from j where borrowed loads stop and plain ones start (see
     * {@link Borrows#visitedEnd}): the first statement boundary between them that the statements walked
     * from j end at with nothing left pending; or -1.
     */
    private static int visitedElseEnd(Walker w, int j, int to, Lifter l, Region r) {
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
    private static boolean plainInNormalFlow(Walker w, int from, int to) {
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
    private static int callCaughtBy(Walker w, int from, int to, int handler) {
        for (int k = from; k < to; k++) {
            Code.Handler h = w.code.handlerAt(k);
            if (h != null && h.target() == handler && w.normalFlow.get(k) && !w.dead.get(k) && w.code.op(k).is("CALL")) {
                return k;
            }
        }
        return -1;
    }

    /** s splits [j, to) between statements: no jump crosses it but to s itself (a loop around it jumps back over it). */
    private static boolean splits(Walker w, int j, int s, int to) {
        for (int k = j; k < to; k++) {
            int t = w.code.op(k).target();
            if (t >= 0 && (k < s ? t > s && t < to : t >= j && t < s)) {
                return false;
            }
        }
        return true;
    }

    /** 3.12+: a try or with statement in [from, to), in the normal flow, has its handler past {@code handler}. */
    private static boolean laterHandler(Walker w, int from, int to, int handler) {
        if (!w.env.atLeast(3, 12)) {
            return false;
        }
        for (Code.Handler h : w.code.handlers()) {
            if (h.start() >= from && h.start() < to && h.target() > handler && w.normalFlow.get(h.start())
                    && w.code.op(h.target()).is("PUSH_EXC_INFO")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: a try or with statement in [from, to), in the normal flow, has its handler past {@code
     * handler} (the code after the statement, compiled after its clauses), the enclosing statements'
     * handlers aside.
     */
    private static boolean laterStatement(Walker w, int from, int to, int handler, Region r) {
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

    private static int except(Walker w, int i, int j0, int to, Lifter l, Region r, int handler) {
        boolean copiesExits = w.env.atLeast(3, 12);
        Lifter body = l.fork();
        int stopped = w.walk(i, j0, body, r.withHandler(handler, j0), -1);
        int j = Math.max(stopped, finishPending(w, j0, body, l.depth(), r));
        int end = ExceptClauses.findEnd(w, handler, r);
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
                && !r.loop().continuesOuter(end))) {
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
            j = w.walk(j, j + 1, body, r.withFollow(end), -1);
        } else if (end >= 0 && j < handler) {
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
        boolean coldAfterOrphan = false;      // the continuation follows a try protecting nothing, returning
        int clauseFollow = end;
        Op over = w.code.op(handler - 1);
        if (end >= 0 && end == r.follow() && r.loop() != null && r.loop().continues().contains(end)
                && over.is("JUMP_FORWARD") && over.target() > handler && over.target() < to) {
            // 3.11: the body jumps over the handlers to the code after the statement, which the loop body
            // goes on with; a clause's jump to the loop's head is a continue, not the end of the statement
            clauseFollow = over.target();
        }
        boolean continuesLoop = end >= 0 && end <= i && r.loop() != null && r.loop().continues().contains(end);
        int clauseEnd = end < 0 && handler >= j && handler < to ? elseInClause(w, i, j, handler) : -1;
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
            } else if (end < 0 && w.env.atLeast(3, 12) && j < handler && ExceptClauses.isCopiedExit(w, j, tail, handler)) {
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
            if (fall >= 0 && j == handler && w.code.op(j - 1).isTerminal()) {
                // the try body never ends normally: the code after the statement follows this clause
                end = fall;
                continuation = fall;
                continuationEnd = next;
            } else if (fall >= 0 && j < handler && ExceptClauses.isCopiedExit(w, j, fall, handler)) {
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
                        && !laterStatement(w, j, to, handler, r) && Borrows.visited(w.code, j, to) != Boolean.FALSE)) {
                // the statement ends the region (an enclosing try body): the code after the region, an
                // exit block, is copied after this clause, which falls off its end; the code after the body, which the
                // clause does not reach, is the else clause (unless the layout says it follows the
                // statement: the clause then leaves, by a continue or return)
                end = r.follow();
                fallsToFollow = true;
            } else {
                fall = -1;
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
            if (leavingJump != null) {
                // a break or continue leaving the enclosing clause too: its POP_EXCEPT and name cleanup
                // are the jump's unwinding
                clause.out = new ArrayList<>(clause.out.subList(0, at));
                clause.out.add(leavingJump);
                clauseBody = ExceptClauses.stripNameCleanup(clause.out, name);
            } else if (outerExit >= 0 && skipNops(w, w.code.op(outerExit).target()) == skipNops(w, r.follow())) {
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
        boolean strandedRead = false;          // the else clause only the body's with's suppressing paths reach
        int resume;
        if (copiedExit) {
            // (the body's with may suppress to an else laid out past the region, where the region goes on)
            List<Stmt> stranded = end < 0 ? strandedElse(w, i, j, to, handler, l, r) : null;
            l.emit(new Stmt.Try(body.out, ownExits(w, j, handler, clauses, clauseBodies, afterExceptAt),
                    stranded != null ? stranded : orelse, List.of(), star));
            return j;
        }
        // (3.14: code only a with's suppressing path reaches has no borrowed loads, else clause or not)
        boolean suppressedElse = end < 0 && handler >= j && handler < to && nestedSuppressedElse(w, i, j, handler, areaEnd);
        List<Stmt.ExceptHandler> leaving = ExceptClauses.allPlain(afterExcept) && !suppressedElse
                ? leavingClauses(w, i, j, to, r, end, clauses, clauseBodies, handler) : null;
        if (leaving != null) {
            // the code after the body follows the statement, which no clause falls into
            l.emit(new Stmt.Try(body.out, leaving, orelse, List.of(), star));
            return j;
        }
        boolean inline = handler >= j && handler < to;
        if (!inline && (resume = coldEndElse(w, j, to, end, handler, r)) > j) {
            // the clauses fall off into the loop's end jump laid out cold (ColdLoopEnds): the body never
            // falls off its end, the code after it is an else clause leaving the loop body, its jump back
            // a written continue (the region's follow, the head, dropped so that it prints)
            Lifter e = l.fork();
            w.walk(j, to, e, r.withFollow(-1), -1);
            orelse = e.out;
        } else if (end == j || inline && !w.normalFlow.get(i) && endsEnclosingClause(w, j, r) && entered(w, i, j, j)
                || (end < 0 || Branches.sameExit(w, end, j)) && TryRanges.suppressedToEnd(w, j, handler) || end < 0 && inline && TryRanges.threadedPastBody(w, i, j, handler)) {
            // the clauses rejoin right after the body, or the body ends the enclosing except clause: no else
            // (a with suppressing to j says so only when the clauses go there too: a small block at j may be
            // the body of an inner try protecting nothing, its handler no entry reaches, which the compiler
            // could not copy)
            resume = j;
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
                continuationEnd = jumpBackToLoop(w, continuation, r.loop());
            }
            if (continuationEnd <= continuation) {
                throw new LiftException("code after a try reached only by a with's suppressing path at " + w.code.op(continuation).offset());
            }
        } else if (end >= 0 && end > handler && inline) {
            // (not an else: a comprehension's cleanup handler follows the body; but a with's laid out inline
            // (3.11) may suppress into the else past it)
            int from = isHandlerStart(w, j) ? suppressedElse(w, i, j, handler) : j;
            if (from >= 0) {
                Lifter e = l.fork();
                w.walk(from, handler, e, r.withFollow(end), -1);
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
        } else if (!inline && (j == to || breakCopyEnd(w, j, r) == to) && end > handler && ColdContinuations.bodyReturns(w, handler)
                && (continuationEnd = ColdContinuations.end(w, end)) > end) {
            // the body never falls off its end: the code after the statement, reached from the clauses
            // only, is laid out after the handler and jumps back to where the region goes on
            if (j < to) {
                // (its last statement a break out of a for loop, unwound past the range: the iterator's pop
                // and a copy of the return after the loop, ending the region: read here)
                w.walk(j, to, body, r.withFollow(to), -1);
                w.dead.set(j, to);
                j = to;
            }
            continuation = end;
            resume = j;
        } else if (!inline && (j == to && ColdContinuations.bodyReturns(w, handler) || returnThroughExitsEnd(w, j) == to) && end > handler
                && (continuationEnd = coldEndInWith(w, end, r)) > end) {
            // the same inside a with ending the region (a loop's body): the code after the statement runs
            // on to the with's normal exit, which the with reads (Withs.coldNormalExit); the body's return
            // through the with's exit call ends the region: read here
            if (j < to) {
                w.walk(j, to, body, r.withFollow(to), -1);
                w.dead.set(j, to);
                j = to;
            }
            continuation = end;
            resume = j;
        } else if (end >= 0 && end > j) {
            Lifter e = l.fork();
            w.walk(j, Math.min(end, to), e, r.withFollow(end), -1);
            orelse = e.out;
            resume = Math.min(end, to);
            if (end > to && j == i && Integer.valueOf(handler).equals(w.orphanBodies.get(i)) && ExceptClauses.leaves(orelse)
                    && !ColdContinuations.enclosingClausesGo(w, r, end) && !clausesGoWhereRegionDoes(w, r, end)
                    && ((continuationEnd = ColdContinuations.end(w, end, r)) > end
                        || w.code.op(end - 1).is("RERAISE") && (continuationEnd = ColdContinuations.enclosingBodyEnd(w, r, end)) > end)) {
                // a try protecting nothing whose body returns (OrphanHandlers): the code after it, reached only
                // from its clauses, is laid out after its handler and jumps to where the region goes on, or is
                // a lone jump ending an enclosing try's body (not where that try's clauses go: the try then
                // ends that body, and the code there is the code after the enclosing try)
                continuation = end;
                coldAfterOrphan = true;
            }
            if (end > to && j < to && r.follow() >= 0 && !ExceptClauses.leaves(orelse) && !orphanTryNeverEnds(w, j, to)
                    && !Branches.sameExit(w, end, r.follow())
                    && skipNops(w, end) != skipNops(w, r.follow())) {
                // the else falls off the end of the region, the clauses past it elsewhere than the region
                // goes on: the code in between (a with's exit call on a break's way out, 3.11) is the else's
                // own, which this region does not hold
                throw new LiftException("except clauses fall off past the end of their region, the else clause into it, at "
                        + w.code.op(handler).offset());
            }
        } else if (continuesLoop && end < j && j < to && !inline && compiledBefore(w, j, to, handler)
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
        } else if (end < 0 && j < to && allLeave(clauseBodies, clauses) && !Borrows.jumpedIntoFromOutside(w.code, i, j)
                && Borrows.visited(w.code, j, inline ? handler : to) == Boolean.TRUE
                && (resume = visitedElseEnd(w, j, inline ? handler : to, l, r)) > j) {
            // 3.14: every clause returns or raises, borrowed loads say the body's block goes on and plain
            // ones further on say where the code after the statement starts: it lies past the empty block
            // (which explains its plain loads: no dead code is made for them), the code before is the else
            Lifter e = l.fork();
            w.walk(j, resume, e, r.withFollow(resume), -1);
            orelse = e.out;
            l.deadBlockAt = resume;
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
        } else if (inline && (resume = elseInClause(w, i, j, handler)) > j) {
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
        } else if (inline) {
            int caught = callCaughtBy(w, j, handler, handler);
            if (caught >= 0) {
                // the try's own handler protects a call there: the body goes on (3.11: an inner try/finally's
                // copy of its finally body on the normal path, seed 13 f289), no else clause
                throw new LiftException("code after a try body protected by its handler at " + w.code.op(caught).offset());
            }
            Lifter e = l.fork();
            w.walk(j, handler, e, r.withFollow(areaEnd), -1);
            orelse = e.out;
            resume = Math.min(areaEnd, to);
        } else if (!inline && end < 0 && j < to && allLeave(clauseBodies, clauses)
                && Borrows.visited(w.code, j, to) == Boolean.TRUE && !Borrows.jumpedIntoFromOutside(w.code, i, j)
                && !plainInNormalFlow(w, j, to)) {
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
            List<Stmt> strandedElse = stranded >= 0 ? strandedElse(w, i, j, to, handler, l, r)
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
                w.walk(j, to, e, r, -1);
                if (ExceptClauses.sharedExit(afterExcept, e.out, copiesExits) != null) {
                    orelse = e.out;
                    resume = to;
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
        if (orelse.isEmpty() && resume == j + 1 && elsePassNop(w, j, handler)
                && (r.loop() == null || skipNops(w, j + 1) != skipNops(w, r.loop().exit()))) {
            // (a NOP falling into the loop's exit holds an else's break: read as one further on)
            orelse = List.of(new Stmt.Pass());
        }
        List<Stmt> tryBody = body.out;
        if (orelse.size() == 1 && isPlainExit(orelse.get(0))
                && (!exitCallIn(w, j, resume) || w.orphanBodies.containsValue(handler) || unwoundBeforeLine(w, j, resume))
                && !copiedPastJump(w, i, j) && !strandedRead) {
            // an exit that cannot raise compiles the same at the end of the body as in an else clause: the body reads better
            // (so does one through a with's exit call when the body protects nothing: OrphanHandlers, or when
            // its line's NOP lies outside the with too: the try body's return, unwound before it; not one only a
            // with's suppressing path reaches: after a with whose body never ends normally, it would read as dead code)
            tryBody = new ArrayList<>(body.out);
            tryBody.addAll(orelse);
            orelse = List.of();
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
        }
        l.emit(new Stmt.Try(tryBody, clauses, orelse, List.of(), star));
        if (continuation >= 0) {
            // the code after the try statement, laid out inside the clause that falls into it
            if (suppressedOnly && continuation > handler && w.dead.nextClearBit(continuation) >= continuationEnd) {
                w.dead.clear(continuation, continuationEnd);   // marked by an earlier reading of this statement, since dropped
            }
            int before = l.out.size();
            if (!coldAfterOrphan || !ColdContinuations.endOfEnclosingBody(w, r, continuation)) {
                w.walk(continuation, continuationEnd, l, r, -1);
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
            return j > to ? j : Math.min(j, to);    // past `to` when a return was finished after the range
        }
        return resume;
    }

    /**
     * Where the code at j (a try body's end) ends when it returns through enclosing withs: their exit calls, a
     * loop's iterator pop, then the return (its constant loaded after the calls, 3.14); else -1.
     */
    private static int returnThroughExitsEnd(Walker w, int j) {
        int k = skipNops(w, j);
        int calls = 0;
        for (int n; (n = exitCall(w, k)) > 0; calls++) {
            k = skipNops(w, n);
        }
        while (k < w.code.size() && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("SWAP"))) {
            k++;
        }
        return calls == 0 || k >= w.code.size() ? -1 : w.code.op(k).isReturn() ? k + 1 : constReturn(w, k) ? k + 2 : -1;
    }

    /**
     * 3.12+: where the code after a try statement at t, laid out after the try's handler and protected by a
     * with enclosing it (one of the region's), ends at that with's normal exit call
     * ({@link ColdContinuations#endAtWithExit}); -1 when it does not.
     */
    private static int coldEndInWith(Walker w, int t, Region r) {
        for (int h : r.handlers()) {
            int e = ColdContinuations.endAtWithExit(w, t, h);
            if (e > t) {
                return e;
            }
        }
        return -1;
    }

    /**
     * True when k returns a constant: after a clause's POP_EXCEPT that is the clause's own {@code return
     * CONST} as much as a copy of the code after the statement (left to {@link #leavingClauses}).
     */
    static boolean constReturn(Walker w, int k) {
        Op op = w.code.op(k);
        return op.is("RETURN_CONST") || (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && k + 1 < w.code.size()
                && w.code.op(k + 1).is("RETURN_VALUE");
    }

    /**
     * True when j is the end of an enclosing except clause that falls off: its POP_EXCEPT, name cleanup
     * and jump to where the clause goes on ({@code r}'s follow). Not a return's unwinding.
     */
    private static boolean endsEnclosingClause(Walker w, int j, Region r) {
        if (!w.code.op(j).is("POP_EXCEPT") || r.follow() < 0) {
            return false;
        }
        int k = ExceptClauses.afterNameCleanup(w.code, j + 1);
        // (or a copy of that end, where the region goes on: Walker.copiedClauseExit)
        return k < w.code.size() && w.code.op(k).isUnconditionalJump()
                && (skipNops(w, w.code.op(k).target()) == skipNops(w, r.follow()) || Branches.sameExit(w, j, r.follow()));
    }

    /**
     * False for the instructions that end a statement without leaving a value (the range then ends a
     * try inside a finally copy or with exit, below a return's value computed before it).
     */
    private static boolean pushesValue(Op op) {
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
     * The body [i, j) never ends normally and a with inside it has its handler laid out inline at j (3.11):
     * its suppressing path goes on past that handler, before the try's handler, at code nothing else
     * reaches: the else clause, which only that path runs. Where it starts, or -1.
     */
    private static int suppressedElse(Walker w, int i, int j, int handler) {
        if (Handlers.kind(w.code, j) != Handlers.Kind.WITH || !w.code.op(j - 1).isTerminal()) {
            return -1;
        }
        boolean inBody = false;
        for (Code.Handler h : w.code.handlers()) {
            inBody |= h.target() == j && h.start() >= i && h.start() < j;
        }
        int s = Withs.suppressedAfter(w, j);
        // (the path falls into s, or jumps there past code that does not fall into it)
        boolean entered = Withs.suppressedCode(w, j) == s || s > 0 && (w.code.op(s - 1).isTerminal()
                || w.code.op(s - 1).isUnconditionalJump());
        // (not the exit call of a with around it in the body, protected by the try's handler: the body
        // goes on there)
        int k = s > j && s < handler ? skipNops(w, s) : -1;
        boolean bodyExitCall = k >= 0 && exitCall(w, k) > 0 && Handlers.covers(w.code, k, handler);
        return inBody && k >= 0 && !bodyExitCall && w.jumpsOnlyFrom(s, j, s) && entered ? s : -1;
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
     * True when a with's __exit__ call starts in the normal flow of [from, to): an else clause's exit
     * unwinding through it. Both spellings compile the same (the unwinding lies outside the range either
     * way); the else is kept as the source's own spelling, not moved into the try body.
     */
    private static boolean exitCallIn(Walker w, int from, int to) {
        for (int k = from; k < to && k < w.code.size(); k++) {
            if (w.normalFlow.get(k) && exitCall(w, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the exit in [from, to) runs a with's exit call and the code before that call (the exit's
     * line NOP) is protected by nothing inside that with (by the call's own protection, one further out,
     * or nothing): the return was unwound from the try body and the withs at once. An else clause's return
     * starts inside the with, its NOP protected by it.
     */
    private static boolean unwoundBeforeLine(Walker w, int from, int to) {
        for (int k = from; k < to && k < w.code.size(); k++) {
            if (w.normalFlow.get(k) && exitCall(w, k) > 0) {
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
     * {@code else: pass}: the body [.., j) falls into a lone NOP at j, outside the try's handler, that holds a
     * line past the body's last and past the first except clause's test (an else clause is compiled after
     * the clauses' code in source order, codegen_try_except: its `pass` keeps a NOP for its line), where the
     * clauses rejoin right after it. Without the else, no NOP lies there (3.12+: inside an enclosing
     * try/finally it is protected by that handler, changing the exception table).
     */
    private static boolean elsePassNop(Walker w, int j, int handler) {
        if (j <= 0 || j >= w.code.size() || !w.code.op(j).is("NOP") || handler + 1 >= w.code.size()) {
            return false;
        }
        int line = w.code.op(j).line();
        return line > 0 && line > w.code.op(j - 1).line() && line > w.code.op(handler + 1).line()
                && w.code.op(handler).is("PUSH_EXC_INFO");
    }

    /** An exit that cannot raise: it compiles the same at the end of a try body as in its else clause. */
    /**
     * 3.12+: the try at the end of a loop body whose clauses all jump to the loop's end jump laid out after
     * the handlers ({@link ColdLoopEnds#isEndJump}): the compiler lays that jump out cold only when the body's
     * normal path never reaches it (flowgraph.c pushes blocks only exceptions reach to the end), so the code
     * in [j, to) the body goes on with is the else clause, ending in a continue, break or return of its own
     * ({@code try: x() / except E: pass / else: continue}). Returns to, or -1.
     */
    private static int coldEndElse(Walker w, int j, int to, int end, int handler, Region r) {
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

    private static boolean isPlainExit(Stmt s) {
        return s instanceof Stmt.Break || s instanceof Stmt.Continue
                || s instanceof Stmt.Return ret && (ret.value() == null || ret.value() instanceof Expr.Constant);
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

    private static boolean leavesFunction(Op op) {
        return op.isReturn() || op.is("RAISE_VARARGS") || op.is("RERAISE");
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
            ret++;
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

    /**
     * For a try statement at i inside handler code (3.12+ lay clauses out past the code; nothing there is
     * normal flow) whose body [i, j) goes on at j: where an else clause at j ends, at the enclosing clause's
     * own POP_EXCEPT (not a return's); or -1. The else clause may branch forward (3.13: {@code if c: break}
     * in it, the break's POP_EXCEPT inside the branch): the clause's own POP_EXCEPT is the first that no
     * branch jumps past; a jump or exit leaving elsewhere is only allowed inside such a branch.
     */
    private static int elseInClause(Walker w, int i, int j, int handler) {
        if (w.normalFlow.get(i) || !entered(w, i, j, j)) {
            return -1;
        }
        int pending = -1;                      // the furthest target of a forward branch so far
        for (int p = j; p < handler; p++) {
            Op op = w.code.op(p);
            if (op.is("POP_EXCEPT") && p >= pending) {
                return p > j && !w.code.op(p - 1).is("SWAP") ? p : -1;
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
