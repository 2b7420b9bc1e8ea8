package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;

/** CALL_INTRINSIC_1 / CALL_INTRINSIC_2 (3.12+), by number. */
final class Intrinsics {
    private Intrinsics() {}

    static void one(Lifter l, int n) {
        switch (n) {
            case 1 -> l.emit(new depyf.ir.Stmt.ExprStmt(l.popExpr()));            // PRINT
            case 2 -> {                                                             // IMPORT_STAR
                Imports.importStar(l);
                l.push(Item.Null.INSTANCE);
            }
            case 3 -> { }                                                           // STOPITERATION_ERROR
            case 4 -> { }                                                           // ASYNC_GEN_WRAP
            case 5 -> l.push(new Expr.UnaryOp(Operator.Unary.UADD, l.popExpr()));  // UNARY_POSITIVE
            case 6 -> Collections.listToTuple(l);                                   // LIST_TO_TUPLE
            case 7, 8, 9, 10, 11 -> TypeParams.intrinsic1(l, n);                    // TYPEVAR .. TYPEALIAS
            default -> throw new LiftException("unknown intrinsic " + n);
        }
    }

    static void two(Lifter l, int n) {
        switch (n) {
            case 1 -> { l.pop(); }                                                  // PREP_RERAISE_STAR
            case 2, 3, 4, 5 -> TypeParams.intrinsic2(l, n);                         // TYPEVAR_WITH_BOUND .. SET_TYPEPARAM_DEFAULT
            default -> throw new LiftException("unknown intrinsic2 " + n);
        }
    }
}
