package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.ir.TypeParam;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * PEP 695 generics (3.12+). The compiler wraps a generic def, class or type alias in a hidden function
 * {@code <generic parameters of NAME>} that makes the type parameters (CALL_INTRINSIC_1 TYPEVAR,
 * PARAMSPEC, TYPEVARTUPLE; CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND / _WITH_CONSTRAINTS, SET_TYPEPARAM_DEFAULT
 * with lazily evaluated bounds and defaults in code objects of their own), stores each in a local of its
 * name, and then builds the function (SET_FUNCTION_TYPE_PARAMS), the class (its bases end with
 * {@code .generic_base = Generic[*.type_params]}) or the alias (INTRINSIC_TYPEALIAS of (name, params,
 * lazy value)); the outer code calls it at once, passing the function's defaults. This class runs that
 * hidden function symbolically and hands back a {@link Generic} or {@link Alias} placeholder value,
 * which {@link Definitions} turns into the statement.
 */
final class TypeParams {
    private TypeParams() {}

    private static final String PREFIX = "<generic parameters of ";

    /** One type parameter on the stack, as made by the intrinsics. */
    record Param(TypeParam param) {}

    /** The tuple of a definition's type parameters (BUILD_TUPLE of {@link Param}s). */
    record Params(List<TypeParam> params) {}

    /** A function object after SET_FUNCTION_TYPE_PARAMS. */
    record FunctionWithParams(Item.Function function, List<TypeParam> params) {}

    /** (name, params or None, lazy value) before INTRINSIC_TYPEALIAS inside generic parameters. */
    record AliasParts(Expr name, List<TypeParam> params, Object value) {}

    /** {@code Generic[*.type_params]}, the extra base of a generic class. */
    record GenericBase() {}

    /** A generic def or class: {@code inner} is an {@link Item.Function} or a {@link Calls.ClassInfo}. */
    record Generic(Object inner, List<TypeParam> params) {}

    /** A {@code type} statement's value before it is stored under its name. */
    record Alias(String name, List<TypeParam> params, Expr value) {}

    static boolean isGeneric(CodeObject code) {
        return code.name().startsWith(PREFIX) && code.name().endsWith(">");
    }

    // ---- intrinsics, wherever they run ----

    static void intrinsic1(Lifter l, int n) {
        switch (n) {
            case 7 -> l.push(new Param(new TypeParam.TypeVar(paramName(l.popExpr()), null, null)));
            case 8 -> l.push(new Param(new TypeParam.ParamSpec(paramName(l.popExpr()), null)));
            case 9 -> l.push(new Param(new TypeParam.TypeVarTuple(paramName(l.popExpr()), null)));
            case 10 -> {                                                            // SUBSCRIPT_GENERIC
                Expr e = l.popExpr();
                if (!(e instanceof Expr.Name nm && nm.id().equals(".type_params"))) {
                    throw new LiftException("Generic[] subscript of " + e);
                }
                l.push(l.env.placeholder(new GenericBase()));
            }
            case 11 -> l.push(l.env.placeholder(alias(l, l.pop())));                // TYPEALIAS
            default -> throw new LiftException("unknown intrinsic " + n);
        }
    }

    static void intrinsic2(Lifter l, int n) {
        switch (n) {
            case 2, 3 -> {                                                          // TYPEVAR_WITH_BOUND / _CONSTRAINTS
                Expr bound = lazyValue(l, l.pop(), "bound");
                String name = paramName(l.popExpr());
                if (n == 3 ? !(bound instanceof Expr.Tuple || isConstantTuple(bound))
                        : bound instanceof Expr.Tuple || isConstantTuple(bound)) {
                    throw new LiftException("type parameter bound and constraints mixed up");
                }
                if (isConstantTuple(bound)) {
                    List<Expr> items = new ArrayList<>();
                    for (PyObject o : ((PyObject.Tuple) ((Expr.Constant) bound).value()).items()) {
                        items.add(new Expr.Constant(o));
                    }
                    bound = new Expr.Tuple(items);
                }
                l.push(new Param(new TypeParam.TypeVar(name, bound, null)));
            }
            case 4 -> {                                                             // SET_FUNCTION_TYPE_PARAMS
                Object params = l.pop();
                Object f = l.pop();
                if (!(params instanceof Params ps) || !(f instanceof Item.Function fn)) {
                    throw new LiftException("SET_FUNCTION_TYPE_PARAMS of " + f + ", " + params);
                }
                l.push(new FunctionWithParams(fn, ps.params()));
            }
            case 5 -> {                                                             // SET_TYPEPARAM_DEFAULT
                Object evaluator = l.pop();
                Object p = l.pop();
                if (!(p instanceof Param param)) {
                    throw new LiftException("type parameter default of " + p);
                }
                boolean star = param.param() instanceof TypeParam.TypeVarTuple;
                Expr d = lazyValue(l, evaluator, star ? "starred default" : "default");
                l.push(new Param(switch (param.param()) {
                    case TypeParam.TypeVar t -> new TypeParam.TypeVar(t.name(), t.bound(), d);
                    case TypeParam.ParamSpec s -> new TypeParam.ParamSpec(s.name(), d);
                    case TypeParam.TypeVarTuple t -> new TypeParam.TypeVarTuple(t.name(), d);
                }));
            }
            default -> throw new LiftException("unknown intrinsic2 " + n);
        }
    }

    private static boolean isConstantTuple(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple;
    }

    private static String paramName(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof PyObject.Str s) {
            return s.value();
        }
        throw new LiftException("type parameter name is not a string");
    }

    /** The (name, params, value) tuple of INTRINSIC_TYPEALIAS. */
    private static Alias alias(Lifter l, Object v) {
        Expr nameExpr;
        List<TypeParam> params;
        Object value;
        if (v instanceof AliasParts a) {
            nameExpr = a.name();
            params = a.params();
            value = a.value();
        } else if (v instanceof Expr.Tuple t && t.elts().size() == 3 && Lifter.isNone(t.elts().get(1))) {
            nameExpr = t.elts().get(0);
            params = List.of();
            value = l.env.unwrap(t.elts().get(2));
        } else {
            throw new LiftException("INTRINSIC_TYPEALIAS of " + v);
        }
        return new Alias(paramName(nameExpr), params, lazyValue(l, value, "alias"));
    }

    /**
     * The expression of a lazily evaluated bound, constraint tuple, default or alias value: a function
     * whose body (after 3.14's {@code if .format > 2: raise NotImplementedError}) returns it.
     */
    private static Expr lazyValue(Lifter l, Object v, String what) {
        if (v instanceof Expr e && l.env.unwrap(e) instanceof Item.Function f) {
            v = f;
        }
        if (!(v instanceof Item.Function f)) {
            throw new LiftException("type parameter " + what + " is not a function");
        }
        if (f.kwDefaults() != null || f.annotations() != null || f.annotate() != null) {
            throw new LiftException("type parameter " + what + " function with extras");
        }
        CodeObject code = f.code();
        List<Stmt> body = new ArrayList<>(l.env.nested.body(code));
        if (!body.isEmpty() && body.get(0) instanceof Stmt.If i && l.env.atLeast(3, 14)
                && i.body().size() == 1 && i.body().get(0) instanceof Stmt.Raise && i.orelse().isEmpty()) {
            body.remove(0);
        }
        if (body.size() == 2 && body.get(0) instanceof Stmt.ExprStmt d && body.get(1) instanceof Stmt.Return r
                && d.value() instanceof Expr.Constant c && r.value() != null && r.value().equals(c)) {
            body.remove(0);                         // a string value taken for a docstring
        }
        Expr value = body.isEmpty() || body.size() == 1 && body.get(0) instanceof Stmt.Pass
                ? Lifter.none() : returned(body);
        if (value == null) {
            throw new LiftException("type parameter " + what + " is not one expression");
        }
        if (value instanceof Expr.Starred && !what.equals("starred default")) {
            throw new LiftException("starred type parameter " + what);
        }
        return value;
    }

    /** The expression a body returns on every path ({@code if c: return a} + {@code return b} is {@code a if c else b}); null if none. */
    private static Expr returned(List<Stmt> body) {
        if (body.isEmpty()) {
            return null;
        }
        Stmt first = body.get(0);
        if (body.size() == 1 && first instanceof Stmt.Return r) {
            return r.value() == null ? Lifter.none() : r.value();
        }
        if (first instanceof Stmt.If i) {
            Expr a = returned(i.body());
            Expr b = body.size() == 1 ? returned(i.orelse())
                    : i.orelse().isEmpty() ? returned(body.subList(1, body.size())) : null;
            return a == null || b == null ? null : new Expr.IfExp(i.test(), a, b);
        }
        return null;
    }

    // ---- the hidden function ----

    /** The call of a {@code <generic parameters of NAME>} function with {@code args} (the defaults). */
    static Expr generic(Lifter outer, Item.Function f, List<Object> args) {
        CodeObject co = f.code();
        if (args.size() != co.argCount()) {
            throw new LiftException("generic parameters called with " + args.size() + " arguments");
        }
        Env env = new Env(new Code(co), outer.env);
        Lifter l = new Lifter(env, new ArrayList<>(), new ArrayList<>());
        List<String> locals = co.varnames();
        Object genericBase = null;
        List<TypeParam> classParams = null;
        Object result = null;
        List<Op> ops = env.code.ops();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            env.work();
            switch (op.name()) {
                case "COPY_FREE_VARS", "MAKE_CELL", "NOP" -> { }
                case "COPY" -> {
                    if (op.arg() != 1 || !(l.peek(1) instanceof Param p) || i + 1 >= ops.size()
                            || !isStoreOf(ops.get(i + 1), p.param().name())) {
                        throw new LiftException("unexpected COPY in generic parameters");
                    }
                    i++;                                       // the parameter's own local: T = TypeVar('T')
                }
                case "LOAD_FAST", "LOAD_FAST_LOAD_FAST", "STORE_FAST", "STORE_DEREF", "STORE_FAST_LOAD_FAST" -> {
                    List<String> names = op.argval() instanceof List<?> two
                            ? two.stream().map(String.class::cast).toList() : List.of(op.str());
                    for (int k = 0; k < names.size(); k++) {
                        String n = names.get(k);
                        boolean store = op.name().startsWith("STORE") && k == 0;
                        if (store) {
                            Object top = l.pop();
                            if (n.equals(".generic_base") && top instanceof Expr e
                                    && env.unwrap(e) instanceof GenericBase && genericBase == null) {
                                genericBase = e;
                            } else if (n.equals(".type_params") && top instanceof Params ps && classParams == null) {
                                classParams = ps.params();
                            } else {
                                throw new LiftException("unexpected store in generic parameters: " + n);
                            }
                            continue;
                        }
                        int at = locals.indexOf(n);
                        if (at >= 0 && at < co.argCount()) {
                            l.push(args.get(at));
                        } else if (n.equals(".generic_base") && genericBase != null) {
                            l.push(genericBase);
                        } else {
                            l.push(new Expr.Name(n));
                        }
                    }
                }
                case "BUILD_TUPLE" -> buildTuple(l, op.arg());
                case "RETURN_VALUE" -> {
                    result = l.pop();
                    if (i != ops.size() - 1 || l.depth() != 0) {
                        throw new LiftException("generic parameters do not end in one return");
                    }
                }
                default -> Steps.step(l, op);
            }
        }
        if (!l.out.isEmpty()) {
            throw new LiftException("statements in generic parameters of " + co.name() + ": " + l.out);
        }
        final Object base = genericBase;
        final List<TypeParam> cps = classParams;
        Object made = result instanceof Expr e && env.unwrap(e) != null ? env.unwrap(e) : result;
        Object value = switch (made) {
            case FunctionWithParams fp -> new Generic(fp.function(), fp.params());
            case Alias a when !a.params().isEmpty() -> a;
            case Calls.ClassInfo c when cps != null && base != null -> {
                List<Expr> bases = new ArrayList<>(c.bases());
                if (bases.isEmpty() || bases.get(bases.size() - 1) != base) {
                    throw new LiftException("generic class without its generic base last");
                }
                bases.remove(bases.size() - 1);
                for (Expr b : bases) {
                    if (Env.isPlaceholder(b)) {
                        throw new LiftException("generic class base is a placeholder");
                    }
                }
                yield new Generic(new Calls.ClassInfo(c.code(), c.name(), bases, c.keywords()), cps);
            }
            case null, default -> throw new LiftException("generic parameters make " + made);
        };
        String expected = co.name().substring(PREFIX.length(), co.name().length() - 1);
        String made2 = value instanceof Alias a ? a.name() : value instanceof Generic g
                ? (g.inner() instanceof Item.Function fn ? fn.code().name() : ((Calls.ClassInfo) g.inner()).name()) : null;
        if (!expected.equals(made2)) {
            throw new LiftException("generic parameters of " + expected + " make " + made2);
        }
        return outer.env.placeholder(value);
    }

    private static boolean isStoreOf(Op op, String name) {
        return (op.is("STORE_FAST") || op.is("STORE_DEREF")) && op.str().equals(name);
    }

    private static void buildTuple(Lifter l, int n) {
        List<Object> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            items.add(l.peek(n - k));
        }
        boolean params = n > 0 && items.stream().allMatch(o -> o instanceof Param);
        if (params) {
            for (int k = 0; k < n; k++) {
                l.pop();
            }
            l.push(new Params(items.stream().map(o -> ((Param) o).param()).toList()));
        } else if (n == 3 && items.get(1) instanceof Params ps && items.get(0) instanceof Expr name) {
            for (int k = 0; k < n; k++) {
                l.pop();
            }
            l.push(new AliasParts(name, ps.params(), items.get(2)));
        } else if (items.stream().anyMatch(o -> o instanceof Param || o instanceof Params)) {
            throw new LiftException("tuple of type parameters mixed with values");
        } else {
            Steps.step(l, new Op(-1, -1, "BUILD_TUPLE", n, null, "", -1, -1));
        }
    }
}
