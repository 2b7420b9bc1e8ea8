package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One element of an unpacking (UNPACK_SEQUENCE / UNPACK_EX) or the single value of a for loop's
 * target: the store that consumes it supplies one target; when all are known the whole target is
 * handed to the sink (an assignment statement, a for loop, a nested unpacking).
 */
public final class Slot {
    /** Collects the targets of one unpacking. */
    public static final class Sink {
        final Expr[] targets;
        final int starIndex;
        final Consumer<Expr> done;
        int filled;

        public Sink(int count, int starIndex, Consumer<Expr> done) {
            this.targets = new Expr[count];
            this.starIndex = starIndex;
            this.done = done;
        }

        /** Slots popped instead of stored: 3.13+ drop a store that the next one overwrites ({@code _, _, x = v}). */
        final java.util.Set<Integer> deadStores = new java.util.HashSet<>();

        void set(int index, Expr target) {
            targets[index] = index == starIndex ? new Expr.Starred(target) : target;
            ++filled;
            for (int i = index - 1; i >= 0 && deadStores.remove(i) && targets[i] == null; i--) {
                targets[i] = target;           // the dropped store went to the same name
                ++filled;
            }
            if (filled == targets.length) {
                done.accept(targets.length == 1 && starIndex < 0 && single
                        ? targets[0] : new Expr.Tuple(new ArrayList<>(Arrays.asList(targets))));
            }
        }

        boolean single;
    }

    final Sink sink;
    final int index;
    /** The value of an UNPACK_SEQUENCE 1; used as a value, the slot is {@code *value} (PEP 646 {@code *args: *Ts}). */
    Expr unpacked;

    Slot(Sink sink, int index) {
        this.sink = sink;
        this.index = index;
    }

    void fill(Lifter l, Expr target) {
        sink.set(index, target);
    }

    /** A sink of one slot whose target is passed on as is (for loop targets, with targets). */
    public static Slot single(Consumer<Expr> done) {
        Sink s = new Sink(1, -1, done);
        s.single = true;
        return new Slot(s, 0);
    }

    /** Pushes the slots of an unpacking of {@code value}; the assignment is emitted once all are stored. */
    static void unpack(Lifter l, Object value, int before, int after, boolean star) {
        unpack(l, value, before, after, star, -1);
    }

    /**
     * True when the UNPACK_SEQUENCE 1 at instruction {@code at} is how the compiler writes a PEP 646
     * starred annotation or TypeVarTuple default ({@code *args: *Ts}, {@code *Ts = *tuple[int]}): its
     * value goes on into the annotation tuple or dict, or is returned, never stored.
     */
    private static boolean starredAnnotation(Lifter l, int at) {
        if (at < 0 || at + 1 >= l.env.code.size()) {
            return false;
        }
        Op next = l.env.code.op(at + 1);
        return next.is("BUILD_TUPLE") || next.is("BUILD_MAP") || next.is("RETURN_VALUE")
                || next.is("LOAD_CONST") && next.argval() instanceof depyf.pyc.PyObject.Str;
    }

    /** As above, for the UNPACK_SEQUENCE / UNPACK_EX at instruction index {@code index} (-1: unknown). */
    static void unpack(Lifter l, Object value, int before, int after, boolean star, int index) {
        int count = before + after + (star ? 1 : 0);
        Consumer<Expr> done;
        Expr source = null;
        if (value instanceof Slot outer) {
            done = t -> outer.fill(l, t);
        } else {
            Expr v = l.asExpr(value);
            source = v;
            List<Stmt> out = l.out;
            int at = out.size();
            done = t -> {
                Stmt.Assign assign = new Stmt.Assign(new ArrayList<>(List.of(t)), v);
                out.add(Math.min(at, out.size()), assign);
                // a, b = c = v: the value was copied before the unpacking, and the copy waits to be stored
                for (int i = l.stack.size() - 1; i >= 0 && l.env.dynamo == null; i--) {
                    if (l.stack.get(i) == v) {
                        l.stack.set(i, new Item.Stored(v, t, assign));
                        break;
                    }
                }
            };
        }
        Sink sink = new Sink(count, star ? before : -1, done);
        for (int i = count - 1; i >= 0; i--) {
            l.push(new Slot(sink, i));
        }
        if (count == 1 && !star && source != null && starredAnnotation(l, index)) {
            ((Slot) l.peek(1)).unpacked = source;
        }
    }
}
