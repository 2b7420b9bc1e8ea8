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
 * the statement, say), and printing it would hide that. The function falls back instead.
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
    static List<Stmt> prune(List<Stmt> body) {
        return (List<Stmt>) prune((Object) body);
    }

    private static Object prune(Object o) {
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            Stmt exit = null;
            for (int k = 0; k < list.size(); k++) {
                Object x = list.get(k);
                Object m = prune(x);
                changed |= m != x;
                if (exit != null && m instanceof Stmt s) {
                    if (!isJump(exit) && isArtifact(s)) {
                        changed = true;        // dead: dropped
                        continue;
                    }
                    if (exit instanceof Stmt.Try t && endsWith(t.finalbody(), list.subList(k, list.size()))) {
                        return out;            // the finally body's copy on the way out of the body, dead
                    }
                    throw new LiftException("a statement (" + s.getClass().getSimpleName() + ") after "
                            + exit.getClass().getSimpleName().toLowerCase() + " in the same block (a misread layout)");
                }
                if (m instanceof Stmt s && depyf.ir.Exits.leaves(s)) {
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
                rebuilt[k] = part instanceof List<?> || part instanceof Record ? prune(part) : part;
                changed |= rebuilt[k] != part;
            }
            return changed ? Parts.rebuild(r, rebuilt) : r;
        }
        return o;
    }

    private static boolean endsWith(List<Stmt> block, List<?> tail) {
        return !tail.isEmpty() && tail.size() <= block.size() && block.subList(block.size() - tail.size(), block.size()).equals(tail);
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
