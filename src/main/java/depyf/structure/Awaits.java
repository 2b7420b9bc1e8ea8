package depyf.structure;

import depyf.ir.Expr;
import depyf.lift.Item;
import depyf.lift.LiftException;
import depyf.lift.Lifter;
import depyf.lift.Op;

/** {@code await} and {@code yield from}: the SEND loop after GET_AWAITABLE / GET_YIELD_FROM_ITER. */
final class Awaits {
    private Awaits() {}

    static int await(Walker w, int i, Lifter l) {
        if (w.code.op(i).is("GET_ANEXT")) {
            return ForLoops.asyncForLoop(w, i, w.code.size(), l, new Region(null, java.util.Set.of(), -1));
        }
        Object v = l.pop();
        int next = skipSendLoop(w, i + 1);
        if (v instanceof Item.Entered || v == Item.Null.INSTANCE) {
            l.push(v);
        } else if (v instanceof Expr.ListComp || v instanceof Expr.SetComp || v instanceof Expr.DictComp) {
            l.push(v);          // 3.11: an asynchronous comprehension's function is a coroutine, awaited implicitly
        } else {
            l.push(new Expr.Await(l.asExpr(v)));
        }
        return next;
    }

    static int yieldFrom(Walker w, int i, Lifter l) {
        Expr v = l.popExpr();
        int next = skipSendLoop(w, i + 1);
        l.push(new Expr.YieldFrom(v));
        return next;
    }

    /** The instruction after the await loop that starts at k (LOAD_CONST None; SEND ...; END_SEND). */
    static int sendLoopEnd(Walker w, int k) {
        return skipSendLoop(w, k);
    }

    /** From the LOAD_CONST None before SEND to the instruction after the loop. */
    private static int skipSendLoop(Walker w, int k) {
        Op load = w.code.op(k);
        Op send = k + 1 < w.code.size() ? w.code.op(k + 1) : null;
        if (!load.is("LOAD_CONST") || send == null || !send.is("SEND")) {
            throw new LiftException("unrecognised await at " + load.offset());
        }
        int exit = send.target();
        if (exit < w.code.size() && w.code.op(exit).is("END_SEND")) {
            exit++;
        }
        return exit;
    }
}
