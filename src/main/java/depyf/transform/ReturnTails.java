package depyf.transform;

import depyf.ir.Parts;
import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * If statements followed by a return, as the source wrote them. 3.12+ copy a small return block into each
 * way that reaches it: {@code if a: A elif b: B} then {@code return 1} compiles with {@code return 1} at
 * the end of A, of B and after the statement, and the structure reads {@code if a: A; return 1} then
 * {@code if b: B; return 1} then {@code return 1}. The copies keep the line of the block they copy; a
 * return the source wrote twice has two lines. Where a block that falls into a return R holds an if
 * statement whose then-branch ends with a copy of R, the code after that if statement is its else (an elif
 * when it is another if) and the copy goes: the same bytecode, each return written once.
 */
final class ReturnTails {
    private ReturnTails() {}

    /** The body with every statement list that ends in a return folded (nested def and class bodies are their own). */
    static List<Stmt> fold(List<Stmt> body, Map<Stmt, Integer> lines) {
        if (lines.isEmpty()) {
            return body;
        }
        List<Stmt> out = Transforms.inScope(body,
                n -> n instanceof Record r && !(n instanceof Stmt.FunctionDef) && !(n instanceof Stmt.ClassDef)
                        ? foldLists(r, lines) : n);
        return foldList(out, lines);
    }

    /** The record with each of its statement lists folded. */
    private static Object foldLists(Record r, Map<Stmt, Integer> lines) {
        List<Object> parts = Parts.of(r);
        Object[] out = parts.toArray();
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Stmt) {
                @SuppressWarnings("unchecked")
                List<Stmt> folded = foldList((List<Stmt>) list, lines);
                changed |= folded != list;
                out[i] = folded;
            }
        }
        return changed ? Parts.rebuild(r, out) : r;
    }

    /** A statement list ending in a return whose copies end branches before it: those branches folded. */
    private static List<Stmt> foldList(List<Stmt> block, Map<Stmt, Integer> lines) {
        int n = block.size();
        if (n < 2 || !(block.get(n - 1) instanceof Stmt.Return ret) || !lines.containsKey(ret) || Transforms.isNone(ret.value())) {
            // (copies of the implicit `return None` are Transforms.dropTailReturns's)
            return block;
        }
        List<Stmt> before = block.subList(0, n - 1);
        List<Stmt> folded = into(before, ret, lines);
        if (folded == before) {
            return block;
        }
        List<Stmt> out = new ArrayList<>(folded);
        out.add(ret);
        return out;
    }

    /** True when s is a copy of the return {@code ret}: a return of the same value on the same line. */
    private static boolean isCopy(Stmt s, Stmt.Return ret, Map<Stmt, Integer> lines) {
        return s instanceof Stmt.Return r && r != ret && lines.get(r) != null && lines.get(r).equals(lines.get(ret))
                && java.util.Objects.equals(r.value(), ret.value());
    }

    /** The statements of a block whose end falls into {@code ret}, with the copies of it folded away. */
    private static List<Stmt> into(List<Stmt> block, Stmt.Return ret, Map<Stmt, Integer> lines) {
        return into(block, ret, lines, false, true);
    }

    /**
     * {@link #into}; {@code chain}: the block is the else of an if statement folded here, so an if statement
     * starting it whose then-branch leaves (returns, raises) or is only a copy of ret goes on as an elif;
     * {@code straight}: falling off the block reaches ret with no jump (no else of an enclosing if to jump over).
     */
    private static List<Stmt> into(List<Stmt> block, Stmt.Return ret, Map<Stmt, Integer> lines, boolean chain,
                                   boolean straight) {
        int n = block.size();
        if (n >= 1 && isCopy(block.get(n - 1), ret, lines)) {
            return into(block.subList(0, n - 1), ret, lines, chain, straight);   // (falls into ret anyway)
        }
        for (int k = 0; k < n; k++) {
            if (!(block.get(k) instanceof Stmt.If i) || i.body().isEmpty()) {
                continue;
            }
            List<Stmt> then = i.body();
            boolean copied = isCopy(then.get(then.size() - 1), ret, lines);
            boolean elif = chain && k == 0 && n > 1 && (copied || leaves(then.get(then.size() - 1)));
            if ((copied && then.size() >= 2 || elif) && i.orelse().isEmpty()) {
                List<Stmt> body = copied ? then.subList(0, then.size() - 1) : then;
                List<Stmt> orelse = into(block.subList(k + 1, n), ret, lines, true, straight);
                if (k == n - 1 && straight && copied && !body.isEmpty() && !isCompound(body.get(body.size() - 1))) {
                    // the last if, nothing after it to jump over: a branch of straight code would fall into
                    // ret, with no copy; it jumped over an else holding no code, `else: pass`, its line's NOP
                    // (platform.architecture, 3.13)
                    orelse = List.of(new Stmt.Pass());
                }
                List<Stmt> out = new ArrayList<>(block.subList(0, k));
                out.add(new Stmt.If(i.test(), body.isEmpty() ? List.of(new Stmt.Pass())
                        : into(body, ret, lines, false, straight && orelse.isEmpty()), orelse));
                return out;
            }
            if (k == n - 1) {
                // the last statement: both branches fall into ret
                List<Stmt> body = then.size() == 1 ? then : into(then, ret, lines, false, straight && i.orelse().isEmpty());
                List<Stmt> orelse = into(i.orelse(), ret, lines, chain, straight);
                if (body != then || orelse != i.orelse()) {
                    List<Stmt> out = new ArrayList<>(block.subList(0, k));
                    out.add(new Stmt.If(i.test(), body, orelse));
                    return out;
                }
            }
        }
        return block;
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For || s instanceof Stmt.Try
                || s instanceof Stmt.With || s instanceof Stmt.Match;
    }

    private static boolean leaves(Stmt s) {
        return s instanceof Stmt.Return || s instanceof Stmt.Raise;
    }
}
