package depyf.ir;

import java.util.List;

/**
 * A function's parameters, as Python's ast.arguments: {@code defaults} belong to the last
 * positional parameters; {@code kwDefaults} has one entry (possibly null) per keyword-only one.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static final Arguments NONE = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** One parameter with an optional annotation. */
    public record Arg(String name, Expr annotation) {}
}
