package depyf.lift;

import depyf.ir.Expr;

/** 3.12 generic syntax (PEP 695): not recovered yet, so such functions fall back to their disassembly. */
final class TypeParams {
    private TypeParams() {}

    static void intrinsic1(Lifter l, int n) {
        throw new LiftException("type parameters (PEP 695) are not supported yet");
    }

    static void intrinsic2(Lifter l, int n) {
        throw new LiftException("type parameters (PEP 695) are not supported yet");
    }

    static Object withParams(Lifter l, Object function, Expr params) {
        throw new LiftException("type parameters (PEP 695) are not supported yet");
    }
}
