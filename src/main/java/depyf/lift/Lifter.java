package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Symbolic execution of straight-line bytecode: a stack of expressions and {@link Item}s in, statements
 * out. Control flow (jumps, loops, handlers) is the structurer's business; it forks lifters per branch.
 */
public final class Lifter {
    public final Env env;
    final List<Object> stack;
    public List<Stmt> out;
    /**
     * In an except clause: how many statements were out when its POP_EXCEPT ran; -1 not yet, -2 when a
     * return's value was already computed (SWAP 2 before it), so nothing after it is copied code.
     */
    public int popExceptAt = -1;
    /**
     * This lifter walks an except clause itself (not a branch inside it): the statements after its
     * POP_EXCEPT are the clause's to place ({@code Tries}); a fork for a branch is not one.
     */
    public boolean exceptClause;
    /** The instruction index of the POP_EXCEPT {@link #popExceptAt} counts at, or -1. */
    public int popExceptOp = -1;
    /** KW_NAMES (3.11, 3.12): the keyword names of the next CALL. */
    PyObject.Tuple kwNames;
    /** The from-import statement being filled by IMPORT_FROM + STORE pairs, and its module. */
    Stmt.ImportFrom openFrom;
    Item.Module openModule;

    public Lifter(Env env, List<Object> stack, List<Stmt> out) {
        this.env = env;
        this.stack = stack;
        this.out = out;
        env.lifters.add(this);
    }

    /** The instructions this lifter stepped. */
    private final java.util.BitSet read = new java.util.BitSet();

    /** Records that instruction i was read by this lifter (see {@link Env#stepped}). */
    public void read(int i) {
        env.read(i);
        if (i >= 0) {
            read.set(i);
        }
    }

    /** Adds the instructions this lifter stepped to {@code into}. */
    public void addReadTo(java.util.BitSet into) {
        into.or(read);
    }

    /** True when this lifter stepped no instruction. */
    public boolean readNothing() {
        return read.isEmpty();
    }

    /** A lifter with a copy of this one's stack writing to a fresh statement list. */
    public Lifter fork() {
        Lifter f = new Lifter(env, new ArrayList<>(stack), new ArrayList<>());
        f.unwinding = unwinding;
        f.deadBlockAt = deadBlockAt;
        return f;
    }

    /**
     * Where a dead {@code if False: pass} was last emitted for (3.14, see Borrows.pastDeadBlock), so that
     * statements in the same straight run, or walked again from there (a try body, a loop), do not emit
     * another.
     */
    public int deadBlockAt = -1;

    /**
     * Set while lifting the unwinding that follows a return's value (finally copies, __exit__ calls): its
     * statements are dropped, and the value waiting on the stack is meant to be used after them.
     */
    public boolean unwinding;

    // ---- stack ----

    public int depth() {
        return stack.size();
    }

    public List<Object> stack() {
        return stack;
    }

    /** True when every statement emitted is the assignment of a value still on the stack (a walrus to be). */
    public boolean onlyPendingStores() {
        return out.stream().allMatch(s -> stack.stream().anyMatch(v -> v instanceof Item.Stored st && st.statement == s));
    }

    public void push(Object v) {
        if (env.dynamo != null) {
            env.dynamo.pushed(v);
        }
        stack.add(v);
    }

    public Object pop() {
        if (stack.isEmpty()) {
            throw new LiftException("stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    public Object peek(int n) {
        if (stack.size() < n) {
            throw new LiftException("stack underflow");
        }
        return stack.get(stack.size() - n);
    }

    /** Pops a value used as an operand: stored values become walrus expressions here. */
    public Expr popExpr() {
        return asExpr(pop());
    }

    public Expr asExpr(Object v) {
        if (v instanceof Expr e) {
            return e;
        }
        if (v instanceof Item.Stored s) {
            retract(s);
            Expr value = s.value;
            for (int i = s.targets.size() - 1; i >= 0; i--) {
                value = new Expr.NamedExpr(s.targets.get(i), value);
            }
            return value;
        }
        if (v instanceof Item.Function f) {
            return Functions.isLambda(f.code()) ? Functions.lambda(this, f) : env.placeholder(f);
        }
        if (v instanceof Item.Entered en) {
            return env.placeholder(en);
        }
        if (v instanceof Slot s && s.unpacked != null && s.sink.filled == 0) {
            return new Expr.Starred(s.unpacked);       // *args: *Ts, *Ts = *tuple[int] (PEP 646)
        }
        if (v instanceof Item.Imported || v instanceof Item.Module) {
            throw new LiftException("import used as a value");
        }
        throw new LiftException("not a value: " + v);
    }

    private void retract(Item.Stored s) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) == s.statement) {
                out.remove(i);
                return;
            }
        }
        throw new LiftException("walrus whose assignment left its block");
    }

    List<Expr> popExprs(int n) {
        Expr[] items = new Expr[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = popExpr();
        }
        return new ArrayList<>(List.of(items));
    }

    public void emit(Stmt s) {
        if (env.dynamo != null) {
            s = env.dynamo.beforeEmit(this, s);
        }
        out.add(s);
    }

    // ---- stores ----

    /** Stores the top of the stack into {@code target}. */
    public void store(Expr target) {
        Object v = pop();
        if (v instanceof Item.Saved) {
            return;                          // restoring a local saved around an inlined comprehension
        }
        if (v instanceof Slot slot) {
            slot.fill(this, target);
            return;
        }
        if (v instanceof Item.Stored s) {
            s.targets.add(target);
            Stmt.Assign chained = new Stmt.Assign(new ArrayList<>(s.targets), s.value);
            replace(s.statement, chained);
            s.statement = chained;
            if (stackHolds(s)) {
                return;
            }
            return;
        }
        if (v instanceof Item.InPlace ip) {
            emit(new Stmt.AugAssign(ip.target(), ip.op(), ip.value()));
            return;
        }
        if (v instanceof Item.Module || v instanceof Item.Imported) {
            if (Imports.store(this, v, target)) {
                return;
            }
            throw new LiftException("unsupported import form");
        }
        if (v instanceof Item.Function f && !Functions.isLambda(f.code())) {
            v = env.placeholder(f);
        }
        if (v instanceof Expr e && Definitions.store(this, e, target)) {
            return;
        }
        Expr value = asExpr(v);
        Stmt.Assign assign = new Stmt.Assign(new ArrayList<>(List.of(target)), value);
        int at = indexOfIdentical(value);
        if (at < 0 && env.dynamo == null && !unwinding && !isNone(value)) {   // None: the except-name cleanup
            refuseStaleRead(target);
        }
        emit(assign);
        if (at >= 0 && !(env.dynamo != null && Dynamo.trivial(value))) {
            stack.set(at, new Item.Stored(value, target, assign));
        }
    }

    /**
     * Values still on the stack were computed before this assignment; printed after it, they would be
     * evaluated after it. The forms the compiler makes this way are lifted elsewhere (tuple assignments,
     * walrus, chained assignment); for anything else, a pending value other than a constant, or a name
     * the assignment does not rebind, is refused rather than printed in the wrong order.
     */
    private void refuseStaleRead(Expr target) {
        for (Object o : stack) {
            boolean container = target instanceof Expr.Subscript sub && sub.value() == o;   // 3.14 __annotate__'s dict
            if (o instanceof Expr e && !(e instanceof Expr.Constant) && !Env.isPlaceholder(e) && !container
                    && !(e instanceof Expr.Name n && !target.equals(n))) {
                throw new LiftException("a value computed before the assignment to "
                        + (target instanceof Expr.Name n ? n.id() : "a target") + " is used after it");
            }
        }
    }

    private boolean stackHolds(Object o) {
        return indexOfIdentical(o) >= 0;
    }

    private int indexOfIdentical(Object o) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    void replace(Stmt old, Stmt with) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) == old) {
                out.set(i, with);
                return;
            }
        }
        throw new LiftException("chained assignment across blocks");
    }

    /** Pops a value that a statement consumes (POP_TOP): an expression statement, or nothing for bookkeeping. */
    public void popStatement() {
        Object v = pop();
        switch (v) {
            case Item.Stored s -> { }
            case Item.Module m -> Imports.finishFrom(this, m);
            case Item.Imported i when isNone(i.module().fromList()) -> { }   // a step of import a.b.c as d
            case Item.Null n -> { }
            case Item.Saved s -> { }
            case Item.Entered en -> { }
            case Item.Iterator it -> { }
            case Expr e -> {
                if (env.dynamo != null && Dynamo.droppable(e)) {
                    return;
                }
                Object p = env.unwrap(e);
                if (p instanceof Item.Entered) {
                    return;
                }
                emit(new Stmt.ExprStmt(e));
            }
            case Item.Function f -> emit(new Stmt.ExprStmt(asExpr(f)));
            case Slot slot when env.atLeast(3, 13) && slot.sink.starIndex != slot.index && !slot.sink.single
                    && peek(1) instanceof Slot next && next.sink == slot.sink && next.index == slot.index + 1 ->
                    slot.sink.deadStores.add(slot.index);
            default -> throw new LiftException("POP_TOP of " + v);
        }
    }

    // ---- expressions helpers ----

    /** The constant a LOAD_CONST pushes, as an expression. */
    public static Expr constantExpr(Op op) {
        if (op.is("LOAD_SMALL_INT")) {
            return constant(PyObject.Int.of(op.arg()));     // 3.14: the constant is the argument
        }
        return op.argval() instanceof PyObject p ? constant(p) : null;
    }

    static Expr constant(PyObject value) {
        if (value instanceof PyObject.Slice s) {
            // 3.14 folds a constant subscript slice (a[1:2], a[:]) into one constant
            return new Expr.Slice(sliceBound(s.start()), sliceBound(s.stop()), sliceBound(s.step()));
        }
        return new Expr.Constant(value);
    }

    private static Expr sliceBound(PyObject o) {
        return o instanceof PyObject.None ? null : new Expr.Constant(o);
    }

    static Expr none() {
        return new Expr.Constant(PyObject.None.INSTANCE);
    }

    static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof PyObject.None;
    }

    Expr binary(Operator.Binary op) {
        Expr right = popExpr();
        Expr left = popExpr();
        return new Expr.BinOp(left, op, right);
    }

    void pushNullAndCallable(Expr callable) {
        if (env.atLeast(3, 14)) {
            push(callable);
            push(Item.Null.INSTANCE);
        } else {
            push(Item.Null.INSTANCE);
            push(callable);
        }
    }

    /** True when {@code e} is (or wraps) the given placeholder kind. */
    boolean isEntered(Object v) {
        return v instanceof Expr e && env.unwrap(e) instanceof Item.Entered;
    }

    static <T> IdentityHashMap<T, Boolean> identitySet() {
        return new IdentityHashMap<>();
    }
}
