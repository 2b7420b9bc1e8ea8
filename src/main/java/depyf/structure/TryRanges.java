package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;

/**
 * Where a try statement's protected range goes on and ends (3.11+), for {@link Tries}: the gaps an exit
 * leaves in it (a return's unwinding, a with's handler laid out inline, an enclosing with's exit call
 * copied into a suppressing path), and where the code after the statement is when only a with's
 * suppressing path or a clause reaches it.
 */
final class TryRanges {
    private TryRanges() {}

    /**
     * 3.13+: the range ends at a loop's last jumps, which cannot raise, left out of it (3.14: `try: while True:
     * if c(): break`, the range ending before the test's jump): conditional jumps (with their NOT_TAKEN) and
     * the jump back into the body ending it, every one going back into [i, j) or forward past them. The body
     * ends past those jumps; -1 when j starts no such run.
     */
    static int trailingLoopJumps(Walker w, int i, int j, int to) {
        if (!w.env.atLeast(3, 13)) {
            return -1;
        }
        int k = j;
        while (k < to && (w.code.op(k).isConditionalJump() || w.code.op(k).is("NOT_TAKEN"))) {
            k++;
        }
        Op back = k < to ? w.code.op(k) : null;
        if (back == null || !back.is("JUMP_BACKWARD") || back.target() < i || back.target() >= j) {
            return -1;
        }
        for (int q = j; q < k; q++) {
            int t = w.code.op(q).target();
            if (t >= 0 && !(t > k || t >= i && t < j)) {
                return -1;
            }
        }
        return k + 1;
    }

    /**
     * True when [j, ret) is line NOPs and the exit calls of withs around our statement, at most one per with:
     * a {@code return CONST} at ret unwinding them (3.12+ load the constant last: RETURN_CONST, or 3.14's
     * load right before the RETURN_VALUE).
     */
    private static boolean exitCallsThenReturn(Walker w, int j, int ret, Region r) {
        long withs = r.handlers().stream().filter(h -> Handlers.kind(w.code, h) == Handlers.Kind.WITH).count();
        int end = w.code.op(ret).is("RETURN_VALUE") && ret > j && !w.jumpTargets.get(ret)
                && (w.code.op(ret - 1).is("LOAD_SMALL_INT") || w.code.op(ret - 1).is("LOAD_CONST")) ? ret - 1 : ret;
        int k = Tries.skipNops(w, j);
        for (int n = 0; n < withs && k < end && !w.jumpTargets.get(k) && Tries.exitCall(w, k) > 0; n++) {
            k = Tries.exitCall(w, k);
        }
        return k == end && k > Tries.skipNops(w, j) && !w.jumpTargets.get(end);
    }

    /**
     * A return, break or continue inside the protected range leaves it to unwind (finally copy, __exit__
     * call) and jump: when such an exit at j is followed by more protected code, the range goes on after
     * it. Returns where the protected code resumes, or -1.
     */
    static int exitGap(Walker w, int i, int j, int to, int handler, Region r) {
        int k = j;
        while (!w.env.atLeast(3, 12) && k < to && !w.live(k)) {
            k++;
        }
        if (k > j && k < to && w.live(k) && emptyTryAt(w, i, handler)
                && (Handlers.covers(w.code, k, handler) || Handlers.covers(w.code, j - 1, handler) && w.normalFlow.get(k))) {
            // 3.11: a try whose body raises nothing (see emptyTryAt) has a handler no range reaches: its
            // code is dead, out of our range where it leaves (a return's unwinding), our range goes on past
            // it; or the dead code (that try's handlers, laid out after its body) is the end of our body
            return k;
        }
        k = j;
        boolean jumps = false;
        while (k < to && (w.code.op(k).is("NOP") && !(jumps && Handlers.covers(w.code, k, handler))
                || w.env.atLeast(3, 13) && w.code.op(k).target() >= 0
                || k > j && w.code.op(k).is("NOT_TAKEN") && w.code.op(k - 1).isConditionalJump())) {
            jumps |= !w.code.op(k).is("NOP");
            k++;                               // 3.13+ may leave jumps, which cannot raise, out of the ranges
        }                                      // (3.14: with the NOT_TAKEN after a conditional one; past them a
                                               // protected NOP, a break's line, is where the range goes on)
        boolean inHandler = j > 0 && !w.normalFlow.get(j - 1) && w.reachable.get(j - 1);   // 3.11: an inner handler's code
        boolean nops = true;
        for (int q = j; q < k; q++) {
            nops &= w.code.op(q).is("NOP");
        }
        if (k > j && k < to && Handlers.covers(w.code, k, handler)
                && (w.normalFlow.get(k) || !w.normalFlow.get(i)
                        || nops && inHandler && w.reachable.get(k) && (startsInnerTry(w, k, handler) || emptyTryAt(w, k, handler))
                        || nops && inHandler && w.reachable.get(k) && Tries.exitCall(w, k) > 0
                        || nops && inHandler && !w.env.atLeast(3, 12) && w.reachable.get(k) && Handlers.covers(w.code, j - 1, handler))) {
            // a line-number NOP or jumps between two protected pieces (in handler code for a try there, or a
            // line NOP inside an inner except clause the range goes on in, or before the copy of an enclosing
            // with's exit call a nested with's suppressing path runs, 3.12+, or before a with's exit call
            // in an except clause, 3.11: its body's `pass`, or the line an if's test jumps to, is a NOP
            // left out of every range; so is, 3.11, a NOP between two pieces of an except clause's code
            // we protect, such as the one ending a nested try's body before its `finally: pass`)
            return k;
        }
        int lineNop = returnLineNop(w, j, k, handler);
        if (lineNop > 0) {
            return lineNop;
        }
        k = j;
        while (k < to && k - j < 500 && !Handlers.covers(w.code, k, handler)) {
            int copied = finallyCopyEnd(w, k, handler, r);
            if (copied > k) {
                k = copied;                    // the exit runs a finally body first (it may branch)
                continue;
            }
            Op op = w.code.op(k++);
            if (!w.env.atLeast(3, 12) && !inHandler && op.is("RETURN_VALUE") && j > i) {
                // 3.11: an else ending in code of its own in the range returns a constant loaded after the
                // range; past it, the jump a with's suppressing path (from the then-branch) takes to the code
                // after the try, right before the try's handler: the body ends there
                int hop = inlineElseReturn(w, i, j, to, handler, true);
                if (hop > 0) {
                    return hop;
                }
            }
            if (op.isReturn() || op.isUnconditionalJump()) {
                int exitEnd = k;               // (3.11: where the return ends, before dead or inline handler code)
                if (op.isReturn() && forLoopExit(w, i, j, k)) {
                    return k;
                }
                boolean loopExit = op.isReturn() || Tries.loopJump(w, k - 1, r) && !clausesGoTo(w, j, op.target());
                if (!w.env.atLeast(3, 12) && loopExit && !inHandler && k < to && Handlers.kind(w.code, k) == Handlers.Kind.EXCEPT
                        && Handlers.covers(w.code, k, handler) && Handlers.protectsOnly(w.code, k, i, j)) {
                    // 3.11: a return (a constant loaded, an iterator popped, past both ranges) or a break or
                    // continue ending the body of a try nested in ours, that try's handlers inline after it,
                    // which we protect: our range goes on there
                    return k;
                }
                boolean innerBreak = op.isUnconditionalJump() && r.loop() != null && r.loop().exit() >= 0
                        && Tries.skipNops(w, op.target()) == Tries.skipNops(w, r.loop().exit()) && !clausesGoTo(w, j, op.target());
                // (our statement a try/except: a try/finally's body goes on past its nested try through the
                // normal exit's copy of its finally body, not an exit of that try's body: rich seed 104 f9)
                boolean ownExit = Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT
                        && (op.is("RETURN_CONST") && k == j + 1 || op.isReturn() && exitCallsThenReturn(w, j, k - 1, r)
                            || innerBreak && straightTo(w, j, k - 1));
                if (w.env.atLeast(3, 12) && ownExit && !inHandler && k <= to
                        && nestedTryEndsAt(w, i, j, handler)) {
                    // 3.12+: a `return CONST`, break or continue ending the body of a try nested in ours, both
                    // ranges ending before it (it cannot raise): our body's too
                    return k;
                }
                if (op.isReturn() && (constReturnBeforeEndJump(w, i, j, k, to, handler)
                        || constReturnBeforeNormalCopy(w, i, j, k, k, to, handler, r))) {
                    return k;
                }
                k = duplicatedExits(w, j, k, to, handler);
                for (int c = k; inHandler && k < to; k = c) {
                    // 3.11 lays handlers inline: after the return, the handlers of a try inside the copied
                    // finally body and the clause's name cleanup (the handler of its body, or dead)
                    if (Handlers.protectsOnly(w.code, k, j, k)) {
                        c = ExceptClauses.handlerAreaEnd(w, k);
                    } else if (Handlers.covers(w.code, k, handler)) {
                        c = !w.live(k) ? k + 1 : Handlers.cleanupEnd(w.code, k);
                    } else if (!w.live(k) && emptyTryAt(w, i, handler)) {
                        c = k + 1;             // the dead handler's own exits (see emptyTryAt), unprotected
                    } else {
                        c = -1;
                    }
                    if (c < 0) {
                        break;
                    }
                }
                boolean pastWithHandler = false;
                if (!w.env.atLeast(3, 12) && !inHandler && k < to && Handlers.kind(w.code, k) == Handlers.Kind.WITH
                        && Handlers.protectsOnly(w.code, k, i, k)) {
                    pastWithHandler = true;
                    // 3.11 lays a with's handler inline, after the return ending its body (an if's branch):
                    // the range goes on after that handler code, where the branch's test jumps
                    int h = k;
                    while (k < to && !w.normalFlow.get(k) && w.reachable.get(k)) {
                        k++;
                    }
                    int outer = inlineEnclosingExit(w, h, k, i, to);
                    if (outer > k) {
                        // a with nested in another: the inner one's suppressing path runs the outer one's exit
                        // call, laid out after its handler, then jumps to where the outer one's path goes;
                        // the outer with's handler follows, inline too
                        for (k = outer; k < to && !w.normalFlow.get(k) && w.reachable.get(k); k++) {
                        }
                        if (k < to && k == w.code.op(outer - 1).target() && w.code.op(k).is("JUMP_FORWARD")) {
                            k++;                // the jump both suppressing paths take (the inner one through the copy)
                        }
                    }
                    if (outer < 0 && constReturnBeforeNormalCopy(w, i, j, exitEnd, k, to, handler, r)) {
                        return k;              // (the with's suppressing path falls into the normal exit's copy)
                    }
                    int hop = inlineElseReturn(w, h, k, to, handler, outer > h);
                    if (hop > 0) {
                        return hop;
                    }
                    int ret = outer < 0 && k < to && WithSuppressedPaths.suppressedCode(w, h) == k && w.jumpsOnlyFrom(k, h, k) ? straightExit(w, k, to) : -1;
                    if (ret > k && ret < to && Handlers.covers(w.code, ret, handler) && w.normalFlow.get(ret)) {
                        // the code after the with in the branch, reached only by its suppressing path, returns
                        // after the range (a constant loaded past the try's unwinding): the range goes on after it
                        return ret;
                    }
                }
                if (w.env.atLeast(3, 12) && !inHandler && k < to && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT
                        && Handlers.kind(w.code, k) == Handlers.Kind.WITH
                        && Handlers.protectsOnly(w.code, k, i, j) && Handlers.covers(w.code, k, handler)
                        && !w.normalFlow.get(k) && returnsOnly(w, j, k) && WithSuppressedPaths.suppressedAfter(w, k) > k
                        && (k > j + 1 && (w.code.op(j).is("RETURN_VALUE") || w.code.op(j - 1).isTerminal()
                                || BranchExits.normalExit(w, k) >= 0
                                    && !Branches.sameExit(w, WithSuppressedPaths.suppressedAfter(w, k), BranchExits.normalExit(w, k)))
                            || ownReturn(w, j, k))
                        && !Handlers.covers(w.code, Tries.skipNops(w, pastEnclosingExit(w, k, WithSuppressedPaths.suppressedAfter(w, k))), handler)
                        && !goesOnAt(w, handler, j) && !goesOnIn(w, handler, j, k)) {
                    // 3.12+: a with ending an if's branch returns (the value computed in the range, or a constant
                    // after the exit calls where the suppressing path and the normal exit go on apart: not a
                    // copy of the code after the statement the with's exit falls into), the else returns after the range too,
                    // and the with's handler follows inside the range: the body goes on there, its
                    // suppressing path reaching the code after the statement, unprotected
                    // (WithSuppressedPaths.suppressedContinuation; not an enclosing with's exit, still in the range);
                    // not when our clauses go on at j too: that is the code after our statement (seed 59 f272)
                    return k;
                }
                // (3.11 lays handlers inline: a return from an inner except clause may resume in that
                // clause's code, protected too, where a branch of the clause before the return goes on)
                boolean breaks = op.isUnconditionalJump() && r.loop() != null && r.loop().exit() >= 0
                        && Tries.skipNops(w, op.target()) == Tries.skipNops(w, r.loop().exit());
                boolean resumes = w.normalFlow.get(k) || inHandler && (!op.isUnconditionalJump() || breaks) && w.reachable.get(k)
                        && jumpedFrom(w, k, j);
                if (inHandler && op.isUnconditionalJump() && !resumes) {
                    k = pastInnerHandler(w, k, to, handler);
                    if (k < 0) {
                        return -1;
                    }
                    resumes = true;
                }
                if (resumes && !pastWithHandler && k + 1 == handler && handler < to && w.code.op(k).is("JUMP_FORWARD")
                        && !Handlers.covers(w.code, k, handler) && (ExceptClauses.clauseExits(w, handler).contains(w.code.op(k).target())
                            || w.code.op(k).target() == r.follow() && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT)) {
                    // the body's last statement (inside an except clause) goes on by a jump, which cannot
                    // raise, left out of the range, to the code after the try where the clauses go too (not
                    // the end of a with statement past its handler: that with was the try's else clause), or
                    // where the region goes on, the clauses returning (3.11: the normal exit's copy of an
                    // enclosing finally body, our try/except ending its body)
                    return k + 1;
                }
                int forExit = !resumes ? forExitAfterReturn(w, i, j, k, to, handler, inHandler, op) : -1;
                if (forExit > 0) {
                    return forExit;
                }
                if (w.env.atLeast(3, 13) && inHandler && op.isReturn() && k < to && k < handler && !resumes
                        && Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT && suppressedInto(w, j)
                        && onlySuppressedTo(w, i, k, handler, ExceptClauses.handlerAreaEnd(w, handler)) == k) {
                    // 3.13+: the return ends a with's suppressing path (the code after that with, copied), and past
                    // the handler code comes the code after the statement, where another with in the body
                    // jumps, suppressing: the body, which never ends normally, goes on there (onlySuppressedTo)
                    return k;
                }
                int live = k;
                while (live < to && !w.live(live) && (w.env.atLeast(3, 12) || emptyTryAt(w, i, handler))) {
                    live++;                    // 3.11: the dead handler of a try in the else whose body was only the return
                }
                int nested = live < to ? live : k == to && w.code.handlerAt(j - 1) != null ? w.code.handlerAt(j - 1).target() : -1;
                nested = pastEarlierHandlers(w, i, nested, handler);
                nested = pastReturningWithHandler(w, i, j, nested, handler);
                if (nested >= 0 && nested < handler && (Handlers.kind(w.code, nested) == Handlers.Kind.EXCEPT
                            || !w.env.atLeast(3, 12) && Handlers.kind(w.code, nested) == Handlers.Kind.FINALLY)
                        && protectsOnlyBody(w, nested, i, j) && Handlers.covers(w.code, nested, handler)
                        && nestedElseReturn(w, i, j, w.env.atLeast(3, 12) ? k : exitEnd, handler, r, nested)) {
                    // the else clause of a try nested in our body (or the body of a try/finally) returns a
                    // constant, loaded past the nested try's range and ours (after copies of finally bodies),
                    // and the nested try's handler follows (or lies past the region, which ends there): the
                    // body goes on there, the return read by the nested try (3.11: the code after an if
                    // whose else ends in such a try/finally was dropped, fuzz seed 6 f255)
                    return k;
                }
                if (nestedFinallyConstReturn(w, i, j, k, handler, nested)) {
                    return k;
                }
                // (3.11 leaves the line NOP an if's test jumps to, at the start of the code resuming, out of the ranges)
                int at = w.env.atLeast(3, 12) ? k : Tries.skipNops(w, k);
                if (at + 1 < to && w.code.op(at).is("NOP") && w.code.handlerAt(at) == null && Tries.exitCall(w, at + 1) < 0) {
                    at++;                      // 3.12+: a nested try's POP_BLOCK (see Tries.structure), its else in our range
                }
                // (3.11: a protected NOP itself says so: a `case _:` line's NOP, where a guarded case ending
                // the body in a return fails to, followed by the `pass` body's end jump, unprotected)
                return k < to && (Handlers.covers(w.code, at, handler) || Handlers.covers(w.code, k, handler)) && resumes ? k : -1;
            }
            if (op.target() >= 0 || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Our range (an except handler's) going on at {@code g} past the gap at j: when the gap starts with straight
     * code returning a value computed out of every range (a call), that is no return in our body, whose value
     * our range would protect, but a copy of the code after our statement, the small exit block the compiler
     * copies into the end of a branch falling into it (3.12+). Recorded: the if reads it (CopiedFollowReturns),
     * the walk refuses it as a return in our body.
     */
    static void markCopiedFollowReturn(Walker w, int j, int g, int handler) {
        for (int k = j; k < g && k - j <= 4; k++) {  // (the compiler copies blocks of at most four instructions)
            Op op = w.code.op(k);
            if (op.is("RETURN_VALUE")) {
                if (k > j && valueOnly(w, j, k) && computedOutside(w, j, k, handler)) {
                    w.copiedFollowReturns.put(k, handler);
                    w.copiedFollowStarts.put(Tries.skipNops(w, j), k);
                }
                return;
            }
            if (op.target() >= 0 || op.isTerminal() || k > j && w.jumpTargets.get(k)) {
                return;
            }
        }
    }

    /**
     * True when [j, ret) only computes the value returned: loads and operations on them, after line NOPs; no
     * store, pop or unwinding (a finally body's copy, which runs unprotected, a for loop's iterator popped).
     */
    private static boolean valueOnly(Walker w, int j, int ret) {
        int k = Tries.skipNops(w, j);
        if (k >= ret || !(w.code.op(k).name().startsWith("LOAD_") || w.code.op(k).is("PUSH_NULL"))) {
            return false;
        }
        for (; k < ret; k++) {
            String name = w.code.op(k).name();
            if (name.startsWith("STORE_") || name.startsWith("DELETE_") || name.startsWith("POP_") || name.equals("SWAP")
                    || name.equals("END_FOR") || name.equals("NOP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the value the return at {@code ret} returns (its statement starting at from) is computed by an
     * instruction that can raise and that no handler covers, straight code of loads and operations (3.12+):
     * read inside a try's body, whose range would cover it, it is a copy of code after a statement.
     */
    static boolean computedUnprotected(Walker w, int from, int ret) {
        if (!w.env.atLeast(3, 12) || from < 0 || from >= ret || ret - from > 6 || !valueOnly(w, from, ret)) {
            return false;
        }
        for (int k = from; k < ret; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || k > from && w.jumpTargets.get(k)) {
                return false;
            }
            if (w.code.handlerAt(k) == null && canRaise(op)) {
                return true;
            }
        }
        return false;
    }

    /** What cannot raise, in a copy of a small exit block (and the unwinding of a return). */
    private static final java.util.Set<String> CANNOT_RAISE = java.util.Set.of("NOP", "LOAD_CONST", "LOAD_SMALL_INT",
            "PUSH_NULL", "POP_TOP", "SWAP", "COPY", "STORE_FAST", "DELETE_FAST", "POP_EXCEPT", "POP_ITER", "END_FOR", "NOT_TAKEN");

    /** True unless op is one of those or a local's load that cannot fail (not LOAD_FAST_CHECK). */
    private static boolean canRaise(Op op) {
        return !CANNOT_RAISE.contains(op.name()) && !(op.name().startsWith("LOAD_FAST") && !op.is("LOAD_FAST_CHECK"));
    }

    /**
     * True when straight code in [from, ret) holds an instruction that can raise (not a load of a constant or
     * a local, not a NOP) which neither our handler, a handler laid out before it (a statement nested in our
     * body) nor an enclosing finally (its body's copy the return runs) covers; with exit calls (the unwinding
     * of a return) left out.
     */
    static boolean computedOutside(Walker w, int from, int ret, int handler) {
        for (int k = from; k < ret; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0) {
                return false;
            }
            int exit = Tries.exitCall(w, k);
            if (exit > k) {
                k = exit - 1;
                continue;
            }
            Code.Handler h = w.code.handlerAt(k);
            boolean covered = h != null && (h.target() <= handler || Handlers.kind(w.code, h.target()) == Handlers.Kind.FINALLY);
            if (!covered && canRaise(op)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: the handlers laid out at {@code nested}, right after a return unwound past our range, of statements
     * before ours (a with before the try: `with m: pass` + `try: ... with n: return 1 / except: ... / finally:`,
     * its handler area laid out after our body's return, before the handlers of statements in our body): skipped,
     * the first handler past them (or {@code nested} unchanged).
     */
    private static int pastEarlierHandlers(Walker w, int i, int nested, int handler) {
        int k = nested;
        while (w.env.atLeast(3, 12) && k >= 0 && k < handler && (Handlers.protectsOnly(w.code, k, 0, i) || protectsEarlierClauses(w, k, i, nested))) {
            int end = Tries.skipNops(w, ExceptClauses.handlerAreaEnd(w, k));
            if (end <= k) {
                return nested;
            }
            k = end;
        }
        return k < handler ? k : nested;
    }

    /**
     * True when the handler at k protects code before i and the handler code laid out in [from, k) only: an
     * earlier try around a try nested in it, protecting nothing of its own before the inner clauses ({@code
     * try: try: t() / except E: pass / except E: pass} before ours: unseen set 191 f199).
     */
    private static boolean protectsEarlierClauses(Walker w, int k, int i, int from) {
        if (!w.code.op(k).is("PUSH_EXC_INFO") || Handlers.kind(w.code, k) != Handlers.Kind.EXCEPT) {
            return false;
        }
        boolean any = false;
        for (Code.Handler h : w.code.handlers()) {
            if (h.target() == k) {
                if (!(h.end() <= i || h.start() >= from && h.end() <= k)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * 3.12+: the handler at {@code nested}, right after a {@code return CONST} unwound past our range, is that of
     * a with in our body whose own body the return ends (`try: with m: return 1` in a try/finally: the exit
     * call in the inner try's range, the finally body's copy and the constant after it, then the with's
     * handler, then the inner try's): the inner try's handler past the with's handler area, when our handler
     * covers it; else {@code nested} unchanged. (Walked on at the with's handler, the finally body's copy
     * after the return was taken for the normal exit's and printed again after the statement.)
     */
    private static int pastReturningWithHandler(Walker w, int i, int j, int nested, int handler) {
        if (!w.env.atLeast(3, 12) || nested < 0 || nested >= handler || Handlers.kind(w.code, nested) != Handlers.Kind.WITH
                || !Handlers.protectsOnly(w.code, nested, i, j) || !Handlers.covers(w.code, nested, handler)
                || !TryBodyEnds.afterExitCall(w, j)) {
            return nested;
        }
        int past = Tries.skipNops(w, ExceptClauses.handlerAreaEnd(w, nested));
        if (past + 1 < handler && w.code.op(past).isUnconditionalJump() && WithSuppressedPaths.suppressedAfter(w, nested) == past) {
            // 3.12: the inner try body's own jump to its end (compile.c, compiler_try_except), which the with's
            // suppressing path takes, laid out after the with's handler area, right before the try's handler
            past = Tries.skipNops(w, past + 1);
        }
        return past < handler && Handlers.kind(w.code, past) == Handlers.Kind.EXCEPT ? past : nested;
    }

    /**
     * True when [j, k) is only line NOPs, copies of finally bodies (ours or enclosing ones), the POP_EXCEPT
     * (and name cleanup) of an except clause around our try, and a constant returned, entered only by
     * falling into it (or, 3.11, by a jump in the normal flow of the body [i, j)
     * to j, a with's normal exit jumping over its inline handler; 3.12+, when the body ends with a loop,
     * by that loop's exits in the body's normal flow: the else returns after it; 3.12+, by a jump to j from the handler
     * code of a statement in the nested try's body, a with's suppressing path; jumps from dead code do
     * not count): a {@code return CONST} unwinding out of a protected range (a normal exit's copy, which
     * the clauses jump to, is not one).
     */
    private static boolean nestedElseReturn(Walker w, int i, int j, int k, int handler, Region r, int nested) {
        int kind = 0;
        for (int p = Tries.skipNops(w, j), c; p < k; p = Tries.skipNops(w, c)) {
            if (w.code.op(p).is("POP_EXCEPT") && kind == 0) {
                c = ExceptClauses.afterNameCleanup(w.code, p + 1);   // out of the except clause our try is in
                continue;
            }
            c = finallyCopyEnd(w, p, handler, r);
            if (c <= p) {
                c = !Tries.constReturn(w, p) ? -1 : w.code.op(p).is("RETURN_CONST") ? p + 1 : p + 2;
                if (c != k) {
                    return false;
                }
                kind = 1;
            }
        }
        if (kind == 0) {
            return false;
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t >= j && t < k && (op.index() < j || op.index() >= k)
                    && !((!w.env.atLeast(3, 12) || w.code.op(j - 1).is("JUMP_BACKWARD")) && t == j && op.index() >= i
                        && op.index() < j && w.normalFlow.get(op.index()))
                    && !(w.env.atLeast(3, 12) && t == j && nested >= 0 && Handlers.covers(w.code, op.index(), nested)
                        && !w.normalFlow.get(op.index()))
                    && w.live(op.index())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an except clause of ours goes on inside (j, k): the code there (an if's code after a branch
     * ending with a with that returns, {@code if c(): with m(): return 1} then code) is the code after our
     * statement, not an else returning after the range (3.13+, two items' withs: unseen 187 f193).
     */
    private static boolean goesOnIn(Walker w, int handler, int j, int k) {
        return Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT
                && ExceptClauses.clauseExits(w, handler).stream().anyMatch(t -> t > j && t < k);
    }

    /** True when an except clause of {@code handler} goes on at j: the code after the try statement. */
    private static boolean goesOnAt(Walker w, int handler, int j) {
        int at = Tries.skipNops(w, j);
        return Handlers.kind(w.code, handler) == Handlers.Kind.EXCEPT
                && ExceptClauses.clauseExits(w, handler).stream().anyMatch(t -> Tries.skipNops(w, t) == at);
    }

    /**
     * A with (handler k) nested in others, suppressing, runs a copy of each enclosing with's exit call,
     * the first at t (after the rest of the enclosing with's body, laid out there when the nested with
     * never ends normally: {@link #enclosingBodyEnd}), each followed by a jump (3.13+; 3.12 when another with still encloses) or by a copy
     * of the small exit block the outermost with's own suppressing path runs too (3.12): where the path
     * goes on after the last one, when the outermost with's suppressing path goes there too (or to a copy
     * of it). Else t.
     */
    static int pastEnclosingExit(Walker w, int k, int t) {
        return pastEnclosingExit(w, k, t, -1);
    }

    /**
     * {@link #pastEnclosingExit(Walker, int, int)}, stopping at {@code stop} (where a branch holding the withs
     * ends: the exit calls past it are those of withs around the branch, `with a: if c: with b, c: ...`).
     */
    static int pastEnclosingExit(Walker w, int k, int t, int stop) {
        if (t < 0 || !w.env.atLeast(3, 12)) {
            return t;
        }
        int q = t;
        int h = k;
        for (int level = 0; level < 20; level++) {
            Code.Handler outer = enclosingWith(w, h);
            // (past the first, an exit call starts where the path goes: a line NOP there is a statement's,
            // a return after a nested with, inside the enclosing one)
            int at = outer == null ? -1 : level == 0 ? enclosingBodyEnd(w, Tries.skipNops(w, q), outer.target()) : q;
            int e = at < 0 ? -1 : Tries.exitCall(w, at);
            if (e < 0 || e >= w.code.size()) {
                if (level == 0) {
                    return t;
                }
                int goes = WithSuppressedPaths.suppressedAfter(w, h);
                // (the outermost with's path goes on at q, or runs a copy of the small exit block there)
                return goes == q || goes > q && (smallExitBlock(w, q) || clauseEndJumpCopy(w, q)) && Branches.sameExit(w, q, goes) ? q : t;
            }
            q = w.code.op(e).isUnconditionalJump() ? w.code.op(e).target() : e;
            h = outer.target();
            if (q == stop) {
                return stop;
            }
        }
        return t;
    }

    /**
     * The end of straight code at q in the body of the with of handler {@code outer} (the code after a
     * nested with, reached only by its suppressing path, laid out after its handler): the first
     * instruction past it, q when there is none; -1 when that code branches, ends or is jumped into, or
     * the nested with's normal exit reaches it too.
     */
    static int enclosingBodyEnd(Walker w, int q, int outer) {
        int k = q;
        if (q < w.code.size() && w.normalFlow.get(q) && w.code.handlerAt(q) != null && w.code.handlerAt(q).target() == outer) {
            return -1;
        }
        while (k < w.code.size() && w.code.handlerAt(k) != null && w.code.handlerAt(k).target() == outer) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal() || k > q && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** The with around the one of handler h, whose range its suppressing path (after POP_EXCEPT) is in; or null. */
    static Code.Handler enclosingWith(Walker w, int h) {
        for (int p = h; p < w.code.size() && p - h < 40; p++) {
            if (w.code.op(p).is("POP_EXCEPT") && WithSuppressedPaths.withSuppressed(w.code, p) >= 0) {
                Code.Handler outer = w.code.handlerAt(p + 1);
                return outer == null || Handlers.kind(w.code, outer.target()) != Handlers.Kind.WITH ? null : outer;
            }
        }
        return null;
    }

    /**
     * 3.11: the handler [h, k) of a with nested in another, laid out inline after the return ending the
     * inner with's body, is followed by the inner one's suppressing path: the outer with's exit call, then a
     * jump to where the outer with's own suppressing path goes (or to a jump there: in a loop, the jump back to its
     * head the outer path falls into), then the outer with's handler (protected only by ranges in [i, k)).
     * Returns that handler, or -1.
     */
    static int inlineEnclosingExit(Walker w, int h, int k, int i, int to) {
        if (w.env.atLeast(3, 12) || WithSuppressedPaths.suppressedAfter(w, h) != k) {
            return -1;
        }
        int e = Tries.exitCall(w, Tries.skipNops(w, k));
        if (e < 0 || e + 1 >= to || !w.code.op(e).is("JUMP_FORWARD") || Handlers.kind(w.code, e + 1) != Handlers.Kind.WITH
                || !Handlers.protectsOnly(w.code, e + 1, i, k)) {
            return -1;
        }
        int goes = WithSuppressedPaths.suppressedAfter(w, e + 1);
        int t = w.code.op(e).target();
        if (goes < 0 || t != goes && !(w.code.op(t).isUnconditionalJump() && w.code.op(t).target() == goes)) {
            return -1;
        }
        return e + 1;
    }

    /**
     * 3.11: after a with's handler [h, k) laid out inline after the return ending an if's branch, the
     * else [k, m) returns outside the range, and then comes the jump the with's suppressing path takes
     * to the code after the try (in a loop: back to its head), right before the try's handler: the body ends there (the code after
     * the statement is read by {@link #onlySuppressedTo}). Also called with [h, k) the body up to the
     * else's return, the else's code in the range. Returns the handler, or -1.
     */
    static int inlineElseReturn(Walker w, int h, int k, int to, int handler, boolean jumpsOnly) {
        if (k >= to || Handlers.covers(w.code, k, handler) || Handlers.kind(w.code, handler) != Handlers.Kind.EXCEPT
                || !w.normalFlow.get(k)) {
            return -1;
        }
        int m = k;
        while (m < handler && m - k < 8 && !w.code.op(m).isTerminal() && w.code.op(m).target() < 0) {
            m++;
        }
        if (m >= handler || !w.code.op(m).is("RETURN_VALUE") || m + 2 != handler || !w.code.op(m + 1).isUnconditionalJump()
                || (jumpsOnly ? !jumpedToOnlyFrom(w, m + 1, h, k) : w.normalFlow.get(m + 1))) {
            // (jumpsOnly: [h, k) holds code that counts as normal flow, the copy of an outer with's exit call a
            // nested with's suppressing path runs or the else's own code in the range: the jump must be
            // reached only from [h, k))
            return -1;
        }
        for (int p = h; p < k; p++) {
            if (w.code.op(p).is("POP_EXCEPT") && WithSuppressedPaths.withSuppressed(w.code, p) == m + 1) {
                return handler;
            }
        }
        return -1;
    }

    /**
     * True when [j, k) is one return, right before the handler k of a with that returns (its normal exit
     * goes elsewhere than its suppressing path), unlike the code where that path goes (past an enclosing
     * with's exit): the body's own return (an else's with, then return CONST), not a copy of the code after
     * the statement, which the suppressing path of a with ending an if's branch reaches.
     */
    static boolean ownReturn(Walker w, int j, int k) {
        if (!Tries.constReturn(w, j)) {
            return false;
        }
        for (int q = j; q < k - 1; q++) {
            if (w.code.op(q).isReturn()) {
                return false;
            }
        }
        int goes = pastEnclosingExit(w, k, WithSuppressedPaths.suppressedAfter(w, k));
        return !Branches.sameExit(w, j, goes) && !Branches.sameExit(w, BranchExits.normalExit(w, k), goes);
    }

    /**
     * 3.12+: the return CONST at j, right after a with's __exit__ call in the body [i, j) (the constant
     * loaded, or returned, after the range), is the body's own when a jump of the body goes on past it
     * (to the code after the statement, laid out there): an else clause or a copy of the code after the
     * statement would be where the body's jumps go. Returns where the return ends, or -1.
     */
    static int returnBeforeEnd(Walker w, int i, int j, int to) {
        int e = w.code.op(j).isReturn() ? j + 1 : j + 2;    // (3.14: the constant loaded, then returned)
        if (e > to || !Tries.constReturn(w, j) || w.jumpTargets.get(j) || w.jumpTargets.get(e - 1)) {
            return -1;
        }
        for (int q = i; q < j; q++) {
            // (a branch's end going on after the if; a test jumping there would be to an else)
            if (w.normalFlow.get(q) && w.reachable.get(q) && w.code.op(q).isUnconditionalJump() && w.code.op(q).target() == e) {
                return e;
            }
            if (w.normalFlow.get(q) && w.reachable.get(q) && testPastWithReturn(w, q, j, e)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * 3.12+: True when the with whose exit call ends right before [j, e) (a return of a constant, after the
     * pops of loop iterators) suppresses into a copy of it: the compiler copied that small exit block into
     * the suppressing path, so the return follows the with statement (an else's, unwound after the range),
     * where the with's own return would have the suppressing path go on after the statement.
     */
    static boolean copiedBySuppressing(Walker w, int j, int e) {
        for (Code.Handler h : w.code.handlers()) {
            if (Handlers.kind(w.code, h.target()) != Handlers.Kind.WITH || BranchExits.normalExit(w, h.target()) != j) {
                continue;
            }
            int after = WithSuppressedPaths.suppressedAfter(w, h.target());
            int copy = after < 0 ? -1 : Tries.skipNops(w, after);
            if (copy >= 0 && copy != j && copy + (e - j) <= w.code.size() && Tries.sameOps(w, j, copy, e - j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the test at q, inside a with in the body whose range ends before the exit call ending at j,
     * jumps past that exit call and the constant's return (ending at e) to the with's other exit call: the
     * return ends the test's branch inside the with ({@code with m: if c: return CONST}), an else clause
     * would not be jumped to from inside the with, whose own exit it skips.
     */
    private static boolean testPastWithReturn(Walker w, int q, int j, int e) {
        Code.Handler with = w.code.handlerAt(q);
        return w.code.op(q).isConditionalJump() && w.code.op(q).target() == e && with != null
                && Handlers.kind(w.code, with.target()) == Handlers.Kind.WITH && !Handlers.covers(w.code, j - 1, with.target())
                && Tries.exitCall(w, Tries.skipNops(w, e)) > 0;
    }

    /**
     * 3.14: `if c: return CONST` ending a loop body in a with is laid out after the loop's jump back, the
     * test inverted over it: the jumps [j, k) left out of our range, then the return's line NOP, protected,
     * then our exit call and the constant's return, unprotected. The NOP, where our range goes on, or -1.
     */
    private static int returnLineNop(Walker w, int j, int k, int handler) {
        if (!w.env.atLeast(3, 14) || Handlers.kind(w.code, handler) != Handlers.Kind.WITH) {
            return -1;
        }
        for (int q = j; q < k; q++) {
            if (Handlers.covers(w.code, q, handler)) {
                return q > j && w.code.op(q).is("NOP") && w.normalFlow.get(q) && Tries.exitCall(w, q + 1) > 0 ? q : -1;
            }
            if (w.code.op(q).target() < 0) {
                return -1;                     // (only jumps left out before it)
            }
        }
        return -1;
    }

    /**
     * A try nested in the body whose own body protects nothing ({@link OrphanHandlers}), {@code try: return
     * CONST}, at j: its line NOP and its return lie outside every range (the return unwinds the inner
     * try's block, then ours), but its handler's clauses, compiled inside our body, are protected by our
     * handler. The range goes on past that return: returns where, or -1. (In the else clause no range of
     * ours protects the inner handler's code.)
     */
    static int pastOrphanReturn(Walker w, int j, int to, int handler) {
        int k = j;
        Integer orphan = w.orphanBodies.get(k);
        while (orphan == null && k + 1 < to && w.code.op(k).is("NOP") && w.code.handlerAt(k) == null) {
            orphan = w.orphanBodies.get(++k);
        }
        if (orphan == null) {
            orphan = orphanAfterIteratorPops(w, j, handler);
        }
        if (orphan == null || !Handlers.covers(w.code, orphan, handler)) {
            return -1;
        }
        int cleanup = w.code.handlerAt(orphan).target();
        for (int q = orphan; q < cleanup && q < w.code.size(); q++) {
            int after = w.code.op(q).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, q + 1) : -1;
            if (after >= 0 && !w.code.op(after).isUnconditionalJump() && pastOrphanClauseCopy(w, after, to, handler) < 0
                    && !copiesOurClauseEnd(w, after, handler)) {
                return -1;                     // (3.12+: a clause runs a copy of the code after the enclosing try, not
            }                                  // read here unless our range goes on past that copy: pastOrphanClauseCopy)
        }
        for (int t : OrphanHandlers.exitsBack(w.code, orphan)) {
            if (t == k || t == k + 1 && w.code.op(k).is("NOP")) {
                return -1;                     // its clauses go on where it starts: `try: pass`, no return
            }
        }
        int e = k;
        while (e < to && w.code.handlerAt(e) == null && w.code.op(e).target() < 0 && !w.code.op(e).isTerminal()) {
            e++;
        }
        boolean returns = e < to && e < orphan && w.code.handlerAt(e) == null && w.code.op(e).isReturn();
        return returns ? e + 1 : -1;
    }

    /**
     * 3.12+: True when the small exit block at {@code after}, run by a clause of a nested try protecting nothing,
     * is also what a clause of ours runs after its POP_EXCEPT (and name cleanup): both fall off into the same
     * code, past our statement (the code after the if whose branch our try ends, copied into each clause:
     * unseen 187 t60 f198), so the nested try ends our body.
     */
    private static boolean copiesOurClauseEnd(Walker w, int after, int handler) {
        int end = w.env.atLeast(3, 12) && smallExitBlock(w, after) ? straightExit(w, after, w.code.size()) : -1;
        if (end <= after || Handlers.kind(w.code, handler) != Handlers.Kind.EXCEPT) {
            return false;
        }
        for (int k = handler; k < ExceptClauses.handlerAreaEnd(w, handler); k++) {
            int ours = w.code.op(k).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(w.code, k + 1) : -1;
            if (ours > k && ours != after && Tries.sameOps(w, after, ours, end - after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.11: `try: return CONST` ending a for loop's body in our body: compile.c's compiler_unwind_fblock
     * unwinds innermost first, the inner try's POP_BLOCK (nothing), the loop's POP_TOP of its iterator (our
     * block still pushed: protected, so our range went on over it), our POP_BLOCK, then the constant and
     * RETURN_VALUE at j. The orphan's body starts at those pops, right after its line NOP ({@link
     * OrphanHandlers}): its handler when so, else null.
     */
    private static Integer orphanAfterIteratorPops(Walker w, int j, int handler) {
        if (w.env.atLeast(3, 12)) {
            return null;
        }
        for (int b = j - 1; b > 0 && w.code.op(b).is("POP_TOP") && Handlers.covers(w.code, b, handler) && !w.jumpTargets.get(b); b--) {
            Integer orphan = w.orphanBodies.get(b);
            if (orphan != null && w.code.op(b - 1).is("NOP")) {
                return orphan;
            }
        }
        return null;
    }

    /**
     * 3.12+: inside the handler area of a nested try protecting nothing ({@link OrphanHandlers}), which
     * our handler protects, an except clause ends at j-1 (POP_EXCEPT, its name's cleanup) and runs a copy of
     * the small exit block after our statement (flowgraph.c's inline_small_exit_blocks: the clause's jump to
     * the end, the inner try ending our body, replaced by a copy of the code our statement falls into),
     * unprotected, from j; right after it the orphan's handler code goes on (its next clause's test),
     * protected by our handler through the orphan's: our range goes on there. Returns where, or -1.
     */
    static int pastOrphanClauseCopy(Walker w, int j, int to, int handler) {
        if (!w.env.atLeast(3, 12) || j < 1 || j >= to || !w.orphanOnly(j) || Handlers.covers(w.code, j, handler)) {
            return -1;
        }
        int p = j - 1;
        while (p > 0 && p > j - 5 && !(w.code.op(p).is("POP_EXCEPT") && ExceptClauses.afterNameCleanup(w.code, p + 1) == j)) {
            p--;                               // (back over the clause's name cleanup)
        }
        if (!w.code.op(p).is("POP_EXCEPT") || ExceptClauses.afterNameCleanup(w.code, p + 1) != j || !smallExitBlock(w, j)) {
            return -1;
        }
        int k = straightExit(w, j, to);
        return k > j && k < to && w.orphanOnly(k) && Handlers.covers(w.code, k, handler) && w.jumpTargets.get(k) ? k : -1;
    }

    /**
     * 3.12+: a `return CONST` in the body of a try/finally nested in our body [i, j): the copy of its finally
     * body runs inside our range (compile.c's compiler_unwind_fblock: the nested block popped, the finally
     * body emitted, our block still pushed), the constant is returned at [j, k) past our range (our block
     * popped: compiler_return loads a constant only after unwinding every block), and right after it comes
     * that try/finally's handler, protected by ours: our range goes on there.
     */
    private static boolean nestedFinallyConstReturn(Walker w, int i, int j, int k, int handler, int nested) {
        if (!w.env.atLeast(3, 12) || nested < k || k >= handler) {
            return false;
        }
        int fin = k;
        while (fin < handler && w.orphanOnly(fin) && w.code.op(fin).is("PUSH_EXC_INFO") && Handlers.covers(w.code, fin, handler)) {
            int past = ExceptClauses.handlerAreaEnd(w, fin);
            if (past <= fin) {
                return false;
            }
            fin = past;                        // (the handler areas of tries protecting nothing, laid out before it)
        }
        if (fin != nested || fin >= handler || Handlers.kind(w.code, fin) != Handlers.Kind.FINALLY || !Handlers.covers(w.code, fin, handler)
                || !protectsOnlyBody(w, fin, i, j)) {
            return false;
        }
        boolean constReturn = k == j + 1 && w.code.op(j).is("RETURN_CONST")
                || k == j + 2 && (w.code.op(j).is("LOAD_CONST") || w.code.op(j).is("LOAD_SMALL_INT")) && w.code.op(j + 1).is("RETURN_VALUE");
        int n = TryFinally.finallyLength(w, nested);
        return constReturn && n > 0 && j - n > i && !w.jumpTargets.get(j) && TryFinally.sameFinallyOps(w, nested + 1, j - n, n)
                && Handlers.covers(w.code, j - 1, handler);
    }

    /** True when a with's suppressing path falls into j: POP_EXCEPT, then the exit values popped, right before it. */
    static boolean suppressedInto(Walker w, int j) {
        int p = j - 1;
        while (p > 0 && w.code.op(p).is("POP_TOP")) {
            p--;
        }
        return WithSuppressedPaths.withSuppressed(w.code, p) == j;
    }

    /** True when t follows a terminal instruction and every jump to it lies in [from, to). */
    static boolean jumpedToOnlyFrom(Walker w, int t, int from, int to) {
        return (t == 0 || w.code.op(t - 1).isTerminal()) && w.jumpTargets.get(t) && w.jumpsOnlyFrom(t, from, to);
    }

    /** True when [j, k) holds only returns (of constants or computed values) and what they return. */
    static boolean returnsOnly(Walker w, int j, int k) {
        for (int q = j; q < k; q++) {
            Op op = w.code.op(q);
            if (op.target() >= 0 || op.isTerminal() && !op.is("RETURN_VALUE") && !op.is("RETURN_CONST")) {
                return false;
            }
        }
        Op last = w.code.op(k - 1);
        return last.isReturn();
    }

    /**
     * 3.11 lays an inner try's handlers inline: after a jump out of one of its clauses (a continue or
     * break unwinding {@code handler}'s with or finally on the way) comes the rest of that handler code,
     * protected by the inner statement's own handlers, then {@code handler}'s range goes on (the code after
     * the inner try). Where it goes on, or -1.
     */
    static int pastInnerHandler(Walker w, int k, int to, int handler) {
        int q = k;
        while (q < to && !w.normalFlow.get(q) && w.reachable.get(q) && !Handlers.covers(w.code, q, handler)
                && w.code.handlerAt(q) != null) {
            q++;
        }
        return q < to && w.reachable.get(q) && Handlers.covers(w.code, q, handler) ? q : -1;
    }

    /**
     * 3.11: a return out of a for loop inside an except clause of a try nested in our body [i, j) (its
     * value loaded after the copy of the nested finally body, outside every range: compile.c unwinds the
     * finally before returning) is followed by the loop's exit, the clause's end, which the loop's
     * FOR_ITER jumps to: our range goes on there (read as code after our body, an else clause, the
     * nested finally body's normal exit copy would run twice, seed 13 f289). Returns k, or -1.
     */
    private static int forExitAfterReturn(Walker w, int i, int j, int k, int to, int handler, boolean inHandler, Op op) {
        if (w.env.atLeast(3, 12) || !inHandler || !op.isReturn() || k >= to || k >= handler
                || w.normalFlow.get(k) || !w.reachable.get(k) || !Handlers.covers(w.code, k, handler)) {
            return -1;
        }
        for (int p = i; p < j; p++) {
            Op loop = w.code.op(p);
            if (loop.is("FOR_ITER") && loop.target() == k && w.reachable.get(p) && !w.normalFlow.get(p)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a copy of the body of {@code handler} or of an enclosing finally clause, starting at k, ends
     * (see {@link FinallyCopy}); or -1.
     */
    static int finallyCopyEnd(Walker w, int k, int handler, Region r) {
        java.util.Set<Integer> hs = new java.util.TreeSet<>(r.handlers());
        hs.add(handler);
        for (int h : hs) {
            if (h > k && Handlers.kind(w.code, h) == Handlers.Kind.FINALLY && TryFinally.finallyLength(w, h) > 0) {
                int e = FinallyCopy.end(w, h, k);
                if (e > k) {
                    return e;
                }
            }
        }
        return -1;
    }

    /**
     * True when the except clauses of the try whose range ends at j go on to t too: a jump there after the
     * try is where its statement goes on (a loop's jump back), not its body's own break or continue.
     */
    private static boolean clausesGoTo(Walker w, int j, int t) {
        Code.Handler inner = j > 0 ? w.code.handlerAt(j - 1) : null;
        if (inner == null || Handlers.kind(w.code, inner.target()) != Handlers.Kind.EXCEPT) {
            return true;
        }
        for (int e : ExceptClauses.clauseExits(w, inner.target())) {
            if (Branches.sameExit(w, e, t) || Tries.skipNops(w, e) == Tries.skipNops(w, t)) {
                return true;
            }
        }
        return false;
    }

    /** True when [j, last) holds no jump and nothing jumps into (j, last]. */
    private static boolean straightTo(Walker w, int j, int last) {
        for (int q = j; q < last; q++) {
            if (w.code.op(q).target() >= 0 || w.jumpTargets.get(q + 1)) {
                return false;
            }
        }
        return true;
    }

    /** True when the range of a try nested in ours, with except clauses we protect, ends at j, started in [i, j). */
    private static boolean nestedTryEndsAt(Walker w, int i, int j, int handler) {
        Code.Handler inner = j > i ? w.code.handlerAt(j - 1) : null;
        return inner != null && inner.target() != handler && inner.end() == j
                && Handlers.kind(w.code, inner.target()) == Handlers.Kind.EXCEPT
                && Handlers.protectsOnly(w.code, inner.target(), i, j) && Handlers.covers(w.code, inner.target() + 1, handler);
    }

    /**
     * 3.11: a `return` ending the body of a for loop in the range at [i, j) pops the iterator inside the
     * range and returns after it; the loop's exit (the code after it, in the body still, the jump back being
     * dead) comes right after the return, unprotected when nothing follows the loop in the body: the body
     * goes on to k there. (3.12+ end the loop with END_FOR, inside the range.) The dead handlers of a try
     * whose body was only that return (its NOPs raise nothing) may lie between the return and the exit.
     */
    private static boolean forLoopExit(Walker w, int i, int j, int k) {
        int exit = k;
        while (exit < w.code.size() && !w.reachable.get(exit)) {
            exit++;
        }
        if (w.env.atLeast(3, 12) || j < 1 || !w.code.op(j - 1).is("POP_TOP") || exit >= w.code.size() || !w.normalFlow.get(exit)) {
            return false;
        }
        for (int q = i; q < j; q++) {
            if (w.code.op(q).is("FOR_ITER") && w.code.op(q).target() == exit) {
                return true;
            }
        }
        return false;
    }

    /**
     * A `return CONST` in a try body inside a with pops the iterators of the loops it leaves and runs the
     * with's exit call (and those of enclosing withs) past our range, then returns the constant; right after
     * that return, the body's end jump over our handler (3.11), or the with's normal exit (3.12+), which a
     * jump in the body [i, j) (a test, the end of an if's or a case's branch) goes to: the return [j, k) is
     * the body's, not an else clause or the code after the try (the body's paths would end at its start).
     */
    private static boolean testJumpsTo(Walker w, int i, int j, int k) {
        for (int q = i; q < j; q++) {
            if (w.code.op(q).isConditionalJump() && w.code.op(q).target() == k && w.reachable.get(q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean constReturnBeforeEndJump(Walker w, int i, int j, int k, int to, int handler) {
        if (k > to || k == to && !w.env.atLeast(3, 12) || k < w.code.size() && Handlers.covers(w.code, k, handler)
                || Handlers.kind(w.code, handler) != Handlers.Kind.EXCEPT) {
            return false;
        }
        if (w.env.atLeast(3, 12)) {
            // 3.12+ lays the handler last: right after that return, the enclosing with's normal exit, where
            // the body's paths go (the code after the try, which an else clause's code would come before;
            // the end of our region when the try ends the with's body)
            // (or an else clause's code, laid out before it: a test of the body jumps over the return to it)
            if (k >= w.code.size() || Tries.exitCall(w, Tries.skipNops(w, k)) < 0 && !testJumpsTo(w, i, j, k)) {
                return false;
            }
        } else if ((k + 1 != handler || !w.code.op(k).isUnconditionalJump()) && !testJumpsTo(w, i, j, k)) {
            return false;                      // (3.11: the body's end jump over the handler, or an else's code)
        }
        int e = Tries.skipNops(w, j);
        for (int pops = 0; pops < 4 && w.code.op(e).is("POP_TOP") && !w.jumpTargets.get(e); pops++) {
            e++;
        }
        e = Tries.exitCall(w, e);
        for (int n = e; n > 0 && !w.jumpTargets.get(n); n = Tries.exitCall(w, n)) {
            e = n;
        }
        boolean constReturn = e > 0 && (w.code.op(e).is("RETURN_CONST") ? e + 1 == k
                : e + 2 == k && (w.code.op(e).is("LOAD_CONST") || w.code.op(e).is("LOAD_SMALL_INT")));
        if (!constReturn || w.jumpTargets.get(e)) {
            return false;
        }
        for (int q = i; q < j; q++) {
            if (w.code.op(q).target() == k && w.reachable.get(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A `return CONST` ending a branch of the try body [i, j) runs a copy of our finally body (or, 3.12+,
     * the enclosing one's, our try/except ending a try/finally body) past the range, then returns the
     * constant, ending at k; at {@code at} (right after it, or 3.11 past a with's handler laid out inline)
     * the normal exit's copy, where a jump in the body's normal flow (the if's test) goes: the return is
     * the body's, not the code after the statement (which comes after the normal exit's copy, never jumped
     * over). Not a loop's exit there: that jump would be a break past the code after the statement.
     */
    private static boolean constReturnBeforeNormalCopy(Walker w, int i, int j, int k, int at, int to, int handler, Region r) {
        Handlers.Kind kind = Handlers.kind(w.code, handler);
        // (our try/except ending the try/finally body: the region ends where that body's normal exit does,
        // a line NOP before the normal exit's copy, 3.12+, may end it)
        int end = kind == Handlers.Kind.FINALLY ? to - 1 : Tries.skipNops(w, to);
        if (at > end || Handlers.covers(w.code, k - 1, handler)
                || kind != Handlers.Kind.FINALLY && !(kind == Handlers.Kind.EXCEPT && w.env.atLeast(3, 12))) {
            return false;
        }
        int p = Tries.skipNops(w, j);
        int e = finallyCopyEnd(w, p, handler, r);
        for (int c; e > p && !Tries.constReturn(w, e) && !w.jumpTargets.get(Tries.skipNops(w, e))
                && (c = finallyCopyEnd(w, Tries.skipNops(w, e), handler, r)) > e; ) {
            e = c;                             // a return through the enclosing finally bodies too: their copies
        }
        if (e > p && w.code.op(e).is("POP_EXCEPT")) {
            e = ExceptClauses.afterNameCleanup(w.code, e + 1);   // out of the except clause our try is in
        }
        if (e <= p || w.jumpTargets.get(p) && !w.jumpsOnlyFrom(p, j, p) || !Tries.constReturn(w, e)
                || (w.code.op(e).is("RETURN_CONST") ? e + 1 : e + 2) != k) {
            return false;
        }
        for (Op op : w.code.ops()) {
            int t = op.target();
            if (t >= j && t < k && (op.index() < i || op.index() >= k) && w.reachable.get(op.index())) {
                return false;                  // the clauses go on to the return: the code after the try
            }
        }
        int landing = Tries.skipNops(w, at);
        int normal = landing;
        for (int n; normal < end && (n = Tries.exitCall(w, normal)) > 0 && Handlers.covers(w.code, normal, handler); ) {
            normal = Tries.skipNops(w, n);     // the normal exit of a with ending our body (its if's test jumps there) first
        }
        if (normal > end || finallyCopyEnd(w, normal, handler, r) <= normal
                || r.loop() != null && r.loop().exit() >= 0 && Tries.skipNops(w, r.loop().exit()) == landing) {
            return false;
        }
        for (int q = i; q < j; q++) {
            int t = w.code.op(q).target();
            // (in the flow our body is in: an except clause's code when the try is inside one)
            if (t >= k && Tries.skipNops(w, t) == landing && w.normalFlow.get(q) == w.normalFlow.get(i) && w.reachable.get(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * k, or past the small exit blocks at k (a return the compiler duplicated into a branch of a copied
     * finally body) that only jumps from [j, k) reach.
     */
    static int duplicatedExits(Walker w, int j, int k, int to, int handler) {
        while (k < to) {
            int n = 0;
            while (k + n < to && n < 8 && w.code.op(k + n).target() < 0 && !w.code.op(k + n).isTerminal()) {
                n++;
            }
            Op last = k + n < to ? w.code.op(k + n) : null;
            if (last == null || !(last.isReturn())
                    || !FinallyCopy.onlyJumpsFrom(w, j, k, k)
                        && (Handlers.covers(w.code, k, handler) || !onlyJumpsFromProtected(w, k, handler))) {
                return k;
            }
            k += n + 1;
        }
        return k;
    }

    /**
     * 3.11: the line NOP before k is a try's whose body raises nothing (`try: pass`, `try: return CONST`):
     * that NOP, a block push, is left out of every range, and so is the body, its code being past the
     * try's POP_BLOCK (the jump over the handler, or the return's unwinding); the try's handler, laid
     * out after it before ours, no range reaches.
     */
    private static boolean emptyTryAt(Walker w, int k, int handler) {
        if (w.env.atLeast(3, 12)) {
            return false;
        }
        for (int q = k + 1; q < handler; q++) {
            if (w.code.op(q).is("PUSH_EXC_INFO") && !w.live(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the handler at k protects code in the normal flow only inside [from, to): the ranges of the
     * statement's own body. 3.12+ lay the handlers of statements nested in it (a with's) out last, and
     * those, protected by k too, lie past the body (unless the body is in an except clause: all ranges count).
     */
    private static boolean protectsOnlyBody(Walker w, int k, int from, int to) {
        // (a body in an except clause is handler code itself: every range counts)
        return Handlers.protectsOnly(w.code, k, from, to, w.env.atLeast(3, 12) && w.normalFlow.get(from) ? w.normalFlow : null);
    }

    /** True when k starts the protected range of a try nested inside {@code handler}'s statement. */
    static boolean startsInnerTry(Walker w, int k, int handler) {
        Code.Handler h = w.code.handlerAt(k);
        return h != null && h.start() == k && h.target() != handler && Handlers.opens(w.code, h)
                && (k == 0 || w.code.handlerAt(k - 1) == null || w.code.handlerAt(k - 1).target() != h.target());
    }

    /**
     * True when a conditional jump in the handler code just before {@code before} goes to k, or a forward
     * jump there (the end of an if's branch jumping over the else that returned), or a for loop's exit (a
     * return inside it, in an except clause: `try: for i in n(): return 1 / else: t() / finally: ...`,
     * seed 171 f196 read the else as a second try/finally after the first, 3.12+). The handlers of a
     * statement nested in that handler code (3.11 lays them out inline, after the statement's body) are
     * looked past: the jump may come from before them (a try/finally's normal exit ending the branch).
     */
    static boolean jumpedFrom(Walker w, int k, int before) {
        for (int q = before - 1; q >= 0 && !w.normalFlow.get(q) && (!w.code.op(q).is("PUSH_EXC_INFO") || !w.env.atLeast(3, 12) && protectsHandlerCode(w, q)); q--) {
            Op op = w.code.op(q);
            if ((op.isConditionalJump() || (op.is("JUMP_FORWARD") || op.is("FOR_ITER")) && w.reachable.get(q)) && op.target() == k) {
                return true;
            }
        }
        return false;
    }

    /** True when the handler at h protects only handler code (it is a statement's nested in an except clause). */
    private static boolean protectsHandlerCode(Walker w, int h) {
        boolean any = false;
        for (Code.Handler c : w.code.handlers()) {
            if (c.target() == h) {
                if (w.normalFlow.get(c.start()) || !w.reachable.get(c.start())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True when k is reached only by jumps from code {@code handler} protects (3.11 copies the final
     * return for each jump to it: a nested statement's exits to the end of the function), not by falling
     * into it.
     */
    static boolean onlyJumpsFromProtected(Walker w, int k, int handler) {
        if (k == 0 || !w.code.op(k - 1).isTerminal()) {
            return false;
        }
        boolean any = false;
        for (Op op : w.code.ops()) {
            if (op.target() == k) {
                if (!Handlers.covers(w.code, op.index(), handler)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * 3.13+: a with directly in the body suppresses to j, a small exit block, by its JUMP_NO_INTERRUPT
     * (JUMP_BACKWARD_NO_INTERRUPT) to the code after it: had that code been the exit block, the compiler
     * would have copied it there (as it does for an else clause or the rest of the body). A jump between
     * them it cannot copy through, the try's own jump to its end, makes j the code after the statement.
     * A larger block at j: the jump outside the body's handler range says the same (it was threaded
     * through that end jump).
     */
    static boolean suppressedToEnd(Walker w, int j, int handler) {
        if (!w.env.atLeast(3, 13)) {
            return false;
        }
        boolean small = smallExitBlock(w, j);
        for (int p = j; p < handler; p++) {
            if (!w.code.op(p).is("POP_EXCEPT") || WithSuppressedPaths.withSuppressed(w.code, p) != j) {
                continue;
            }
            int k = p + 1;
            while (k < handler && w.code.op(k).is("POP_TOP")) {
                k++;
            }
            Code.Handler around = w.code.handlerAt(p + 1);
            if (k < handler && w.code.noInterruptJump(k) && around != null && around.target() == handler
                    && (small || w.code.handlerAt(k) == null || w.code.handlerAt(k).target() != handler)) {
                // (a larger block: the jump threaded through the try's end jump, past the try's POP_BLOCK,
                // took that jump's handler, the one around the statement; an else clause right after the
                // POP_BLOCK leaves the jump inside the body's handler range)
                return true;
            }
        }
        return false;
    }

    /**
     * 3.12+: a piece of the body [i, j) or one laid out past j (the code after an inner statement reached
     * only from its handlers) ends in a jump to j that lies outside the body's handler range: the jump (a
     * break, the end of an if's branch) was threaded through the try's own end jump, past its POP_BLOCK,
     * so j is the code after the statement, not an else clause (whose code the jump would reach inside
     * the range).
     */
    static boolean threadedPastBody(Walker w, int i, int j, int handler) {
        if (!w.env.atLeast(3, 12) || j >= handler) {
            return false;
        }
        int at = Tries.skipNops(w, j);
        for (int k = i + 1; k < handler; k++) {
            Op op = w.code.op(k);
            Code.Handler h = w.code.handlerAt(k);
            Code.Handler before = w.code.handlerAt(k - 1);
            if (op.isUnconditionalJump() && Tries.skipNops(w, op.target()) == at && w.reachable.get(k)
                    && (h == null || h.target() != handler) && before != null && before.target() == handler
                    && !w.code.op(k - 1).isTerminal()) {
                return true;
            }
        }
        return false;
    }

    /**
     * p is the POP_EXCEPT of the suppressing path of a with directly in the try body whose handler is
     * {@code handler}: where that path goes on, through a JUMP_FORWARD at or after {@code from} ending the if's
     * branch or the body; else -1.
     */
    private static int suppressedTo(Walker w, int p, int from, int handler) {
        Code.Handler around = w.code.handlerAt(p + 1);
        if (!w.code.op(p).is("POP_EXCEPT") || around == null || around.target() != handler) {
            return -1;
        }
        int t = WithSuppressedPaths.withSuppressed(w.code, p);
        if (t >= from && t < handler && w.code.op(t).is("JUMP_FORWARD")) {
            t = w.code.op(t).target();
        }
        return t;
    }

    /**
     * The body never ends normally, and the code after the statement is reached only by the suppressing
     * path of a with inside it (TryRanges.exitGap: a with ending an if's branch, the else returning): 3.13+
     * lay it out at j, after the with's handler, and jump there; 3.11 lays the handler inline after the
     * body and jumps past the try's handlers. Returns where that code is, or -1. (3.12 falls into it
     * from the handler: the walk reads it as an else, moved into the body, which compiles the same.)
     */
    static int onlySuppressedTo(Walker w, int i, int j, int handler, int areaEnd) {
        if (!w.env.atLeast(3, 11) || j > handler || j > i && !w.code.op(j - 1).isTerminal() && w.normalFlow.get(j - 1)) {
            return -1;
        }
        for (int p = i; p < handler; p++) {
            int t = suppressedTo(w, p, i, handler);
            if (t < 0) {
                continue;
            }
            if (t != j && t != Tries.skipNops(w, areaEnd) && !pastWithHandlers(w, j, t, handler)
                    || w.normalFlow.get(t) || !w.reachable.get(t)) {
                return -1;
            }
            if (!w.jumpsOnlyFrom(t, i, handler)) {
                return -1;                     // another path reaches t too
            }
            return t;
        }
        return -1;
    }

    /**
     * 3.13+: the code after the statement at t, laid out after the body's end j past only handler code (the
     * handlers of a with in the body, nested in another: the inner one's first), before the try's handler:
     * straight code returning or raising that fills the space up to that handler.
     */
    private static boolean pastWithHandlers(Walker w, int j, int t, int handler) {
        return w.env.atLeast(3, 13) && t > j && t < handler && w.onlyHandlerCode(j, t)
                && straightExit(w, t, handler) == handler;
    }

    /**
     * 3.12+: the try body [i, j) ends its region [i, to) with a with that never ends normally and whose
     * suppressing path goes on (through the jump after its handler) to code laid out after that handler,
     * before the try's handler, where the region goes on: the try's else clause (only the body reaches it),
     * which no walk of this region or of the if around it reads (Branches drops it past the handlers):
     * the try reads it ({@link Tries}' except). Returns where, or -1.
     */
    static int suppressedPastRegion(Walker w, int i, int j, int to, int handler, Region r) {
        if (!w.env.atLeast(3, 12) || j < to || j > handler || j > i && !w.code.op(j - 1).isTerminal()) {
            return -1;
        }
        for (int p = i; p < handler; p++) {
            int t = suppressedTo(w, p, p + 1, handler);
            if (t < 0) {
                continue;
            }
            if (t > p && t < handler && t == r.follow() && w.reachable.get(t) && !w.onlyHandlerCode(to, p)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * 3.12+: the try body [i, j) ends its region [i, to) (a loop's body, an if's branch) with a with that
     * never ends normally, whose suppressing path goes on (through the jump after its handler; a nested
     * with's through the enclosing exit call, to the same place) to code laid out after that handler, before
     * the try's handler, outside the normal flow: the try's else clause, which only the body reaches and which
     * no walk of the region reads (the region ends at the range; the code past it is handler code to the
     * walk). Unlike {@link #suppressedPastRegion} the path does not reach where the region goes on: the else
     * clause ends the region, leaving or jumping to where it goes on, which {@link Tries}' except checks.
     * Returns where it starts, or -1.
     */
    static int suppressedPastBody(Walker w, int i, int j, int to, int handler) {
        if (!w.env.atLeast(3, 12) || j > handler || j <= i || !w.code.op(j - 1).isTerminal()
                || j < to && w.dead.nextClearBit(j) < to) {
            return -1;                         // (3.12: a dead copy of the exit only the loop's test copy reaches may follow)
        }
        for (int p = i; p < handler; p++) {
            int t = suppressedTo(w, p, p + 1, handler);
            if (t < 0) {
                continue;
            }
            return t > p && t >= to && t < handler && w.reachable.get(t) && !w.normalFlow.get(t)
                    && !w.onlyHandlerCode(to, p) ? t : -1;
        }
        return -1;
    }

    /**
     * The statement at i ends its region (a branch of an if in an enclosing try body) and the code after it,
     * reached only by a with's suppressing path, is laid out past its handlers (3.12+): the end of that
     * code, straight code still in the statement's handler range, when what follows is the small exit
     * block after the enclosing try, outside any handler range (the branch falls off the end of that
     * try body there) and where the region goes on (Branches: the with's suppressing path goes there); else -1.
     */
    static int tailToFollow(Walker w, int c, Region r) {
        Code.Handler around = w.code.handlerAt(c);
        int e = around == null || !r.handlers().contains(around.target()) ? -1 : bodyTailEnd(w, c, around.target());
        if (e < 0 && around != null && r.handlers().contains(around.target())) {
            // (3.12+: the code ends in a jump back to where the if around it goes on, the region's follow)
            int jump = bodyJumpEnd(w, c, around.target());
            return jump > c && r.exactFollow() && Branches.sameExit(w, w.code.op(jump).target(), r.follow()) ? jump : -1;
        }
        return e > c && r.exactFollow() && Branches.sameExit(w, e, r.follow()) ? e : -1;
    }

    /**
     * 3.12+: straight code at c inside the enclosing try's range (handler enclosing), no jump into it,
     * ending in an unconditional jump (to where the if around it goes on): that jump's index; else -1.
     */
    static int bodyJumpEnd(Walker w, int c, int enclosing) {
        if (!w.env.atLeast(3, 12)) {
            return -1;
        }
        for (int k = c; k < w.code.size() && w.code.handlerAt(k) != null && w.code.handlerAt(k).target() == enclosing; k++) {
            Op op = w.code.op(k);
            if (k > c && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO") || Handlers.kind(w.code, enclosing) != Handlers.Kind.EXCEPT) {
                return -1;
            }
            if (op.isUnconditionalJump()) {
                return k > c ? k : -1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return -1;
            }
            if (k + 1 < w.code.size() && w.code.handlerAt(k + 1) == null && !w.jumpTargets.get(k + 1)
                    && w.code.op(k + 1).isUnconditionalJump()) {
                return k + 1;                  // (3.13+: the jump back lies outside the range)
            }
        }
        return -1;
    }

    static int bodyTailEnd(Walker w, int c, int enclosing) {
        Code.Handler around = w.code.handlerAt(c);       // the enclosing try's
        if (around == null || around.target() != enclosing
                || Handlers.kind(w.code, around.target()) != Handlers.Kind.EXCEPT) {
            return -1;
        }
        int k = c;
        while (k < w.code.size() && w.code.handlerAt(k) != null && w.code.handlerAt(k).target() == around.target()) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || op.isTerminal() || k > c && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
            k++;
        }
        if (k == c || k >= w.code.size() || w.jumpTargets.get(k)) {
            return -1;
        }
        for (int e = k; e < w.code.size() && e - k < 3; e++) {
            Op op = w.code.op(e);
            if (w.code.handlerAt(e) != null || e > k && w.jumpTargets.get(e)
                    || !(op.is("NOP") || op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT") || op.isTerminal())) {
                return -1;
            }
            if (op.isReturn()) {
                return k;
            }
        }
        return -1;
    }

    /** The end of straight code at j, ending in a return or raise before {@code limit}, no jump into it; or -1. */
    static int straightExit(Walker w, int j, int limit) {
        for (int k = j; k < limit; k++) {
            Op op = w.code.op(k);
            if (op.target() >= 0 || k > j && w.jumpTargets.get(k) || op.is("PUSH_EXC_INFO")) {
                return -1;
            }
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * True when j starts a copy of an except clause's lineless end, POP_EXCEPT and a jump (3.13+:
     * flowgraph.c's basicblock_inline_small_or_no_lineno_blocks copies a block without line number and
     * without fall-through into each block jumping to it, where 3.12 has them share one).
     */
    static boolean clauseEndJumpCopy(Walker w, int j) {
        return w.env.atLeast(3, 13) && j + 1 < w.code.size() && w.code.op(j).is("POP_EXCEPT")
                && w.code.op(j + 1).isUnconditionalJump();
    }

    /** A block of at most four instructions at j ending in a return or raise, which the compiler copies into a jump to it. */
    static boolean smallExitBlock(Walker w, int j) {
        for (int k = j; k < w.code.size() && k - j < WhileExitCopies.MAX_COPY_SIZE; k++) {
            Op op = w.code.op(k);
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return true;
            }
            if (op.target() >= 0 || op.isTerminal() || k > j && w.jumpTargets.get(k)) {
                return false;
            }
        }
        return false;
    }
}
