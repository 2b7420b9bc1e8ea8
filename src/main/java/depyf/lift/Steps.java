package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Operator;
import depyf.ir.Stmt;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/** The effect of each straight-line instruction on the symbolic stack. */
public final class Steps {
    private Steps() {}

    /** Executes {@code op}; throws LiftException for control flow and unknown instructions. */
    public static void step(Lifter l, Op op) {
        l.env.work();
        l.read(op.index());
        switch (op.name()) {
            case "NOP", "TO_BOOL", "PRECALL", "COPY_FREE_VARS", "MAKE_CELL", "SETUP_ANNOTATIONS", "CACHE",
                 "EXTENDED_ARG", "RESUME", "NOT_TAKEN", "INTERPRETER_EXIT",
                 "ASYNC_GEN_WRAP" -> { }         // (3.11: wraps the value an async generator yields)
            case "POP_TOP" -> l.popStatement();
            case "PUSH_NULL" -> l.push(Item.Null.INSTANCE);
            case "COPY" -> {
                if (l.env.dynamo != null) {
                    l.env.dynamo.beforeCopy(l, op.arg());
                }
                l.push(l.peek(op.arg()));
            }
            case "SWAP" -> {
                if (!TupleAssign.atSwap(l, op)) {
                    swap(l, op.arg());
                }
            }
            case "LOAD_CONST" -> l.push(l.env.dynamo != null ? Dynamo.constant(l, op) : Lifter.constant((PyObject) op.argval()));
            case "RETURN_CONST" -> l.emit(returned(l, op, op.index(), Lifter.constant((PyObject) op.argval())));
            case "LOAD_SMALL_INT" -> l.push(Lifter.constant(PyObject.Int.of(op.arg())));
            case "LOAD_FAST", "LOAD_DEREF", "LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_NAME" ->
                    l.push(l.env.dynamo != null ? Dynamo.load(l, op) : lineStart(l, op, name(op)));
            case "LOAD_FAST_LOAD_FAST" -> {
                List<?> names = (List<?>) op.argval();
                l.push(new Expr.Name((String) names.get(0)));
                l.push(new Expr.Name((String) names.get(1)));
            }
            case "LOAD_FAST_AND_CLEAR" -> l.push(new Item.Saved(op.str()));
            case "LOAD_GLOBAL" -> {
                boolean nullBit = l.env.atLeast(3, 11) && (op.arg() & 1) != 0;
                if (nullBit) {
                    l.pushNullAndCallable(name(op));
                } else {
                    l.push(name(op));
                }
            }
            case "LOAD_FROM_DICT_OR_DEREF", "LOAD_FROM_DICT_OR_GLOBALS" -> {
                l.pop();
                l.push(name(op));
            }
            case "LOAD_LOCALS" -> l.push(new Expr.Name("\u0000locals"));
            case "LOAD_ASSERTION_ERROR" -> l.push(l.env.placeholder(ASSERTION_ERROR));
            case "LOAD_COMMON_CONSTANT" -> l.push(commonConstant(l, op));
            case "LOAD_BUILD_CLASS" -> l.push(Item.BuildClass.INSTANCE);
            case "LOAD_ATTR" -> {
                Expr obj = l.popExpr();
                Expr attr = new Expr.Attribute(obj, op.str());
                if (l.env.atLeast(3, 12) && (op.arg() & 1) != 0) {
                    l.pushNullAndCallable(attr);
                } else {
                    l.push(attr);
                }
            }
            case "LOAD_METHOD" -> l.pushNullAndCallable(new Expr.Attribute(l.popExpr(), op.str()));
            case "LOAD_SUPER_ATTR" -> loadSuperAttr(l, op);
            case "LOAD_SPECIAL" -> WithEntries.loadSpecial(l, op);
            case "STORE_FAST" -> {
                TupleAssign.atReorderedStores(l, op, 1);
                l.store(name(op));
            }
            case "STORE_DEREF", "STORE_NAME", "STORE_GLOBAL" -> l.store(name(op));
            case "STORE_FAST_LOAD_FAST" -> {
                List<?> names = (List<?>) op.argval();
                l.store(new Expr.Name((String) names.get(0)));
                Expr load = new Expr.Name((String) names.get(1));
                if (l.env.atLeast(3, 14)) {
                    l.env.nested.lineJoins().add(load);   // paired: on the store's line, even in the next statement
                }
                l.push(load);
            }
            case "STORE_FAST_STORE_FAST" -> {
                TupleAssign.atReorderedStores(l, op, 2);
                List<?> names = (List<?>) op.argval();
                l.store(new Expr.Name((String) names.get(0)));
                l.store(new Expr.Name((String) names.get(1)));
            }
            case "STORE_ATTR" -> {
                Expr obj = l.popExpr();
                l.store(new Expr.Attribute(obj, op.str()));
            }
            case "STORE_SUBSCR" -> {
                Expr index = l.popExpr();
                Expr container = l.popExpr();
                if (container instanceof Expr.Name n && n.id().equals("__annotations__")
                        && index instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
                    Annotations.store(l, s.value());
                } else {
                    l.store(new Expr.Subscript(container, index));
                }
            }
            case "STORE_SLICE" -> {
                Expr stop = l.popExpr();
                Expr start = l.popExpr();
                Expr container = l.popExpr();
                l.store(new Expr.Subscript(container, slice(start, stop, null)));
            }
            case "DELETE_FAST", "DELETE_NAME", "DELETE_GLOBAL", "DELETE_DEREF" ->
                    l.emit(new Stmt.Delete(List.of(name(op))));
            case "DELETE_ATTR" -> l.emit(new Stmt.Delete(List.of(new Expr.Attribute(l.popExpr(), op.str()))));
            case "DELETE_SUBSCR" -> {
                Expr index = l.popExpr();
                Expr container = l.popExpr();
                l.emit(new Stmt.Delete(List.of(new Expr.Subscript(container, index))));
            }
            case "UNPACK_SEQUENCE" -> {
                if (l.env.dynamo != null) {
                    Dynamo.unpack(l, op.arg(), 0, false);
                } else {
                    Slot.unpack(l, l.pop(), op.arg(), 0, false, op.index());
                }
            }
            case "UNPACK_EX" -> {
                if (l.env.dynamo != null) {
                    Dynamo.unpack(l, op.arg() & 0xff, op.arg() >> 8, true);
                } else {
                    Slot.unpack(l, l.pop(), op.arg() & 0xff, op.arg() >> 8, true);
                }
            }
            case "BINARY_OP" -> binaryOp(l, op.arg());
            case "BINARY_SUBSCR" -> {
                Expr index = l.popExpr();
                l.push(new Expr.Subscript(l.popExpr(), index));
            }
            case "BINARY_SLICE" -> {
                Expr stop = l.popExpr();
                Expr start = l.popExpr();
                l.push(new Expr.Subscript(l.popExpr(), slice(start, stop, null)));
            }
            case "BUILD_SLICE" -> {
                Expr step = op.arg() == 3 ? l.popExpr() : null;
                Expr stop = l.popExpr();
                Expr start = l.popExpr();
                l.push(slice(start, stop, step));
            }
            case "UNARY_NEGATIVE" -> l.push(new Expr.UnaryOp(Operator.Unary.USUB, l.popExpr()));
            case "UNARY_POSITIVE" -> l.push(new Expr.UnaryOp(Operator.Unary.UADD, l.popExpr()));
            case "UNARY_INVERT" -> l.push(new Expr.UnaryOp(Operator.Unary.INVERT, l.popExpr()));
            case "UNARY_NOT" -> l.push(Conditions.not(l.popExpr()));
            case "COMPARE_OP" -> compare(l, Operators.compare(op));
            case "IS_OP" -> compare(l, op.arg() == 1 ? Operator.Compare.IS_NOT : Operator.Compare.IS);
            case "CONTAINS_OP" -> compare(l, op.arg() == 1 ? Operator.Compare.NOT_IN : Operator.Compare.IN);
            case "CALL_INTRINSIC_1" -> Intrinsics.one(l, op.arg());
            case "CALL_INTRINSIC_2" -> Intrinsics.two(l, op.arg());
            case "GET_ITER" -> l.push(new Item.Iterator(l.popExpr(), false));
            case "GET_AITER" -> l.push(new Item.Iterator(l.popExpr(), true));
            case "GET_YIELD_FROM_ITER" -> { }
            case "RETURN_VALUE" -> l.emit(returned(l, op, op.index() - 1, l.popExpr()));
            case "YIELD_VALUE" -> l.push(new Expr.Yield(yielded(l.popExpr())));
            case "RAISE_VARARGS" -> raise(l, op.arg());
            case "PRINT_EXPR" -> l.emit(new Stmt.ExprStmt(l.popExpr()));
            case "IMPORT_NAME" -> Imports.importName(l, op);
            case "IMPORT_FROM" -> Imports.importFrom(l, op);
            case "IMPORT_STAR" -> Imports.importStar(l);
            case "KW_NAMES" -> l.kwNames = (PyObject.Tuple) op.argval();
            case "CALL" -> Calls.call(l, op.arg(), null);
            case "CALL_KW" -> {
                Expr names = l.popExpr();
                Calls.call(l, op.arg(), (PyObject.Tuple) ((Expr.Constant) names).value());
            }
            case "CALL_FUNCTION_EX" -> Calls.callEx(l, op.arg());
            case "MAKE_FUNCTION" -> Functions.make(l, op.arg());
            case "SET_FUNCTION_ATTRIBUTE" -> Functions.setAttribute(l, op.arg());
            case "BEFORE_WITH" -> WithEntries.beforeWith(l, false);
            case "BEFORE_ASYNC_WITH" -> WithEntries.beforeWith(l, true);
            default -> {
                if (!Collections.step(l, op) && !Strings.step(l, op)) {
                    throw new LiftException("unsupported instruction " + op.name());
                }
            }
        }
    }

    static Expr name(Op op) {
        return new Expr.Name(op.str());
    }

    /** The STORE_FAST at k stores what a with item's __enter__ returned (3.14: {@code with a as x, b}). */
    private static boolean enteredAs(Code code, int k) {
        return k >= 2 && code.op(k).is("STORE_FAST") && code.op(k - 1).is("CALL") && code.op(k - 2).is("LOAD_SPECIAL");
    }

    /**
     * {@code e}, recorded as starting a new line when it is a local's load that 3.14 would have paired with
     * the local's load just before it into LOAD_FAST_LOAD_FAST (borrowed only as a pair) had the source not
     * put them on different lines.
     */
    private static Expr lineStart(Lifter l, Op op, Expr e) {
        Code code = l.env.code;
        int k = op.index();
        if (l.env.atLeast(3, 14) && op.is("LOAD_FAST") && k > 0 && (code.op(k - 1).is("LOAD_FAST") || enteredAs(code, k - 1))
                && !code.isJumpTarget(k) && op.arg() < 16 && code.op(k - 1).arg() < 16
                && op.line() >= 0 && code.op(k - 1).line() >= 0 && op.line() != code.op(k - 1).line()) {
            l.env.nested.lineStarts().add(e);
        }
        return e;
    }

    static Expr slice(Expr start, Expr stop, Expr step) {
        return new Expr.Slice(Lifter.isNone(start) ? null : start, Lifter.isNone(stop) ? null : stop,
                step == null || Lifter.isNone(step) ? null : step);
    }

    private static Expr yielded(Expr v) {
        return Lifter.isNone(v) ? null : v;
    }

    private static void swap(Lifter l, int n) {
        List<Object> s = l.stack;
        int top = s.size() - 1;
        int other = s.size() - n;
        if (other < 0) {
            throw new LiftException("stack underflow");
        }
        Object t = s.get(top);
        s.set(top, s.get(other));
        s.set(other, t);
    }

    /** The AssertionError an assert statement raises (LOAD_ASSERTION_ERROR, LOAD_COMMON_CONSTANT). */
    public static final Item.Opaque ASSERTION_ERROR = new Item.Opaque("AssertionError of an assert");

    private static Expr commonConstant(Lifter l, Op op) {
        String r = op.argrepr();
        if (r.equals("AssertionError")) {
            return l.env.placeholder(ASSERTION_ERROR);
        }
        return switch (r) {
            case "AssertionError", "NotImplementedError", "tuple", "all", "any", "list", "set" -> new Expr.Name(r);
            default -> throw new LiftException("unknown common constant " + r);
        };
    }

    private static void loadSuperAttr(Lifter l, Op op) {
        Expr self = l.popExpr();
        Expr cls = l.popExpr();
        Expr superName = l.popExpr();
        boolean twoArgs = (op.arg() & 2) != 0;
        Expr call = new Expr.Call(superName, twoArgs ? List.of(cls, self) : List.of(), List.of());
        Expr attr = new Expr.Attribute(call, op.str());
        if ((op.arg() & 1) != 0) {
            l.pushNullAndCallable(attr);
        } else {
            l.push(attr);
        }
    }

    private static void binaryOp(Lifter l, int arg) {
        if (arg == 26) {
            Expr index = l.popExpr();
            l.push(new Expr.Subscript(l.popExpr(), index));
            return;
        }
        Operator.Binary op = Operators.binary(arg % 13);
        Expr right = l.popExpr();
        Expr left = l.popExpr();
        if (arg >= 13) {
            l.push(new Item.InPlace(left, op, right));
        } else {
            l.push(new Expr.BinOp(left, op, right));
        }
    }

    private static void compare(Lifter l, Operator.Compare op) {
        Expr right = l.popExpr();
        Expr left = l.popExpr();
        l.push(new Expr.Compare(left, new ArrayList<>(List.of(op)), new ArrayList<>(List.of(right))));
    }

    private static void raise(Lifter l, int n) {
        Expr cause = n == 2 ? l.popExpr() : null;
        Expr exc = n >= 1 ? l.popExpr() : null;
        Stmt.Assert failed = cause == null ? failedAssert(l.env, exc) : null;
        l.emit(failed != null ? failed : new Stmt.Raise(exc, cause));
    }

    /**
     * The raise of an assert's own AssertionError, its test folded away or jumped over: {@code assert False,
     * msg} (an enclosing {@code if not test:} makes it {@code assert test, msg}: {@code Branches.assertion}).
     */
    private static Stmt.Assert failedAssert(Env env, Expr exc) {
        Expr no = new Expr.Constant(PyObject.Bool.FALSE);
        if (env.unwrap(exc) == ASSERTION_ERROR) {
            return new Stmt.Assert(no, null);
        }
        if (exc instanceof Expr.Call c && env.unwrap(c.func()) == ASSERTION_ERROR && c.args().size() == 1
                && c.keywords().isEmpty()) {
            return new Stmt.Assert(no, c.args().get(0));
        }
        return null;
    }

    /** True for the {@code assert False[, msg]} of {@link #failedAssert}. */
    public static boolean isFailedAssert(Stmt s) {
        return s instanceof Stmt.Assert a && a.test() instanceof Expr.Constant k && PyObject.Bool.FALSE.equals(k.value());
    }

    static CodeObject codeOf(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof CodeObject co ? co : null;
    }

    /**
     * The return of v by the block starting at {@code start}, ending at {@code ret}; a {@code return None}
     * the source wrote is marked, and the line of every return is kept ({@code Env.returnLines}).
     */
    private static Stmt.Return returned(Lifter l, Op ret, int start, Expr v) {
        Stmt.Return r = new Stmt.Return(v);
        if (ret.line() >= 0) {
            l.env.returnLines.put(r, ret.line());
        }
        if (v instanceof Expr.Constant c && c.value() instanceof PyObject.None && start >= 0
                && (l.env.code.op(start).is("RETURN_CONST") || l.env.code.op(start).is("LOAD_CONST"))
                && l.env.code.isWrittenReturn(start)) {
            l.env.explicitReturns.add(r);
        }
        return r;
    }
}
