package depyf.pipeline;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Env;
import depyf.lift.LiftException;
import depyf.lift.Op;
import java.util.BitSet;
import java.util.List;

/**
 * Last checks that the structure found for a code object covers its bytecode, so that a misreading
 * the recognisers did not notice falls back rather than print plausible code that runs differently:
 * <ul>
 * <li>every source line holding a reachable load or store had an instruction stepped by a lifter
 * (copies the compiler made, finally bodies and exit blocks, carry the lines of their original, so
 * skipping a copy leaves no line unread; a branch left out does);
 * <li>every loop of the bytecode was read as a loop: each jump back to an instruction that dominates
 * it (a natural loop's back edge) goes to the head of a loop the structurer walked. A loop read as an
 * {@code if} fails here;
 * <li>no line was read only into statements the tree {@code walked} does not hold: a reading tried and
 * dropped marks the code it read, and a reading that replaces it may skip that code;
 * <li>no call, await, yield or assignment expression stands twice in the tree: the bytecode evaluated it
 * once, and a COPY of it consumed as two expressions (a misread match subject, say) would print code
 * that evaluates it twice.
 * </ul>
 * {@code DEPYF_COVERAGE=report} prints what a check finds on stderr instead of failing (to measure them).
 */
final class Coverage {
    private Coverage() {}

    static void check(Env env, List<Stmt> walked) {
        Code code = env.code;
        BitSet reachable = code.reachable(List.of(0), true);
        String problem = unreadLine(code, reachable, env.stepped);
        if (problem == null) {
            problem = unreadLoop(code, reachable, env.loopHeads);
        }
        if (problem == null) {
            problem = droppedLine(code, reachable, env, walked);
        }
        if (problem == null) {
            problem = evaluatedTwice(walked, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
        if (problem == null) {
            problem = droppedReturn(code, reachable, walked);
        }
        if (problem == null) {
            return;
        }
        if ("report".equals(System.getenv("DEPYF_COVERAGE"))) {
            System.err.println("COVERAGE " + code.object().filename() + ":" + code.object().qualname() + ": " + problem);
            return;
        }
        throw new LiftException(problem);
    }

    private static String unreadLine(Code code, BitSet reachable, BitSet stepped) {
        BitSet readLines = new BitSet();
        for (int i = stepped.nextSetBit(0); i >= 0 && i < code.size(); i = stepped.nextSetBit(i + 1)) {
            if (code.op(i).line() > 0) {
                readLines.set(code.op(i).line());
            }
        }
        for (int i = reachable.nextSetBit(0); i >= 0; i = reachable.nextSetBit(i + 1)) {
            Op op = code.op(i);
            if (op.line() > 0 && computes(code, i) && !readLines.get(op.line())) {
                return "line " + op.line() + " (" + op.name() + " at offset " + op.offset()
                        + ") was never read: the structure found would leave it out";
            }
        }
        return null;
    }

    /**
     * A line only lifters whose statements the structure found does not hold read: a reading tried and
     * dropped, whose walks hid that code from the reading that replaced it. A lifter counts as read when
     * the tree holds one of its statements (its list as it ended, after merges and replacements), a
     * statement inside one, or an expression of one (a statement rebuilt around it: an if whose break
     * became another statement); so does one that made no statement of the source (an expression's, a
     * test's, whose reads go into an enclosing statement; a clause's name cleanup or continue, dropped).
     */
    private static String droppedLine(Code code, BitSet reachable, Env env, List<Stmt> walked) {
        // (statements first, which settle nearly every lifter; expressions only for the rest)
        java.util.Set<Object> statements = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Stmt> folded = foldedInTree(env, walked);
        parts(walked, statements, false);
        parts(folded, statements, false);
        java.util.Set<Object> inTree = null;
        BitSet kept = new BitSet();
        BitSet dropped = new BitSet();
        for (depyf.lift.Lifter l : env.lifters) {
            if (l.readNothing()) {
                continue;
            }
            boolean read = !madeStatements(l.out) || holdsAny(l.out, statements, false);
            if (!read) {
                if (inTree == null) {
                    inTree = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    parts(walked, inTree, true);
                    parts(folded, inTree, true);
                }
                read = holdsAny(l.out, inTree, true);
            }
            l.addReadTo(read ? kept : dropped);
        }
        BitSet keptLines = lines(code, kept);
        BitSet droppedLines = lines(code, dropped);
        for (int i = reachable.nextSetBit(0); i >= 0; i = reachable.nextSetBit(i + 1)) {
            Op op = code.op(i);
            if (op.line() > 0 && computes(code, i) && droppedLines.get(op.line()) && !keptLines.get(op.line())) {
                return "line " + op.line() + " (" + op.name() + " at offset " + op.offset()
                        + ") was read only into statements a dropped reading made";
            }
        }
        return null;
    }

    /**
     * The loops folded into comprehensions ({@code Env.folded}) that the tree holds, through one another
     * (a comprehension inside a folded loop): a dropped reading's comprehension does not make the code
     * its loop read count as read (set 193 q66 f210).
     */
    private static List<Stmt> foldedInTree(Env env, List<Stmt> walked) {
        List<Stmt> held = new java.util.ArrayList<>();
        if (env.folded.isEmpty()) {
            return held;
        }
        java.util.Set<Object> inTree = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        parts(walked, inTree, true);
        java.util.Map<depyf.ir.Expr, Stmt> left = new java.util.IdentityHashMap<>(env.folded);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var it = left.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (inTree.contains(e.getKey())) {
                    held.add(e.getValue());
                    parts(e.getValue(), inTree, true);
                    it.remove();
                    grew = true;
                }
            }
        }
        return held;
    }

    /**
     * A reachable return of a constant other than None whose constant the tree holds nowhere: a return the
     * structure dropped (a break through finally copies falling into the code after the loop, read as the
     * copies' end: tails seed 35 f164). Its line cannot tell: unwinding gives it the line of the copy or the
     * with before it. The implicit return, None, is copied into every way out and left out.
     * (Measured: the standard library of 3.11-3.14 round-trips with no function more falling back for it.)
     */
    private static String droppedReturn(Code code, BitSet reachable, List<Stmt> walked) {
        java.util.Set<depyf.ir.Expr> held = null;
        for (int i = reachable.nextSetBit(0); i >= 0; i = reachable.nextSetBit(i + 1)) {
            Op op = code.op(i);
            boolean loaded = (op.is("LOAD_CONST") || op.is("LOAD_SMALL_INT")) && i + 1 < code.size() && code.op(i + 1).is("RETURN_VALUE");
            depyf.ir.Expr value = loaded || op.is("RETURN_CONST") ? depyf.lift.Lifter.constantExpr(op) : null;
            if (!(value instanceof depyf.ir.Expr.Constant c) || c.value() instanceof depyf.pyc.PyObject.None
                    || c.value() instanceof depyf.pyc.PyObject.Bool && inlinesAnyOrAll(code)) {
                continue;
            }
            if (held == null) {
                held = new java.util.HashSet<>();
                constants(walked, held);
            }
            if (!held.contains(value)) {
                return "the return of " + op.argrepr() + " at offset " + op.offset() + " was never read: the structure found would leave it out";
            }
        }
        return null;
    }

    /** 3.14 inlines any() and all() over a generator expression, whose loop returns True or False itself. */
    private static boolean inlinesAnyOrAll(Code code) {
        return code.object().names().contains("any") || code.object().names().contains("all");
    }

    /** The constants the tree at {@code node} holds (not those of nested code objects). */
    private static void constants(Object node, java.util.Set<depyf.ir.Expr> into) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                constants(o, into);
            }
        } else if (node instanceof depyf.ir.Expr.Constant c) {
            into.add(c);
        } else if (node instanceof Record r && !otherCode(node)) {
            for (Object part : depyf.ir.Parts.of(r)) {
                constants(part, into);
            }
        }
    }

    private static BitSet lines(Code code, BitSet ops) {
        BitSet lines = new BitSet();
        for (int i = ops.nextSetBit(0); i >= 0 && i < code.size(); i = ops.nextSetBit(i + 1)) {
            if (code.op(i).line() > 0) {
                lines.set(code.op(i).line());
            }
        }
        return lines;
    }

    /** An expression with effects that {@code node} holds twice (the same object), described; or null. */
    private static String evaluatedTwice(Object node, java.util.Set<Object> seen) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                String twice = evaluatedTwice(o, seen);
                if (twice != null) {
                    return twice;
                }
            }
        } else if (node instanceof Record r && !(node instanceof depyf.ir.Expr.Name || node instanceof depyf.ir.Expr.Constant)
                && !otherCode(node)) {
            boolean effects = node instanceof depyf.ir.Expr.Call || node instanceof depyf.ir.Expr.Await
                    || node instanceof depyf.ir.Expr.Yield || node instanceof depyf.ir.Expr.YieldFrom
                    || node instanceof depyf.ir.Expr.NamedExpr;
            if (effects && !seen.add(node)) {
                return "an expression evaluated once would be printed twice: " + node.getClass().getSimpleName();
            }
            for (Object part : depyf.ir.Parts.of(r)) {
                String twice = evaluatedTwice(part, seen);
                if (twice != null) {
                    return twice;
                }
            }
        }
        return null;
    }

    /**
     * Adds the statements in node (a statement, a list, another IR record) and in its parts to {@code into},
     * with {@code expressions} their expressions too; not names and constants, which lifters may share.
     */
    private static void parts(Object node, java.util.Set<Object> into, boolean expressions) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                parts(o, into, expressions);
            }
        } else if (node instanceof Record r && !(node instanceof depyf.ir.Expr.Name || node instanceof depyf.ir.Expr.Constant)
                && (expressions || !(node instanceof depyf.ir.Expr))) {
            if (node instanceof Stmt || node instanceof depyf.ir.Expr) {
                into.add(node);
            }
            if (otherCode(node)) {
                return;                        // (a def's or class's body: its own code object's, checked with it)
            }
            for (Object part : depyf.ir.Parts.of(r)) {
                parts(part, into, expressions);
            }
        }
    }

    /**
     * True when {@code out} holds a statement of the source: not only jumps and markers the structurer
     * rewrites ({@code pass}, {@code continue}, {@code break}, a constant's return, which may be a copy of
     * the code after the statement, a finally body's exit) and an except clause's cleanup of its name
     * ({@code e = None; del e}), which it drops.
     */
    private static boolean madeStatements(List<Stmt> out) {
        for (int k = 0; k < out.size(); k++) {
            Stmt st = out.get(k);
            if (st instanceof Stmt.Assign a && k + 1 < out.size() && out.get(k + 1) instanceof Stmt.Delete d
                    && a.value() instanceof depyf.ir.Expr.Constant c && c.value() instanceof depyf.pyc.PyObject.None
                    && a.targets().equals(d.targets())) {
                k++;
            } else if (!(st instanceof Stmt.Continue || st instanceof Stmt.Break || st instanceof Stmt.Pass
                    || st instanceof Stmt.FinallyExit
                    || st instanceof Stmt.Return ret && (ret.value() == null || ret.value() instanceof depyf.ir.Expr.Constant))) {
                return true;
            }
        }
        return false;
    }

    /** A def, class or lambda: its body is another code object's, read and checked with that one. */
    private static boolean otherCode(Object node) {
        return node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof depyf.ir.Expr.Lambda;
    }

    /** True when node, or a statement (or with {@code expressions}, an expression) inside it, is in {@code tree}. */
    private static boolean holdsAny(Object node, java.util.Set<Object> tree, boolean expressions) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                if (holdsAny(o, tree, expressions)) {
                    return true;               // (most lifters' first statement is in the tree: found at once)
                }
            }
            return false;
        }
        if (!(node instanceof Record r) || node instanceof depyf.ir.Expr.Name || node instanceof depyf.ir.Expr.Constant
                || !expressions && node instanceof depyf.ir.Expr) {
            return false;
        }
        if (tree.contains(node)) {
            return true;
        }
        if (otherCode(node)) {
            return false;
        }
        for (Object part : depyf.ir.Parts.of(r)) {
            if (holdsAny(part, tree, expressions)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Instruction i loads or stores a value; not a constant that is returned right away, which the
     * structurer reads from the layout (a return block, its copies) without stepping it, nor the cleanup
     * of an {@code except E as name} (None stored into the name, then deleted), which it recognises.
     */
    private static boolean computes(Code code, int i) {
        String name = code.op(i).name();
        if (nameCleanup(code, i) || i > 0 && nameCleanup(code, i - 1)) {
            return false;
        }
        if (name.equals("LOAD_CONST") || name.equals("LOAD_SMALL_INT")) {
            return i + 1 < code.size() && !code.op(i + 1).name().equals("RETURN_VALUE");
        }
        return name.startsWith("LOAD_") || name.startsWith("STORE_");
    }

    /** LOAD_CONST None, STORE_x name, DELETE_x name start at i. */
    private static boolean nameCleanup(Code code, int i) {
        return i + 2 < code.size() && code.op(i).name().equals("LOAD_CONST")
                && code.op(i).argval() instanceof depyf.pyc.PyObject.None
                && code.op(i + 1).name().startsWith("STORE_") && code.op(i + 2).name().startsWith("DELETE_");
    }

    /**
     * A reachable jump back whose target dominates it and heads no loop read. A loop in a copy the
     * structurer skipped (a finally body's copy on the exception path) has the lines of the original:
     * heads are compared by line, then. The jumps of an await's (or yield from's) send loop,
     * JUMP_BACKWARD_NO_INTERRUPT, are no loop of the source: left out.
     */
    private static String unreadLoop(Code code, BitSet reachable, BitSet heads) {
        BitSet headLines = new BitSet();
        heads = (BitSet) heads.clone();
        for (int h = heads.nextSetBit(0); h >= 0 && h < code.size(); h = heads.nextSetBit(h + 1)) {
            int k = h;                         // a jump to the instruction past a head's NOPs continues it too
            while (k + 1 < code.size() && code.op(k).is("NOP")) {
                k++;
            }
            heads.set(k);
            for (int i : new int[] {h, k}) {
                if (code.op(i).line() > 0) {
                    headLines.set(code.op(i).line());
                }
            }
            h = k;
        }
        for (int j = reachable.nextSetBit(0); j >= 0; j = reachable.nextSetBit(j + 1)) {
            int t = code.op(j).target();
            if (t >= 0 && t <= j && !heads.get(t) && !(code.op(t).line() > 0 && headLines.get(code.op(t).line()))
                    && !code.noInterruptJump(j) && dominates(code, t, j)) {
                return "the loop at line " + code.op(t).line() + " (offset " + code.op(t).offset()
                        + ") was not read as a loop";
            }
        }
        return null;
    }

    /** True when every path from the entry to j passes through t. */
    private static boolean dominates(Code code, int t, int j) {
        return !code.reachable(List.of(0), true, t).get(j);
    }
}
