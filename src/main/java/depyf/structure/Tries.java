package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
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
        while (j < to && Handlers.covers(w.code, j, handler)) {
            j++;
        }
        return switch (Handlers.kind(w.code, handler)) {
            case WITH -> with(w, i, j, to, l, r, handler);
            case EXCEPT -> except(w, i, j, to, l, r, handler);
            case FINALLY -> finallyBlock(w, i, j, to, l, r, handler);
            case CLEANUP -> throw new LiftException("cleanup handler opened a statement");
        };
    }

    private static int with(Walker w, int i, int j, int to, Lifter l, Region r, int handler) {
        if (!(l.peek(1) instanceof Item.Entered entered)) {
            throw new LiftException("with block without __enter__ at " + w.code.op(i).offset());
        }
        Lifter body = l.fork();
        w.walk(i, j, body, r.withHandler(handler, j), -1);
        l.pop();
        List<Stmt> stmts = new ArrayList<>(body.out);
        Expr target = null;
        if (!stmts.isEmpty() && stmts.get(0) instanceof Stmt.Assign a && a.targets().size() == 1
                && w.env.unwrap(a.value()) instanceof Item.Entered) {
            target = a.targets().get(0);
            stmts.remove(0);
        }
        List<Stmt.WithItem> items = new ArrayList<>();
        items.add(new Stmt.WithItem(entered.context(), target));
        if (stmts.size() == 1 && stmts.get(0) instanceof Stmt.With inner && inner.isAsync() == entered.async()) {
            items.addAll(inner.items());
            stmts = inner.body();
        }
        l.emit(new Stmt.With(items, stmts, entered.async()));
        // the normal exit: __exit__(None, None, None) and POP_TOP, lifted as usual; drop the exit if unreachable
        if (j >= w.code.size() || !w.code.op(j).is("LOAD_CONST") || !w.reachable.get(j)) {
            dropWithExit(l);
        }
        return j;
    }

    private static void dropWithExit(Lifter l) {
        while (l.depth() > 0) {
            Object top = l.pop();
            if (top instanceof Item.WithExit) {
                return;
            }
        }
    }

    private static int except(Walker w, int i, int j0, int to, Lifter l, Region r, int handler) {
        Lifter body = l.fork();
        w.walk(i, j0, body, r.withHandler(handler, j0), -1);
        int j = finishStatement(w, j0, to, body, l.depth());
        int end = findEnd(w, handler);
        int areaEnd = handlerAreaEnd(w, handler);
        List<Stmt.ExceptHandler> clauses = new ArrayList<>();
        boolean star = false;
        int k = handler + 1;
        while (k < w.code.size()) {
            Op op = w.code.op(k);
            if (op.is("RERAISE")) {
                break;
            }
            Lifter clause = l.fork();
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
            Region cr = r.withHandler(handler, end);
            w.walk(k, next, clause, cr, -1);
            clauses.add(new Stmt.ExceptHandler(type, name, stripNameCleanup(clause.out, name)));
            if (type == null) {
                break;
            }
            k = next;
        }
        List<Stmt> orelse = List.of();
        int resume;
        boolean inline = handler > j && handler < to;
        if (end >= 0 && end > handler && inline) {
            Lifter e = l.fork();
            w.walk(j, handler, e, r.withFollow(end), -1);
            orelse = e.out;
            resume = end;
        } else if (end >= 0 && end > j) {
            Lifter e = l.fork();
            w.walk(j, Math.min(end, to), e, r.withFollow(end), -1);
            orelse = e.out;
            resume = Math.min(end, to);
        } else if (inline) {
            Lifter e = l.fork();
            w.walk(j, handler, e, r.withFollow(areaEnd), -1);
            orelse = e.out;
            resume = Math.min(areaEnd, to);
        } else {
            resume = j;
        }
        l.emit(new Stmt.Try(body.out, clauses, orelse, List.of(), star));
        return resume;
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

    private static List<Stmt> stripNameCleanup(List<Stmt> body, String name) {
        if (name == null) {
            return body;
        }
        List<Stmt> out = new ArrayList<>(body);
        int n = out.size();
        if (n >= 2 && out.get(n - 1) instanceof Stmt.Delete d && d.targets().equals(List.of(new Expr.Name(name)))
                && out.get(n - 2) instanceof Stmt.Assign a && Walker.isNoneConst(a.value())) {
            out.remove(n - 1);
            out.remove(n - 2);
        }
        return out;
    }

    /** Where the handlers' normal exits go: the target of a jump right after POP_EXCEPT (and name cleanup). */
    private static int findEnd(Walker w, int handler) {
        int areaEnd = handlerAreaEnd(w, handler);
        for (int k = handler; k < areaEnd; k++) {
            Op op = w.code.op(k);
            if (op.isUnconditionalJump() && k > 0) {
                int p = k - 1;
                if (w.code.op(p).is("DELETE_FAST") || w.code.op(p).is("DELETE_NAME")
                        || w.code.op(p).is("DELETE_DEREF") || w.code.op(p).is("DELETE_GLOBAL")) {
                    p -= 2;
                }
                if (p >= 0 && w.code.op(p).is("POP_EXCEPT")) {
                    return op.target();
                }
            }
        }
        return -1;
    }

    /** The end of a handler's code: past its last instruction protected by the handler's own cleanup. */
    private static int handlerAreaEnd(Walker w, int handler) {
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

    private static int finallyBlock(Walker w, int i, int j0, int to, Lifter l, Region r, int handler) {
        Lifter body = l.fork();
        w.walk(i, j0, body, r.withHandler(handler, j0), -1);
        int j = finishStatement(w, j0, to, body, l.depth());
        Code.Handler cleanup = w.code.handlerAt(handler);
        if (cleanup == null) {
            throw new LiftException("finally without cleanup");
        }
        int reraise = cleanup.target() - 1;
        while (reraise > handler && !w.code.op(reraise).is("RERAISE")) {
            reraise--;
        }
        Lifter fin = l.fork();
        fin.push(Item.PreviousException.INSTANCE);
        fin.push(Item.Exception.INSTANCE);
        w.walk(handler + 1, reraise, fin, r.withHandler(handler, reraise).withFollow(reraise), -1);
        int copy = reraise - handler - 1;
        int resume = j;
        if (sameOps(w, handler + 1, j, copy)) {
            resume = j + copy;
        }
        List<Stmt> stmts = body.out;
        if (stmts.size() == 1 && stmts.get(0) instanceof Stmt.Try t && t.finalbody().isEmpty() && !t.handlers().isEmpty()) {
            l.emit(new Stmt.Try(t.body(), t.handlers(), t.orelse(), fin.out, t.star()));
        } else {
            l.emit(new Stmt.Try(stmts, List.of(), List.of(), fin.out, false));
        }
        return Math.min(resume, to);
    }

    private static boolean sameOps(Walker w, int a, int b, int n) {
        if (b + n > w.code.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Op x = w.code.op(a + k);
            Op y = w.code.op(b + k);
            if (!x.name().equals(y.name()) || x.arg() != y.arg() && x.target() < 0) {
                return false;
            }
        }
        return true;
    }
}
