package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lifting bytecode that Dynamo (torch.compile) generated rather than a compiler. Such code keeps
 * values on the stack while statements run, duplicates them with COPY, mutates lists held on the
 * stack and branches with values still pushed. The ordinary lifter keeps every stack value as a
 * pending expression and prints it where it is consumed, which is right for a compiler's code
 * (an expression's parts are consumed in the order they were pushed) and wrong here. In Dynamo mode
 * a pending value becomes an explicit temporary ({@code __temp_N = ...}) before anything could observe
 * the difference, and temporaries are assigned in the order the bytecode computed the values:
 * <ul>
 *   <li>before a statement, every computed value still on the stack (and a name the statement writes);</li>
 *   <li>at COPY of a value that is not a name or constant, that value and those computed before it (so
 *       it is evaluated once and the copies alias one object, as on the real stack);</li>
 *   <li>at a conditional jump, every value below the condition (the condition too when it was computed
 *       before them).</li>
 * </ul>
 * Containers mutated on the stack become names and the mutation a statement. A value left on the stack
 * that was computed in the middle of the next statement's operands (SWAP can arrange that) has no
 * statement order that keeps the order of evaluation: the function fails instead of printing it. Reads
 * of names and constants are never spilled: nothing but a store changes them, and a store spills.
 */
public final class Dynamo {
    private static final String TEMP = "__temp_";

    private int temps;
    private long clock;
    private final Map<Object, Long> created = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();

    private Dynamo(CodeObject code) {
        taken.addAll(code.localsPlusNames());
        taken.addAll(code.names());
    }

    /** Dynamo's state for {@code code} when Dynamo generated it (its transformed code), else null. */
    public static Dynamo detect(CodeObject code) {
        for (String n : code.names()) {
            if (n.startsWith("__compiled_fn_") || n.startsWith("__resume_at_") || n.startsWith("__import_torch")) {
                return new Dynamo(code);
            }
        }
        for (String n : code.localsPlusNames()) {
            if (n.startsWith("graph_out_")) {
                return new Dynamo(code);
            }
        }
        return null;
    }

    /** Records when a value was first pushed (the order the bytecode computed values in). */
    void pushed(Object v) {
        if (v instanceof Expr && !created.containsKey(v)) {
            created.put(v, ++clock);
        }
    }

    // ---- the three moments values are spilled ----

    /**
     * Before {@code s} is emitted: every computed value still on the stack was computed before {@code s}
     * runs, so it becomes a temporary first (and a name {@code s} writes). When a pending value was
     * computed after the value an assignment stores (SWAP can arrange that), the stored value goes into a
     * temporary in its turn; any other interleaving fails the function.
     */
    Stmt beforeEmit(Lifter l, Stmt s) {
        Effects e = new Effects(created);
        e.statement(s);
        List<Integer> spill = new ArrayList<>();
        long latest = 0;
        for (int i = 0; i < l.stack.size(); i++) {
            Object v = l.stack.get(i);
            if (!(v instanceof Expr x) || Env.isPlaceholder(x) || x instanceof Expr.Constant) {
                continue;
            }
            if (!(x instanceof Expr.Name n) || e.written.contains(n.id())) {
                spill.add(i);
                if (!(x instanceof Expr.Name)) {
                    latest = Math.max(latest, seq(x));
                }
            }
        }
        if (latest > e.first) {
            if (s instanceof Stmt.Assign a && !trivial(a.value()) && firstPart(a.value()) == e.first
                    && seq(a.value()) < earliestAfter(l, spill, e.first)) {
                Expr.Name temp = new Expr.Name(freshTemp());
                List<Object> values = valuesAt(l, spill);
                values.add(new Pending(temp, a.value()));
                spillValues(l, values);
                return new Stmt.Assign(a.targets(), temp);
            }
            throw new LiftException("Dynamo code: a value left on the stack was computed while the operands of the "
                    + "next statement were (SWAP), so no statement order keeps the order of evaluation");
        }
        spillAll(l, spill);
        return s;
    }

    /** An assignment's value spilled among the stack's values. */
    private record Pending(Expr.Name temp, Expr value) {}

    private long firstPart(Expr v) {
        Effects f = new Effects(created);
        f.expr(v);
        return f.first;
    }

    private static Expr valueOf(Object v) {
        return v instanceof Pending p ? p.value() : (Expr) v;
    }

    /**
     * True when {@code later} (printed after {@code earlier}) has a part computed before {@code earlier}
     * was complete, and moving that part after {@code earlier} can change either: one of the two calls
     * and the other reads something (reads commute with reads; displays of constants with anything).
     */
    private boolean overlap(Expr earlier, Expr later) {
        List<Expr> early = new ArrayList<>();
        earlyParts(later, seq(earlier), early);
        boolean earlierImpure = impure(earlier);
        for (Expr p : early) {
            if (impure(p) && !inert(earlier) || earlierImpure && !inert(p)) {
                return true;
            }
        }
        return false;
    }

    /** The outermost computed parts of {@code e} pushed before {@code before}. */
    private void earlyParts(Object e, long before, List<Expr> out) {
        if (e instanceof List<?> list) {
            list.forEach(o -> earlyParts(o, before, out));
            return;
        }
        if (e instanceof Expr.Constant || e instanceof Expr.Name || e instanceof Expr.Lambda) {
            return;
        }
        Long s = e instanceof Expr ? created.get(e) : null;
        if (s != null && s < before) {
            out.add((Expr) e);
            return;
        }
        if (e instanceof Record r) {
            depyf.ir.Parts.of(r).forEach(o -> earlyParts(o, before, out));
        }
    }

    /** Displays of constants only: evaluating it has no effect and reads nothing, so it commutes with anything. */
    private static boolean inert(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.Starred s -> inert(s.value());
            case Expr.ListExpr li -> li.elts().stream().allMatch(Dynamo::inert);
            case Expr.Tuple t -> t.elts().stream().allMatch(Dynamo::inert);
            case Expr.SetExpr se -> se.elts().stream().allMatch(Dynamo::inert);
            case Expr.Dict d -> d.keys().stream().allMatch(k -> k == null || inert(k))
                    && d.values().stream().allMatch(Dynamo::inert);
            default -> false;
        };
    }

    private long earliestAfter(Lifter l, List<Integer> indices, long after) {
        long min = Long.MAX_VALUE;
        for (int i : indices) {
            long s = seq(l.stack.get(i));
            if (s > after) {
                min = Math.min(min, s);
            }
        }
        return min;
    }

    /** Before COPY n: a computed value is evaluated once, into a temporary the copies share. */
    void beforeCopy(Lifter l, int n) {
        Object v = l.peek(n);
        if (v instanceof Expr x && !trivial(x)) {
            spillAt(l, l.stack.size() - n);
        }
    }

    /** At a conditional jump: every value below the condition becomes a name both branches can use. */
    public void beforeBranch(Lifter l) {
        List<Integer> spill = new ArrayList<>();
        for (int i = 0; i < l.stack.size() - 1; i++) {
            if (l.stack.get(i) instanceof Expr x && !Env.isPlaceholder(x) && !(x instanceof Expr.Constant)
                    && !(x instanceof Expr.Name n && n.id().startsWith(TEMP))) {      // temporaries are never rebound
                spill.add(i);
            }
        }
        int top = l.stack.size() - 1;
        if (top >= 0 && l.stack.get(top) instanceof Expr c && !trivial(c) && !Env.isPlaceholder(c)) {
            long first = firstPart(c);
            for (int i : spill) {
                long s = seq(l.stack.get(i));
                if (!(l.stack.get(i) instanceof Expr.Name) && s > first) {
                    if (s < seq(c)) {
                        throw new LiftException("Dynamo code: a value left on the stack was computed while the "
                                + "condition was");
                    }
                    spill.add(top);     // computed before values below it: it goes first, into a temporary
                    break;
                }
            }
        }
        spillAll(l, spill);
    }

    /** Every computed value on the stack becomes a name (before a region that consumes them). */
    public void spillAllValues(Lifter l) {
        List<Integer> spill = new ArrayList<>();
        for (int i = 0; i < l.stack.size(); i++) {
            if (l.stack.get(i) instanceof Expr x && !trivial(x)) {
                spill.add(i);
            }
        }
        spillAll(l, spill);
    }

    /** Every computed value on the stack that is not where it was in {@code before} becomes a name. */
    public void spillChanged(Lifter l, List<Object> before) {
        List<Integer> spill = new ArrayList<>();
        for (int i = 0; i < l.stack.size(); i++) {
            if (l.stack.get(i) instanceof Expr x && !trivial(x) && (i >= before.size() || before.get(i) != x)) {
                spill.add(i);
            }
        }
        spillAll(l, spill);
    }

    /** Spills the value at stack index {@code at}, and first whatever must not stay pending across it. */
    private void spillAt(Lifter l, int at) {
        Expr v = (Expr) l.stack.get(at);
        long first = firstPart(v);
        long done = seq(v);
        List<Integer> spill = new ArrayList<>();
        spill.add(at);
        for (int i = 0; i < l.stack.size(); i++) {
            Object o = l.stack.get(i);
            if (o == v || !(o instanceof Expr x) || trivial(x) || Env.isPlaceholder(x)) {
                continue;
            }
            long s = seq(x);
            if (s > first && s < done) {
                throw new LiftException("Dynamo code: a value left on the stack was computed while a copied value was");
            }
            if (s < done) {
                spill.add(i);
            } else if (overlap(v, x)) {
                throw new LiftException("Dynamo code: a value left on the stack was partly computed before a copied "
                        + "value");
            }
        }
        spillAll(l, spill);
    }

    private void spillAll(Lifter l, List<Integer> indices) {
        spillValues(l, valuesAt(l, indices));
    }

    private List<Object> valuesAt(Lifter l, List<Integer> indices) {
        List<Object> values = new ArrayList<>();
        for (int i : indices) {
            Object v = l.stack.get(i);
            if (values.stream().noneMatch(o -> o == v)) {
                values.add(v);
            }
        }
        return values;
    }

    /** Assigns each value to a temporary in the order the bytecode computed them; the stack then holds the names. */
    private void spillValues(Lifter l, List<Object> values) {
        values.sort(Comparator.comparingLong(v -> v instanceof Pending p ? seq(p.value()) : seq(v)));
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (overlap(valueOf(values.get(i)), valueOf(values.get(j)))) {
                    throw new LiftException("Dynamo code: two values on the stack were computed interleaved (SWAP), "
                            + "so no order of temporaries keeps the order of evaluation");
                }
            }
        }
        for (Object v : values) {
            if (v instanceof Pending p) {
                l.out.add(new Stmt.Assign(new ArrayList<>(List.of(p.temp())), standalone(p.value())));
                continue;
            }
            Expr.Name temp = new Expr.Name(freshTemp());
            l.out.add(new Stmt.Assign(new ArrayList<>(List.of(temp)), standalone((Expr) v)));
            for (int i = 0; i < l.stack.size(); i++) {
                if (l.stack.get(i) == v) {
                    l.stack.set(i, temp);
                }
            }
        }
    }

    /** {@code v} as an expression that may stand alone: a slice {@code a:b} is {@code slice(a, b, None)} there. */
    private static Expr standalone(Expr v) {
        if (v instanceof Expr.Slice s) {
            List<Expr> args = new ArrayList<>();
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                args.add(part == null ? new Expr.Constant(depyf.pyc.PyObject.None.INSTANCE) : part);
            }
            return new Expr.Call(new Expr.Name("slice"), args, List.of());
        }
        return v;
    }

    private String freshTemp() {
        String name;
        do {
            name = TEMP + ++temps;
        } while (taken.contains(name));
        return name;
    }

    /** When the bytecode computed {@code v}: its push, or for a value rebuilt in place (a list extended
     * on the stack) the latest push among its parts. */
    private long seq(Object v) {
        Long s = created.get(v);
        if (s != null) {
            return s;
        }
        long[] max = {0};
        if (v instanceof Record r) {
            for (Object part : depyf.ir.Parts.of(r)) {
                if (part instanceof List<?> list) {
                    list.forEach(p -> max[0] = Math.max(max[0], seq(p)));
                } else if (part != null) {
                    max[0] = Math.max(max[0], seq(part));
                }
            }
        }
        return max[0];
    }

    /**
     * LOAD_CLOSURE (3.11, 3.12), and from 3.13 LOAD_FAST of a cell or free variable's slot, push the cell itself (Dynamo passes cells to the
     * functions that make resume functions with closures): {@code (lambda: name).__closure__[0]} is that
     * cell in source, since the lambda closes over the same cell.
     */
    static Expr load(Lifter l, Op op) {
        String name = op.str();
        boolean cellSlot = op.is("LOAD_FAST") && op.arg() >= 0 && op.arg() < l.env.code.object().localsPlusKinds().length
                && (l.env.code.object().kind(op.arg()) & (CodeObject.KIND_CELL | CodeObject.KIND_FREE)) != 0;
        if (cellSlot || op.is("LOAD_CLOSURE")) {
            Expr lambda = new Expr.Lambda(depyf.ir.Arguments.NONE, new Expr.Name(name));
            return new Expr.Subscript(new Expr.Attribute(lambda, "__closure__"),
                    new Expr.Constant(depyf.pyc.PyObject.Int.of(0)));
        }
        return new Expr.Name(name);
    }

    /**
     * LOAD_CONST. A code object that no MAKE_FUNCTION consumes is an argument (Dynamo makes nested
     * functions with {@code _create_nested_fn(code, ...)}): a lambda's code without free variables is
     * {@code (lambda x: ...).__code__} in source; any other stays a constant, which fails the function.
     */
    static Expr constant(Lifter l, Op op) {
        PyObject v = (PyObject) op.argval();
        boolean made = op.index() + 1 < l.env.code.size() && l.env.code.op(op.index() + 1).is("MAKE_FUNCTION");
        if (v instanceof CodeObject code && !made && Functions.isLambda(code) && code.freevars().isEmpty()) {
            try {
                Expr lambda = Functions.lambda(l, new Item.Function(code, List.of(), null, null, null, null));
                return new Expr.Attribute(lambda, "__code__");
            } catch (LiftException e) {
                // stays a constant
            }
        }
        return Lifter.constant(v);
    }

    /**
     * UNPACK_SEQUENCE / UNPACK_EX: Dynamo uses the items as values as often as it stores them, so they go
     * into temporaries at once ({@code __temp_1, *__temp_2 = value}) and the stack holds their names.
     */
    static void unpack(Lifter l, int before, int after, boolean star) {
        Expr value = l.popExpr();
        int n = before + after + (star ? 1 : 0);
        List<Expr.Name> names = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Expr.Name name = new Expr.Name(l.env.dynamo.freshTemp());
            names.add(name);
            targets.add(star && i == before ? new Expr.Starred(name) : name);
        }
        l.emit(new Stmt.Assign(new ArrayList<>(List.of(new Expr.Tuple(targets))), value));
        for (int i = n - 1; i >= 0; i--) {
            l.push(names.get(i));
        }
    }

    /**
     * A container below the top mutated in place (LIST_EXTEND, LIST_APPEND, SET_ADD, MAP_ADD, DICT_UPDATE
     * on a value that is not a display being built): it becomes a name, and the mutation a statement,
     * {@code name.method(args)} or, with no method, {@code name[key] = value}.
     */
    static void mutate(Lifter l, int depth, String method, Expr... args) {
        int at = l.stack.size() - depth;
        if (at < 0) {
            throw new LiftException("stack underflow");
        }
        if (!(l.stack.get(at) instanceof Expr x) || Env.isPlaceholder(x)) {
            throw new LiftException("mutation of " + l.stack.get(at));
        }
        if (!(x instanceof Expr.Name)) {
            l.env.dynamo.spillAt(l, at);
        }
        Expr name = (Expr) l.stack.get(at);
        if (method == null) {
            l.emit(new Stmt.Assign(new ArrayList<>(List.of(new Expr.Subscript(name, args[0]))), args[1]));
        } else {
            l.emit(new Stmt.ExprStmt(new Expr.Call(new Expr.Attribute(name, method), List.of(args), List.of())));
        }
    }

    // ---- what expressions and statements do ----

    /** A name (not a placeholder) or a constant: nothing to evaluate twice. */
    static boolean trivial(Expr e) {
        return e instanceof Expr.Constant || e instanceof Expr.Name;
    }

    /** True when evaluating {@code e} may have side effects: it calls, yields, awaits or assigns. */
    static boolean impure(Expr e) {
        Effects f = new Effects(null);
        f.expr(e);
        return f.impure;
    }

    /** True when a POP_TOP of {@code v} may drop it without printing it. */
    public static boolean droppable(Object v) {
        return v instanceof Expr e && !Env.isPlaceholder(e) && !impure(e);
    }

    /** What a statement or expression reads, writes and whether it calls (a walk over the IR records). */
    private static final class Effects {
        private final Map<Object, Long> created;
        final Set<String> read = new HashSet<>();
        final Set<String> written = new HashSet<>();
        boolean impure;
        /** The earliest push among the computed (not name, not constant) parts walked. */
        long first = Long.MAX_VALUE;

        Effects(Map<Object, Long> created) {
            this.created = created;
        }

        void statement(Stmt s) {
            switch (s) {
                case Stmt.Assign a -> {
                    a.targets().forEach(this::target);
                    expr(a.value());
                }
                case Stmt.AugAssign a -> {
                    target(a.target());
                    expr(a.target());
                    expr(a.value());
                }
                case Stmt.AnnAssign a -> {
                    target(a.target());
                    walk(a.annotation());
                    walk(a.value());
                }
                case Stmt.Delete d -> d.targets().forEach(this::target);
                default -> walk(s);
            }
        }

        private void target(Expr t) {
            switch (t) {
                case Expr.Name n -> written.add(n.id());
                case Expr.Tuple tu -> tu.elts().forEach(this::target);
                case Expr.ListExpr li -> li.elts().forEach(this::target);
                case Expr.Starred st -> target(st.value());
                case Expr.Attribute a -> {
                    expr(a.value());
                }
                case Expr.Subscript sub -> {
                    expr(sub.value());
                    expr(sub.index());
                }
                default -> expr(t);
            }
        }

        void expr(Expr e) {
            walk(e);
        }

        private void walk(Object o) {
            if (o == null) {
                return;
            }
            if (o instanceof List<?> list) {
                list.forEach(this::walk);
                return;
            }
            if (o instanceof Expr.Name n) {
                read.add(n.id());
                return;
            }
            if (created != null && o instanceof Expr && !(o instanceof Expr.Constant)) {
                Long s = created.get(o);
                if (s != null) {
                    first = Math.min(first, s);
                }
            }
            if (o instanceof Expr.Call || o instanceof Expr.Yield || o instanceof Expr.YieldFrom
                    || o instanceof Expr.Await || o instanceof Expr.NamedExpr) {
                impure = true;
            }
            if (o instanceof Expr.Lambda || o instanceof Expr.Constant) {
                return;
            }
            if (o instanceof Record r) {
                depyf.ir.Parts.of(r).forEach(this::walk);
            }
        }
    }
}
