package depyf.lift;

import depyf.ir.Operator;

/** Operator codes of the bytecode, as IR operators. */
final class Operators {
    private Operators() {}

    /** BINARY_OP's argument (0-12; in-place forms are 13 more) as an operator. */
    static Operator.Binary binary(int code) {
        return switch (code) {
            case 0 -> Operator.Binary.ADD;
            case 1 -> Operator.Binary.BITAND;
            case 2 -> Operator.Binary.FLOORDIV;
            case 3 -> Operator.Binary.LSHIFT;
            case 4 -> Operator.Binary.MATMULT;
            case 5 -> Operator.Binary.MULT;
            case 6 -> Operator.Binary.MOD;
            case 7 -> Operator.Binary.BITOR;
            case 8 -> Operator.Binary.POW;
            case 9 -> Operator.Binary.RSHIFT;
            case 10 -> Operator.Binary.SUB;
            case 11 -> Operator.Binary.DIV;
            case 12 -> Operator.Binary.BITXOR;
            default -> throw new LiftException("unknown binary operator " + code);
        };
    }

    private static final String[] CMP = {"<", "<=", "==", "!=", ">", ">="};

    static Operator.Compare compare(Op op) {
        String s = op.argval() instanceof String str ? str : null;
        if (s == null) {
            int shift = op.arg() > 5 ? (op.arg() >= 32 ? 5 : 4) : 0;
            s = CMP[(op.arg() >> shift) % CMP.length];
        }
        if (s.startsWith("bool(")) {
            s = s.substring(5, s.length() - 1);
        }
        return switch (s) {
            case "<" -> Operator.Compare.LT;
            case "<=" -> Operator.Compare.LT_E;
            case "==" -> Operator.Compare.EQ;
            case "!=" -> Operator.Compare.NOT_EQ;
            case ">" -> Operator.Compare.GT;
            case ">=" -> Operator.Compare.GT_E;
            default -> throw new LiftException("unknown comparison " + s);
        };
    }
}
