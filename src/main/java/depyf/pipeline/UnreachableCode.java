package depyf.pipeline;

import depyf.ir.Expr;
import depyf.ir.Parts;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import java.util.ArrayList;
import java.util.List;

/**
 * A check on a decompiled body: no statement follows a return, raise, break or continue in the same
 * block, nor a statement every path through which leaves that way (an if whose branches all leave, a try
 * whose body or else and every clause leave). The compiler drops such code, so it never comes from the
 * bytecode; it can only come from a layout the structurer misread (a try's else taking the code after
 * the statement, say), and printing it would hide that. The function falls back instead. From 3.10 on the
 * compiler drops the code after a `while True` loop with no break of its own too: a statement printed there
 * is code the loop's body reaches, read out of it (rich seed 146 f138: code an except clause in an inner
 * loop goes on to, laid out past the handlers, printed after the loop around both).
 */
final class UnreachableCode {
    private UnreachableCode() {}

    /**
     * The body with the dead code dropped that the structurer prints after a compound statement every path
     * through which leaves: statements the compiler makes (isArtifact), or, after a try whose finally body
     * leaves, the end of that body again (its copy on the way out of the try body). Any other statement
     * there fails the function.
     */
    @SuppressWarnings("unchecked")
    static List<Stmt> prune(List<Stmt> body, boolean endlessLoopsLeave) {
        return (List<Stmt>) prune((Object) body, endlessLoopsLeave);
    }

    private static Object prune(Object o, boolean endlessLoopsLeave) {
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            Stmt exit = null;
            for (int k = 0; k < list.size(); k++) {
                Object x = list.get(k);
                Object m = prune(x, endlessLoopsLeave);
                changed |= m != x;
                if (exit != null && m instanceof Stmt s) {
                    if (!isJump(exit) && isArtifact(s) || k >= 2 && list.get(k - 2) instanceof Stmt.With && sameConstantReturn(exit, s)) {
                        // dead: dropped (a second copy of a constant's return right after a with: 3.11's with,
                        // whose normal exit and suppressing path each run one, inline; whatever reaches it reaches
                        // the first one. Not elsewhere: two continues where an if's branches both jump back are an
                        // if misread, the test lost)
                        changed = true;
                        continue;
                    }
                    if (exit instanceof Stmt.Try t && endsWith(t.finalbody(), list.subList(k, list.size()))) {
                        return out;            // the finally body's copy on the way out of the body, dead
                    }
                    throw new LiftException("a statement (" + s.getClass().getSimpleName() + ") after "
                            + exit.getClass().getSimpleName().toLowerCase() + " in the same block (a misread layout)");
                }
                if (m instanceof Stmt s && (depyf.ir.Exits.leaves(s) || endlessLoopsLeave && endless(s))) {
                    exit = s;
                }
                out.add(m);
            }
            return changed ? out : list;
        }
        if (o instanceof Record r && !(o instanceof Expr) && !(o instanceof Stmt.Unrecoverable)) {
            List<Object> parts = Parts.of(r);
            Object[] rebuilt = new Object[parts.size()];
            boolean changed = false;
            for (int k = 0; k < rebuilt.length; k++) {
                Object part = parts.get(k);
                rebuilt[k] = part instanceof List<?> || part instanceof Record ? prune(part, endlessLoopsLeave) : part;
                changed |= rebuilt[k] != part;
            }
            return changed ? Parts.rebuild(r, rebuilt) : r;
        }
        return o;
    }

    /** True when s is a `while True` (any true constant) loop with no break of its own. */
    private static boolean endless(Stmt s) {
        return s instanceof Stmt.While w && w.test() instanceof Expr.Constant c && truthy(c.value()) && !breaks(w.body());
    }

    private static boolean truthy(depyf.pyc.PyObject v) {
        return v instanceof depyf.pyc.PyObject.Bool b ? b.value()
                : v instanceof depyf.pyc.PyObject.Int i && i.value().signum() != 0;
    }

    /** True when a break in o leaves the loop whose body o is (not one of a loop nested in it, nor a def's). */
    private static boolean breaks(Object o) {
        return switch (o) {
            case Stmt.Break b -> true;
            case Stmt.While w -> breaks(w.orelse());
            case Stmt.For f -> breaks(f.orelse());
            case Stmt.FunctionDef d -> false;
            case Stmt.ClassDef d -> false;
            case Expr e -> false;
            case List<?> list -> list.stream().anyMatch(UnreachableCode::breaks);
            case Record r -> Parts.of(r).stream().anyMatch(p -> (p instanceof List<?> || p instanceof Record) && breaks(p));
            default -> false;
        };
    }

    private static boolean endsWith(List<Stmt> block, List<?> tail) {
        return !tail.isEmpty() && tail.size() <= block.size() && block.subList(block.size() - tail.size(), block.size()).equals(tail);
    }

    private static boolean sameConstantReturn(Stmt exit, Stmt s) {
        return exit instanceof Stmt.Return r && r.value() instanceof Expr.Constant && s.equals(exit);
    }

    private static boolean isJump(Stmt s) {
        return s instanceof Stmt.Return || s instanceof Stmt.Raise || s instanceof Stmt.Break || s instanceof Stmt.Continue;
    }

    /**
     * A statement the compiler makes of its own, printed where the structurer reads it: a bare raise, break
     * or continue ending a clause, a copy of the implicit `return None`, an except clause's name cleanup.
     */
    private static boolean isArtifact(Stmt s) {
        return switch (s) {
            case Stmt.Break b -> true;
            case Stmt.Continue c -> true;
            case Stmt.Raise r -> r.exc() == null;
            case Stmt.Return r -> r.value() == null || isNone(r.value());
            case Stmt.Assign a -> a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name && isNone(a.value());
            case Stmt.Delete d -> d.targets().stream().allMatch(t -> t instanceof Expr.Name);
            default -> false;
        };
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof depyf.pyc.PyObject.None;
    }
}
