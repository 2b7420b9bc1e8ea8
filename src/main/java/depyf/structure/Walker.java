package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Borrows;
import depyf.lift.Code;
import depyf.lift.Env;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import depyf.pyc.PyObject;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Structures a code object by walking its instructions in layout order: straight-line code goes to the
 * lifter; conditional jumps, loops, exception handlers and with blocks are recognised where they start
 * and walked as nested regions ({@link Branches}, {@link Loops}, {@link ForLoops}, {@link WhileTrue}, {@link Tries}).
 */
public final class Walker {
    final Code code;
    final Env env;
    final BitSet reachable;
    final BitSet normalFlow;
    final BitSet jumpTargets = new BitSet();
    /** Compiler cleanup code already accounted for by a structure (e.g. a chained comparison's pop). */
    final BitSet dead = new BitSet();
    /** The break or continue jumps a try statement read as its body's end, just outside its range (Tries.except). */
    final BitSet tryEndJumpsRead = new BitSet();
    /** Jumps back to a loop's head that end a statement falling off the loop body, no written continue ({@link FinallyEnds}). */
    final BitSet loopBodyEnds = new BitSet();
    /** The continues read from {@link #loopBodyEnds}, by identity. */
    final Set<Stmt> unwrittenContinues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The continues read from a clause's jump to a loop's end jump laid out cold ({@link ColdLoopEnds}), by identity. */
    final Set<Stmt> coldEndContinues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Continues ending an except clause whose exit (POP_EXCEPT, name cleanup, jump back) one path of the
     * clause falls into and another jumps to, by identity: 3.13+ copy that block into each path unless it has a line, a written
     * continue's. Falling off a clause at the end of the loop body would copy it.
     */
    final Set<Stmt> writtenContinues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Continues read from a jump to the copy of a loop's test laid out past the handlers (3.12-3.13), by identity. */
    final Set<Stmt> testCopyContinues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** If statements whose else clause ends with the break falling into the loop's exit ({@link DisplacedLoopTails#ifElse}), by identity. */
    final Set<Stmt> fallenBreakElses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Match statements whose last case fails back to the head of the loop the match ends, by identity:
     * only that case's body goes on past the match by falling off its end ({@code Loops.withFallingBreak}).
     */
    final Set<Stmt> matchesFailingBack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The last failure of a match whose last case fails back to a loop's head the region does not go on at. */
    LiftException matchFailingBack;
    /**
     * Where the clauses of the last try/except read fall off past the end of its region, its body or else
     * leaving (Tries.except), or -1: Branches reads a then-branch that try ends again, the code after it an else.
     */
    int clausesPastRegionTo = -1;

    /** False when no for loop's body goes on in code laid out after the handlers (see the constructor). */
    final boolean forTails;

    /**
     * What walks mark: code read (so not read again where a walk reaches it in layout order), instructions
     * stepped and loops walked (which {@code pipeline.Coverage} checks). A trial reading that is dropped
     * restores them, so that its walks neither hide code from the reading that replaces it nor from the check.
     */
    record Marks(BitSet dead, BitSet stepped, BitSet loopHeads, BitSet triesRead) {}

    Marks marks() {
        return new Marks((BitSet) dead.clone(), (BitSet) env.stepped.clone(), (BitSet) env.loopHeads.clone(),
                (BitSet) triesRead.clone());
    }

    /**
     * The handlers whose try statement a walk read ({@link Tries#structure}): one read twice is a statement
     * printed twice, its finally body run twice (189 f213: the code after an inner try, protected by the
     * outer try/finally but laid out past the if whose branch holds it, read after the if as another
     * try/finally).
     */
    final BitSet triesRead = new BitSet();
    /** The handlers of the statements being read (Tries.structure): one opened again inside itself is a misreading. */
    final Set<Integer> triesReading = new java.util.HashSet<>();

    void restore(Marks m) {
        triesRead.clear();
        triesRead.or(m.triesRead());
        dead.clear();
        dead.or(m.dead());
        env.stepped.clear();
        env.stepped.or(m.stepped());
        env.loopHeads.clear();
        env.loopHeads.or(m.loopHeads());
    }

    public Walker(Env env) {
        this(env, true);
    }

    /** With {@code readOrphans} false, handlers no exception-table entry reaches are left unread, as dead code. */
    public Walker(Env env, boolean readOrphans) {
        this(env, readOrphans, true);
    }

    /**
     * As {@link #Walker(Env, boolean)}; with {@code forTails} false, no for loop's body is read as going on
     * in code laid out after the handlers ({@link ForLoops#displacedTail}): the reading tried when taking
     * that code for the end of the body failed ({@link DisplacedTailContradicted}).
     */
    public Walker(Env env, boolean readOrphans, boolean forTails) {
        this.forTails = forTails;
        this.env = env;
        this.code = env.code;
        orphanBodies = OrphanHandlers.bodyStarts(code, readOrphans ? OrphanHandlers.find(code) : List.of());
        // (an orphan without a place for its try stays dead code, unread)
        List<Integer> orphans = orphanBodies.values().stream().distinct().sorted().toList();
        List<Integer> seeds = new java.util.ArrayList<>(List.of(0));
        seeds.addAll(orphans);
        this.reachable = reachability(code, true, seeds);
        this.normalFlow = reachability(code, false, seeds);
        lastBackEdge = new int[code.size() + 1];
        java.util.Arrays.fill(lastBackEdge, -1);
        BitSet backTargets = new BitSet();
        BitSet undominated = undominatedJumps();
        orphanCode = code.reachable(orphans, true);
        orphanCode.andNot(code.reachable(List.of(0), true));
        for (Op op : code.ops()) {
            int t = op.target();
            if (t >= 0) {
                jumpTargets.set(t);
            }
            if (t >= 0 && t <= op.index() && (op.is("JUMP_BACKWARD") || op.isConditionalJump())
                    && !orphanClauseEnd(op) && !handlerStatementEnd(op) && !pastOwnTry(op) && !undominated.get(op.index())) {
                backTargets.set(t);
            }
        }
        int[] lastInto = new int[code.size() + 1];
        java.util.Arrays.fill(lastInto, -1);
        for (Op op : code.ops()) {
            int t = op.target();
            boolean back = t >= 0 && t <= op.index() && (op.is("JUMP_BACKWARD") || op.isConditionalJump())
                    && !undominated.get(op.index());
            boolean fromHandler = !normalFlow.get(op.index()) && normalFlow.get(Math.max(t, 0)) && !suppressedLoopEnd(op)
                    || orphanClauseEnd(op);
            if (back && !fromHandler) {
                lastInto[t] = Math.max(lastInto[t], op.index());
            }
        }
        for (int t = 0; t < code.size(); t++) {
            if (lastInto[t] < 0) {
                continue;
            }
            // `while True:` then a statement: continue jumps to the loop's NOP, the loop's end to the
            // statement's first instruction right after it (a NOP too when it has no other to carry its
            // line); both are the head. Not a nested `while True`, whose own end comes first (but for a
            // statement's first instruction, when a continue from that body goes to the NOP: the loop's last
            // jump back the code after a try laid out past the handlers, `if c(): try: continue / except: pass`)
            int head = t;
            while (head > 0 && code.op(head - 1).is("NOP") && backTargets.get(head - 1)
                    && (code.op(head).is("NOP") && !nestedEndsFirst(lastInto, head, t) || lastInto[t] > lastInto[head - 1]
                        || !code.op(head).is("NOP") && continuedFromInside(head - 1, t, lastInto[t]))) {
                head--;
            }
            if (head != t) {
                mergedHeads.computeIfAbsent(head, k -> new java.util.HashSet<>()).add(t);
            } else if (t > 0 && code.op(t - 1).is("NOP") && backTargets.get(t - 1)) {
                // that `while True` starting the body of an enclosing loop, whose end jumps back to the
                // NOP too, later: the NOP stays the enclosing loop's head, and is this loop's continue target
                mergedHeads.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(t - 1);
            }
            lastBackEdge[head] = Math.max(lastBackEdge[head], lastInto[t]);
        }
        for (Code.Handler h : code.handlers()) {
            handlerTargets.set(h.target());
        }
    }

    /**
     * 3.12+: true when a jump back of normal flow in (t, end) goes to head, and every jump there past end lies
     * in code only exceptions reach (the code after a try laid out past the handlers): one loop, its body
     * ending by jumping back to t, continued from inside that body and from that code. (A nested loop
     * starting the body of an enclosing one, its NOP both loops' head: the enclosing loop's own jumps back
     * there, past the nested loop's end, lie in code that flows from the start without exceptions.)
     */
    private boolean continuedFromInside(int head, int t, int end) {
        if (!env.atLeast(3, 12)) {
            return false;
        }
        // (flowing from the start without exceptions, no clause exits: computed here, the rule's only user, as
        // it is rarely asked; normalFlow's reachability floods the same set first)
        BitSet plainFlow = flood(code, false, List.of(0));
        boolean inside = false;
        for (int k = t + 1; k < code.size(); k++) {
            if (code.op(k).target() == head && k > end && plainFlow.get(k)) {
                return false;
            }
            inside |= code.op(k).is("JUMP_BACKWARD") && code.op(k).target() == head && normalFlow.get(k) && k < end;
        }
        return inside;
    }

    /**
     * True when the loop jumping back to t ends before the one jumping back to the NOP at head - 1, the
     * latter's last jump back (3.12+) laid out past handler code (the code after a try in the former, reached only
     * from a clause's break): a nested {@code while True} starting the body of a tested loop, not one loop's
     * two heads ({@code while c(): while True: try: next(it) / except StopIteration: break} then code).
     */
    private boolean nestedEndsFirst(int[] lastInto, int head, int t) {
        int outerEnd = lastInto[head - 1];
        if (!env.atLeast(3, 12) && outerEnd > lastInto[t] && code.op(outerEnd).isConditionalJump() && head >= 2) {
            // 3.11: the NOP at head - 1 starts the body of a tested loop, its test jumping past the bottom
            // test copy at outerEnd that jumps back to it (the nested loop's clauses laid out inline)
            Op entry = code.op(head - 2);
            return entry.isConditionalJump() && entry.target() > outerEnd;
        }
        if (!env.atLeast(3, 12) || outerEnd <= lastInto[t] || !code.op(outerEnd).is("JUMP_BACKWARD")) {
            return false;
        }
        for (int k = lastInto[t] + 1; k < outerEnd; k++) {
            if (code.op(k).is("PUSH_EXC_INFO")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The target of the exception-table entry whose handler code holds k, or -1: the PUSH_EXC_INFO that the
     * same cleanup handler protects as the nearest protected instruction before k (a with's handler nested in
     * a clause lies between the clause's start and its end), else the PUSH_EXC_INFO before k.
     */
    private int handlerStartOf(int k) {
        int q = k;
        while (q >= 0 && code.handlerAt(q) == null && !code.op(q).is("PUSH_EXC_INFO")) {
            q--;
        }
        if (q >= 0 && code.handlerAt(q) != null) {
            int cleanup = code.handlerAt(q).target();
            for (int p = q; p >= 0; p--) {
                if (code.op(p).is("PUSH_EXC_INFO") && code.handlerAt(p) != null && code.handlerAt(p).target() == cleanup) {
                    return p;
                }
            }
        }
        for (q = k; q >= 0; q--) {
            if (code.op(q).is("PUSH_EXC_INFO")) {
                return q;
            }
        }
        return -1;
    }

    /** True when k is code only orphaned handlers reach ({@link OrphanHandlers}). */
    boolean orphanCode(int k) {
        return orphanCode.get(k);
    }

    /**
     * True when op, in the clause of an orphaned handler (read as normal flow, {@link OrphanHandlers}), is
     * that clause's jump to the end of its try: 3.12+ lay the handler out last, so the jump goes back, a
     * JUMP_BACKWARD_NO_INTERRUPT (compile.c's JUMP_NO_INTERRUPT to the try's end; threaded into a loop's
     * own jump back it would be a JUMP_BACKWARD). No loop's back edge: taken for one, the code after the
     * orphan's try would read as a loop ({@code try: pass / except E: pass} then {@code try: while True:
     * ... / finally: f()} printed the finally inside a loop around it).
     */
    private boolean orphanClauseEnd(Op op) {
        return orphanCode.get(op.index()) && code.noInterruptJump(op.index());
    }

    /**
     * True when i starts a cleanup handler (an except clause's name cleanup, {@code e = None; del e;
     * RERAISE}, or COPY 3, POP_EXCEPT, RERAISE) that only the exception table reaches: nothing jumps to it,
     * the instruction before it does not fall into it, and it is no handler of the region. 3.13+ lay an
     * outer named clause's cleanup right after the handlers of a try nested in it ({@code except E2 as e:
     * try: raise E1() / except E1: pass}, the inner clause falling into the outer clause's end): the walk
     * of the clause after that try reaches it in layout order and read it as statements, a reraise.
     */
    private boolean cleanupReachedInLayout(int i, Region r) {
        return env.atLeast(3, 11) && handlerTargets.get(i) && !jumpTargets.get(i) && !r.handlers().contains(i)
                && Handlers.kind(code, i) == Handlers.Kind.CLEANUP && code.op(i - 1).isTerminal();
    }

    /**
     * True when op, in handler code (not normal flow), is a JUMP_BACKWARD_NO_INTERRUPT: compile.c's
     * JUMP_NO_INTERRUPT to the end of a statement (an except clause's end, a with's suppressing path), laid
     * out back to it from the handlers (3.12+); threaded into a loop's own jump back it would be a
     * JUMP_BACKWARD. So no loop's head, not merged with one: {@code if c(): with m(): pass} then {@code
     * try: while True: ...} (3.14), the with's suppressing path going to the try's NOP right before the
     * loop's, took that NOP for the loop's head, the try printed inside the loop.
     */
    private boolean handlerStatementEnd(Op op) {
        return env.atLeast(3, 12) && !normalFlow.get(op.index()) && code.noInterruptJump(op.index());
    }

    /**
     * The unconditional jumps back, each to some t, reached from the code's entry on a path that never
     * passes t: t does not dominate it, so it closes no loop headed at t. It is the join after a statement
     * whose continuation the compiler laid out before the code reaching it, such as the code after a try
     * reached only from its clauses (the body returns), placed after the handlers and jumping back to the
     * statement after an enclosing if, a loop laid out earlier ({@code if c(): try: with m(): return 1 /
     * except E: pass / t()} then {@code while True: ...}): read as a jump back, the loop took in t() (3.12+).
     * Or handler code's jump back to the code after its statement: a with's suppressing path, laid out
     * after the handlers, to the statement after the with ({@code while c(): with m(): pass / try: ...};
     * unseen seed 179 f1 on 3.12, read as a {@code while True} headed there).
     */
    private BitSet undominatedJumps() {
        BitSet out = new BitSet();
        for (Op op : code.ops()) {
            int t = op.target();
            if (op.is("JUMP_BACKWARD") && t > 0
                    && code.reachable(List.of(0), true, t).get(op.index())) {
                out.set(op.index());           // (from the entry only: orphan bodies' code stays as it was read)
            }
        }
        return out;
    }

    /**
     * 3.14: True when op, a jump back from handler code (or an orphaned handler's), goes to or past the
     * end of the protected range of the handler whose code it ends (the nearest PUSH_EXC_INFO before it;
     * an orphan's try body start): it leaves the statement for the code after it, a break's copy of an
     * except clause's end ({@code except E as e: while True: if c(): break}) threaded to the next
     * statement, not a continue (which goes back to a loop head before the statement). Such a target is
     * no loop head to merge with the one after it ({@code try: while True: ...} then read as the loop).
     * (3.12, 3.13 read those shapes already; there the rule cost exact functions of the fuzz seeds.)
     */
    private boolean pastOwnTry(Op op) {
        int k = op.index();
        int t = op.target();
        if (!env.atLeast(3, 14) || !op.is("JUMP_BACKWARD") || normalFlow.get(k) && !orphanCode.get(k)) {
            return false;
        }
        int push = handlerStartOf(k);
        if (push < 0) {
            return false;
        }
        int end = Handlers.protectedEnd(code, push);
        if (end >= 0) {
            return t >= end;
        }
        int start = Integer.MAX_VALUE;                  // an orphan: its try body protects nothing
        for (var e : orphanBodies.entrySet()) {
            if (e.getValue() == push) {
                start = Math.min(start, e.getKey());
            }
        }
        return orphanCode.get(k) && start != Integer.MAX_VALUE && t > start;
    }

    /** The targets of exception-table entries. */
    private final BitSet handlerTargets = new BitSet();

    /** Code reached only through orphaned handlers: dead at run time. */
    private final BitSet orphanCode;

    /** True when k runs: reachable, through handlers too, and not only through orphaned ones. */
    boolean live(int k) {
        return reachable.get(k) && !orphanCode.get(k);
    }

    /** True when k is reached only through orphaned handlers ({@link OrphanHandlers}). */
    boolean orphanOnly(int k) {
        return orphanCode.get(k);
    }

    /** True when {@code code} has except handlers no exception-table entry reaches ({@link OrphanHandlers}). */
    public static boolean hasOrphanedHandlers(Code code) {
        return !OrphanHandlers.find(code).isEmpty();
    }

    /** Where the body of a try protecting nothing may start, mapped to its handler ({@link OrphanHandlers}). */
    final java.util.Map<Integer, Integer> orphanBodies;
    /** The orphaned handlers whose try is being structured. */
    private final BitSet orphansOpen = new BitSet();
    /** The orphaned handlers whose try the walk read. */
    private final BitSet orphansPlaced = new BitSet();

    /** Break POP_TOPs of for loops whose exit block exists only as their copies: the copy's length (BreakCopies). */
    final java.util.Map<Integer, Integer> breakCopies = new java.util.HashMap<>();
    /** Copies of the code after a try, run by breaks out of loops ending its clauses, that the try read as where it goes on. */
    final java.util.Set<Integer> clauseLoopBreakCopies = new java.util.HashSet<>();

    /** While True loops whose exit block exists only as copies after except clauses' POP_EXCEPT (WhileExitCopies). */
    final java.util.Map<Region.Loop, WhileExitCopies> whileExitCopies = new java.util.IdentityHashMap<>();

    /**
     * 3.12-3.13: the start of a while loop's test copied to the bottom of its body and laid out after the
     * handlers ({@link DisplacedLoopTails#displacedCopy}), mapped to its end (the loop's body end): a with ending the
     * body suppresses to it when only that path reaches the body's end.
     */
    final java.util.Map<Integer, Integer> displacedTests = new java.util.HashMap<>();
    /**
     * 3.12+: code a with ending a try body suppresses to, laid out before that try's handler, which the with
     * left for the try to read as its else clause ({@link Withs}); the function fails when no walk read it.
     */
    final BitSet suppressedToElse = new BitSet();

    /**
     * 3.12+: normal exits' copies of finally bodies laid out after an inner try's handler, reached only from
     * its clauses ({@link TryFinally#coldNormalCopy}): a clause's jump there falls off the inner try, even
     * past the loop's body.
     */
    final BitSet coldNormalCopies = new BitSet();

    /** Per loop head, the targets right after it that jumps back also go to (see the constructor). */
    final java.util.Map<Integer, Set<Integer>> mergedHeads = new java.util.HashMap<>();

    /** Per instruction, the last instruction of normal flow jumping back to it, or -1. */
    final int[] lastBackEdge;

    /** True when a conditional jump back outside orphaned handlers goes to t: a while loop's test copy (3.11). */
    private boolean testsBackTo(int t) {
        for (Op op : code.ops()) {
            if (op.isConditionalJump() && op.target() == t && op.index() > t && !orphanCode.get(op.index())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 3.11: True when the jump back at op ends a loop body that only a with's suppressing path reaches (its
     * exit, POP_EXCEPT and the pops of the exit's values, jumps there: {@code while True: if c(): with m():
     * x(); break / else: continue}, the with laid out inline, the end of the if's branch after the else): code
     * of the body, not an except clause's continue.
     */
    private boolean suppressedLoopEnd(Op op) {
        if (env.atLeast(3, 12) || !op.is("JUMP_BACKWARD")) {
            return false;
        }
        for (Op j : code.ops()) {
            int k = j.index();
            if (j.target() == op.index() && k < op.index() && k >= 3 && j.isUnconditionalJump() && code.op(k - 1).is("POP_TOP")
                    && code.op(k - 2).is("POP_TOP") && code.op(k - 3).is("POP_EXCEPT")) {
                return true;
            }
        }
        return false;
    }

    /** True when the NOP at i carries a line of its own: the next instruction other than a NOP has another. */
    private boolean ownLineNop(int i) {
        int k = Tries.skipNops(this, i);
        return k < code.size() && code.op(i).line() > 0 && code.op(k).line() > 0 && code.op(k).line() != code.op(i).line();
    }

    /** The last instruction in [i, to) jumping back to i, or -1. */
    int backEdge(int i, int to) {
        int k = lastBackEdge[i];
        if (k >= i && k < to && dead.get(k)) {
            // a loop's test copy already walked (DisplacedLoopTails.displacedCopy) jumps back to its exit: not a loop
            Set<Integer> heads = mergedHeads.getOrDefault(i, Set.of());
            do {
                k--;
            } while (k >= i && (dead.get(k) || !normalFlow.get(k) || !(code.op(k).target() == i
                    || heads.contains(code.op(k).target())) || !(code.op(k).is("JUMP_BACKWARD") || code.op(k).isConditionalJump())));
        }
        return k >= i && k < to ? k : -1;
    }

    /**
     * 3.12+: the loop headed at i whose last jump back, at back, lies past handler code (an except clause's
     * continue, laid out after the code; an orphan's clause, OrphanHandlers, read as live code) ends at its
     * last jump back in normal flow when a break of the body jumps right past that one: the code there,
     * laid out before the handlers, is the code after the loop, not the rest of its body ({@code while
     * True: if c(): break / try: x() / except E: pass / else: try: continue / except E: pass} then {@code
     * t()}). Returns that jump back, or back.
     */
    private int coldBackEdgeBefore(int i, int back) {
        if (!env.atLeast(3, 12)) {
            return back;
        }
        Set<Integer> heads = mergedHeads.getOrDefault(i, Set.of());
        boolean pastHandler = false;
        for (int k = back - 1; k > i; k--) {
            Op op = code.op(k);
            pastHandler |= op.is("PUSH_EXC_INFO");
            if (op.is("JUMP_BACKWARD") && normalFlow.get(k) && reachable.get(k) && (op.target() == i || heads.contains(op.target()))) {
                if (!pastHandler) {
                    continue;          // a jump back in the cold code itself (3.14: a finally copy's if, both ways back)
                }
                return normalFlow.get(k + 1) && !code.op(k + 1).is("PUSH_EXC_INFO") && breaksInto(k + 1, i, k) ? k : back;
            }
        }
        return back;
    }

    /**
     * True when an unconditional jump in [from, to] goes to t: a break (3.12+ keep a break's jump, which
     * carries its line; a test's jump there is an if's false exit into the rest of the body: `while True:
     * if c(): continue / try: return x() / except E: pass`, whose clause jumps back past the NOP).
     */
    private boolean breaksInto(int t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (code.op(k).target() == t && code.op(k).isUnconditionalJump() && reachable.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when every jump to t comes from [from, to) (also when none does). */
    boolean jumpsOnlyFrom(int t, int from, int to) {
        for (Op op : code.ops()) {
            if (op.target() == t && (op.index() < from || op.index() >= to)) {
                return false;
            }
        }
        return true;
    }

    /** True when the instruction before t, reachable, goes on into t (no return, raise or jump). */
    boolean fallenInto(int t) {
        if (t <= 0 || !reachable.get(t - 1)) {
            return false;
        }
        Op before = code.op(t - 1);
        return !before.isTerminal() && !before.isUnconditionalJump();
    }

    /** True when a jump from outside [from, to) goes into it past its start. */
    boolean jumpedInto(int from, int to) {
        return jumpedInto(from, to, false);
    }

    /**
     * {@link #jumpedInto}, counting jumps in normal flow only (the code of the region's handlers, laid out
     * past it, may come back into it).
     */
    boolean jumpedIntoInFlow(int from, int to) {
        return jumpedInto(from, to, true);
    }

    private boolean jumpedInto(int from, int to, boolean inFlowOnly) {
        for (Op op : code.ops()) {
            int t = op.target();
            if (t > from && t < to && (op.index() < from || op.index() >= to) && (!inFlowOnly || normalFlow.get(op.index()))) {
                return true;
            }
        }
        return false;
    }

    /** True when [from, to) is only reached through exception handlers (handler code laid out inline). */
    boolean onlyHandlerCode(int from, int to) {
        return normalFlow.nextSetBit(from) < 0 || normalFlow.nextSetBit(from) >= to;
    }

    /**
     * True when every instruction in [from, to) is code read elsewhere (dead) or reached only through
     * exception handlers: 3.11's {@code finally: if a: f() / else: return C} lays the normal exit's copy
     * of the finally body out as the test, f() and its end jump (threaded by flowgraph.c to the code after
     * the statement, past the handler), then the return (read with the copy: FinallyCopy marks it), then
     * the handler; the jump goes over both.
     */
    boolean readOrHandlerCode(int from, int to) {
        if (from >= to) {
            return true;
        }
        BitSet live = normalFlow.get(from, to);
        live.andNot(dead.get(from, to));
        return live.isEmpty();
    }

    /**
     * The instructions read: reachable from the start, through handlers, or through the orphaned handlers
     * whose try the walk read (one placed but passed over, its body start read as another statement's, is
     * dead code left unread).
     */
    public BitSet readCode() {
        List<Integer> seeds = new java.util.ArrayList<>(List.of(0));
        orphansPlaced.stream().forEach(seeds::add);
        return reachability(code, true, seeds);
    }

    /**
     * 3.12-3.13: t is the copy of r's loop's test laid out past the handlers ({@link
     * DisplacedLoopTails#displacedCopy}), the end of that loop's body.
     */
    boolean isDisplacedTest(int t, Region r) {
        return r.loop() != null && displacedTests.getOrDefault(t, -1) == r.loop().bodyEnd();
    }

    /** The statements of the whole code object. */
    public List<Stmt> body() {
        if (!env.atLeast(3, 12)) {
            for (int k = orphanCode.nextSetBit(0); k >= 0 && k < code.size(); k = orphanCode.nextSetBit(k + 1)) {
                Op op = code.op(k);
                if (op.target() >= 0 && op.target() <= k && testsBackTo(op.target())) {
                    // 3.11 lays a try protecting nothing's handler out inline: its clause's continue, a jump back
                    // to the head of a while loop (which its test's copy jumps back to as well), was read as a
                    // loop of its own around it (seed 155 f156: `while c() or c(): try: break / except E:
                    // continue`). Read without the orphans (CodeDecompiler)
                    throw new LiftException("an orphaned handler's clause jumps back at " + op.offset());
                }
            }
        }
        Lifter l = new Lifter(env, new java.util.ArrayList<>(), new java.util.ArrayList<>());
        walk(0, code.size(), l, new Region(null, Set.of(), -1), -1);
        for (int k = suppressedToElse.nextSetBit(0); k >= 0; k = suppressedToElse.nextSetBit(k + 1)) {
            if (!dead.get(k) && !env.stepped.get(Tries.skipNops(this, k))) {
                // no walk read it (a break there leaves no line the coverage check would miss)
                throw new LiftException("the code a with's suppressing path reaches past its handler was never read at "
                        + code.op(k).offset());
            }
        }
        return l.out;
    }

    /**
     * Where a constant's return at i (after line NOPs) ends, when only code outside normal flow jumps to i: the
     * code after a try whose body ends with a with whose body always leaves, reached only by the with's
     * suppressing path (3.12+ copy the code after the statement there, r175 f27's {@code return None} ending an
     * elif's code laid out past the handlers); the walk of the region reads it. Else -1.
     */
    private int suppressedOnlyReturn(int i, int to) {
        if (i >= to || !reachable.get(i) || normalFlow.get(i) || !jumpTargets.get(i)) {
            return -1;
        }
        for (Op op : code.ops()) {
            if (op.target() == i && (normalFlow.get(op.index()) || !reachable.get(op.index()))) {
                return -1;
            }
        }
        int k = i;
        while (k < to && code.op(k).is("NOP")) {
            k++;
        }
        if (k >= to || !Tries.constReturn(this, k) || code.handlerAt(k) != null) {
            return -1;
        }
        return code.op(k).is("RETURN_CONST") ? k + 1 : k + 2;
    }

    /**
     * Walks [from, to) with lifter {@code l}. {@code noLoopAt} is an index already known to head a loop
     * being walked (so it does not start another). Returns where the walk stopped.
     */
    int walk(int from, int to, Lifter l, Region r, int noLoopAt) {
        if (r.loop() != null) {
            r.loop().continues().forEach(env.loopHeads::set);
        }
        int i = from;
        int stmtStart = from;
        // a with body starts with the entered value on the stack, popped or stored by its first statement
        int baseDepth = l.depth() - (l.depth() > 0 && l.peek(1) instanceof Item.Entered ? 1 : 0);
        boolean live = true;
        boolean normalRegion = normalFlow.get(from);
        int startDepth = l.depth();
        int deadIf = -1;                        // where a dead `if False: pass` was emitted in l.out
        int skippedFrom = -1;
        int skippedTo = -1;
        int orphanRead = -1;                    // where the try of an orphaned handler was read
        BitSet orphansRead = new BitSet();      // (each once: its body may start at any of a few places)
        int suppressedReturnEnd = -1;           // a return only a with's suppressing path reaches, read here
        while (i < to) {
            env.work();
            if (!reachable.get(i) || normalRegion && !normalFlow.get(i) && i >= suppressedReturnEnd || dead.get(i)) {
                i++;
                continue;
            }
            if (l.depth() <= baseDepth) {
                // a for body's target or an except clause's exception is consumed by the first statement:
                // from then on, statements start with nothing pending above what is left
                baseDepth = l.depth();
                stmtStart = i;
            }
            int copiedBreak = copiedFollowBreak(i, l, baseDepth, r);
            if (copiedBreak > i) {
                l.emit(new Stmt.Break());
                i = copiedBreak;
                live = false;
                continue;
            }
            if (i > from && cleanupReachedInLayout(i, r)) {
                live = false;                   // (not code of this region: see cleanupReachedInLayout)
                i++;
                continue;
            }
            if (code.op(i).is("PUSH_EXC_INFO") && !r.handlers().contains(i)) {
                // handler code reached in layout order: a handler whose statement is already structured
                // (its body walked); its clauses and their jumps are not part of this region
                skippedFrom = i;
                i = Math.max(i + 1, ExceptClauses.handlerAreaEnd(this, i));
                skippedTo = i;
                live = false;
                continue;
            }
            // (3.11 lays a with's handler inline: a target only the skipped handler jumps to is its
            // suppressing path, which the with statement accounts for, not code of this region)
            if (!live && (!jumpTargets.get(i) || !env.atLeast(3, 12) && skippedFrom >= 0 && jumpsOnlyFrom(i, skippedFrom, skippedTo))) {
                i++;
                continue;
            }
            live = true;
            if (stmtStart == i && !(l.deadBlockAt >= 0 && Borrows.straight(code, l.deadBlockAt, i))
                    && l.stack().stream().noneMatch(v -> v instanceof Expr) && Borrows.pastDeadBlock(code, i)) {
                // 3.14: the statement lies past an empty block: the source had dead code there
                l.deadBlockAt = i;
                l.emit(new Stmt.If(new Expr.Constant(PyObject.Bool.FALSE), List.of(new Stmt.Pass()), List.of()));
                deadIf = l.out.size() - 1;
            }
            Integer orphan = stmtStart == i && l.depth() <= baseDepth ? orphanBodies.get(i) : null;
            Code.Handler around = orphan != null ? Handlers.outermostNew(code, i, r.handlers()) : null;
            if (orphan != null && around == null) {
                // (or right after line NOPs: the orphan's body is its `pass`, the try/finally around it
                // protects only the jump over the orphan's handler, its else's, right after)
                int k = i;
                while (k + 1 < to && code.op(k).is("NOP")) {
                    k++;
                }
                around = k > i ? Handlers.outermostNew(code, k, r.handlers()) : null;
            }
            if (around != null && Handlers.covers(code, orphan, around.target())) {
                orphan = null;                  // a statement opening here encloses the orphan's try: read first
            } else if (orphan != null && outsideEnclosingBody(orphan, r)) {
                orphan = null;
            }
            if (orphan != null && !r.handlers().contains(orphan) && !orphansOpen.get(orphan) && i != orphanRead
                    && !orphansRead.get(orphan)) {
                // a try whose body protects nothing: read as if an empty range [i, i) reached its handler
                // (the walks of its else and clauses start at i again: not another try there; nor when
                // the walk goes on at i, the code after a `try: pass` falling into it; read before the
                // unwinding copies below: the body of `try: return CONST` starts with its return's unwinding)
                orphansOpen.set(orphan);
                orphanRead = i;
                orphansRead.set(orphan);
                orphansPlaced.set(orphan);
                int emptyFinally = OrphanHandlers.emptyFinallyAround(code, orphan, orphanCode);
                if (emptyFinally >= 0 && (r.handlers().contains(emptyFinally) || orphansOpen.get(emptyFinally))) {
                    emptyFinally = -1;          // that try/finally is being read already, around this walk
                }
                int before = l.out.size();
                try {
                    i = Tries.structure(this, i, to, l, emptyFinally >= 0 ? r.withHandler(emptyFinally, r.follow()) : r,
                            new Code.Handler(i, i, orphan, 0, true));
                    if (emptyFinally >= 0) {
                        wrapInEmptyFinally(l, before, emptyFinally);
                    }
                } finally {
                    orphansOpen.clear(orphan);
                }
                // (3.13+ lays a named clause's cleanup handler right after the handlers of a try ending
                // that clause: where the statement's handler code ends is no code after it, only an
                // exception reaches it)
                live = !handlerTargets.get(i) || jumpTargets.get(i);
                continue;
            }
            if (normalExitBeforeSharedReturn(i, r)) {
                return i;                      // the try body ends here: its finally statement reads the copy
            }
            if (stmtStart == i && insideWith(i, r) && Tries.exitCall(this, i) > 0) {
                int k = i;
                for (int n; (n = Tries.exitCall(this, k)) > 0; ) {
                    k = Tries.skipNops(this, n);
                }
                boolean computed = returnsComputedValue(k);
                int copied = computed ? loopExitCopyLength(k, r) : 0;
                int droppedExit = computed && copied <= 0 ? WhileExitCopies.breakAfterFinallyCopy(this, k, r) : 0;
                if (copied > 0 || droppedExit > 0) {
                    // the break, unwinding the with, then a copy of the loop's exit (or of its dropped exit
                    // block, printed after the loop)
                    l.emit(new Stmt.Break());
                    i = copied > 0 ? k + copied : droppedExit;
                    live = false;
                    continue;
                }
                if (computed) {
                    // a return in the with's body computes its value before the exit call (only a constant is
                    // loaded after it): a break's, whose exit block, a return, the compiler copied (3.12+,
                    // subprocess.py's Popen._wait: `while c: with lock: if d: break` then `return x.y`)
                    throw new LiftException("a return computed after a with's exit call at " + code.op(k).offset());
                }
            }
            int copy = unwindingCopy(i, r);
            int orphanPast = copy > 0 ? orphanAfterNops(i, i + copy) : -1;
            if (orphanPast > i) {
                i = orphanPast;                // (a copy's start read over the line NOPs of a try protecting nothing)
                continue;
            }
            if (copy > 0) {
                for (int h : r.handlers()) {
                    if (h > i && !Handlers.covers(code, i, h) && finallyLengths.getOrDefault(h, 0) > 0) {
                        FinallyCopy.markLaidOut(this, h, i);
                    }
                }
                i += copy;
                if (!env.atLeast(3, 12) && r.loop() == null && i < code.size() && code.op(i).isUnconditionalJump()
                        && code.op(i).target() >= to && l.exceptClause) {
                    // 3.11: an except clause's jump out after a finally body's copy leaves the try/finally, a break
                    // or continue, with no loop around read (a while loop that never loops has no jump back:
                    // `while c(): try: x() / except E: break / finally: t()` then `while d(): pass / else: break`,
                    // fuzz seed 47 f4), not the clause falling off its end
                    throw new LiftException("a jump after a finally body's copy leaves no loop at " + code.op(i).offset());
                }
                int broke = whileBreakCopy(i, r);
                boolean computed = broke <= 0 && stmtStart == i - copy && returnsComputedValue(i);
                int exitCopy = computed ? loopExitCopyLength(i, r) : 0;
                int droppedExit = computed && exitCopy <= 0 ? WhileExitCopies.breakAfterFinallyCopy(this, i, r) : 0;
                if (droppedExit > 0) {
                    l.emit(new Stmt.Break());  // the break, then the copy of the loop's dropped exit block
                    i = droppedExit;
                    live = false;
                } else if (broke > 0) {
                    l.emit(new Stmt.Break());
                    i = broke;
                    live = false;
                } else if (exitCopy > 0) {
                    l.emit(new Stmt.Break());  // the break, then a copy of the loop's exit block, a return
                    i += exitCopy;
                    live = false;
                } else if (computed) {
                    // a return in the body computes its value before the copy (compile.c's compiler_return:
                    // only a constant is loaded after it): this is a break's, whose exit block, a return, the
                    // compiler copied (3.12+, the shape of subprocess.py's Popen._wait)
                    throw new LiftException("a return computed after a finally body's copy at " + code.op(i).offset());
                }
                continue;
            }
            int broken = stmtStart == i ? copiedOnlyBreak(i, r) : -1;
            if (broken > 0) {
                l.emit(new Stmt.Break());
                i = broken;
                live = false;
                continue;
            }
            Op op = code.op(i);
            Code.Handler h = Handlers.outermostNew(code, i, r.handlers());
            if (h != null) {
                int next = env.dynamo != null ? DynamoTry.structure(this, i, to, l, r, h) : -1;
                i = next >= 0 ? next : Tries.structure(this, i, to, l, r, h);
                suppressedReturnEnd = normalRegion ? suppressedOnlyReturn(i, to) : -1;
                continue;
            }
            if (op.is("GET_ANEXT") && l.depth() > 0 && (l.peek(1) instanceof Item.Iterator it && it.async()
                    || l.peek(1) instanceof Expr) && code.handlerAt(i) != null
                    && code.op(code.handlerAt(i).target()).is("END_ASYNC_FOR")) {
                i = ForLoops.asyncForLoop(this, i, to, l, r);
                continue;
            }
            if (i == noLoopAt && l.depth() <= baseDepth) {
                int shared = SharedHeads.loop(this, i, to, l, r);
                if (shared >= 0) {
                    i = shared;
                    continue;
                }
            }
            if (i != noLoopAt && l.depth() <= baseDepth) {
                int back = backEdge(i, to);
                int coldBack = -1;
                if (back < 0) {
                    back = WhileTrue.sharedHeadEnd(this, i, to, r);
                }
                if (back < 0) {
                    back = WhileTrue.clauseOnlyLoopEnd(this, i, to, r);
                    int cold = back >= 0 ? WhileTrue.coldClauseBack(this, i, to, r) : -1;
                    coldBack = cold >= to ? cold : -1;   // (the clauses' continue past the region, read with the loop)
                    if (back < 0) {
                        back = WhileTrue.withTailLoopEnd(this, i, to, r);
                    }
                    if (back < 0) {
                        back = ColdJumpBacks.continueBeforeClauseTail(this, i, to, r);
                        coldBack = back >= 0 ? lastBackEdge[i] : -1;
                    }
                } else {
                    back = WhileTrue.directWithReturnBack(this, i, coldBackEdgeBefore(i, back));
                    back = CutTries.loopEnd(this, i, WhileTrue.pastCrossingLoops(this, i, back), to);
                    int cold = back;
                    back = WhileTrue.coldJumpBackEnd(this, i, back, to);
                    coldBack = back != cold ? cold : -1;
                }
                // (3.14: a loop whose head is its line's NOP has no test of its own, `while True`, though the
                // body starts with `if not c: break`, whose break is laid out after the jump back)
                // (3.11-3.13 alike when the NOP's line is not that of the test after it: a `while c():` loop's
                // head is its test, no NOP, even when the test spans lines; a body starting with an if is
                // `while True: if c(): continue`, its continue the jump back)
                boolean trueHead = back >= 0 && op.is("NOP") && code.op(back).target() == i
                        && (env.atLeast(3, 14) || ownLineNop(i));
                if (back >= 0 && !op.is("FOR_ITER") && (trueHead || !WhileTrue.startsWithTest(code, i, back))
                        && !WhileTrue.startsThreadedTest(this, i, to, r)
                        && !(!(trueHead && ownLineNop(i)) && WhileTrue.testsBeforeDisplacedTail(this, i, back))
                        && !WhileTrue.testExitsBeforeColdBacks(this, i, back)) {
                    i = WhileTrue.headerLoop(this, i, WhileTrue.clauseLoopEnd(this, i, back, to), to, l, r);
                    if (coldBack >= 0) {
                        dead.set(coldBack);    // the cold jump back, after the handlers: read as the clauses' continue
                    }
                    continue;
                }
            }
            int match = Matches.at(this, i, to, l, r);
            if (match >= 0) {
                i = match;
                continue;
            }
            switch (op.name()) {
                case "FOR_ITER" -> i = ForLoops.forLoop(this, i, to, l, r);
                case "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
                     "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP" -> {
                    if (env.dynamo != null) {
                        env.dynamo.beforeBranch(l);
                    }
                    i = Branches.branch(this, stmtStart, i, to, l, r);
                }
                case "JUMP_FORWARD" -> {
                    i = jumpForward(op, i, to, l, r);
                    live = false;
                }
                case "JUMP_BACKWARD" -> {
                    i = jumpBackward(op, i, to, l, r);
                    live = false;
                }
                case "LOAD_COMMON_CONSTANT" -> {
                    int end = builtinShortcut(i, to, l, r);
                    if (end > 0) {
                        i = end;
                    } else {
                        Steps.step(l, op);
                        i++;
                    }
                }
                case "GET_AWAITABLE", "GET_ANEXT" -> i = Awaits.await(this, i, l);
                case "GET_YIELD_FROM_ITER" -> i = Awaits.yieldFrom(this, i, l);
                case "RETURN_GENERATOR" -> {
                    l.push(Item.Null.INSTANCE);
                    i++;
                }
                case "POP_EXCEPT" -> {
                    int loopBreak = ClauseEndBreaks.at(this, i, l, r);
                    if (loopBreak > 0) {
                        l.emit(new Stmt.Break());          // the copy of the clause's end, after the loop
                        dead.set(i, loopBreak);            // read: not code a walk from elsewhere goes on at
                        i = loopBreak;
                        live = false;
                        continue;
                    }
                    boolean returning = i > 0 && code.op(i - 1).is("SWAP");
                    boolean enclosing = l.popExceptAt != -1;   // (a POP_EXCEPT already run: an enclosing clause's)
                    boolean clauseEnd = popExcept(l, returning, i);
                    i++;
                    int cleaned = ExceptClauses.afterNameCleanup(code, i);
                    if (enclosing && clauseEnd && cleaned > i && cleaned < code.size()
                            && (code.op(cleaned).isReturn() || Tries.constReturn(this, cleaned))) {
                        i = cleaned;                       // a return unwinding an enclosing `except E as name`:
                    }                                      // its name's cleanup, no statement of the clause
                    int exitCopy = copiedWhileExit(i, r);
                    int copyEnd = exitCopy > 0 || returning ? 0 : WhileExitCopies.breakAt(this, i, r);
                    if (copyEnd > 0) {
                        for (int k = i; k < ExceptClauses.afterNameCleanup(code, i); k++) {
                            Steps.step(l, code.op(k));     // the name cleanup of `except E as name`
                        }
                        l.emit(new Stmt.Break());          // the copy of the dropped block after the loop
                        i = copyEnd;
                        live = false;
                    } else if (exitCopy > 0) {
                        for (int k = i; k < exitCopy; k++) {
                            Steps.step(l, code.op(k));     // the name cleanup of `except E as name`
                        }
                        l.emit(new Stmt.Break());
                        i = exitCopy + copiedExitLength(exitCopy, r.loop().exit());
                        live = false;
                    } else if (clauseEnd && !returning && !l.exceptClause && !l.unwinding && !plainClauseExit(i, r, finallyExceptionOnTop(l))) {
                        // a branch of an except clause ends with POP_EXCEPT and a copy of code after the
                        // try (or a loop): that code runs outside the handler, printed in the branch it
                        // would run inside it. Marked, for the try statement to place (ClauseExits)
                        int copyEnd2 = ClauseExits.mark(this, i, l, r);
                        if (copyEnd2 < 0) {
                            throw new LiftException("code copied after POP_EXCEPT in a branch of an except clause at "
                                    + code.op(i - 1).offset());
                        }
                        i = copyEnd2;
                        live = false;
                    }
                }
                case "POP_ITER" -> {
                    l.pop();
                    i++;
                }
                case "END_FOR" -> {
                    i++;
                }
                case "RERAISE" -> {
                    l.emit(endsFinally(i, r) ? new Stmt.FinallyExit() : new Stmt.Raise(null, null));
                    live = false;
                    i++;
                }
                default -> {
                    if (op.isTerminal()) {
                        live = false;
                    }
                    Integer copiedFrom = op.is("RETURN_VALUE") ? copiedFollowReturns.get(i) : null;
                    if (copiedFrom != null && r.handlers().contains(copiedFrom) || op.is("RETURN_VALUE") && !exceptBodies.isEmpty()
                            && r.handlers().contains(exceptBodies.peek()) && TryRanges.computedUnprotected(this, stmtStart, i)) {
                        throw new LiftException("a copy of the code after a try read as a return in its body at " + op.offset());
                    }
                    if (op.is("POP_TOP") && l.depth() > 0 && l.peek(1) instanceof Item.Iterator) {
                        int clauseEnd = clauseEndBreak(i, l, r);
                        if (clauseEnd > 0) {
                            l.emit(new Stmt.Break());
                            i = clauseEnd;
                            live = false;
                            continue;
                        }
                        int inlined = inlinedBreak(i, r);
                        if (inlined > 0) {
                            l.emit(new Stmt.Break());
                            i += 1 + inlined;
                            live = false;
                            continue;
                        }
                        l.pop();
                        if (r.loop() != null && r.loop().isFor()
                                && Tries.skipNops(this, i + 1) == Tries.skipNops(this, r.loop().exit())) {
                            // 3.11: a break right before the code after the loop pops the iterator and
                            // falls into it, no jump (that code may start with line NOPs: a try's)
                            l.emit(new Stmt.Break());
                            live = false;
                        }
                    } else if (op.is("POP_TOP") && l.depth() > 1 && l.peek(1) == Item.Exception.INSTANCE
                            && finallyUnwinds(i)) {
                        l.pop();                         // the finally clause's exception, dropped by a return,
                    } else {                             // break or continue leaving the clause
                        Steps.step(l, op);
                        if (op.is("STORE_FAST_LOAD_FAST") && l.depth() == baseDepth + 1) {
                            // 3.13+ fuse a statement's last store with the next statement's first load
                            // (one line): that statement starts inside this instruction
                            stmtStart = i;
                        }
                    }
                    i++;
                }
            }
        }
        if (deadIf >= 0 && deadIf == l.out.size() - 1 && l.depth() > startDepth) {
            l.out.remove(deadIf);               // not a statement: the walk only pushed a value (an arm of an expression)
            l.deadBlockAt = -1;
        }
        return i;
    }

    /**
     * The POP_TOP at i drops a finally clause's exception on the way out of the clause: a return, break or
     * continue inside the handler's copy of the finally body unwinds it (compile.c, compiler_unwind_fblock,
     * FINALLY_END: POP_TOP of the exception, SWAP 2 around it when a return's value waits above, then
     * POP_EXCEPT).
     */
    private boolean finallyUnwinds(int i) {
        int k = i + 1;
        if (k < code.size() && code.op(k).is("SWAP") && code.op(k).arg() == 2) {
            k++;
        }
        return k < code.size() && code.op(k).is("POP_EXCEPT");
    }

    /**
     * RERAISE inside a finally handler's body, protected by that handler's own cleanup: the end of the
     * finally clause (the compiler copies it into branches that end there), not a statement.
     */
    private boolean endsFinally(int i, Region r) {
        Code.Handler at = code.handlerAt(i);
        if (at == null) {
            return false;
        }
        for (int h : r.handlers()) {
            Code.Handler cleanup = code.handlerAt(h);
            if (h < i && cleanup != null && cleanup.target() == at.target()
                    && Handlers.kind(code, h) == Handlers.Kind.FINALLY) {
                return true;
            }
        }
        return false;
    }

    private final java.util.Map<Integer, Integer> finallyLengths = new java.util.HashMap<>();

    /**
     * True when the handler code of {@code orphan} is protected by an enclosing try's handler (through its
     * cleanup handler) that this region is not inside, though that try's range protects live code: the
     * orphan's try lies in that try's body, already walked, not here. 3.12+ map the target of a `try: pass`
     * clause's jump back to its orphan (OrphanHandlers.bodyStarts), which at the end of an enclosing try
     * body is where that try's else starts, where another orphan's try may start (its `try: return CONST`).
     */
    private boolean outsideEnclosingBody(int orphan, Region r) {
        Code.Handler cleanup = code.handlerAt(orphan);
        Code.Handler enclosing = cleanup != null ? code.handlerAt(cleanup.target()) : null;
        if (enclosing == null || r.handlers().contains(enclosing.target())
                || Handlers.kind(code, enclosing.target()) != Handlers.Kind.EXCEPT) {
            return false;
        }
        for (Code.Handler h : code.handlers()) {
            if (h.target() == enclosing.target() && live(h.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The orphan's try just read (the one statement emitted past {@code before}) gets the empty finally
     * clause of the try/finally around it ({@link OrphanHandlers#emptyFinallyAround}): that try's range
     * protects only the orphan's clauses, its copies on the normal path and the return's are empty.
     */
    private void wrapInEmptyFinally(Lifter l, int before, int handler) {
        while (l.out.size() > before + 1 && l.out.get(l.out.size() - 1) instanceof Stmt.Pass) {
            // (3.13+: the inner clause's `pass` keeps its line's NOP where the clause jumps to, past the
            // handlers, before the outer try's empty copy: read as a statement after the inner try)
            l.out.remove(l.out.size() - 1);
        }
        if (l.out.size() != before + 1 || !(l.out.get(before) instanceof Stmt.Try t) || t.handlers().isEmpty()
                || !t.finalbody().isEmpty() || t.star()) {
            throw new LiftException("a try protecting nothing inside a try/finally protecting only its clauses, read as "
                    + (l.out.size() - before) + " statements, at " + code.op(handler).offset());
        }
        l.out.set(before, new Stmt.Try(t.body(), t.handlers(), t.orelse(), List.of(new Stmt.Pass()), false));
    }

    /** True when i lies in the body of a with being walked: the handler of one of the region's, past i. */
    private boolean insideWith(int i, Region r) {
        for (int h : r.handlers()) {
            if (h > i && Handlers.kind(code, h) == Handlers.Kind.WITH) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the straight code from k computes a value other than a constant, from nothing on the stack
     * (it starts with a load: not a for loop's iterator popped under a value, nor a break's pop of it), and
     * returns it.
     */
    private boolean returnsComputedValue(int k) {
        if (k >= code.size() || !(code.op(k).name().startsWith("LOAD_") || code.op(k).is("PUSH_NULL"))) {
            return false;
        }
        for (int q = k; q < code.size(); q++) {
            Op op = code.op(q);
            if (op.is("RETURN_VALUE")) {
                // (the value made by the instruction before: not a pop ending a copy of an enclosing finally
                // body, which returns the value beneath it)
                Op value = code.op(q - 1);
                return q > k && !value.name().startsWith("LOAD_CONST") && !value.is("LOAD_SMALL_INT") && !value.is("POP_TOP")
                        && !value.name().startsWith("STORE_") && !value.name().startsWith("DELETE_") && !value.is("NOP")
                        && !value.is("SWAP") && !value.is("POP_EXCEPT");
            }
            if (op.target() >= 0 || op.isTerminal() || jumpTargets.get(q) && q > k) {
                return false;
            }
        }
        return false;
    }

    /** The first start of an orphan's try body ({@link OrphanHandlers}) in (from, to) past only NOPs, or -1. */
    private int orphanAfterNops(int from, int to) {
        for (int k = from; k < to && code.op(k).is("NOP"); k++) {
            if (orphanBodies.containsKey(k + 1)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Inside a try with a finally clause, a return, break or continue first runs a copy of the finally
     * body, laid out before the handler and outside its protected range: the length of the copy starting
     * at i, or 0. The finally clause prints that code once.
     */
    int unwindingCopy(int i, Region r) {
        for (int h : r.handlers()) {
            if (h <= i || Handlers.covers(code, i, h)) {
                continue;
            }
            int n = finallyLengths.computeIfAbsent(h, t -> TryFinally.finallyLength(this, t));
            if (n > 0 && TryFinally.sameFinallyOps(this, h + 1, i, n)) {
                // the handler's copy ends with a RERAISE duplicated into its last branch: in this copy that
                // is the exit after it, a break's or continue's jump the walk reads (not part of the copy)
                return code.op(h + n).is("RERAISE") && (code.op(i + n - 1).isUnconditionalJump() || sharedReturn(i, n))
                        ? n - 1 : emptyBranchExit(h + n, i + n - 1) ? n + 1 : n;
            }
            int end = n > 0 ? FinallyCopy.end(this, h, i) : -1;
            if (end > i) {
                return end - i;                // a copy whose branches the compiler laid out differently
            }
        }
        return 0;
    }

    /**
     * 3.12+: the copy of a finally body at i, walked in that try's body, is the normal exit's copy when it
     * ends in the one return after the statement that both its last branch and its test go on to
     * ({@link #sharedReturn}): a return in the body has no line of its own after the copy (compile.c's
     * compiler_unwind_fblock makes the unwinding instruction artificial, NO_LOCATION), so flowgraph.c's
     * duplicate_exits_without_lineno gives each way in its own copy of it. The body ends at i, even where
     * the range goes on past the copy (the handlers of a try nested in the body, laid out after it, which
     * the finally protects too: TryRanges.exitGap reads the range on to the handler), and the try/finally
     * reads the copy and the code after the statement (read as the body's return, the body's other paths,
     * a nested clause's jump back included, ran it before the finally body: other layout).
     */
    boolean normalExitBeforeSharedReturn(int i, Region r) {
        if (!env.atLeast(3, 12) || jumpTargets.get(i)) {
            return false;
        }
        for (int h : r.handlers()) {
            if (h <= i || Handlers.covers(code, i, h) || Handlers.kind(code, h) != Handlers.Kind.FINALLY) {
                continue;
            }
            if (tryInsideLoop(h, r)) {
                return false;
            }
            int e = Handlers.covers(code, i - 1, h) ? FinallyCopy.end(this, h, i) : -1;
            return e > i + 1 && sharedConstReturn(i, e);
        }
        return false;
    }

    /**
     * True when the try whose finally handler is h starts inside the loop being walked: its normal exit goes
     * on with the rest of the loop's body, never to a return right after the copy, which is then a break's
     * (the code after the loop) or a return's (tails seed 35 f164: a break through two finally bodies).
     */
    private boolean tryInsideLoop(int h, Region r) {
        if (r.loop() == null || r.loop().continues().isEmpty()) {
            return false;
        }
        int head = java.util.Collections.min(r.loop().continues());
        for (Code.Handler range : code.handlers()) {
            if (range.target() == h && range.start() < head) {
                return false;
            }
        }
        return true;
    }

    /**
     * The copy [i, e) falls into a constant return at e (RETURN_CONST, 3.14 a LOAD_CONST or LOAD_SMALL_INT
     * and RETURN_VALUE) that a test in the copy jumps to as well, its line after the copy's lines.
     */
    private boolean sharedConstReturn(int i, int e) {
        Op exit = code.op(e);
        boolean constReturn = exit.is("RETURN_CONST") || e + 1 < code.size() && code.op(e + 1).is("RETURN_VALUE")
                && (exit.is("LOAD_CONST") || exit.is("LOAD_SMALL_INT"));
        Op before = code.op(e - 1);
        if (!constReturn || before.isTerminal() || before.isUnconditionalJump()) {
            return false;
        }
        boolean tested = false;
        for (int k = i; k < e; k++) {
            if (code.op(k).line() >= exit.line()) {
                return false;
            }
            tested |= code.op(k).isConditionalJump() && code.op(k).target() == e;
        }
        return tested;
    }

    /**
     * 3.12, 3.13: the copy of n instructions at i, matched against a finally handler's copy whose last branch
     * ends in a duplicated RERAISE, ends in a RETURN_CONST that a jump inside the copy targets: no duplicate of
     * the exit in that branch (a {@code return CONST} of the try body has one: the copy's return, then the
     * branch's target, the same return again), but the one return after the statement
     * ({@code try: ... finally: if c: A} + {@code return 19}) that both the branch and its test go on to,
     * which the walk reads (counted in the copy, it was dropped: a silent wrong). That return's line
     * comes after the finally body's, a return of the body's before.
     */
    private boolean sharedReturn(int i, int n) {
        int last = i + n - 1;
        if (!code.op(last).is("RETURN_CONST")) {    // (a RETURN_VALUE's value, pushed before the copy, is the body's return)
            return false;
        }
        boolean tested = false;
        for (int k = i; k < last; k++) {
            if (code.op(k).line() >= code.op(last).line()) {
                return false;                  // a return of the body (`for ...: return 3`, its iterator popped
            }                                  // first; `c() and c()` jumping to it twice): its line comes first
            tested |= code.op(k).isConditionalJump() && code.op(k).target() == last;
        }
        return tested;
    }

    /**
     * 3.11 drops the NOP of a finally body's last {@code if c: pass}: the handler's test at a jumps to
     * the RERAISE right after it, and a copy's test at b jumps over the exit the compiler duplicated into
     * the empty branch (a return's RETURN_VALUE) to the same exit. That first exit is part of the copy.
     */
    private boolean emptyBranchExit(int a, int b) {
        Op x = code.op(a);
        Op y = code.op(b);
        if (!x.isConditionalJump() || x.target() != a + 1 || !y.isConditionalJump() || y.target() != b + 2
                || b + 2 >= code.size()) {
            return false;
        }
        Op exit = code.op(b + 1);
        return (exit.isReturn() || exit.isUnconditionalJump()) && exit.sameAs(code.op(b + 2))
                && exit.target() == code.op(b + 2).target();
    }

    /**
     * {@code break} out of a for loop that ends an except clause (3.13+): the code after the loop is the
     * clause's end, POP_EXCEPT (name cleanup) and a jump to the code after the try, or with it a small
     * block ending in a return (the code after the try, copied); a block without a line the compiler
     * copies into the break after its pop of the iterator. Only a break pops the iterator and then leaves
     * the clause (a return's value is computed first), so the copy is that break. A copy that does more
     * than jump must match the clause's own end past the loop, where its code is printed. Returns where
     * the walk goes on (past the copy), or 0.
     */
    private int clauseEndBreak(int i, Lifter l, Region r) {
        if (r.loop() == null || !r.loop().isFor() || l.depth() < 2 || l.peek(2) != Item.PreviousException.INSTANCE
                || i + 1 >= code.size() || !code.op(i + 1).is("POP_EXCEPT") || i + 1 == r.loop().exit()) {
            return 0;                          // (3.11: the break falls into the clause's end, the loop's exit: no copy)
        }
        int p = i + 1;
        int end = p + ForLoops.clauseEndLength(this, p);
        if (end == p || !code.op(end).isUnconditionalJump()
                && ForLoops.clauseEndAfter(this, p, Math.max(end + 1, r.loop().exit()), code.size()) < 0) {
            return 0;
        }
        clauseEndBreaks.putIfAbsent(r.loop(), p);
        dead.set(p, end + 1);                  // read: not code a walk from elsewhere (a try body's end) goes on at
        return end + 1;
    }

    /**
     * Statements read from the code after a try laid out past the handlers (ColdContinuations), which only
     * its clauses reach: after an else break ending a while True body, the rest of the body, not the else's.
     */
    final Set<Stmt> coldContinuations = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** NOPs of a try's else break ending a while True body (WhileTrue.elseBreakNop). */
    final Set<Integer> elseBreakNops = new java.util.HashSet<>();

    /**
     * Region ends {@code to} that a while True loop ends, its breaks threaded to the head of an enclosing
     * loop (WhileTrue.threadedBreaksExit): falling off such a region goes back to that head.
     */
    final java.util.Map<Integer, Integer> threadedRegionEnds = new java.util.HashMap<>();

    /** For loops with a break read by {@link #clauseEndBreak}: where the first copy's POP_EXCEPT is. */
    final java.util.Map<Region.Loop, Integer> clauseEndBreaks = new java.util.IdentityHashMap<>();

    /**
     * {@code break} out of a for loop whose exit is a small block ending in a return or raise: the compiler
     * pops the iterator and copies the block (3.12+). Returns the copy's length after the POP_TOP at i, or 0.
     */
    private int inlinedBreak(int i, Region r) {
        if (r.loop() == null || !r.loop().isFor()) {
            return 0;
        }
        Integer copied = breakCopies.get(i);
        if (copied != null) {
            return copied;                         // the only code after the loop (BreakCopies)
        }
        int exit = r.loop().exit();
        Integer copiedReturn = copiedFollowStarts.get(i + 1);
        if (copiedReturn != null && exit >= 0) {
            // the code after the loop ends a try's body: the compiler copied the code after that try, a small
            // return block, into the break, out of the try's range (TryRanges.markCopiedFollowReturn)
            if (Branches.sameExit(this, i + 1, ForLoops.pastExitCleanup(this, exit, Integer.MAX_VALUE))) {
                return copiedReturn - i;
            }
        }
        int n = 0;
        while (i + 1 + n < code.size() && n < 8) {
            Op op = code.op(i + 1 + n);
            n++;
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                // (3.12+ lay an except clause after the exit; the exit past its line's NOP: the code after an
                // if whose branch the loop ends, BreakCopies)
                int e = exit >= 0 ? Tries.skipNops(this, exit) : -1;
                return e != i + 1 && e >= 0 && e + n <= code.size() && Tries.sameOps(this, e, i + 1, n) ? n : 0;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * {@code break} out of an except clause in a while loop whose exit is a small block ending in a
     * return or raise: 3.12+ copy the block after the clause's POP_EXCEPT (and name cleanup). A return
     * or raise of the clause's own runs before POP_EXCEPT (a raise there would chain the handled
     * exception), so the copy is the break. Returns the length of the cleanup and copy at i, or 0.
     */
    private int exceptBreak(int i, Region r) {
        if (r.loop() == null || r.loop().isFor() || r.loop().exit() < 0 || i > 1 && code.op(i - 2).is("SWAP")) {
            return 0;
        }
        int exit = Tries.skipNops(this, r.loop().exit());
        int k = ExceptClauses.afterNameCleanup(code, i);
        for (int n = 1; k + n <= code.size() && n <= 8; n++) {
            Op op = code.op(k + n - 1);
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return exit != k && exit + n <= code.size() && Tries.sameOps(this, exit, k, n) ? k + n - i : 0;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * {@code break} from an except clause inside a while loop whose exit is a small block ending in a
     * return or raise: 3.12+ copy the block after the clause's POP_EXCEPT (and name cleanup) at i. Returns
     * where the copy starts, or 0.
     */
    private int copiedWhileExit(int i, Region r) {
        if (r.loop() == null || r.loop().isFor() || !env.atLeast(3, 12)) {
            return 0;
        }
        int k = ExceptClauses.afterNameCleanup(code, i);
        return k < code.size() && (k != r.loop().exit() || copiedOnlyExits.contains(k)) && copiedExitLength(k, r.loop().exit()) > 0 ? k : 0;
    }

    /**
     * {@code break} out of a while loop whose exit exists only as copies (ClauseBreakCopies): the NOP
     * holding the break's line and a copy of the exit block, protected as the loop's head is (a break
     * out of a try body leaves its range; a return written there stays inside). Returns where the walk
     * goes on, or -1.
     */
    private int copiedOnlyBreak(int i, Region r) {
        if (r.loop() == null || r.loop().isFor() || !copiedOnlyExits.contains(r.loop().exit()) || !code.op(i).is("NOP")) {
            return -1;
        }
        int k = Tries.skipNops(this, i);
        int n = k < code.size() && k != r.loop().exit() ? copiedExitLength(k, r.loop().exit()) : 0;
        int head = java.util.Collections.min(r.loop().continues());
        return n > 0 && Branches.sameHandler(this, k, head) ? k + n : -1;
    }

    /**
     * {@code break} out of a while loop through a finally clause (3.12+): after the copy of the finally
     * body, a copy of the loop's exit block (a small block ending in a return or raise). A return
     * written in the try body computes its value before the copy, a raise leaves through the handler,
     * so only a break runs that block after the copy (a constant returned there compiles the same either
     * way). Returns where the copy of the exit ends, or -1.
     */
    int whileBreakCopy(int k, Region r) {
        return whileBreakCopy(k, r.loop());
    }

    /** The same for the while loop {@code loop}: where the copy of its exit block at k (after NOPs) ends, or -1. */
    int whileBreakCopy(int k, Region.Loop loop) {
        if (loop == null || loop.isFor() || loop.exit() < 0 || !env.atLeast(3, 12)) {
            return -1;
        }
        int p = Tries.skipNops(this, k);
        int n = p < code.size() && p != Tries.skipNops(this, loop.exit()) ? copiedExitLength(p, loop.exit()) : 0;
        return n > 0 ? p + n : -1;
    }

    /**
     * A while loop's break inside a try's body whose code after the loop, then after the try, is a small
     * return block: the compiler copies it into the break, outside the try's range (TryRanges.markCopiedFollowReturn).
     * Returns where the copy at i ends when it is that of the loop's exit, or -1.
     */
    private int copiedFollowBreak(int i, Lifter l, int baseDepth, Region r) {
        Integer ret = copiedFollowStarts.get(i);
        if (ret == null || r.loop() == null || r.loop().isFor() || r.loop().exit() < 0 || l.depth() > baseDepth
                || !r.handlers().contains(copiedFollowReturns.get(ret)) || !Branches.sameExit(this, i, r.loop().exit())) {
            return -1;
        }
        return ret + 1;
    }

    /** Breaks out of a while loop ending an except clause, copies of the clause's end (Loops.clauseEndCopyBreak). */
    final BitSet clauseCopyBreaks = new BitSet();

    /**
     * Returns laid out between two pieces of a try's range whose value is computed outside every range:
     * copies of the code after that try (TryRanges.markCopiedFollowReturn), by the return's index the try's
     * handler. Read as a return in that try's body, such a copy would lose its protection (CopiedFollowReturns
     * reads them).
     */
    final java.util.Map<Integer, Integer> copiedFollowReturns = new java.util.HashMap<>();

    /** The starts of those copies, by the index of their return. */
    final java.util.Map<Integer, Integer> copiedFollowStarts = new java.util.HashMap<>();

    /**
     * The handlers of the try/except statements whose bodies are being walked, innermost first: inside one,
     * a return whose value no handler covers is a copy of code after a try (TryRanges.computedUnprotected).
     */
    final java.util.ArrayDeque<Integer> exceptBodies = new java.util.ArrayDeque<>();

    /** Loop exits that are the first of the copies of a block the compiler dropped (ClauseBreakCopies): breaks too. */
    final Set<Integer> copiedOnlyExits = new java.util.HashSet<>();

    /** {@link #copiedExitLength} of the exit of the loop around region r; 0 without one. */
    int loopExitCopyLength(int k, Region r) {
        return r.loop() != null && r.loop().exit() >= 0 ? copiedExitLength(k, r.loop().exit()) : 0;
    }

    /** The length of the copy at k of the exit block (a few instructions ending in a return or raise) at exit, or 0. */
    int copiedExitLength(int k, int exit) {
        int e = Tries.skipNops(this, exit);
        for (int n = 0; e + n < code.size() && n < 8; n++) {
            Op op = code.op(e + n);
            if (op.isReturn() || op.is("RAISE_VARARGS")) {
                return Tries.sameOps(this, e, k, n + 1) ? n + 1 : 0;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * 3.14 inlines {@code all(genexpr)}, {@code any(genexpr)} and {@code tuple(genexpr)}: COPY 1;
     * LOAD_COMMON_CONSTANT f; IS_OP 0; POP_JUMP_IF_FALSE slow; the loop; slow: the plain call. The call
     * is what the source said: lifted from the slow path, the loop skipped. Returns where the walk goes
     * on (after the slow path's call), or 0 when the shape is not this one.
     */
    int builtinShortcut(int i, int to, Lifter l, Region r) {
        if (i < 1 || i + 2 >= code.size() || !code.op(i - 1).is("COPY") || code.op(i - 1).arg() != 1
                || !code.op(i + 1).is("IS_OP") || code.op(i + 1).arg() != 0
                || !code.op(i + 2).is("POP_JUMP_IF_FALSE") || code.op(i + 2).target() <= i + 2) {
            return 0;
        }
        l.pop();                                   // the copy of the callable
        int depth = l.depth();
        for (int k = i + 3; k < code.op(i + 2).target(); k++) {
            if (code.op(k).target() >= 0 && code.op(k).target() <= k) {
                env.loopHeads.set(code.op(k).target());   // the inlined generator's loop: read as the call
            }
        }
        for (int k = code.op(i + 2).target(); k < code.size(); k++) {
            env.work();
            Op op = code.op(k);
            if (r != null && Branches.isCopyTest(this, k, l)) {
                k = Branches.branch(this, k, k, to, l, r) - 1;      // an and/or value in the arguments
                continue;
            }
            if (op.target() >= 0 || op.isTerminal()) {
                throw new LiftException("unrecognised inlined builtin call at " + code.op(i).offset());
            }
            Steps.step(l, op);
            if (op.name().startsWith("CALL") && l.depth() == depth) {
                return k + 1;
            }
        }
        throw new LiftException("unrecognised inlined builtin call at " + code.op(i).offset());
    }

    /** POP_EXCEPT; {@code returning}: a return's value was computed inside the clause (SWAP 2 first). */
    private static boolean popExcept(Lifter l, boolean returning, int at) {
        for (int k = 1; k <= l.depth(); k++) {           // the innermost clause's: a finally clause's exception may lie below
            if (l.peek(k) == Item.PreviousException.INSTANCE) {
                l.stack().remove(l.depth() - k);
                if (l.popExceptAt == -1) {
                    l.popExceptAt = returning ? -2 : l.out.size();
                    l.popExceptOp = at;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * True when the exception of a finally clause's handler copy is on top of the stack: a return out of a
     * clause nested in that finally body drops it next (POP_TOP, POP_EXCEPT: {@link #finallyUnwinds}).
     */
    private static boolean finallyExceptionOnTop(Lifter l) {
        return l.depth() > 1 && l.peek(1) == Item.Exception.INSTANCE && l.peek(2) == Item.PreviousException.INSTANCE;
    }

    /**
     * What follows an except clause's POP_EXCEPT at i (after the name cleanup) is an exit that does the
     * same inside the clause as after it: a jump (the clause's end, break, continue), {@code return CONST},
     * or a for loop's iterator popped for a break.
     */
    private boolean plainClauseExit(int i, Region r, boolean finallyException) {
        int k = Tries.skipNops(this, ExceptClauses.afterNameCleanup(code, i));
        for (int guard = 0; guard < 8 && k < code.size(); guard++) {
            int copy = unwindingCopy(k, r);        // a finally body run on the way out
            int exit = copy > 0 ? k + copy : Tries.exitCall(this, k);   // or a with's __exit__ call
            if (exit <= k && code.op(k).is("POP_EXCEPT")) {
                exit = ExceptClauses.afterNameCleanup(code, k + 1);   // or an enclosing clause's end
            }
            if (exit <= k && finallyException && guard == 0 && code.op(k).is("POP_TOP") && k + 1 < code.size()
                    && code.op(k + 1).is("POP_EXCEPT")) {
                exit = k + 2;                      // or the finally clause around the try, its exception dropped
            }
            if (exit <= k) {
                break;
            }
            k = Tries.skipNops(this, exit);
        }
        if (k >= code.size()) {
            return false;
        }
        Op op = code.op(k);
        if (op.isUnconditionalJump() || Tries.constReturn(this, k)) {
            return true;
        }
        if (op.is("POP_TOP") && r.loop() != null && r.loop().isFor() && k + 1 < code.size()) {
            Op next = code.op(k + 1);
            // (or a constant's return past the iterators: RETURN_CONST, 3.11 and 3.14 a load and RETURN_VALUE)
            return next.isUnconditionalJump() || returnPastIterators(k, r) || inlinedBreak(k, r) > 0
                    || Tries.skipNops(this, k + 1) == r.loop().exit();   // 3.11: falls into the loop's exit
        }
        return returnPastIterators(k, r);
    }

    /**
     * True when k pops the iterators of for loops around the innermost loop (a while loop in the clause)
     * and then returns a constant: a {@code return CONST} out of them all, not code copied after the try.
     */
    private boolean returnPastIterators(int k, Region r) {
        int p = pastIteratorPops(k, r);
        return p > k && p < code.size() && Tries.constReturn(this, p);
    }

    /** Past the iterator pops (POP_TOP, POP_ITER) at k, at most one per for loop around r: a return's unwinding. */
    int pastIteratorPops(int k, Region r) {
        int fors = 0;
        for (Region.Loop loop = r.loop(); loop != null; loop = loop.parent()) {
            fors += loop.isFor() ? 1 : 0;
        }
        int popped = 0;
        while (popped < fors && k < code.size() && (code.op(k).is("POP_TOP") || code.op(k).is("POP_ITER"))) {
            k++;
            popped++;
        }
        return k;
    }

    /**
     * A jump at i, in an except clause of a try inside a while True loop, to t past the loop's handlers:
     * the loop's exit was not found in the layout (the body ends at its jump back, handler code follows,
     * so the exit recorded is that handler's start) and t, normal flow no jump back to the loop's head lies
     * at or past, is the code after the loop: a break (a branch of the clause breaks; the code after the
     * try statement inside the loop lies before the handlers).
     */
    private boolean breaksPastHandlers(int i, int t, Region r) {
        Region.Loop loop = r.loop();
        if (loop == null || loop.isFor() || loop.continues().isEmpty() || normalFlow.get(i)) {
            return false;
        }
        int exit = loop.exit();
        int head = java.util.Collections.min(loop.continues());
        if (goesBackInto(t, loop) || copyGoesOnInBody(t, loop)) {
            return false;                      // (the code after the try, which goes round, or goes on in the body)
        }
        if (exit > head && exit < t && inHandlerWithLoop(head, exit, t) && lastBackEdge[head] < t) {
            return true;
        }
        return exit > head && exit < t && !normalFlow.get(exit) && code.op(exit).is("PUSH_EXC_INFO")
                && normalFlow.get(t) && lastBackEdge[head] < t && onlyHandlerCode(exit, t);
    }

    /**
     * True when t, past NOPs, is a jump back to {@code loop}'s head, or to a lone jump back there (its end
     * jump): code past the body that goes round, not the code after the loop.
     */
    private boolean goesBackInto(int t, Region.Loop loop) {
        int at = Tries.skipNops(this, t);
        if (at >= code.size() || !code.op(at).is("JUMP_BACKWARD") || code.handlerAt(at) != null) {
            return false;
        }
        int back = code.op(at).target();
        return loop.continues().contains(back) || back < loop.bodyEnd() && code.op(back).is("JUMP_BACKWARD")
                && loop.continues().contains(code.op(back).target());
    }

    /**
     * 3.12+: the loop whose head is {@code head} lies in an except clause (laid out past the normal flow,
     * the whole clause in one piece, so the handlers of a try inside the loop stay inline in it), as t
     * does, under the same handler, and the code [exit, t) between the loop's last jump back and t is
     * only those inner handlers: nothing in it is reached from the loop's head but through an exception.
     * t is then the clause's code after the loop.
     */
    private boolean inHandlerWithLoop(int head, int exit, int t) {
        if (!env.atLeast(3, 12) || normalFlow.get(head) || code.handlerAt(head) == null || !Branches.sameHandler(this, head, t)) {
            return false;
        }
        BitSet flow = code.reachable(List.of(head), false);
        int k = flow.nextSetBit(exit);
        return k < 0 || k >= t;
    }

    /** The continue read from the jump at i, marked when the jump has no line of its own ({@link Env#linelessContinues}). */
    private Stmt.Continue continueAt(int i) {
        Stmt.Continue c = new Stmt.Continue();
        if (JumpLines.lineless(this, i)) {
            env.linelessContinues.add(c);
        }
        return c;
    }

    /**
     * True when t holds the cold copy of a finally body going on inside the loop's body (not at its head
     * or exit): an except clause's end, the try ending an if's branch, the copy jumping back over the
     * else; a jump there is no break, the try reads it.
     */
    private boolean copyGoesOnInBody(int t, Region.Loop loop) {
        int on = FinallyCopy.coldCopyTarget(this, t);
        return on >= 0 && on < loop.bodyEnd() && !loop.continues().contains(on) && !Branches.sameExit(this, on, loop.exit());
    }

    /**
     * 3.12-3.13: going on at t, the copy of the loop's test laid out past the handlers (DisplacedLoopTails),
     * where region r does not go on, is a continue: emitted (marked, DisplacedLoopTails drops it where it
     * ends the body), and true; else false.
     */
    boolean testCopyContinue(int t, Lifter l, Region r) {
        if (!isDisplacedTest(t, r) || r.follow() < 0 || Branches.sameExit(this, t, r.follow()) || r.loop().continues().contains(r.follow())) {
            return false;
        }
        Stmt.Continue c = new Stmt.Continue();
        testCopyContinues.add(c);
        l.emit(c);
        return true;
    }

    private int jumpForward(Op op, int i, int to, Lifter l, Region r) {
        int t = op.target();
        if (breaksTo(r, t)) {
            // 3.14: a break inside a try jumps past the loop's exit NOP (the end of the protected range),
            // which may also be where an if/elif around it ends: not a fall-through to that end
            l.emit(new Stmt.Break());
            return i + 1;
        }
        if (r.loop() != null && r.loop().continues().contains(t)) {
            l.emit(continueAt(i));
            return i + 1;
        }
        int copied = breakToExitCopy(i, t, r);
        if (copied > 0) {
            l.emit(new Stmt.Break());
            dead.set(t, t + copied);           // the break stands for the copy
            return i + 1;
        }
        if (t == r.follow() && r.loop() != null && r.loop().exit() >= 0 && t > Tries.skipNops(this, r.loop().exit())
                && t >= r.loop().bodyEnd() && !r.loop().continuesOuter(t) && !ExceptClauses.inHandlerOfLoop(this, r, t)) {
            // an if statement inside the loop taken to end past the loop's exit: falling off it would go
            // round the loop, the jump leaves it. A break, but to past the exit recognised (3.14 lays a
            // raise after the loop's back edge, before the code a break goes to): the loop is not understood
            if (coldLoopEnd(t, r)) {
                return i + 1;                  // (falling off the region: the loop goes round)
            }
            if (breaksPastHandlers(i, t, r)) {
                l.emit(new Stmt.Break());
                return i + 1;
            }
            if (!(leavesExceptClause(i) && (ExceptClauses.rejoiningContinuation(this, t, r) || ExceptClauses.breakingContinuation(this, t, r)
                    || ColdContinuations.endOfEnclosingBody(this, r, t)
                    || coldNormalCopies.get(t)))) {
                // (an except clause falling off its end into the code after its try, laid out after the
                // handlers because the try body never falls off its own: ColdContinuations; or into the
                // end of an enclosing try's body, which only that clause reaches; or into the normal exit's
                // copy of an enclosing finally body, TryFinally.coldNormalCopy)
                throw new LiftException("a jump leaves the loop past its exit at " + op.offset());
            }
            return i + 1;
        }
        if (t == r.follow()) {
            return i + 1;
        }
        if (testCopyContinue(t, l, r)) {
            return i + 1;
        }
        // (not where the region goes on: a try reading that jump as the code after it walks it)
        if (ColdLoopEnds.isEndJump(this, t, r.loop())) {
            Stmt.Continue c = new Stmt.Continue();
            coldEndContinues.add(c);
            l.emit(c);
            dead.set(t);                       // the loop's end jump, which this continue stands for
            return i + 1;
        }
        int hopped = ColdLoopEnds.hopToEndJump(this, t, r.loop());
        if (hopped > 0) {
            // (through the lone jump of the code after an inner try, laid out after its handler, to that end jump)
            Stmt.Continue c = new Stmt.Continue();
            coldEndContinues.add(c);
            l.emit(c);
            dead.set(t, ColdLoopEnds.hopJump(this, t) + 1);   // (its line NOPs and finally copies too)
            dead.set(hopped);
            return i + 1;
        }
        if (r.loop() != null && t >= r.loop().bodyEnd() && goesBackInto(t, r.loop())) {
            // a clause's jump past the handlers to its try's follow, a line NOP and a jump back to the loop's
            // end jump (3.12+: `except E as e: pass` then `pass`, or `finally: pass`, ending the body): it goes round
            Stmt.Continue c = new Stmt.Continue();
            coldEndContinues.add(c);
            l.emit(c);
            dead.set(t, Tries.skipNops(this, t) + 1);
            return i + 1;
        }
        // (not a jump inside the region from code itself laid out past the loop's body: 3.12+ lay the code after a
        // try whose body never falls off its end after the handlers, a chained comparison's hop in it, say)
        if (r.loop() != null && t >= r.loop().bodyEnd() && !ExceptClauses.inHandlerOfLoop(this, r, t)
                && !copyGoesOnInBody(t, r.loop()) && !(env.atLeast(3, 12) && i >= r.loop().bodyEnd() && t < to)) {
            l.emit(new Stmt.Break());
            return i + 1;
        }
        if (t >= to && r.exactFollow() && r.loop() != null && code.op(t).is("JUMP_BACKWARD") && !Branches.sameExit(this, t, r.follow())
                && r.loop().continues().stream().anyMatch(head -> Branches.sameExit(this, head, t))) {
            // past the region to the loop's jump back (3.13+: a break out of a while True that never loops,
            // the code after it the end of the enclosing loop's body), where the region, whose end is exact
            // (a then-branch before an exit after a try's range), does not go: a continue
            l.emit(new Stmt.Continue());
            return i + 1;
        }
        if (t >= to) {
            if (r.exactFollow() && r.follow() >= 0 && t > r.follow() && !Branches.sameExit(this, t, r.follow())
                    && !readOrHandlerCode(r.follow(), t)) {
                // past the region and past code its statement goes on with: no falling off its end (a break of
                // a `while True` that never loops, no jump back read as a loop: fuzz seed 51 f102)
                throw new LiftException("a jump past the end of a branch skips the code after its statement at " + op.offset());
            }
            Region.Loop loop = r.loop();
            if (loop != null && (!loop.isFor() || i > 0 && ForLoops.popsIterator(code.op(i - 1)))
                    && loop.exit() >= to && t > loop.exit() && !readOrHandlerCode(loop.exit(), t)) {
                // past the loop's exit and the code there (a while loop's else, 3.12-3.13 with its test laid
                // out after the handlers): a break that skips the else, not falling off (rich seed 43 f275;
                // a for loop's, its iterator popped first, from an else clause of a try whose clauses go on
                // past the loop's exit: the loop's body reaches there, tails seed 21 f110)
                l.emit(new Stmt.Break());
            }
            return i + 1;
        }
        if (readOrHandlerCode(i + 1, t)) {      // (only handler code, or code read elsewhere, in between)
            return t;
        }
        throw new LiftException("unstructured forward jump at " + op.offset());
    }

    /**
     * 3.12+: t, where the region goes on past the loop's exit, is a lone jump back to the loop's head: the end
     * of the code after a try whose body never falls off its end, laid out after the handlers (a try statement
     * of its own there, whose body or clauses go on at that end:
     * {@code while True: if c(): break / try: x(); continue / except E: pass / try: y() / except E: pass}).
     */
    private boolean coldLoopEnd(int t, Region r) {
        Op end = code.op(t);
        // (to the head, or past its NOP: the `while True` line's, which the loop's continues jump to)
        return env.atLeast(3, 12) && end.is("JUMP_BACKWARD")
                && r.loop().continues().stream().anyMatch(h -> Tries.skipNops(this, h) == Tries.skipNops(this, end.target()));
    }

    /**
     * The jump at i to t is a break to a copy of the loop's exit block (a few instructions ending in a
     * return or raise) that only this jump reaches: the compiler gives each jump to an exit block without
     * a line number a copy of its own, with the jump's line (flowgraph.c, duplicate_exits_without_lineno).
     * Returns the copy's length, or 0.
     */
    private int breakToExitCopy(int i, int t, Region r) {
        if (r.loop() == null || r.loop().exit() < 0 || r.loop().exit() >= code.size() || t <= i
                || t == Tries.skipNops(this, r.loop().exit()) || !jumpsOnlyFrom(t, i, i + 1) || fallenInto(t)) {
            // (code falling into the block reaches it too: the jump goes to where an if/else joins, the
            // block its own statement, such as the try's `else: break` both branches of its body reach,
            // seed 42 f47 on 3.14)
            return 0;
        }
        return copiedExitLength(t, r.loop().exit());
    }

    /** True when the code after {@code loop} (past NOPs and jumps) returns or raises. */
    private boolean exitLeaves(Region.Loop loop) {
        if (loop.exit() < 0 || loop.exit() >= code.size()) {
            return false;
        }
        Op after = code.op(Branches.jumpedTo(this, loop.exit()));
        return after.isReturn() || after.is("RAISE_VARARGS");
    }

    /** Where the backward jumps read as breaks of each loop go, past NOPs and jumps (see {@link #noteBreak}). */
    private final java.util.Map<Region.Loop, Integer> backwardBreaks = new java.util.IdentityHashMap<>();

    /**
     * Notes that the backward jump at i to t is read as a break of {@code loop}: every such break goes where
     * the code after the loop starts, so two of them going to different code say the loop is misread (a
     * jump back into a while loop's body from its test's copy, 3.13, taken for a `while True` inside it
     * whose breaks then go both to the outer loop's head and past its exit).
     */
    private void noteBreak(Region.Loop loop, int t, int i) {
        int goes = Branches.jumpedTo(this, t);
        Integer before = backwardBreaks.putIfAbsent(loop, goes);
        if (before != null && before != goes) {
            throw new LiftException("the breaks of a loop go to two places, at " + code.op(i).offset());
        }
    }

    private int jumpBackward(Op op, int i, int to, Lifter l, Region r) {
        int t = op.target();
        if (r.loop() != null && !r.loop().isFor() && clauseCopyBreaks.get(i)) {
            l.emit(new Stmt.Break());          // a copy of the enclosing clause's end (Loops.clauseEndCopyBreak)
            return i + 1;
        }
        if (t == r.follow()) {
            return i + 1;
        }
        if (r.loop() != null && r.loop().continues().contains(t)) {
            Stmt.Continue c = continueAt(i);
            if (loopBodyEnds.get(i)) {
                unwrittenContinues.add(c);
            }
            int p = ExceptClauses.beforeNameCleanup(code, i - 1);
            if (env.atLeast(3, 13) && p > 0 && code.op(p).is("POP_EXCEPT") && jumpTargets.get(p)
                    && !code.op(p - 1).isTerminal() && reachable.get(p - 1)) {
                writtenContinues.add(c);
            }
            l.emit(c);
            return i + 1;
        }
        if (r.loop() != null && (t == r.loop().exit() || t == Tries.skipNops(this, r.loop().exit())
                || r.loop().continuesOuter(t) && !exitLeaves(r.loop()))) {
            // 3.14 lays the code after the loop out before an except clause, which breaks past its line NOP;
            // a jump to an enclosing loop's head is a break threaded through the code after this loop, unless
            // that code returns or raises (a continue of the enclosing loop then: this loop is misread)
            noteBreak(r.loop(), t, i);
            l.emit(new Stmt.Break());
            return i + 1;
        }
        if (r.loop() != null && t >= r.loop().bodyEnd() && !normalFlow.get(i)) {
            // an except clause laid out past the code (3.12+) breaking out of the loop past its exit: the
            // statement around the loop ends there (BranchExits.leavesPast)
            noteBreak(r.loop(), t, i);
            l.emit(new Stmt.Break());
            return i + 1;
        }
        if (t >= to || t == r.follow() || copiedClauseExit(i, r)
                || r.follow() > t && t < code.size() && code.op(t).isReturn() && Branches.sameExit(this, t, r.follow())) {
            // (3.12: code only an except clause reaches, laid out after the handlers, jumps back to a copy of the
            // region's exit block left after the else clause's return: Tries.returnEndBeforeExitCopy)
            return i + 1;
        }
        throw new LiftException("unstructured backward jump at " + op.offset());
    }

    /** True when a jump to t leaves r's loop for its exit (past its NOPs, or threaded through its jump): a break. */
    boolean breaksTo(Region r, int t) {
        return r.loop() != null && (t == r.loop().exit() || breaksPastNops(r, t) || breaksThroughExit(r, t)
                || breaksPastMatchCleanup(r, t));
    }

    /**
     * A jump right past the loop's exit when that is the POP_TOP of a match statement's subject, which only
     * the failing tests of patterns before the loop reach: the loop ends a case body, its break goes to the
     * code after the match (3.12+ lay that POP_TOP out after the last case, the subject popped by then).
     */
    private boolean breaksPastMatchCleanup(Region r, int t) {
        int exit = r.loop().exit();
        if (exit <= 0 || exit + 1 != t || t >= code.size() || !code.op(exit).is("POP_TOP")
                || !(code.op(exit - 1).isUnconditionalJump() || code.op(exit - 1).isTerminal())) {
            return false;
        }
        int head = java.util.Collections.min(r.loop().continues());
        boolean entered = false;
        for (Op op : code.ops()) {
            if (op.target() == exit) {
                if (op.index() >= head || !op.isConditionalJump()) {
                    return false;
                }
                entered = true;
            }
        }
        return entered;
    }

    /**
     * A jump to the first instruction after the line-number NOPs the loop's exit starts with: a break
     * (3.14 lays out an except clause's break after the code after the loop and jumps back past the NOP).
     */
    private boolean breaksPastNops(Region r, int t) {
        int exit = r.loop().exit();
        // (t a NOP itself: 3.13+ break past a try body's end NOP, which has the loop's line, to the next statement's)
        return exit >= 0 && exit < t && code.op(exit).is("NOP") && Tries.skipNops(this, exit) == Tries.skipNops(this, t);
    }

    /**
     * A jump to where the loop's exit jumps on at once: a break threaded through that jump (a loop ending
     * a branch of an if statement, its break going straight to the end of the statement).
     */
    private boolean breaksThroughExit(Region r, int t) {
        int exit = r.loop().exit() < 0 ? -1 : Tries.skipNops(this, r.loop().exit());
        if (exit < 0 || exit >= code.size()) {
            return false;
        }
        Op at = code.op(exit);
        return at.isUnconditionalJump() && at.target() == t;
    }

    /**
     * The jump at i ends an except clause (its POP_EXCEPT, name cleanup, jump) and the region goes on at a
     * copy of that same exit: 3.13+ copy a jump's target block when it has no line number and does not fall
     * through (flowgraph.c, inline_small_or_no_lineno_blocks), so a branch of the clause that would fall
     * into the region's follow runs its own copy of the clause's end instead.
     */
    private boolean copiedClauseExit(int i, Region r) {
        int p = ExceptClauses.beforeNameCleanup(code, i - 1);
        return r.follow() >= 0 && p >= 0 && code.op(p).is("POP_EXCEPT") && Branches.sameExit(this, p, r.follow());
    }

    /**
     * The jump at i comes right after an except clause's POP_EXCEPT (and its name's cleanup): the
     * clause's exit to the code after the try, which 3.14 may lay out before the handler.
     */
    boolean leavesExceptClause(int i) {
        int p = ExceptClauses.beforeNameCleanup(code, i - 1);
        return p >= 0 && code.op(p).is("POP_EXCEPT");
    }

    /**
     * Instructions reachable from the entry through jumps, fall-through and (when {@code handlers})
     * exception handlers. Without handlers, the code an except clause continues at after its POP_EXCEPT
     * (the statements after the try, when only the clause reaches them) still counts as normal flow.
     * With handlers, flooding starts at every seed (0 and the orphaned handlers'), else at 0 alone.
     */
    private static BitSet reachability(Code code, boolean handlers, List<Integer> seeds) {
        BitSet seen = flood(code, handlers, handlers ? seeds : List.of(0));
        if (!handlers) {
            BitSet all = flood(code, true, seeds);
            List<Integer> exits = new java.util.ArrayList<>();
            java.util.Map<Integer, Integer> suppressed = new java.util.TreeMap<>();   // code after a with -> its handler
            List<int[]> clauseExits = new java.util.ArrayList<>();   // code after a try -> its handler
            for (int p = all.nextSetBit(0); p >= 0; p = all.nextSetBit(p + 1)) {
                if (code.op(p).is("END_ASYNC_FOR")) {
                    exits.add(p + 1);               // an async for loop ends normally through its handler
                }
                if (code.op(p).is("POP_EXCEPT") && !seen.get(p)) {
                    int after = WithSuppressedPaths.withSuppressed(code, p);
                    int withHandler = p;
                    while (withHandler > 0 && !code.op(withHandler).is("PUSH_EXC_INFO")) {
                        withHandler--;
                    }
                    if (after > p && after <= p + 4 && code.op(after - 1).is("POP_TOP")) {
                        suppressed.put(after, withHandler);   // a with statement's code after it, reached only by suppressing
                    }
                    int k = ExceptClauses.afterNameCleanup(code, p + 1);
                    if (k + 1 < code.size() && (code.op(k).is("POP_TOP") || code.op(k).is("POP_ITER"))
                            && code.op(k + 1).isUnconditionalJump()) {
                        k++;                        // a break out of a for loop: its iterator popped first
                    }
                    if (k < code.size() && code.op(k).isUnconditionalJump()) {
                        int t = code.op(k).target();
                        Code.Handler h = code.handlerAt(t);
                        boolean generator = h != null && code.op(h.target()).is("CALL_INTRINSIC_1") && code.op(h.target()).arg() == 3;  // StopIteration -> RuntimeError
                        // (3.12+: a statement whose handler protects t lies in normal flow itself, not a with
                        // nested in an except clause, whose exit call the clause's try falls off into)
                        boolean opens = h != null && Handlers.opens(code, h)
                                && (!code.version().atLeast(3, 12) || enclosesNormalFlow(code, h.target(), seen));
                        if ((h == null || opens || generator)
                                && !code.op(t).is("POP_EXCEPT") && !insideFinallyHandler(code, t)) {
                            // not the rest of an enclosing except clause; normal flow when the try is
                            clauseExits.add(new int[] {t, restOfEnclosingClause(code, p, t) ? clauseHandler(code, p) : -1});
                        }
                    }
                }
            }
            seen.or(flood(code, false, exits));
            // only a with statement that is normal flow itself (not inside an except clause, whose code
            // after the with is the rest of that clause) goes on in normal flow; such a with may lie in code
            // reached by another's suppressing path
            // (and the code after a try reached only from its clauses is normal flow when the try is: not a
            // try nested in an except clause, whose code after it is the rest of that clause)
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int[] e : clauseExits) {
                    if (!seen.get(e[0]) && (e[1] < 0 || protectsNormalFlow(code, e[1], seen))) {
                        seen.or(flood(code, false, List.of(e[0])));
                        grew = true;
                    }
                }
                for (var e : suppressed.entrySet()) {
                    if (!seen.get(e.getKey()) && protectsNormalFlow(code, e.getValue(), seen)) {
                        seen.or(flood(code, false, List.of(e.getKey())));
                        grew = true;
                    }
                }
            }
        }
        return seen;
    }

    /**
     * True when the jump out of the clause holding the POP_EXCEPT at p goes to t inside the handler area
     * enclosing that clause's: the rest of an enclosing except clause (or finally copy) after a try nested
     * there, not a break or continue out of it.
     */
    private static boolean restOfEnclosingClause(Code code, int p, int t) {
        int h = clauseHandler(code, p);
        int outer = h > 0 ? clauseHandler(code, h) : -1;
        return outer >= 0 && t > outer && t < code.handlerAt(outer).target();
    }

    /**
     * The handler (its PUSH_EXC_INFO) whose clause holds the POP_EXCEPT at p: the innermost handler area,
     * from the handler up to its cleanup (COPY 3, POP_EXCEPT, RERAISE 1), around p; or -1.
     */
    private static int clauseHandler(Code code, int p) {
        int best = -1;
        for (Code.Handler range : code.handlers()) {
            int h = range.target();
            Code.Handler cleanup = h < p && h > best && code.op(h).is("PUSH_EXC_INFO") ? code.handlerAt(h) : null;
            if (cleanup != null && p < cleanup.target()) {
                best = h;
            }
        }
        return best;
    }

    /**
     * True when k lies in the code of a finally handler (its copy of the finally body, up to its cleanup), which
     * ends by reraising: the code after a try there, reached from its clauses, is that copy's, no normal flow.
     */
    private static boolean insideFinallyHandler(Code code, int k) {
        for (Code.Handler range : code.handlers()) {
            int h = range.target();
            Code.Handler cleanup = h < k ? code.handlerAt(h) : null;
            if (cleanup != null && k < cleanup.target() && Handlers.kind(code, h) == Handlers.Kind.FINALLY) {
                return true;
            }
        }
        return false;
    }

    /** Some range the handler at h protects is in {@code flow}. */
    private static boolean protectsNormalFlow(Code code, int h, BitSet flow) {
        for (Code.Handler range : code.handlers()) {
            if (range.target() == h && flow.nextSetBit(range.start()) >= 0 && flow.nextSetBit(range.start()) < range.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some code in {@code flow} lies inside the statement the handler at h opens: protected by it directly, or
     * through the handlers of statements nested in it (a try whose body always raises, its clauses rejoining
     * at an else clause that an enclosing try protects, fuzz tails seed 4 f133).
     */
    private static boolean enclosesNormalFlow(Code code, int h, BitSet flow) {
        if (protectsNormalFlow(code, h, flow)) {
            return true;
        }
        for (int k = flow.nextSetBit(0); k >= 0; k = flow.nextSetBit(k + 1)) {
            if (Handlers.covers(code, k, h)) {
                return true;
            }
        }
        return false;
    }

    private static BitSet flood(Code code, boolean handlers, List<Integer> seeds) {
        return code.reachable(seeds, handlers);
    }

    /** A fresh lifter with a copy of {@code l}'s stack, writing into its own statement list. */
    static Lifter fork(Lifter l) {
        return l.fork();
    }

    static boolean isNoneConst(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof depyf.pyc.PyObject.None;
    }
}

