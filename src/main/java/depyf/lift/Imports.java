package depyf.lift;

import depyf.ir.Expr;
import depyf.ir.Stmt;
import depyf.pyc.PyObject;
import java.util.ArrayList;
import java.util.List;

/** import statements: IMPORT_NAME, IMPORT_FROM, IMPORT_STAR and the stores that follow them. */
final class Imports {
    private Imports() {}

    static void importName(Lifter l, Op op) {
        Expr fromList = l.popExpr();
        Expr level = l.popExpr();
        int lv = ((PyObject.Int) ((Expr.Constant) level).value()).value().intValue();
        l.push(new Item.Module(op.str(), lv, fromList));
    }

    static void importFrom(Lifter l, Op op) {
        Object top = l.peek(1);
        if (top instanceof Item.Imported prev && Lifter.isNone(prev.module().fromList())) {
            // import a.b.c as d: each IMPORT_FROM after the first takes the next attribute of the one before
            l.push(new Item.Imported(prev.module(), prev.name() + "." + op.str()));
            return;
        }
        if (!(top instanceof Item.Module m)) {
            throw new LiftException("IMPORT_FROM of " + top);
        }
        l.push(new Item.Imported(m, op.str()));
    }

    static void importStar(Lifter l) {
        Object v = l.pop();
        if (!(v instanceof Item.Module m)) {
            throw new LiftException("import * of " + v);
        }
        l.emit(new Stmt.ImportFrom(m.name().isEmpty() ? null : m.name(),
                List.of(new Stmt.Alias("*", null)), m.level()));
    }

    /** A store whose value came from an import: returns true when it became (part of) an import statement. */
    static boolean store(Lifter l, Object value, Expr target) {
        if (!(target instanceof Expr.Name n)) {
            return false;
        }
        String name = n.id();
        if (value instanceof Item.Module m) {
            if (Lifter.isNone(m.fromList()) || m.fromList() == null) {
                String top = m.name().contains(".") ? m.name().substring(0, m.name().indexOf('.')) : m.name();
                l.emit(new Stmt.Import(List.of(new Stmt.Alias(m.name(), name.equals(top) ? null : name))));
                return true;
            }
            return false;
        }
        if (value instanceof Item.Imported imp) {
            Item.Module m = imp.module();
            if (Lifter.isNone(m.fromList())) {
                // import a.b.c as d: IMPORT_NAME a.b.c, IMPORT_FROM b (SWAP 2, POP_TOP, IMPORT_FROM c ...), the
                // last attribute stored; the POP_TOP after the store drops what is below it
                int dot = m.name().indexOf('.');
                if (m.level() != 0 || dot < 0 || !m.name().substring(dot + 1).equals(imp.name())) {
                    return false;
                }
                l.emit(new Stmt.Import(List.of(new Stmt.Alias(m.name(), name))));
                return true;
            }
            Stmt.Alias alias = new Stmt.Alias(imp.name(), imp.name().equals(name) ? null : name);
            Stmt last = l.out.isEmpty() ? null : l.out.get(l.out.size() - 1);
            if (last instanceof Stmt.ImportFrom f && f.level() == m.level() && pending(l, m, f)) {
                List<Stmt.Alias> names = new ArrayList<>(f.names());
                names.add(alias);
                Stmt.ImportFrom merged = new Stmt.ImportFrom(f.module(), names, f.level());
                l.out.set(l.out.size() - 1, merged);
                l.openFrom = merged;
            } else {
                Stmt.ImportFrom first = new Stmt.ImportFrom(m.name().isEmpty() ? null : m.name(),
                        new ArrayList<>(List.of(alias)), m.level());
                l.emit(first);
                l.openFrom = first;
                l.openModule = m;
            }
            return true;
        }
        return false;
    }

    private static boolean pending(Lifter l, Item.Module m, Stmt.ImportFrom f) {
        return l.openFrom == f && l.openModule == m;
    }

    /** POP_TOP of the module after its IMPORT_FROMs: the from-import is complete. */
    static void finishFrom(Lifter l, Item.Module m) {
        l.openFrom = null;
        l.openModule = null;
    }
}
