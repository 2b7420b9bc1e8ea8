package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tuple assignments of two or three values ({@code a, b = b, a}), which the compiler does not build as a
 * tuple: BUILD_TUPLE n + UNPACK_SEQUENCE n becomes SWAP n (n = 2, 3), and when every store is to a fast
 * local the SWAP is removed by writing the stores in the opposite order (flowgraph.c,
 * {@code apply_static_swaps}). Either way the values are all computed before the first store; printed
 * as one assignment after another, the later values would read what the earlier stores wrote.
 */
final class TupleAssign {
    private TupleAssign() {}

    /**
     * SWAP n over n computed values followed by stores: the stores take targets in source order, the
     * values are in the order they were computed. True when handled.
     */
    static boolean atSwap(Lifter l, Op op) {
        int n = op.arg();
        if (l.env.dynamo != null || (n != 2 && n != 3) || l.depth() < n || !values(l, n)
                || !storesFollow(l, op.index() + 1, n)) {
            return false;
        }
        List<Expr> values = popValues(l, n);
        push(l, values, false);
        return true;
    }

    /**
     * A store to a fast local while values computed before the stored one are still on the stack, and as
     * many stores to fast locals follow: the reordered stores of a tuple assignment, the last target
     * first. {@code storesHere} is how many stores the current instruction does (STORE_FAST_STORE_FAST:
     * 2). True when the values were replaced by the tuple's slots (the caller then stores as usual).
     */
    static boolean atReorderedStores(Lifter l, Op op, int storesHere) {
        if (l.env.dynamo != null) {
            return false;
        }
        int following = storesHere - 1;
        for (int i = op.index() + 1; following < 2; i++) {
            Op o = next(l, i);
            if (o == null || o.line() != op.line()) {
                break;
            }
            i = o.index();
            if (o.is("STORE_FAST")) {
                following++;
            } else if (o.is("STORE_FAST_STORE_FAST")) {
                following += 2;
            } else {
                break;
            }
        }
        int n = 1;
        while (n <= following && n < 3 && n < l.depth() && values(l, n + 1)) {
            n++;
        }
        if (n < 2) {
            return false;
        }
        push(l, popValues(l, n), true);
        return true;
    }

    /** The top {@code n} stack entries are plain computed values, all distinct (not a chained assignment). */
    private static boolean values(Lifter l, int n) {
        for (int i = 1; i <= n; i++) {
            Object v = l.peek(i);
            if (!(v instanceof Expr)) {
                return false;
            }
            for (int j = 1; j < i; j++) {
                if (l.peek(j) == v) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Expr> popValues(Lifter l, int n) {
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(0, (Expr) l.pop());
        }
        return values;
    }

    /**
     * Pushes one slot per value; when all are stored the assignment {@code targets = values} is emitted
     * where the first store happened. {@code reversed}: the first store is the last target.
     */
    private static void push(Lifter l, List<Expr> values, boolean reversed) {
        int n = values.size();
        List<Stmt> out = l.out;
        int at = out.size();
        Consumer<Expr> done = t -> out.add(Math.min(at, out.size()),
                new Stmt.Assign(new ArrayList<>(List.of(t)), new Expr.Tuple(new ArrayList<>(values))));
        Slot.Sink sink = new Slot.Sink(n, -1, done);
        for (int i = 0; i < n; i++) {
            l.push(new Slot(sink, reversed ? i : n - 1 - i));
        }
    }

    private static Op next(Lifter l, int i) {
        Code code = l.env.code;
        while (i < code.size() && code.op(i).is("NOP")) {
            i++;
        }
        return i < code.size() ? code.op(i) : null;
    }

    /**
     * The instructions from {@code i} on store exactly {@code n} values: each a plain store, an
     * attribute, subscript or slice store after the computation of its parts (loads and operators), or a
     * nested unpacking.
     */
    static boolean storesFollow(Lifter l, int i, int n) {
        Code code = l.env.code;
        int need = n;
        int parts = 0;                        // values loaded for the target being stored
        for (; need > 0 && i < code.size(); i++) {
            Op o = code.op(i);
            switch (o.name()) {
                case "NOP" -> { }
                case "LOAD_FAST", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_DEREF", "LOAD_CONST", "LOAD_SMALL_INT" -> {
                    if (o.is("LOAD_GLOBAL") && l.env.atLeast(3, 11) && (o.arg() & 1) != 0) {
                        return false;
                    }
                    parts++;
                }
                case "LOAD_FAST_LOAD_FAST" -> parts += 2;
                case "LOAD_ATTR" -> {
                    if (parts < 1) {
                        return false;
                    }
                    parts += l.env.atLeast(3, 12) && (o.arg() & 1) != 0 ? 1 : 0;
                }
                case "UNARY_NEGATIVE", "UNARY_INVERT", "UNARY_NOT" -> {
                    if (parts < 1) {
                        return false;
                    }
                }
                case "BINARY_SUBSCR", "BINARY_OP", "COMPARE_OP" -> {
                    if (parts < 2) {
                        return false;
                    }
                    parts--;
                }
                case "BUILD_SLICE", "BUILD_TUPLE" -> {
                    if (parts < o.arg()) {
                        return false;
                    }
                    parts -= o.arg() - 1;
                }
                case "BINARY_SLICE" -> {
                    if (parts < 3) {
                        return false;
                    }
                    parts -= 2;
                }
                case "STORE_SLICE" -> {
                    if (parts != 3) {
                        return false;
                    }
                    parts = 0;
                    need--;
                }
                case "STORE_FAST", "STORE_NAME", "STORE_GLOBAL", "STORE_DEREF" -> {
                    if (parts != 0) {
                        return false;
                    }
                    need--;
                }
                case "STORE_FAST_LOAD_FAST" -> {
                    if (parts != 0) {
                        return false;
                    }
                    need--;
                    parts = 1;
                }
                case "STORE_FAST_STORE_FAST" -> {
                    if (parts != 0 || need < 2) {
                        return false;
                    }
                    need -= 2;
                }
                case "STORE_ATTR" -> {
                    if (parts != 1) {
                        return false;
                    }
                    parts = 0;
                    need--;
                }
                case "STORE_SUBSCR" -> {
                    if (parts != 2) {
                        return false;
                    }
                    parts = 0;
                    need--;
                }
                case "UNPACK_SEQUENCE" -> {
                    if (parts != 0) {
                        return false;
                    }
                    need += o.arg() - 1;
                }
                default -> {
                    return false;
                }
            }
        }
        return need == 0;
    }
}
