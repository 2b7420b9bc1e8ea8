package depyf.ir;

/** Operators of expressions, named as in Python's ast module; their spelling lives in the printer. */
public final class Operator {
    private Operator() {}

    /** Binary arithmetic and bitwise operators (also the operator of an augmented assignment). */
    public enum Binary { ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV }

    public enum Unary { INVERT, NOT, UADD, USUB }

    public enum Bool { AND, OR }

    public enum Compare { EQ, NOT_EQ, LT, LT_E, GT, GT_E, IS, IS_NOT, IN, NOT_IN }
}
