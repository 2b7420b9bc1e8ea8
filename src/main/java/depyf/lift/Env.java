package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PythonVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What all lifters of one code object share: the code, the version, the placeholders standing for
 * values that become statements later (functions, classes, with targets), and the way to decompile
 * nested code objects.
 */
public final class Env {
    /** Decompiles nested code objects (function bodies) for the lifter. */
    public interface Nested {
        List<Stmt> body(CodeObject code);

        List<Stmt> classBody(CodeObject code);

        /** Where the lifter records the expressions that start a new line (identity set shared by the file). */
        default java.util.Set<Expr> lineStarts() {
            return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }

        /** Where the lifter records the loads on the line of the store before them (identity set shared by the file). */
        default java.util.Set<Expr> lineJoins() {
            return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
    }

    private static final String MARK = "\u0000";

    public final Code code;
    public final PythonVersion version;
    public final Nested nested;
    private final Map<String, Object> placeholders;
    private int budget;
    /**
     * The {@code return None} statements read from a return block that the source wrote (Code.isWrittenReturn):
     * the implicit final return is dropped, these are kept.
     */
    public final java.util.Set<Stmt> explicitReturns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * The continues read from a jump back to a loop's head without a line of its own (the line of the
     * instruction falling into it): no continue statement, the jump ending an if statement's branch at the
     * end of a loop's body, threaded to the head (depyf.transform.LoopTails folds the code after it into an else).
     */
    public final java.util.Set<Stmt> linelessContinues = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * The line of each return statement read from a return instruction, by identity: two returns on one line
     * are copies of one block (3.12+ copy a small return block into each way in), {@code depyf.transform.ReturnTails}.
     */
    public final java.util.Map<Stmt, Integer> returnLines = new java.util.IdentityHashMap<>();
    /** Set when Dynamo generated this code: stack values then become temporaries where needed. */
    public final Dynamo dynamo;
    /** The instructions the lifters stepped (by index), for {@code depyf.pipeline.Coverage}. */
    public final java.util.BitSet stepped = new java.util.BitSet();

    /** The heads of the loops the structurer read: where their jumps back (continues) go. */
    public final java.util.BitSet loopHeads = new java.util.BitSet();

    /** The lifters made for this code object ({@code depyf.pipeline.Coverage}: what dropped readings read). */
    public final List<Lifter> lifters = new java.util.ArrayList<>();

    /**
     * Loops folded into an expression (a comprehension's), by that expression: what their lifters read is in
     * the tree when the expression is (not when a reading that made it was dropped).
     */
    public final java.util.Map<Expr, Stmt> folded = new java.util.IdentityHashMap<>();

    /** Records that instruction i was read into the statements (see {@link #stepped}). */
    public void read(int i) {
        if (i >= 0) {
            stepped.set(i);
        }
    }

    public Env(Code code, Nested nested, int budget) {
        this.code = code;
        this.version = code.version();
        this.nested = nested;
        this.budget = budget;
        this.dynamo = Dynamo.detect(code.object());
        this.placeholders = new HashMap<>();
    }

    /** An environment for a code object run inline (generic parameters), sharing the placeholders of {@code outer}. */
    Env(Code code, Env outer) {
        this.code = code;
        this.version = code.version();
        this.nested = outer.nested;
        this.budget = outer.budget;
        this.placeholders = outer.placeholders;
        this.dynamo = Dynamo.detect(code.object());
    }

    /** Counts one unit of work; a function that runs out of budget fails instead of running away. */
    public void work() {
        if (--budget < 0) {
            throw new LiftException("work budget exhausted");
        }
    }

    /** A name expression standing for {@code value} until it takes its final shape. */
    public Expr.Name placeholder(Object value) {
        String id = MARK + placeholders.size();
        placeholders.put(id, value);
        return new Expr.Name(id);
    }

    /** The value behind a placeholder, or null when {@code e} is an ordinary expression. */
    public Object unwrap(Expr e) {
        return e instanceof Expr.Name n && n.id().startsWith(MARK) ? placeholders.get(n.id()) : null;
    }

    public static boolean isPlaceholder(Expr e) {
        return e instanceof Expr.Name n && n.id().startsWith(MARK);
    }

    public boolean atLeast(int major, int minor) {
        return version.atLeast(major, minor);
    }
}
