package depyf.ir;

/** Type parameters of 3.12+ generic functions, classes and aliases; bound and default may be null. */
public sealed interface TypeParam {
    String name();

    record TypeVar(String name, Expr bound, Expr defaultValue) implements TypeParam {}

    record ParamSpec(String name, Expr defaultValue) implements TypeParam {}

    record TypeVarTuple(String name, Expr defaultValue) implements TypeParam {}
}
