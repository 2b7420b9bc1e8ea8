package depyf.structure;

import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Lifter;
import depyf.lift.Op;
import depyf.lift.Steps;
import java.util.ArrayList;
import java.util.List;

/**
 * The protected range Dynamo puts around a call it could not trace inside a with block: it exits the
 * context manager by hand (and enters it again in the resume function), so the call runs in
 *
 * <pre>
 *     try: CALL                      # its operands pushed before the range, its result left on the stack
 *     except: ctx.__exit__(None, None, None); raise
 * </pre>
 *
 * with the handler {@code PUSH_EXC_INFO; <straight-line code>; RERAISE 0} and the usual cleanup handler.
 * The values below are spilled first, the call's result is spilled inside the try, and the walk goes on
 * after the range with the result on the stack as a name.
 */
final class DynamoTry {
    private DynamoTry() {}

    /** Where the walk goes on after the try statement, or -1 when the range is not of this shape. */
    static int structure(Walker w, int i, int to, Lifter l, Region r, Code.Handler h) {
        Code code = w.code;
        if (i != h.start() || h.lasti() || h.target() <= i) {
            return -1;
        }
        // the protected code: up to the last instruction of normal flow that h covers (directly or
        // through the handlers of a try nested in it); every instruction of normal flow before is covered
        int end = -1;
        for (int k = i; k < to && k < h.target(); k++) {
            if (w.normalFlow.get(k) && Handlers.covers(code, k, h.target())) {
                end = k + 1;
            }
        }
        if (end < 0) {
            return -1;
        }
        for (int k = i; k < end; k++) {
            if (w.normalFlow.get(k) && !Handlers.covers(code, k, h.target())) {
                return -1;
            }
        }
        int t = h.target();
        if (!code.op(t).is("PUSH_EXC_INFO")) {
            return -1;
        }
        int k = t + 1;
        while (k < code.size() && !code.op(k).is("RERAISE")) {
            Op op = code.op(k);
            if (op.target() >= 0 || op.isTerminal() || op.is("POP_EXCEPT") || op.is("PUSH_EXC_INFO")
                    || op.is("WITH_EXCEPT_START") || op.is("CHECK_EXC_MATCH")) {
                return -1;
            }
            k++;
        }
        if (k >= code.size() || code.op(k).arg() != 0) {
            return -1;
        }
        l.env.dynamo.spillAllValues(l);
        List<Object> before = new ArrayList<>(l.stack());
        List<Stmt> outer = l.out;
        List<Stmt> body = new ArrayList<>();
        l.out = body;
        try {
            int stop = w.walk(i, end, l, r.withHandler(t, end), -1);
            if (stop != end) {
                throw new depyf.lift.LiftException("Dynamo's protected range ends at " + stop + ", not " + end);
            }
            l.env.dynamo.spillChanged(l, before);
        } finally {
            l.out = outer;
        }
        Lifter handler = new Lifter(l.env, new ArrayList<>(), new ArrayList<>());
        for (int m = t + 1; m < k; m++) {
            Steps.step(handler, code.op(m));
        }
        if (handler.depth() != 0) {
            throw new depyf.lift.LiftException("Dynamo's exit handler left values on the stack");
        }
        handler.out.add(new Stmt.Raise(null, null));
        if (body.isEmpty()) {
            body.add(new Stmt.Pass());
        }
        l.emit(new Stmt.Try(body, List.of(new Stmt.ExceptHandler(null, null, handler.out)), List.of(), List.of(), false));
        return end;
    }
}
