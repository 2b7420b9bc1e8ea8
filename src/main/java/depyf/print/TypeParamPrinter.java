package depyf.print;

import depyf.ir.Expr;
import depyf.ir.TypeParam;
import java.util.ArrayList;
import java.util.List;

/** PEP 695 type parameter lists: {@code [T: int = str, *Ts, **P]}, empty when there are none. */
final class TypeParamPrinter {
    private TypeParamPrinter() {}

    static String list(ExprPrinter exprs, List<TypeParam> params) {
        if (params == null || params.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TypeParam p : params) {
            parts.add(switch (p) {
                case TypeParam.TypeVar t -> t.name() + (t.bound() == null ? "" : ": " + exprs.expr(t.bound()))
                        + deflt(exprs, t.defaultValue());
                case TypeParam.TypeVarTuple t -> "*" + t.name() + deflt(exprs, t.defaultValue());
                case TypeParam.ParamSpec s -> "**" + s.name() + deflt(exprs, s.defaultValue());
            });
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String deflt(ExprPrinter exprs, Expr d) {
        return d == null ? "" : " = " + exprs.expr(d);
    }

    /** {@code type NAME[PARAMS] = VALUE}. */
    static String alias(ExprPrinter exprs, String name, List<TypeParam> params, Expr value) {
        return "type " + name + list(exprs, params) + " = " + exprs.expr(value);
    }
}
