package depyf.ir;

import java.util.List;
import java.util.Set;

/**
 * A decompiled module: its statements, and the expressions (by identity) the printer starts on a new line
 * inside the brackets around them, where the bytecode shows the source broke the line there.
 */
public record Module(List<Stmt> body, Set<Expr> lineStarts) {
    public Module(List<Stmt> body) {
        this(body, Set.of());
    }
}
