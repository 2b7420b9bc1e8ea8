package depyf.structure;

import depyf.lift.Code;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Except handlers no exception-table entry reaches: a try whose body protects no instruction
 * ({@code try: pass}, or {@code try: return CONST}, whose constant is loaded after the unwinding). The
 * compiler keeps the handler all the same: its flow graph reaches handler blocks through the try's
 * SETUP_FINALLY label, and only the exception table, built afterwards from the instructions each label
 * covers, comes out without an entry for it. Laid out right after the body's end (a jump to the code
 * after the try, or the return), the handler is read as that try's, its protected range empty.
 */
final class OrphanHandlers {
    private OrphanHandlers() {}

    /**
     * The orphaned except handlers, in layout order: PUSH_EXC_INFO no entry targets, unreachable from the
     * start even through handlers, right after reachable code (or an orphan's) that ends with a jump or a
     * return (3.12+, which lay handlers out last: or after another handler's RERAISE, or after a raise ending
     * the last block of normal flow). Nested ones (a {@code try: pass} in an orphan's clause) are found once their outer one is.
     */
    static List<Integer> find(Code code) {
        BitSet targeted = new BitSet();
        for (Code.Handler h : code.handlers()) {
            targeted.set(h.target());
        }
        List<Integer> seeds = new ArrayList<>(List.of(0));
        List<Integer> orphans = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            BitSet seen = code.reachable(seeds, true);
            for (int p = 1; p < code.size(); p++) {
                if (!seen.get(p) && seen.get(p - 1) && !targeted.get(p) && code.op(p).is("PUSH_EXC_INFO")
                        && code.handlerAt(p) != null && (Handlers.kind(code, p) == Handlers.Kind.EXCEPT || emptyFinally(code, p)
                            || constReturnFinally(code, p))
                        && (endsBody(code.op(p - 1)) || code.version().atLeast(3, 12) && (code.op(p - 1).is("RERAISE") || code.op(p - 1).is("RAISE_VARARGS")))) {
                    orphans.add(p);
                    seeds.add(p);
                    grew = true;
                }
            }
        }
        orphans.sort(null);
        return orphans;
    }

    /**
     * A finally handler whose body is empty (PUSH_EXC_INFO, RERAISE 0): {@code try: pass / finally: pass}
     * leaves only that handler, its copy on the normal path being nothing but the line's NOP.
     */
    static boolean emptyFinally(Code code, int p) {
        return p + 1 < code.size() && code.op(p + 1).is("RERAISE") && code.op(p + 1).arg() == 0
                && Handlers.kind(code, p) == Handlers.Kind.FINALLY;
    }

    /**
     * 3.12+ lay an empty finally's handler out last. Its RERAISE carries the line of the finally body's
     * {@code pass}, whose copy on the normal path is that line's NOP (or the next instruction, a jump, takes
     * the line): the try goes where live code first has that line, moved back over the line NOPs before it
     * (the try's and its body's), when exactly one place starts that line.
     */
    private static List<Integer> emptyFinallyStart(Code code, int p) {
        BitSet live = code.reachable(List.of(0), true);
        int line = code.op(p + 1).line();
        List<Integer> found = new ArrayList<>();
        for (int q = 0; q < p && line > 0; q++) {
            if (live.get(q) && code.op(q).line() == line && (q == 0 || code.op(q - 1).line() != line)) {
                int u = q;
                while (u > 0 && live.get(u - 1) && code.op(u - 1).is("NOP")) {
                    u--;
                }
                found.add(u);
            }
        }
         return found.size() == 1 ? found : List.of();
    }

    /**
     * The handler of {@code try: <try protecting nothing> finally: pass} around the orphan p, or -1: an empty
     * finally ({@link #emptyFinally}) protecting the orphan's clauses through its cleanup handler, whose
     * every exception-table entry covers only code reached through orphans ({@code orphanCode}): the outer
     * try's body is that inner try alone (compile.c's compiler_try_finally: SETUP_FINALLY, the body,
     * POP_BLOCK, the finally body's copy, here nothing), its range empty but for the inner clauses.
     */
    static int emptyFinallyAround(Code code, int p, BitSet orphanCode) {
        Code.Handler cleanup = code.handlerAt(p);
        Code.Handler around = cleanup != null ? code.handlerAt(cleanup.target()) : null;
        if (around == null || !emptyFinally(code, around.target())) {
            return -1;
        }
        for (Code.Handler h : code.handlers()) {
            if (h.target() == around.target()) {
                for (int k = h.start(); k < h.end(); k++) {
                    if (!orphanCode.get(k)) {
                        return -1;
                    }
                }
            }
        }
        return around.target();
    }

    /**
     * The finally handler of {@code try: return CONST / finally: BODY}: compile.c's compiler_return loads a
     * constant only after unwinding (preserve_tos false: compiler_unwind_fblock_stack emits POP_BLOCK and
     * the finally body's copy first), so no instruction of the body lies in the handler's range. Read
     * where its finally body runs straight to its RERAISE 0 (the copy before the return then found by a
     * plain comparison); the walk reads the copy and the return as that try ({@code TryFinally}).
     */
    static boolean constReturnFinally(Code code, int p) {
        return straightFinallyLength(code, p) > 0;   // (where its try lies: bodyStarts, from that copy)
    }

    private static boolean endsBody(Op op) {
        return op.isUnconditionalJump() || op.is("RETURN_CONST") || op.is("RETURN_VALUE");
    }

    /**
     * Per orphan p, where its try body may start, mapped to p: the body's end (a jump to the code after the
     * try, or a constant's return) or a start of the unwinding that runs straight before it (an enclosing
     * clause's POP_EXCEPT and name cleanup, a with's exit call, a for loop's iterator pop, a copy of a
     * finally body without branches), right after a line NOP, the try's (its block push), which tells
     * where the unwinding starts: a partly read unwinding would print its pieces as statements. The walker
     * takes the first of them it reaches at a statement's start: a POP_TOP ending an expression statement
     * starts none.
     */
    static Map<Integer, Integer> bodyStarts(Code code, List<Integer> orphans) {
        Map<Integer, Integer> starts = new HashMap<>();
        BitSet jumpTargets = new BitSet();
        for (Op op : code.ops()) {
            if (op.target() >= 0) {
                jumpTargets.set(op.target());
            }
        }
        List<Integer> finallyBodies = new ArrayList<>();
        for (Code.Handler h : code.handlers()) {
            int n = straightFinallyLength(code, h.target());
            if (n > 0 && !finallyBodies.contains(h.target())) {
                finallyBodies.add(h.target());
            }
        }
        for (int p : orphans) {
            for (int t : exitsBack(code, p)) {
                if (t > 0 && code.op(t - 1).is("NOP")) {
                    starts.put(t, p);          // 3.12+: `try: pass` falls into the code after it, its handler laid out last
                    if (t > 1 && code.op(t - 2).is("NOP")) {
                        starts.put(t - 1, p);  // (at its body's `pass`: the region holding the try may end at t)
                    }
                }
            }
            List<Integer> bodies = finallyBodies;
            int own = constReturnFinally(code, p) ? p : -1;
            if (own >= 0) {
                bodies = new ArrayList<>(finallyBodies);
                bodies.add(p);                 // its own body's copy runs before the constant's return
            }
            List<Integer> found = code.version().atLeast(3, 12) && emptyFinally(code, p) ? emptyFinallyStart(code, p)
                    : insideClauseLoops(code, p, startsBefore(code, p - 1, jumpTargets, bodies, true, own));
            if (found.isEmpty() && code.version().atLeast(3, 12) && !starts.containsValue(p)) {
                found = insideClauseLoops(code, p, laidOutLastStarts(code, p, jumpTargets, bodies, own));
            }
            if (found.isEmpty() && code.version().atLeast(3, 12) && !starts.containsValue(p)) {
                found = lineBetweenJumpStart(code, p);
            }
            if (found.isEmpty() && code.version().atLeast(3, 12) && !starts.containsValue(p) && constReturnFinally(code, p)) {
                found = loopJumpFinallyStarts(code, p, jumpTargets, bodies);
            }
            if (found.isEmpty() && !starts.containsValue(p)) {
                found = elseClauseStart(code, p);
            }
            if (found.isEmpty() && code.version().atLeast(3, 12) && !starts.containsValue(p)) {
                found = clauseCopyStarts(code, p);
            }
            for (int u : found) {
                starts.put(u, p);
            }
        }
        return starts;
    }

    /**
     * 3.12+ pushes handler blocks, which only exceptions reach, to the end of the code: an orphan whose
     * try returns a constant from inside a loop or before other code lies past the function's last
     * return, not after its body. Its body is then a constant's return elsewhere, run straight from a
     * line NOP through its unwinding: taken when exactly one return in live code is such a body, and
     * no other orphan's body ends there.
     */
    private static List<Integer> laidOutLastStarts(Code code, int p, BitSet jumpTargets, List<Integer> finallyBodies, int own) {
        BitSet live = code.reachable(List.of(0), true);
        List<Integer> found = List.of();
        for (int q = 0; q < p; q++) {
            if (!live.get(q) || q == p - 1) {
                continue;
            }
            List<Integer> here = startsBefore(code, q, jumpTargets, finallyBodies, false, own);
            if (here.isEmpty()) {
                continue;
            }
            if (!found.isEmpty()) {
                return List.of();              // two candidates: the layout does not say which
            }
            found = here;
        }
        return found;
    }

    /**
     * 3.12+: {@code try: continue} (or break) laid out where it stands, its handler laid out last: the body
     * is a lone jump right after the try's line NOP, and its clauses jump to where the loop goes on (back to
     * its head, or forward to the jump back there), neither of which says where the try was. The body's
     * lines lie between the try's and the handler's except clause's (the line of its first test): taken when
     * exactly one live jump on such a line follows a NOP on an earlier line.
     */
    private static List<Integer> lineBetweenJumpStart(Code code, int p) {
        int exceptLine = p + 1 < code.size() ? code.op(p + 1).line() : -1;
        if (exceptLine <= 0) {
            return List.of();
        }
        BitSet live = code.reachable(List.of(0), true);
        List<Integer> found = new ArrayList<>();
        for (int q = 1; q < p; q++) {
            Op op = code.op(q);
            Op before = code.op(q - 1);
            if (live.get(q) && op.isUnconditionalJump() && before.is("NOP") && before.line() > 0
                    && before.line() < op.line() && op.line() < exceptLine) {
                found.add(q);
            }
        }
        return found.size() == 1 ? found : List.of();
    }

    /**
     * 3.12+: {@code try: break} (or continue) with a finally body that runs straight, its handler laid out
     * last: compile.c's compiler_break / compiler_continue unwind the block stack first
     * (compiler_unwind_fblock_stack: POP_BLOCK and the finally body's copy, then a for loop's iterator pop
     * for a break), then jump. The body is the try's and the jump's line NOPs, the copy of p's finally
     * body right after them, the rest of the unwinding and a live jump: taken where exactly one live jump
     * is reached back so from such a copy, whose start is where the try's body starts.
     */
    private static List<Integer> loopJumpFinallyStarts(Code code, int p, BitSet jumpTargets, List<Integer> bodies) {
        int n = straightFinallyLength(code, p);
        BitSet live = code.reachable(List.of(0), true);
        List<Integer> found = List.of();
        for (int q = 1; q < p; q++) {
            if (!live.get(q) || !code.op(q).isUnconditionalJump() || jumpTargets.get(q)) {
                continue;
            }
            int start = -1;
            int u = q;
            while (u > 0 && start < 0) {
                if (u - n > 0 && sameOps(code, p + 1, u - n, n) && code.op(u - n - 1).is("NOP") && live.get(u - n)) {
                    start = u - n;             // p's own copy, right after the try's line NOPs
                    break;
                }
                int before = unwindingBefore(code, u, bodies);
                if (before < 0 || before == u || jumpTargets.get(u)) {
                    break;
                }
                u = before;
            }
            if (start < 0) {
                continue;
            }
            if (!found.isEmpty()) {
                return List.of();              // two candidates: the layout does not say which
            }
            found = new ArrayList<>(List.of(start));
            for (int k = start - 1; k > 1 && code.op(k - 1).is("NOP") && !jumpTargets.get(k); k--) {
                found.add(k);                  // (as startsBefore: after an earlier line NOP too)
            }
        }
        return found;
    }

    /**
     * {@code try: pass} with an else clause: the body is the try's and the pass's line NOPs, the else laid
     * out right after them (compile.c, compiler_try_except: the body, POP_BLOCK, the else, a jump to the
     * end, then the handler). 3.11 lays the handler right after the else's jump to the code after the try,
     * where its clauses go too; 3.12+ lay it last, its clauses jumping back to the code after the try. The
     * else's lines are the source's after the clauses': walked back from its end over instructions on such
     * lines (or none), the first line NOP before the except line found is where the body ends, the else
     * starting right after it. Taken when that else is not empty and is entered only from its start or
     * from itself.
     */
    private static List<Integer> elseClauseStart(Code code, int p) {
        int exceptLine = p + 1 < code.size() ? code.op(p + 1).line() : -1;
        Code.Handler cleanup = code.handlerAt(p);
        if (exceptLine <= 0 || cleanup == null) {
            return List.of();
        }
        int clausesLast = 0;
        for (int k = p; k < cleanup.target() && k < code.size(); k++) {
            clausesLast = Math.max(clausesLast, code.op(k).line());
        }
        List<Integer> exits = exitsBack(code, p);
        int end;
        if (exits.isEmpty() && loopEndsBefore(code, p)) {
            end = p;                           // the else ends with a loop that never falls off its end
        } else if (exits.isEmpty() && code.version().atLeast(3, 13) && endsEnclosingClause(code, p)) {
            end = p;                           // the else ends with a copy of the enclosing clause's exit
        } else if (code.version().atLeast(3, 12) && !(exits.isEmpty() && jumpsPast(code, p))) {
            if (exits.isEmpty() || exits.stream().distinct().count() != 1) {
                return List.of();
            }
            end = exits.get(0);
        } else {
            Op last = code.op(p - 1);
            if (!last.isUnconditionalJump() || last.target() <= p) {
                return List.of();
            }
            end = p - 1;
        }
        BitSet live = code.reachable(List.of(0), true);
        int u = end;
        while (u > 0 && live.get(u - 1) && !(code.op(u - 1).is("NOP") && code.op(u - 1).line() > 0
                && code.op(u - 1).line() < exceptLine)) {
            int line = code.op(u - 1).line();
            if (line > 0 && line <= clausesLast) {
                return List.of();
            }
            u--;
        }
        if (u <= 0 || u >= end || !live.get(u - 1) || code.holdsOnly(u, end, "NOP")) {
            // (only NOPs: no statement of an else clause)
            return List.of();
        }
        for (Op op : code.ops()) {
            int t = op.target();
            if (t > u && t < end && (op.index() < u - 1 || op.index() >= end) && !(op.index() >= p)) {
                return List.of();              // entered from outside in the middle: not one else clause
            }
        }
        return List.of(u);
    }

    /**
     * The orphan p laid out right after a jump back ending the else clause: its last statement a loop
     * (`while True`) that never falls off its end, so that no jump to the code after the try follows it
     * (compile.c, compiler_try_except: the else's jump to the end is dead code there, dropped). True when the
     * instruction before p jumps back and no clause of p jumps back (3.12+: to the code after the try).
     */
    private static boolean loopEndsBefore(Code code, int p) {
        Op last = code.op(p - 1);
        return last.isUnconditionalJump() && last.target() < p - 1;
    }

    /**
     * 3.13+: the orphan p ends an enclosing except clause, laid out right after the else's copy of that
     * clause's exit (POP_EXCEPT, the name's cleanup, a return: flowgraph.c copies the small exit block into
     * each path reaching it), which each of p's clauses runs too after its own POP_EXCEPT: p's handler comes
     * right after, before the enclosing handler's cleanup.
     */
    private static boolean endsEnclosingClause(Code code, int p) {
        Op last = code.op(p - 1);
        if (!last.isReturn()) {
            return false;
        }
        int k = p - 2;
        while (k > 0 && p - k < 8 && !code.op(k).is("POP_EXCEPT")) {
            k--;
        }
        int ret = k > 0 && code.op(k).is("POP_EXCEPT") ? ExceptClauses.afterNameCleanup(code, k + 1) : p;
        if (ret >= p || p - ret > 2) {
            return false;                      // not POP_EXCEPT, the name's cleanup and a lone return
        }
        int cleanup = code.handlerAt(p).target();
        boolean any = false;
        for (int q = p; q < cleanup && q < code.size(); q++) {
            if (code.op(q).is("POP_EXCEPT")) {
                int e = ExceptClauses.afterNameCleanup(code, q + 1);
                if (e >= code.size() || !code.op(e).is("POP_EXCEPT")) {
                    return false;              // a clause going elsewhere than the enclosing clause's exit
                }
                any = true;
                q = e;                         // (past the enclosing clause's POP_EXCEPT)
            }
        }
        return any;
    }

    /**
     * 3.12+: the orphan p laid out right after the else's jump over it, as 3.11 does, its clauses jumping
     * forward: the try ends an enclosing except clause, whose cleanup (POP_EXCEPT, the name's deletion) the
     * compiler emits after the try's handler, so the handler is not the last block (flowgraph.c moves only
     * blocks no fall-through reaches). True when the instruction before p jumps past it and every clause
     * of p jumps forward too.
     */
    private static boolean jumpsPast(Code code, int p) {
        Op last = code.op(p - 1);
        if (!last.isUnconditionalJump() || last.target() <= p) {
            return false;
        }
        int cleanup = code.handlerAt(p).target();
        for (int k = p; k < cleanup && k < code.size(); k++) {
            if (code.op(k).is("POP_EXCEPT")) {
                int e = ExceptClauses.afterNameCleanup(code, k + 1);
                if (e >= code.size() || !code.op(e).isUnconditionalJump() || code.op(e).target() <= k) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * 3.12+: a try protecting nothing whose clauses all fall off their end into the code after the try, a
     * small exit block (compile.c, compiler_try_except: POP_EXCEPT and a jump to the end, which flowgraph.c's
     * inline_small_exit_blocks replaces by a copy of that block): no jump back says where the try was. The
     * body is its line NOPs (the try's, its pass's, an else's pass) right before the live copy of the block
     * the normal path falls into (the rest of an if's branch, a case body): taken where exactly one live
     * copy of it follows such NOPs, one of them on a line before the except clause's. The positions after
     * the first NOP on such a line (the body starts there, the rest of the NOPs its own) and after the last one.
     */
    private static List<Integer> clauseCopyStarts(Code code, int p) {
        int exceptLine = p + 1 < code.size() ? code.op(p + 1).line() : -1;
        Code.Handler cleanup = code.handlerAt(p);
        if (exceptLine <= 0 || cleanup == null) {
            return List.of();
        }
        int copy = -1;
        int n = -1;
        for (int k = p; k < cleanup.target() && k < code.size(); k++) {
            if (!code.op(k).is("POP_EXCEPT")) {
                continue;
            }
            int e = ExceptClauses.afterNameCleanup(code, k + 1);
            int len = exitLength(code, e);
            if (len <= 0 || copy >= 0 && (len != n || !sameLoads(code, copy, e, n))) {
                return List.of();              // a clause jumping, or two different exits
            }
            copy = e;
            n = len;
        }
        if (copy < 0) {
            return List.of();
        }
        BitSet live = code.reachable(List.of(0), true);
        List<Integer> found = new ArrayList<>();
        for (int q = 1; q + n <= p; q++) {
            if (!live.get(q) || !code.op(q - 1).is("NOP") || !sameLoads(code, copy, q, n)) {
                continue;
            }
            int first = -1;
            for (int u = q - 1; u >= 0 && code.op(u).is("NOP") && live.get(u); u--) {
                if (code.op(u).line() > 0 && code.op(u).line() < exceptLine) {
                    first = u;
                }
            }
            if (first >= 0) {
                if (!found.isEmpty()) {
                    return List.of();          // two candidates: the layout does not say which
                }
                found.add(first + 1);
                found.add(q);
            }
        }
        return found;
    }

    /** The length of the straight block at e ending in a return (at most MAX_COPY_SIZE instructions), or 0. */
    private static int exitLength(Code code, int e) {
        for (int k = e; k < code.size() && k - e < WhileExitCopies.MAX_COPY_SIZE; k++) {
            Op op = code.op(k);
            if (op.isReturn()) {
                return k - e + 1;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The n instructions at a and b are the same, a local's load in any of its forms (LOAD_FAST_CHECK where
     * the local may be unbound, 3.14's borrowed loads: the copy in an unreachable handler keeps LOAD_FAST).
     */
    private static boolean sameLoads(Code code, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            Op x = code.op(a + k);
            Op y = code.op(b + k);
            if (!(x.sameAs(y) || fastLoad(x) && fastLoad(y) && java.util.Objects.equals(x.argval(), y.argval()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fastLoad(Op op) {
        return op.is("LOAD_FAST") || op.is("LOAD_FAST_CHECK") || op.is("LOAD_FAST_BORROW");
    }

    /**
     * Where a try body ending at q may start: q a jump (with {@code jumps}) or a constant's return, walked
     * back through the unwinding that runs straight before it to each point right after a line NOP.
     */
    private static List<Integer> startsBefore(Code code, int q, BitSet jumpTargets, List<Integer> finallyBodies,
                                              boolean jumps, int own) {
        List<Integer> found = new ArrayList<>();
        // (the body of a `try: return CONST` whose finally body runs straight, own, runs that body's copy first:
        // no start before the unwinding reaches that copy, not a function's last `return None` right after
        // a line NOP, where 3.12+ lay the handler out, q59 f256)
        int ownLength = own >= 0 ? straightFinallyLength(code, own) : 0;
        boolean ownRun = own < 0;
        int u = jumps && code.op(q).isUnconditionalJump() || code.op(q).is("RETURN_CONST") ? q
                : q > 0 && code.op(q).is("RETURN_VALUE") && (code.op(q - 1).is("LOAD_CONST") || code.op(q - 1).is("LOAD_SMALL_INT"))
                    && !jumpTargets.get(q) ? q - 1 : -1;
        while (u > 0) {
            if (ownRun && code.op(u - 1).is("NOP")) {
                found.add(u);                  // after the try's line NOP (its block push): where the body starts
                for (int n = u - 1; n > 1 && code.op(n - 1).is("NOP") && !jumpTargets.get(n); n--) {
                    found.add(n);              // (3.11: the body's own line NOP, `return CONST`'s, comes after it)
                }
            }
            int before = unwindingBefore(code, u, finallyBodies);
            if (before < 0 || before == u || jumpTargets.get(u)) {
                break;
            }
            ownRun |= u - before == ownLength && sameOps(code, own + 1, before, ownLength);
            u = before;
        }
        return found;
    }

    /**
     * The starts in {@code found} that lie inside every for loop p's clauses jump back to: a clause's jump to
     * the loop's FOR_ITER ends the try inside that loop, so its body lies before the loop's exit (3.12+ lay the
     * handler out last, after whatever returns before it: a with's exit and return past the loop is no body
     * of a try in it). A while loop's extent is not known here: it may end with the try, its last jump back
     * the clause's own.
     */
    private static List<Integer> insideClauseLoops(Code code, int p, List<Integer> found) {
        List<Integer> kept = new ArrayList<>(found);
        for (int t : exitsBack(code, p)) {
            if (code.op(t).is("FOR_ITER")) {
                kept.removeIf(u -> u < t || u >= code.op(t).target());
            }
        }
        return kept;
    }

    /** The targets before p of the jumps ending the clauses of the handler at p (after POP_EXCEPT and name cleanup). */
    static List<Integer> exitsBack(Code code, int p) {
        List<Integer> exits = new ArrayList<>();
        int cleanup = code.handlerAt(p).target();
        for (int k = p; k < cleanup && k < code.size(); k++) {
            if (code.op(k).is("POP_EXCEPT")) {
                int e = ExceptClauses.afterNameCleanup(code, k + 1);
                if (e < code.size() && code.op(e).is("POP_EXCEPT")) {
                    // the clause goes on into (3.13+: a copy of) the end of an enclosing except clause, its
                    // POP_EXCEPT, name cleanup and jump: where that clause goes, not the code after p's try
                    k = e;
                    continue;
                }
                if (e < code.size() && code.op(e).isUnconditionalJump() && code.op(e).target() < p) {
                    exits.add(code.op(e).target());
                }
            }
        }
        return exits;
    }

    /** Where a piece of a return's unwinding ending right before u starts, or -1. */
    private static int unwindingBefore(Code code, int u, List<Integer> finallyBodies) {
        for (int f : finallyBodies) {
            int n = straightFinallyLength(code, f);
            if (u - n >= 0 && sameOps(code, f + 1, u - n, n)) {
                return u - n;                  // a copy of an enclosing finally body
            }
        }
        if (u >= 4 && code.op(u - 1).name().startsWith("DELETE_") && code.op(u - 4).is("POP_EXCEPT")
                && ExceptClauses.afterNameCleanup(code, u - 3) == u) {
            return u - 4;                      // `except E as name`: POP_EXCEPT and the name's cleanup
        }
        if (u >= 1 && code.op(u - 1).is("POP_EXCEPT")) {
            return u - 1;
        }
        for (int n = 5; n <= 6; n++) {
            if (u >= n && Tries.exitCall(code, u - n) == u) {
                return u - n;                  // a with's __exit__(None, None, None)
            }
        }
        if (u >= 1 && code.op(u - 1).is("POP_TOP")) {
            return u - 1;                      // a for loop's iterator (or an expression statement's pop)
        }
        return -1;
    }

    /** The length of the finally body at handler f when it runs straight to its RERAISE 0, or 0. */
    private static int straightFinallyLength(Code code, int f) {
        if (Handlers.kind(code, f) != Handlers.Kind.FINALLY) {
            return 0;
        }
        for (int k = f + 1; k < code.size(); k++) {
            Op op = code.op(k);
            if (op.is("RERAISE")) {
                return op.arg() == 0 ? k - f - 1 : 0;
            }
            if (op.target() >= 0 || op.isTerminal() || op.is("PUSH_EXC_INFO")) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean sameOps(Code code, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!code.op(a + k).sameAs(code.op(b + k))) {
                return false;
            }
        }
        return true;
    }
}
