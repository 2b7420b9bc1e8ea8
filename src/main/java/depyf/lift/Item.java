package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/** Stack entries that are not plain expressions: the bookkeeping values CPython keeps on the stack. */
public sealed interface Item {

    /** NULL pushed before a callable (PUSH_NULL, LOAD_GLOBAL/LOAD_ATTR flag bits), or an absent kwargs. */
    enum Null implements Item { INSTANCE }

    /** The iterator of a for loop or comprehension: GET_ITER / GET_AITER of {@code iterable}. */
    record Iterator(Expr iterable, boolean async) implements Item {}

    /** The exception being handled (pushed at a handler's entry). */
    enum Exception implements Item { INSTANCE }

    /** The previous exception saved by PUSH_EXC_INFO. */
    enum PreviousException implements Item { INSTANCE }

    /** The {@code lasti} value pushed for handlers marked lasti. */
    enum Lasti implements Item { INSTANCE }

    /** The bound __exit__ of a with statement on {@code context}. */
    record WithExit(Expr context, boolean async) implements Item {}

    /** A comprehension's accumulator: a list, set or dict being built by {@code *_APPEND/MAP_ADD}. */
    record Accumulator(String kind) implements Item {}

    /** A local saved by LOAD_FAST_AND_CLEAR around an inlined comprehension (3.12+). */
    record Saved(String name) implements Item {}

    /** A value stored already (walrus or chained assignment) and still on the stack. */
    final class Stored implements Item {
        final Expr value;
        final Stmt.Assign first;
        final List<Expr> targets = new ArrayList<>();
        Stmt.Assign statement;

        Stored(Expr value, Expr target, Stmt.Assign statement) {
            this.value = value;
            this.targets.add(target);
            this.first = statement;
            this.statement = statement;
        }
    }

    /** The result of an in-place operator, waiting for its store: an augmented assignment. */
    record InPlace(Expr target, depyf.ir.Operator.Binary op, Expr value) implements Item {}

    /** A class body function and its name, between LOAD_BUILD_CLASS and the call. */
    enum BuildClass implements Item { INSTANCE }

    /** A value of the modules being imported: IMPORT_NAME result. */
    record Module(String name, int level, Expr fromList) implements Item {}

    /** IMPORT_FROM's result: a name taken from a module. */
    record Imported(Module module, String name) implements Item {}

    /** A function object made by MAKE_FUNCTION, with the parts collected from the stack. */
    record Function(depyf.pyc.CodeObject code, List<Expr> defaults, Expr kwDefaults, Expr annotations,
                    Expr closure, Expr annotate) implements Item {}

    /** The value of a with statement's __enter__ call on {@code context}: stored to the target or popped. */
    record Entered(Expr context, boolean async) implements Item {}

    /** Anything the lifter cannot express; using it as a value fails the function. */
    record Opaque(String what) implements Item {}
}
