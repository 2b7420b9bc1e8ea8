package depyf.structure;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.List;

/**
 * The clauses of {@code try: ... except* E as e: ...} (3.11+). The handler collects what each clause
 * raised in a list (BUILD_LIST 0; COPY 2), then per clause: the type, CHECK_EG_MATCH; COPY 1;
 * POP_JUMP_IF_NONE to the next clause's POP_TOP; the bind (STORE or POP_TOP); the body, which leaves
 * through a JUMP_FORWARD (the name's cleanup first, under its own handler). After the last clause:
 * LIST_APPEND 1; CALL_INTRINSIC_2 PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE; POP_TOP; POP_EXCEPT.
 */
final class ExceptStar {
    private ExceptStar() {}

    /** Where the clauses start after the handler's PUSH_EXC_INFO at k - 1, or -1 when it is not except*. */
    static int prologueEnd(Walker w, int k) {
        Code code = w.code;
        if (k + 1 < code.size() && code.op(k).is("BUILD_LIST") && code.op(k + 1).is("COPY")) {
            return k + 2;                                          // 3.12+
        }
        if (k + 2 < code.size() && code.op(k).is("COPY") && code.op(k + 1).is("BUILD_LIST")
                && code.op(k + 2).is("SWAP")) {
            return k + 3;                                          // 3.11
        }
        return -1;
    }

    /** Reads the clauses from k into {@code out}; returns the index after the closing POP_EXCEPT. */
    static int clauses(Walker w, int k, Lifter l, Region r, List<Stmt.ExceptHandler> out) {
        Code code = w.code;
        while (k < code.size() && !code.op(k).is("LIST_APPEND")) {
            Lifter c = l.fork();
            int m = k;
            while (m < code.size() && !code.op(m).is("CHECK_EG_MATCH")) {
                Op op = code.op(m);
                if (op.target() >= 0 || op.isTerminal()) {
                    throw new LiftException("unrecognised except* clause at " + op.offset());
                }
                Steps.step(c, op);
                m++;
            }
            if (m + 3 >= code.size() || !code.op(m + 1).is("COPY") || !code.op(m + 2).is("POP_JUMP_IF_NONE")) {
                throw new LiftException("unrecognised except* clause");
            }
            Expr type = c.popExpr();
            int fail = code.op(m + 2).target();
            if (!code.op(fail).is("POP_TOP")) {
                throw new LiftException("unrecognised except* clause end");
            }
            Op bind = code.op(m + 3);
            String name = null;
            int bodyStart = m + 4;
            int bodyEnd;
            Region cr = r;
            if (bind.name().startsWith("STORE_")) {
                name = bind.str();
                Code.Handler cleanup = code.handlerAt(bodyStart);
                if (cleanup == null) {
                    throw new LiftException("except* clause without its name's cleanup");
                }
                bodyEnd = bodyStart;
                while (bodyEnd < fail && code.handlerAt(bodyEnd) == cleanup) {
                    bodyEnd++;
                }
                cr = r.withHandler(cleanup.target(), bodyEnd);
            } else if (bind.is("POP_TOP")) {
                // up to the jump out, which an unreachable LIST_APPEND 3 (the raise path) follows
                bodyEnd = bodyStart;
                while (bodyEnd < fail && !(code.op(bodyEnd).is("LIST_APPEND") && code.op(bodyEnd).arg() == 3)) {
                    bodyEnd++;
                }
                if (bodyEnd >= fail || !code.op(bodyEnd - 1).is("JUMP_FORWARD")) {
                    throw new LiftException("unrecognised except* clause body");
                }
                bodyEnd--;
                if (code.op(bodyEnd - 1).is("LIST_APPEND") && code.op(bodyEnd - 1).arg() == 1 && bodyEnd - 1 >= bodyStart) {
                    bodyEnd--;                                 // 3.13 copies the closing LIST_APPEND 1 into the last clause
                }
            } else {
                throw new LiftException("unrecognised except* binding");
            }
            Lifter body = l.fork();
            body.push(Item.PreviousException.INSTANCE);
            w.walk(bodyStart, bodyEnd, body, cr.withFollow(fail - 1), -1);
            out.add(new Stmt.ExceptHandler(type, name, body.out));
            k = fail + 1;
        }
        // LIST_APPEND 1; CALL_INTRINSIC_2 (3.11: PREP_RERAISE_STAR); COPY 1; POP_JUMP_IF_NOT_NONE; POP_TOP; POP_EXCEPT
        if (k + 5 >= code.size() || !(code.op(k + 1).is("CALL_INTRINSIC_2") || code.op(k + 1).is("PREP_RERAISE_STAR"))
                || !code.op(k + 5).is("POP_EXCEPT")) {
            throw new LiftException("unrecognised end of except* clauses");
        }
        return k + 6;
    }
}
