package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/** Displays (tuples, lists, sets, dicts), their unpacking forms, and comprehension accumulators. */
public final class Collections {
    private Collections() {}

    /** An element added to a comprehension's accumulator (LIST_APPEND / SET_ADD / MAP_ADD inside a loop). */
    public record Append(Expr accumulator, Expr key, Expr value) {}

    static boolean step(Lifter l, Op op) {
        switch (op.name()) {
            case "BUILD_TUPLE" -> l.push(new Expr.Tuple(l.popExprs(op.arg())));
            case "BUILD_LIST" -> l.push(new Expr.ListExpr(l.popExprs(op.arg())));
            case "BUILD_SET" -> l.push(new Expr.SetExpr(l.popExprs(op.arg())));
            case "BUILD_MAP" -> {
                List<Expr> items = l.popExprs(2 * op.arg());
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                for (int i = 0; i < items.size(); i += 2) {
                    keys.add(items.get(i));
                    values.add(items.get(i + 1));
                }
                l.push(new Expr.Dict(keys, values));
            }
            case "BUILD_CONST_KEY_MAP" -> {
                Expr keyTuple = l.popExpr();
                List<Expr> values = l.popExprs(op.arg());
                List<Expr> keys = new ArrayList<>();
                for (PyObject k : ((PyObject.Tuple) ((Expr.Constant) keyTuple).value()).items()) {
                    keys.add(new Expr.Constant(k));
                }
                l.push(new Expr.Dict(keys, values));
            }
            case "LIST_APPEND", "SET_ADD" -> add(l, op.arg(), null, l.popExpr());
            case "MAP_ADD" -> {
                Expr value = l.popExpr();
                Expr key = l.popExpr();
                add(l, op.arg(), key, value);
            }
            case "LIST_EXTEND", "SET_UPDATE" -> extend(l, op.arg(), op.is("SET_UPDATE") ? "update" : "extend");
            case "DICT_UPDATE", "DICT_MERGE" -> {
                Expr more = l.popExpr();
                if (l.env.dynamo != null && !(l.peek(op.arg()) instanceof Expr.Dict)) {
                    Dynamo.mutate(l, op.arg(), "update", more);
                    return true;
                }
                Expr.Dict d = (Expr.Dict) l.peek(op.arg());
                List<Expr> keys = new ArrayList<>(d.keys());
                List<Expr> values = new ArrayList<>(d.values());
                if (more instanceof Expr.Dict inner && !inner.keys().contains(null) && op.is("DICT_UPDATE")
                        && keys.isEmpty()) {
                    keys.addAll(inner.keys());
                    values.addAll(inner.values());
                } else {
                    keys.add(null);
                    values.add(more);
                }
                replaceAt(l, op.arg(), new Expr.Dict(keys, values));
            }
            case "LIST_TO_TUPLE" -> listToTuple(l);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void add(Lifter l, int depth, Expr key, Expr value) {
        // after popping the operands, the container is depth items down
        Object target = l.peek(depth);
        if (depth == 1 && key == null && target instanceof Expr.Name n && n.id().equals("__conditional_annotations__")) {
            // 3.14 module: the annotated statement just run; kept as a marker for the annotations
            l.emit(new Stmt.ExprStmt(new Expr.Call(new Expr.Attribute(n, "add"), List.of(value), List.of())));
            replaceAt(l, 1, Item.Null.INSTANCE);
            return;
        }
        if (depth == 1 && target instanceof Expr.ListExpr list) {
            List<Expr> elts = new ArrayList<>(list.elts());
            elts.add(value);
            replaceAt(l, 1, new Expr.ListExpr(elts));
            return;
        }
        if (depth == 1 && target instanceof Expr.SetExpr set) {
            List<Expr> elts = new ArrayList<>(set.elts());
            elts.add(value);
            replaceAt(l, 1, new Expr.SetExpr(elts));
            return;
        }
        if (depth == 1 && key != null && target instanceof Expr.Dict dict) {
            // a display too long to build on the stack: BUILD_MAP 0 then one MAP_ADD per item
            List<Expr> keys = new ArrayList<>(dict.keys());
            List<Expr> values = new ArrayList<>(dict.values());
            keys.add(key);
            values.add(value);
            replaceAt(l, 1, new Expr.Dict(keys, values));
            return;
        }
        if (l.env.dynamo != null) {
            if (key != null) {
                Dynamo.mutate(l, depth, null, key, value);
            } else {
                Dynamo.mutate(l, depth, target instanceof Expr.SetExpr ? "add" : "append", value);
            }
            return;
        }
        if (!(target instanceof Expr acc)) {
            throw new LiftException("append to " + target);
        }
        l.emit(new Stmt.ExprStmt(l.env.placeholder(new Append(acc, key, value))));
    }

    private static void extend(Lifter l, int depth, String method) {
        Expr more = l.popExpr();
        Object target = l.peek(depth);
        List<Expr> elts = new ArrayList<>();
        boolean list = target instanceof Expr.ListExpr;
        if (target instanceof Expr.ListExpr le) {
            elts.addAll(le.elts());
        } else if (target instanceof Expr.SetExpr se) {
            elts.addAll(se.elts());
        } else if (l.env.dynamo != null) {
            Dynamo.mutate(l, depth, method, more);
            return;
        } else {
            throw new LiftException("extend of " + target);
        }
        if (elts.isEmpty() && more instanceof Expr.Constant c && c.value() instanceof PyObject.Tuple t) {
            for (PyObject o : t.items()) {
                elts.add(new Expr.Constant(o));
            }
        } else if (elts.isEmpty() && more instanceof Expr.Constant c && c.value() instanceof PyObject.FrozenSet fs) {
            for (PyObject o : fs.items()) {
                elts.add(new Expr.Constant(o));
            }
        } else {
            elts.add(new Expr.Starred(more));
        }
        replaceAt(l, depth, list ? new Expr.ListExpr(elts) : new Expr.SetExpr(elts));
    }

    static void listToTuple(Lifter l) {
        Object v = l.pop();
        if (v instanceof Expr.ListExpr le) {
            l.push(new Expr.Tuple(le.elts()));
        } else if (l.env.dynamo != null && v instanceof Expr e) {
            l.push(new Expr.Call(new Expr.Name("tuple"), List.of(e), List.of()));
        } else {
            throw new LiftException("LIST_TO_TUPLE of " + v);
        }
    }

    private static void replaceAt(Lifter l, int depth, Object v) {
        l.stack.set(l.stack.size() - depth, v);
    }
}
