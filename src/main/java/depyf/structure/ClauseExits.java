package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch of an except clause that falls off the clause's end (3.12+): the clause's end, POP_EXCEPT and
 * a jump to the code after the try statement, becomes POP_EXCEPT and a copy of that code when it is a
 * small block ending in a return or raise, and that whole exit is copied again into each branch that
 * reaches it. The walk marks such a branch's end with {@link Stmt.ClauseExit} (the copy lifted); the try
 * statement folds the marks away: {@code if c: A <exit>} followed by the rest of the clause is
 * {@code if c: A else: <rest>}, and the copy is what the clause runs after its POP_EXCEPT, placed after
 * the statement as when the clause falls off its end at its top level.
 */
final class ClauseExits {
    private ClauseExits() {}

    /** The most instructions of the copy looked at. */
    private static final int MAX_COPY = 8;

    /**
     * At the POP_EXCEPT before i in a branch of a clause: when a straight-line copy ending in a return or
     * raise follows (after the name cleanup), emits the mark and returns where the copy ends; else -1.
     */
    static int mark(Walker w, int i, Lifter l, Region r) {
        int k = ExceptClauses.afterNameCleanup(w.code, i);
        if (k >= w.code.size() || w.code.op(k).is("POP_TOP") || w.code.op(k).is("POP_ITER") || w.code.op(k).is("SWAP")) {
            return -1;                         // a for loop's iterator popped: a break, not the clause's end
        }
        for (int q = k; q < w.code.size() && q < k + MAX_COPY; q++) {
            Op op = w.code.op(q);
            if (q > k && w.jumpTargets.get(q) || op.target() >= 0 || op.is("POP_EXCEPT")) {
                return -1;
            }
            if (op.is("RETURN_VALUE") || op.is("RAISE_VARARGS")) {
                Lifter copy = l.fork();
                w.walk(k, q + 1, copy, r.withFollow(-1), -1);
                l.emit(new Stmt.ClauseExit(copy.out, i - 1));
                return q + 1;
            }
            if (op.isTerminal()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Folds the marks of the clause walked into {@code clause} (name: the clause's {@code as} name, or
     * null): its statements become the clause's own up to its POP_EXCEPT, then the copy, as when the
     * clause falls off its end at its top level. Throws when a mark cannot be placed.
     */
    static void fold(Lifter clause, String name) {
        if (!contains(clause.out)) {
            return;
        }
        int at = clause.popExceptAt;
        if (at == -2) {
            throw new LiftException("an except clause falls off its end in a branch and returns at its top level");
        }
        List<Stmt> head = at >= 0 ? clause.out.subList(0, at) : clause.out;
        List<Stmt> copy = null;
        int op = -1;
        for (Stmt.ClauseExit x : marks(head, new ArrayList<>())) {
            if (copy != null && !copy.equals(x.copy())) {
                throw new LiftException("branches of an except clause fall off into different copies at " + x.popExcept());
            }
            copy = x.copy();
            op = op < 0 ? x.popExcept() : op;
        }
        List<Stmt> tail = at >= 0 ? new ArrayList<>(clause.out.subList(at, clause.out.size())) : null;
        if (tail == null && fallsOff(head)) {
            // a path of the clause falls off its end without the copy: it left by the clause's plain end
            // (POP_EXCEPT and a jump to the code after the try), so the copy is no copy of that code but
            // the branch's own exit. A `return CONST` is compiled unwinding first (compile.c's
            // compiler_return: no value to preserve), so in the branch it is POP_EXCEPT, the enclosing
            // finally bodies and iterators, then the constant's return: that branch's own statement
            // (fuzz seed 45 f121, 3.14: `except E1: if c(): pass / else: return 13` in a for loop's try/finally)
            if (copy.size() != 1 || !(copy.get(0) instanceof Stmt.Return ret)
                    || ret.value() != null && !(ret.value() instanceof depyf.ir.Expr.Constant)) {
                throw new LiftException("a branch of an except clause falls off its end while another leaves through a copy at " + op);
            }
            List<Stmt> inlined = inline(clause.out);
            if (contains(inlined)) {
                throw new LiftException("a branch of an except clause leaves through a copy inside a compound statement at " + op);
            }
            clause.out = inlined;
            return;
        }
        if (tail != null && !ExceptClauses.afterCleanup(tail, name).equals(copy)) {
            throw new LiftException("branches of an except clause fall off into another copy than the clause at " + op);
        }
        List<Stmt> folded = fold(head);
        if (folded == null) {
            throw new LiftException("a branch of an except clause falls off its end at " + op);
        }
        List<Stmt> out = new ArrayList<>(folded);
        out.addAll(tail != null ? tail : copy);
        clause.out = out;
        clause.popExceptAt = folded.size();
        if (tail == null) {
            clause.popExceptOp = op;
        }
    }

    /** {@code s}, whose end is the clause's end, with its marks folded away, or null when one cannot be. */
    private static List<Stmt> fold(List<Stmt> s) {
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            Stmt st = s.get(k);
            if (!contains(List.of(st))) {
                out.add(st);
                continue;
            }
            List<Stmt> rest = s.subList(k + 1, s.size());
            if (st instanceof Stmt.ClauseExit) {
                return rest.isEmpty() ? out : null;
            }
            if (!(st instanceof Stmt.If i)) {
                return null;                   // a mark inside a loop, with or try: not this shape
            }
            List<Stmt> body;
            List<Stmt> orelse;
            if (rest.isEmpty()) {
                body = fold(i.body());
                orelse = fold(i.orelse());
            } else if (i.orelse().isEmpty() && endsWithMark(i.body())) {
                // the branch jumps past the rest of the clause: that rest is the else
                body = fold(i.body());
                orelse = fold(rest);
            } else {
                return null;
            }
            if (body == null || orelse == null) {
                return null;
            }
            out.add(new Stmt.If(i.test(), body.isEmpty() ? List.of(new Stmt.Pass()) : body, orelse));
            return out;
        }
        return out;
    }

    /**
     * True when the block certainly falls off its end without passing a mark: empty, or ending with a
     * simple statement, or with an if one of whose branches does. (Loops, withs and tries are not judged.)
     */
    private static boolean fallsOff(List<Stmt> b) {
        if (b.isEmpty()) {
            return true;
        }
        return switch (b.get(b.size() - 1)) {
            case Stmt.ClauseExit x -> false;
            case Stmt.Return x -> false;
            case Stmt.Raise x -> false;
            case Stmt.Break x -> false;
            case Stmt.Continue x -> false;
            case Stmt.If i -> fallsOff(i.body()) || fallsOff(i.orelse());
            case Stmt.While x -> false;
            case Stmt.For x -> false;
            case Stmt.With x -> false;
            case Stmt.Try x -> false;
            case Stmt.Match x -> false;
            default -> true;
        };
    }

    /** The statements with each mark replaced by its copy, where it was. */
    private static List<Stmt> inline(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ClauseExit x -> out.addAll(x.copy());
                case Stmt.If i -> {
                    List<Stmt> then = inline(i.body());
                    out.add(new Stmt.If(i.test(), then.isEmpty() ? List.of(new Stmt.Pass()) : then, inline(i.orelse())));
                }
                default -> out.add(s);
            }
        }
        return out;
    }

    private static boolean endsWithMark(List<Stmt> b) {
        if (b.isEmpty()) {
            return false;
        }
        Stmt last = b.get(b.size() - 1);
        return last instanceof Stmt.ClauseExit
                || last instanceof Stmt.If i && endsWithMark(i.body()) && endsWithMark(i.orelse());
    }

    private static List<Stmt.ClauseExit> marks(List<Stmt> body, List<Stmt.ClauseExit> into) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ClauseExit x -> into.add(x);
                case Stmt.If i -> {
                    marks(i.body(), into);
                    marks(i.orelse(), into);
                }
                case Stmt.While wh -> {
                    marks(wh.body(), into);
                    marks(wh.orelse(), into);
                }
                case Stmt.For f -> {
                    marks(f.body(), into);
                    marks(f.orelse(), into);
                }
                case Stmt.With wi -> marks(wi.body(), into);
                case Stmt.Match m -> m.cases().forEach(c -> marks(c.body(), into));
                case Stmt.Try t -> {
                    marks(t.body(), into);
                    marks(t.orelse(), into);
                    marks(t.finalbody(), into);
                    t.handlers().forEach(h -> marks(h.body(), into));
                }
                default -> { }
            }
        }
        return into;
    }

    /** True when a mark appears anywhere in the statements (not inside nested functions or classes). */
    static boolean contains(List<Stmt> body) {
        return !marks(body, new ArrayList<>()).isEmpty();
    }
}
