package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.LiftException;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Tries} needs to read except clauses: where a handler's code ends, where its clauses exit
 * to, the compiler's name cleanup, and the code after the try statement that 3.12+ copies into the
 * clauses (after their POP_EXCEPT) and the else.
 */
final class ExceptClauses {
    private ExceptClauses() {}

    /**
     * {@code except E as e} ends with {@code e = None; del e}, and so does every return, break and continue
     * leaving the clause: the compiler's cleanup, dropped wherever it appears.
     */
    static List<Stmt> stripNameCleanup(List<Stmt> body, String name) {
        return stripNameCleanup(body, name, true);
    }

    /**
     * {@code atEnd}: the end of {@code body} is where the clause falls off (not so in a nested try
     * statement's parts, where only a cleanup before an exit is the compiler's).
     */
    private static List<Stmt> stripNameCleanup(List<Stmt> body, String name, boolean atEnd) {
        if (name == null) {
            return body;
        }
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            Stmt s = body.get(k);
            boolean last = atEnd && k + 2 == body.size();
            if (!atEnd && k + 2 == body.size() && isCleanup(s, body.get(k + 1), name)) {
                // a branch of a nested try's part ending with the enclosing clause's end, copied (3.13+: its
                // POP_EXCEPT, this cleanup, a jump): not read (seed 165 f27)
                throw new LiftException("an enclosing clause's name cleanup ends a nested statement's branch");
            }
            if (k + 1 < body.size() && isCleanup(s, body.get(k + 1), name) && (last || exitPastCleanups(body, k + 2))) {
                k++;
                continue;
            }
            out.add(switch (s) {
                case Stmt.If i -> new Stmt.If(i.test(), stripNameCleanup(i.body(), name, atEnd), stripNameCleanup(i.orelse(), name, atEnd));
                case Stmt.While wh -> new Stmt.While(wh.test(), stripNameCleanup(wh.body(), name, atEnd), stripNameCleanup(wh.orelse(), name, atEnd));
                case Stmt.For f -> new Stmt.For(f.target(), f.iter(), stripNameCleanup(f.body(), name, atEnd),
                        stripNameCleanup(f.orelse(), name, atEnd), f.isAsync());
                case Stmt.With wi -> new Stmt.With(wi.items(), stripNameCleanup(wi.body(), name, atEnd), wi.isAsync());
                case Stmt.Match ma -> new Stmt.Match(ma.subject(), ma.cases().stream()
                        .map(cs -> new Stmt.MatchCase(cs.pattern(), cs.guard(), stripNameCleanup(cs.body(), name, atEnd))).toList());
                // (a clause binding the same name has its own cleanup: left to it; the other parts are ours)
                case Stmt.Try t -> new Stmt.Try(
                        stripNameCleanup(t.body(), name, false),
                        t.handlers().stream().map(h -> name.equals(h.name()) ? h
                                : new Stmt.ExceptHandler(h.type(), h.name(), stripNameCleanup(h.body(), name, false))).toList(),
                        stripNameCleanup(t.orelse(), name, false), stripNameCleanup(t.finalbody(), name, false), t.star());
                default -> s;
            });
        }
        return out;
    }

    /**
     * True when body[k] is a return, break, continue or finally exit, past the name cleanups of enclosing
     * named clauses it leaves too (each clause's in turn, innermost first: {@code except E as e: try: ... /
     * except F as d: return x.k}, the value computed before both; the inner cleanup was printed as code).
     */
    private static boolean exitPastCleanups(List<Stmt> body, int k) {
        while (k + 1 < body.size() && body.get(k + 1) instanceof Stmt.Delete del && del.targets().size() == 1
                && del.targets().get(0) instanceof Expr.Name n && isCleanup(body.get(k), body.get(k + 1), n.id())) {
            k += 2;
        }
        return k < body.size() && (body.get(k) instanceof Stmt.Return || body.get(k) instanceof Stmt.Break
                || body.get(k) instanceof Stmt.Continue || body.get(k) instanceof Stmt.FinallyExit);
    }

    static boolean isCleanup(Stmt a, Stmt d, String name) {
        return a instanceof Stmt.Assign as && Walker.isNoneConst(as.value())
                && as.targets().equals(List.of(new Expr.Name(name)))
                && d instanceof Stmt.Delete del && del.targets().equals(List.of(new Expr.Name(name)));
    }

    /**
     * An except clause whose POP_EXCEPT (and name cleanup) is followed by the code after the try statement
     * instead of a jump to it (the compiler copies a small exit block into the clause): the index after
     * the cleanup, where that code starts; or -1.
     */
    static int fallThrough(Walker w, int k, int next, int handler, Region r) {
        int cleanup = w.code.handlerAt(handler).target();
        for (int p = k; p < next; p++) {
            Op op = w.code.op(p);
            if (!op.is("POP_EXCEPT") || Handlers.covers(w.code, p, cleanup) || !w.reachable.get(p)
                    || w.code.op(p - 1).is("SWAP")) {
                continue;
            }
            for (int q = k; q < p; q++) {
                if (w.code.op(q).target() > p) {
                    return -1;                 // a branch of the clause goes elsewhere: not the clause's one exit
                }
            }
            int after = afterNameCleanup(w.code, p + 1);
            if (after >= w.code.size() || w.code.op(after).isUnconditionalJump() || !w.normalFlow.get(after)
                    && !w.reachable.get(after)) {
                return -1;
            }
            Op o = w.code.op(after);
            return o.is("RERAISE") || o.is("PUSH_EXC_INFO") || w.unwindingCopy(after, r) > 0 ? -1 : after;
        }
        return -1;
    }

    /**
     * True when the code at {@code fall}, after the POP_EXCEPT that ends a clause walked from k (and an
     * enclosing clause's), is on that POP_EXCEPT's line: the clause's own return, whose unwinding takes the
     * return's line (`except E: return False`). The code after the statement, which 3.12+ copy there when
     * the clause falls off into it, starts on a line of its own, the clause's POP_EXCEPT on the clause's
     * last line.
     */
    static boolean ownExitAt(Walker w, int k, int fall) {
        int p = fall - 1;
        while (p >= k && !w.code.op(p).is("POP_EXCEPT")) {
            p--;
        }
        int q = fall;                          // (past an enclosing clause's POP_EXCEPT and name cleanup)
        while (q < w.code.size() && (w.code.op(q).is("POP_EXCEPT") || afterNameCleanup(w.code, q) > q)) {
            q = w.code.op(q).is("POP_EXCEPT") ? q + 1 : afterNameCleanup(w.code, q);
        }
        if (p < k || q >= w.code.size() || w.code.op(p).line() <= 0 || w.code.op(p).line() != w.code.op(q).line()) {
            return false;
        }
        // (not `return None`: the implicit return after the statement has the line of the code before it;
        // a clause falling off into it reads as it did)
        Op op = w.code.op(q);
        boolean returnsNone = op.argval() instanceof depyf.pyc.PyObject.None && (op.is("RETURN_CONST")
                || op.is("LOAD_CONST") && q + 1 < w.code.size() && w.code.op(q + 1).is("RETURN_VALUE"));
        return !returnsNone;
    }

    /**
     * The index of the jump that follows the POP_EXCEPT at p, ending an except clause walked with a fork
     * of {@code outer}, when the POP_EXCEPT of an except clause enclosing the statement ({@code outer}
     * holds its exception) and that clause's name cleanup come between: the enclosing clause's end (the
     * clause falls into it) or a break or continue leaving both clauses; or the index of the return of a
     * constant there, leaving both clauses ({@code except E as e: try: ... / except F: return 11}), also through
     * the copy of a finally body around our statement inside the enclosing clause. Otherwise -1.
     */
    static int enclosingClauseExit(Walker w, int p, depyf.lift.Lifter outer) {
        int q = p < 0 ? -1 : afterNameCleanup(w.code, p + 1);   // (past the clause's own name cleanup)
        int between = q >= 0 && q < w.code.size() && !w.code.op(q).is("POP_EXCEPT") ? enclosingFinallyCopyEnd(w, p, q) : -1;
        boolean throughFinally = between > q && between < w.code.size() && w.code.op(between).is("POP_EXCEPT");
        if (throughFinally) {
            // (a try/finally inside the enclosing clause holds our statement: the return runs its finally
            // body's copy between the two clauses' ends, `except E as e: try: ... except F: return 38 /
            // finally: t()`; tails seed 41 f44, f179, whose clause printed the cleanups as code)
            q = between;
        }
        if (q < 0 || q >= w.code.size() || !w.code.op(q).is("POP_EXCEPT")) {
            return -1;
        }
        int k = afterNameCleanup(w.code, q + 1);
        while (k < w.code.size() && w.code.op(k).is("POP_EXCEPT") && constReturnPast(w, k)) {
            k = afterNameCleanup(w.code, k + 1);   // (a return leaving more enclosing clauses)
        }
        int copied = enclosingFinallyCopyEnd(w, q, k);
        if (copied > k && copied < w.code.size() && constReturnAt(w, copied)) {
            k = copied;                        // (a return running an enclosing finally body's copy first)
        }
        if (k >= w.code.size() || !w.code.op(k).isUnconditionalJump() && !constReturnAt(w, k) && !iteratorPopThenJump(w, k)
                || throughFinally && !constReturnAt(w, k)) {
            return -1;
        }
        for (int d = 1; d <= outer.depth(); d++) {
            if (outer.peek(d) == depyf.lift.Item.PreviousException.INSTANCE) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the copy, at k, of the body of a finally clause whose handler protects q (an enclosing clause's
     * POP_EXCEPT, or a nested try's handler code) ends; or -1.
     */
    static int enclosingFinallyCopyEnd(Walker w, int q, int k) {
        Code.Handler h = w.code.handlerAt(q);
        for (int hops = 0; h != null && hops < 8; hops++, h = w.code.handlerAt(h.target())) {   // (outward, a few levels)
            if (Handlers.kind(w.code, h.target()) == Handlers.Kind.FINALLY) {
                return FinallyCopy.end(w, h.target(), k);
            }
        }
        return -1;
    }

    /** True when k pops a for loop's iterator, then jumps: a break out of that loop. */
    private static boolean iteratorPopThenJump(Walker w, int k) {
        return k + 1 < w.code.size() && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("POP_ITER"))
                && w.code.op(k + 1).isUnconditionalJump();
    }

    /** True when the POP_EXCEPTs and name cleanups from k run into {@link #constReturnAt the return of a constant}. */
    private static boolean constReturnPast(Walker w, int k) {
        while (k < w.code.size() && w.code.op(k).is("POP_EXCEPT")) {
            k = afterNameCleanup(w.code, k + 1);
        }
        return k < w.code.size() && constReturnAt(w, k);
    }

    /** {@link Tries#constReturn} at k, past the pops of for loops' iterators. */
    private static boolean constReturnAt(Walker w, int k) {
        while (k + 1 < w.code.size() && (w.code.op(k).is("POP_TOP") || w.code.op(k).is("POP_ITER"))) {
            k++;
        }
        return Tries.constReturn(w, k);
    }

    /**
     * The statements after the POP_EXCEPT of a clause that leaves an enclosing clause too (see
     * {@link #enclosingClauseExit}): the name cleanups of the named clauses it leaves, then a lone break,
     * continue or return of a constant; or null.
     */
    static Stmt leavingJump(List<Stmt> after) {
        Stmt last = after.isEmpty() ? null : after.get(after.size() - 1);
        if (!(last instanceof Stmt.Break || last instanceof Stmt.Continue
                || last instanceof Stmt.Return ret && (ret.value() == null || ret.value() instanceof Expr.Constant))) {
            return null;
        }
        if (after.size() % 2 == 0) {
            return null;
        }
        // (each enclosing named clause's cleanup before it: one per clause left)
        for (int k = 0; k < after.size() - 1; k += 2) {
            if (!(after.get(k + 1) instanceof Stmt.Delete del && del.targets().size() == 1
                    && del.targets().get(0) instanceof Expr.Name n && isCleanup(after.get(k), after.get(k + 1), n.id()))) {
                return null;
            }
        }
        return last;
    }

    /**
     * The statements after a clause's POP_EXCEPT: the clause's name cleanup, which the compiler puts
     * right after it, dropped first, then wherever it appears before an exit.
     */
    static List<Stmt> afterCleanup(List<Stmt> after, String name) {
        if (name != null && after.size() >= 2 && isCleanup(after.get(0), after.get(1), name)) {
            after = after.subList(2, after.size());
        }
        return stripNameCleanup(new ArrayList<>(after), name);
    }

    /**
     * True when what every clause runs after its POP_EXCEPT does the same inside the clause: nothing,
     * or a lone break, continue, {@code return CONST} or the end of the finally clause it is in.
     */
    static boolean allPlain(List<List<Stmt>> afterExcept) {
        for (List<Stmt> a : afterExcept) {
            if (a.isEmpty()) {
                continue;
            }
            if (a.size() > 1 || !(a.get(0) instanceof Stmt.Break || a.get(0) instanceof Stmt.Continue
                    || a.get(0) instanceof Stmt.FinallyExit
                    || a.get(0) instanceof Stmt.Return ret && (ret.value() == null || ret.value() instanceof Expr.Constant))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The code after a try statement that 3.12+ copied after the POP_EXCEPT of the clauses that fall off
     * their end, when it can be printed after the statement instead: the same statements in each such
     * clause, ending in a return or raise, outside the handler just as the statement is (the copies
     * covered by the handler of the clause's cleanup, the enclosing one), and every other path leaves
     * (the clauses without a copy, and {@code normal}: the else clause, or the body when there is none).
     * Otherwise null.
     */
    static List<Stmt> movableExit(Walker w, int handler, List<List<Stmt>> afterExcept, List<Integer> at,
            List<List<Stmt>> wholeBodies, List<Stmt> normal) {
        List<Stmt> after = null;
        for (List<Stmt> a : afterExcept) {
            if (!a.isEmpty() && !allPlain(List.of(a))) {
                after = a;
                break;
            }
        }
        if (after == null || !(after.get(after.size() - 1) instanceof Stmt.Return
                || after.get(after.size() - 1) instanceof Stmt.Raise) || !leaves(normal)
                || wholeBodies.size() != afterExcept.size()) {
            return null;
        }
        Code.Handler cleanup = w.code.handlerAt(handler);
        Code.Handler enclosing = cleanup == null ? null : w.code.handlerAt(cleanup.target());
        for (int c = 0; c < afterExcept.size(); c++) {
            List<Stmt> a = afterExcept.get(c);
            if (a.equals(after)) {
                int k = afterNameCleanup(w.code, at.get(c) + 1);
                Code.Handler covers = w.code.handlerAt(k);
                if (at.get(c) < 0 || (covers == null ? enclosing != null
                        : enclosing == null || covers.target() != enclosing.target())) {
                    return null;
                }
            } else if (!leaves(wholeBodies.get(c))) {
                return null;
            }
        }
        return after;
    }

    /**
     * True when the code every clause runs after its POP_EXCEPT (the plain ones aside) is a copy of the
     * straight-line block at f, ending in a return or raise, covered by the same handler as f (or none):
     * what the statement's normal path falls into, copied after the POP_EXCEPT of clauses falling off.
     */
    static boolean copiesOfFollow(Walker w, List<List<Stmt>> afterExcept, List<Integer> at, int f) {
        return copiesOfFollow(w, afterExcept, at, f, false);
    }

    /** {@link #copiesOfFollow(Walker, List, List, int)}, counting the plain copies too when {@code plain}. */
    static boolean copiesOfFollow(Walker w, List<List<Stmt>> afterExcept, List<Integer> at, int f, boolean plain) {
        if (f < 0 || f >= w.code.size() || !w.normalFlow.get(Tries.skipNops(w, f))) {
            return false;
        }
        int b = Tries.skipNops(w, f);
        int n = FinallyCopy.exitLength(w, b);
        boolean any = false;
        for (int c = 0; c < afterExcept.size(); c++) {
            if (afterExcept.get(c).isEmpty() || !plain && allPlain(List.of(afterExcept.get(c)))) {
                continue;
            }
            int k = at.get(c) < 0 ? -1 : afterNameCleanup(w.code, at.get(c) + 1);
            if (n <= 0 || k < 0 || k == b || FinallyCopy.exitLength(w, k) != n || !Tries.sameOps(w, b, k, n)) {
                return false;
            }
            Code.Handler hk = w.code.handlerAt(k);
            Code.Handler hb = w.code.handlerAt(b);
            if (hk == null ? hb != null : hb == null || hk.target() != hb.target()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True when every clause ends in a return or raise. */
    static boolean allExit(List<Stmt.ExceptHandler> clauses) {
        for (Stmt.ExceptHandler h : clauses) {
            List<Stmt> b = h.body();
            if (b.isEmpty() || !(b.get(b.size() - 1) instanceof Stmt.Return || b.get(b.size() - 1) instanceof Stmt.Raise)) {
                return false;
            }
        }
        return !clauses.isEmpty();
    }

    /** True when the clause body ends by leaving it: a return, raise, break or continue. */
    static boolean leaves(List<Stmt> body) {
        Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
        return last instanceof Stmt.Return || last instanceof Stmt.Raise || last instanceof Stmt.Break
                || last instanceof Stmt.Continue;
    }

    /**
     * The statements every except clause runs after its POP_EXCEPT, when they end in a return or raise
     * and the else clause ends with them too: the code after the try statement, copied into each path.
     */
    static List<Stmt> sharedExit(List<List<Stmt>> afterExcept, List<Stmt> orelse, boolean copiesExits) {
        List<Stmt> first = commonExit(afterExcept, copiesExits);
        if (first == null || orelse.size() < first.size()
                || !orelse.subList(orelse.size() - first.size(), orelse.size()).equals(first)) {
            return null;
        }
        return first;
    }

    /** The statements all clauses run after POP_EXCEPT, ending in a return or raise (3.12+), or null. */
    static List<Stmt> commonExit(List<List<Stmt>> afterExcept, boolean copiesExits) {
        if (afterExcept.isEmpty() || !copiesExits) {
            return null;
        }
        List<Stmt> first = afterExcept.get(0);
        if (first.isEmpty() || !(first.get(first.size() - 1) instanceof Stmt.Return
                || first.get(first.size() - 1) instanceof Stmt.Raise)) {
            return null;
        }
        for (List<Stmt> a : afterExcept) {
            if (!a.equals(first)) {
                return null;
            }
        }
        return first;
    }

    /**
     * The small block after a try body (from j up to its return), followed only by handler code up to
     * the handler, is the same code as at {@code copy}: the code after the statement, copied.
     */
    static boolean isCopiedExit(Walker w, int j, int copy, int handler) {
        int t = j;
        while (t < handler && !w.code.op(t).isTerminal()) {
            t++;
        }
        if (t >= handler || !(w.code.op(t).isReturn()
                || w.code.op(t).is("RAISE_VARARGS") || finallyCopyEnd(w, j, t))) {
            return false;
        }
        return Tries.sameOps(w, j, copy, t - j + 1) && w.onlyHandlerCode(t + 1, handler);
    }

    /**
     * 3.12+: the RERAISE at t ending the code from j, off the normal flow: the end of the exception path's copy of
     * a finally body, a scope exit flowgraph.c copies into the clauses of a try in that body falling off their end
     * as it copies a return (basicblock_exits_scope, inline_small_or_no_lineno_blocks; at most MAX_COPY_SIZE, 4,
     * instructions). `try: A finally: try: w() except E: pass` + `y()` (fileinput.FileInput.nextfile, 3.12).
     */
    private static boolean finallyCopyEnd(Walker w, int j, int t) {
        return w.env.atLeast(3, 12) && w.code.op(t).is("RERAISE") && t - j < 4 && w.reachable.get(j) && !w.normalFlow.get(j);
    }

    /**
     * k, or the index after the compiler's cleanup of an {@code except ... as name} clause starting at k
     * ({@code LOAD_CONST None; STORE name; DELETE name}).
     */
    static int afterNameCleanup(Code code, int k) {
        return k + 2 < code.size() && code.op(k).is("LOAD_CONST") && code.op(k + 1).name().startsWith("STORE_")
                && code.op(k + 2).name().startsWith("DELETE_") ? k + 3 : k;
    }

    /**
     * k, or past the POP_EXCEPTs starting at k, each with its name's cleanup: a jump leaving several clauses
     * at once (a break out of a loop ending a clause that ends another) pops them one after the other.
     */
    static int pastClauseEnds(Code code, int k) {
        while (k < code.size() && code.op(k).is("POP_EXCEPT")) {
            k = afterNameCleanup(code, k + 1);
        }
        return k;
    }

    /** p, or the index before the name cleanup that ends at p (see {@link #afterNameCleanup}). */
    static int beforeNameCleanup(Code code, int p) {
        return p >= 2 && afterNameCleanup(code, p - 2) == p + 1 ? p - 3 : p;
    }

    /**
     * Where the handlers' normal exits go: the target of a jump right after POP_EXCEPT (and name cleanup).
     * A jump out of the enclosing loop is a clause's {@code break}, not the end of the statement; a jump
     * to the loop's head is one only when no clause goes elsewhere.
     */
    static int findEnd(Walker w, int handler, Region r) {
        int head = -1;
        for (int t : clauseExits(w, handler)) {
            if (t == r.follow() && w.coldNormalCopies.get(t)) {
                return t;                      // the enclosing finally's normal exit copy, past the loop's body (TryFinally.coldNormalCopy)
            }
            if (breaks(w, r, t) && w.env.atLeast(3, 12) && !rejoiningContinuation(w, handler, t, r) && !inEnclosingWith(w, t, r)
                    && !(ColdContinuations.bodyReturns(w, handler) && ColdContinuations.endOfEnclosingBody(w, r, t))
                    && !keepsIterator(w, handler, r, t)) {
                continue;                      // 3.11: the statement ends there, Tries walks the rest of the body
            }
            if (r.loop() == null || !r.loop().continues().contains(t)) {
                return t;
            }
            head = head < 0 ? t : head;
        }
        return head;
    }

    /**
     * True when t, past the loop's body, is the rest of the body of a with being walked inside the loop,
     * laid out cold after the handlers with its normal exit ({@link ColdContinuations#endAtWithExit}): the
     * try ends that body's first part, its own body leaving (a continue through the with's exit call), and
     * the clauses go on there.
     */
    private static boolean inEnclosingWith(Walker w, int t, Region r) {
        if (r.loop() == null || r.loop().continues().isEmpty()) {
            return false;
        }
        int head = java.util.Collections.min(r.loop().continues());
        for (Code.Handler h : w.code.handlers()) {
            // (a with inside the loop: the normal exit of a with around it is where the loop's break goes)
            if (r.handlers().contains(h.target()) && BranchExits.firstProtected(w, h) > head
                    && ColdContinuations.endAtWithExit(w, t, h.target()) > t) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when t, past the loop's body, is the code after a try whose body never falls off its end (it
     * returns, continues or breaks out of the loop), laid out after the handlers (ColdContinuations) and
     * going back into the loop: no break.
     */
    private static boolean rejoiningContinuation(Walker w, int handler, int t, Region r) {
        // (or ends with a continue: `try: x(); continue / except E: pass` then code, ending in the jump back)
        if (ColdContinuations.bodyReturns(w, handler)) {
            return rejoiningContinuation(w, t, r);
        }
        if (ColdContinuations.bodyBreaks(w, handler, r.loop()) && goesRound(w, t, r.loop())) {
            // (a retry loop nested in another loop, `while True: try: x(); break / except E: pass / t()`:
            // the rest of the body after the try, going round, 3.12+ lay out past the enclosing loop's code)
            return rejoiningContinuation(w, t, r);
        }
        // (round the loop, or back to where the region goes on in its body: the code after the if whose
        // branch the try ends)
        return ColdContinuations.bodyJumpsBack(w, handler, r.loop()) && (breakingContinuation(w, t, r)
                || rejoiningContinuation(w, t, r) && (goesRound(w, t, r.loop()) || rejoinsRegionInBody(w, t, ColdContinuations.end(w, t, r), r)));
    }

    /**
     * True when the block laid out after the handlers at t ends with a jump to the loop's exit, which is
     * not t: the rest of the body after the try, ending with a break ({@code while c(): try: x(); continue /
     * except E: pass / t(); break}), not the code after the loop a clause's break reaches, which the loop's
     * other exits (its test) would reach too.
     */
    static boolean breakingContinuation(Walker w, int t, Region r) {
        Region.Loop loop = r.loop();
        int e = ColdContinuations.end(w, t, r);
        int x = -1;                            // (the block's last jump out: its own statements' handlers may follow)
        for (int k = t; k < e; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && (op.target() < t || op.target() >= e) && w.normalFlow.get(k)) {
                x = op.target();
            }
        }
        if (x < 0 || x == t || loop.exit() < 0 || !ColdContinuations.rejoins(w, t, e, x, x, loop)) {
            return false;
        }
        return (x == loop.exit() || x == Tries.skipNops(w, loop.exit()) || loop.continuesOuter(x)) && exitedTo(w, loop, x);
    }

    /**
     * True when the body of {@code loop} (its test, a break) jumps to x in normal flow: the loop's exit, or
     * an enclosing loop's head when the loop ends that loop's body (its exit threaded there, no code running
     * after it). A loop whose exit only its layout suggests (the code after a while True's jump back) is not
     * known to leave there.
     */
    private static boolean exitedTo(Walker w, Region.Loop loop, int x) {
        int head = java.util.Collections.min(loop.continues());
        for (int k = head; k < loop.bodyEnd() && k < w.code.size(); k++) {
            int t = w.code.op(k).target();
            if (t >= 0 && (t == x || Tries.skipNops(w, t) == x) && w.normalFlow.get(k) && w.reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the block laid out after the handlers at t ends with a jump back to where {@code loop} goes
     * round (its head, past line NOPs): that loop's body goes on there, not an enclosing loop's.
     */
    private static boolean goesRound(Walker w, int t, Region.Loop loop) {
        int back = ColdContinuations.endJumpTarget(w, t, true);
        return back >= 0 && loop.continues().stream().anyMatch(head -> head == back || Tries.skipNops(w, head) == back);
    }

    /** True when t starts a block laid out after handlers, entered only from except clauses, going back into the loop. */
    static boolean rejoiningContinuation(Walker w, int t, Region r) {
        // (its code may be protected by the handlers of statements around the loop's body: an enclosing
        // try's, whose body holds the loop)
        int e = ColdContinuations.end(w, t, r);
        return e > t && (ColdContinuations.rejoins(w, t, e, t, t, r.loop()) || rejoinsRegionInBody(w, t, e, r));
    }

    /**
     * True when the block [t, e) jumps back only to where the region goes on inside the loop's body (or the
     * loop's head or exit): the code after a try ending an if branch in the loop body, whose body returns,
     * laid out after the handlers (3.12+, ColdContinuations) and jumping back to the code after the if.
     */
    private static boolean rejoinsRegionInBody(Walker w, int t, int e, Region r) {
        int f = r.follow();
        if (r.loop() == null || r.loop().continues().isEmpty() || f < 0) {
            return false;
        }
        if (f == t) {
            // (the clause's own region, going on at the block: the try around it checked where the block
            // goes, Tries walks it with the try's region; here any jump back into the loop's body)
            int head = java.util.Collections.min(r.loop().continues());
            return ColdContinuations.rejoins(w, t, e, head + 1, r.loop().bodyEnd() - 1, r.loop());
        }
        return f < t && f < r.loop().bodyEnd() && !r.loop().continues().contains(f)
                && ColdContinuations.rejoins(w, t, e, f, f, r.loop());
    }

    /** The targets of the handler's clause exits (jumps right after POP_EXCEPT and name cleanup), in layout order. */
    static List<Integer> clauseExits(Walker w, int handler) {
        return clauseExits(w, handler, false);
    }

    /** {@link #clauseExits(Walker, int)}; with {@code breaks}, also a for loop's breaks (its iterator popped before the jump). */
    static List<Integer> clauseExits(Walker w, int handler, boolean breaks) {
        int areaEnd = handlerAreaEnd(w, handler);
        int cleanup = w.code.handlerAt(handler).target();
        List<Integer> out = new ArrayList<>();
        for (int k = handler; k < areaEnd; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && k > 0 && !Handlers.covers(w.code, k, cleanup)) {
                int p = beforeNameCleanup(w.code, breaks && ForLoops.popsIterator(w.code.op(k - 1)) ? k - 2 : k - 1);
                if (p >= 0 && w.code.op(p).is("POP_EXCEPT")) {
                    out.add(op.target());
                }
            }
        }
        return out;
    }

    /**
     * True when r's loop is a for loop and the clauses of {@code handler} jump to t without popping its
     * iterator first: no break (which pops it), but the code after the try inside the loop's body, laid
     * out past the handlers when the try body never falls off (3.12+: {@code for ...: try: t(); break /
     * except E: pass / x(); return 4}, unseen seed 179 f152).
     */
    private static boolean keepsIterator(Walker w, int handler, Region r, int t) {
        if (r.loop() == null || !r.loop().isFor()) {
            return false;
        }
        boolean any = false;
        for (int k = handler + 1; k < handlerAreaEnd(w, handler); k++) {
            if (w.code.op(k).target() == t && w.code.op(k).isUnconditionalJump()) {
                if (ForLoops.popsIterator(w.code.op(k - 1))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True when a jump to t leaves the loop being walked (a break; the compiler threads one whose loop
     * ends the body of an enclosing loop straight to that loop's head).
     */
    static boolean breaks(Walker w, Region r, int t) {
        return r.loop() != null && (t == r.loop().exit() || t == Tries.skipNops(w, r.loop().exit())
                || t >= r.loop().bodyEnd() && !inHandlerOfLoop(w, r, t) || r.loop().continuesOuter(t));
    }

    /**
     * True when t lies in the code of an except handler being walked that the loop encloses: 3.12+ lay
     * handlers out past the loop's body, so a jump there (the end of a try statement nested in the
     * clause) is past the body yet stays in the clause; it does not leave the loop.
     */
    static boolean inHandlerOfLoop(Walker w, Region r, int t) {
        if (r.loop() == null || r.loop().continues().isEmpty()) {
            return false;
        }
        int head = java.util.Collections.min(r.loop().continues());
        for (int h : r.handlers()) {
            if (h > head && t > h && w.code.op(h).is("PUSH_EXC_INFO") && w.code.handlerAt(h) != null
                    && t < handlerAreaEnd(w, h)) {
                return true;
            }
        }
        return false;
    }

    /** The end of a handler's code: past its last instruction protected by the handler's own cleanup. */
    static int handlerAreaEnd(Walker w, int handler) {
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (cleanup == null) {
            throw new LiftException("handler without cleanup");
        }
        int c = cleanup.target();
        if (c > handler && c + 2 < w.code.size() && w.code.op(c).is("COPY") && w.code.op(c + 2).is("RERAISE")) {
            return c + 3;
        }
        int k = handler;
        while (k < w.code.size() && (Handlers.covers(w.code, k, c) || k == handler)) {
            k++;
        }
        return k;
    }
}
