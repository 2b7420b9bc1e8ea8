package depyf.ir;

import java.util.List;
import java.util.Set;

/**
 * A decompiled module: its statements, and (by identity) the expressions the printer starts on a new line
 * inside the brackets around them, where the bytecode shows the source broke the line there, and the loads
 * whose statement the source wrote on the line of the store before it ({@code a = f(); g(a)}, {@code for x
 * in y: n = n + 1}).
 */
public record Module(List<Stmt> body, Set<Expr> lineStarts, Set<Expr> lineJoins) {
    public Module(List<Stmt> body) {
        this(body, Set.of(), Set.of());
    }
}
