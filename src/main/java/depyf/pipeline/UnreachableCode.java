package depyf.pipeline;

import depyf.ir.Expr;
import depyf.ir.Parts;
import depyf.ir.Stmt;
import depyf.lift.LiftException;
import java.util.List;

/**
 * A check on a decompiled body: no statement follows a return, raise, break or continue in the same
 * block. The compiler drops such code, so it never comes from the bytecode; it can only come from a
 * layout the structurer misread (a try's else taking the code after the statement, say), and printing it
 * would hide that. The function falls back instead.
 */
final class UnreachableCode {
    private UnreachableCode() {}

    static void check(List<Stmt> body) {
        walk(body);
    }

    private static void walk(Object o) {
        if (o instanceof List<?> list) {
            Stmt exit = null;
            for (Object x : list) {
                if (exit != null && x instanceof Stmt) {
                    throw new LiftException("a statement (" + x.getClass().getSimpleName() + ") after "
                            + exit.getClass().getSimpleName().toLowerCase() + " in the same block (a misread layout)");
                }
                if (x instanceof Stmt.Return || x instanceof Stmt.Raise || x instanceof Stmt.Break
                        || x instanceof Stmt.Continue) {
                    exit = (Stmt) x;
                }
                walk(x);
            }
        } else if (o instanceof Record r && !(o instanceof Expr) && !(o instanceof Stmt.Unrecoverable)) {
            for (Object part : Parts.of(r)) {
                if (part instanceof List<?> || part instanceof Record) {
                    walk(part);
                }
            }
        }
    }
}
