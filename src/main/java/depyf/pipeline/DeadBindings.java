package depyf.pipeline;

import depyf.lift.Code;
import depyf.lift.Op;
import depyf.pyc.CodeObject;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Local variables that only dead code binds. A try protecting nothing ({@code try: pass / except E as e:
 * v += 3}) keeps its handler, which nothing reaches; left unread, the assignment in it goes, and with it
 * the only binding that made {@code v} local: the output would read a global {@code v} where the original
 * reads the (unbound) local. Such a function cannot be printed without its dead code.
 */
final class DeadBindings {
    private DeadBindings() {}

    /**
     * A local variable that the code read ({@code read}: live code, and dead code read as an orphaned try's
     * handler) loads and only unread code binds (never a parameter), or null.
     */
    static String boundOnlyInUnreadCode(Code layout, CodeObject code, BitSet read) {
        Set<String> liveStores = new HashSet<>();
        Set<String> liveLoads = new HashSet<>();
        Set<String> deadStores = new HashSet<>();
        for (int i = 0; i < layout.size(); i++) {
            Op op = layout.op(i);
            List<String> names = fastNames(op);
            for (int k = 0; k < names.size(); k++) {
                boolean store = op.name().startsWith("STORE_FAST") && (k == 0 || op.is("STORE_FAST_STORE_FAST"))
                        || op.is("DELETE_FAST");
                boolean load = op.name().startsWith("LOAD_FAST") || op.is("STORE_FAST_LOAD_FAST") && k == 1;
                if (store) {
                    (read.get(i) ? liveStores : deadStores).add(names.get(k));
                } else if (load && read.get(i)) {
                    liveLoads.add(names.get(k));
                }
            }
        }
        Set<String> parameters = new HashSet<>(code.localsPlusNames().subList(0, Math.min(parameterCount(code),
                code.localsPlusNames().size())));
        for (String name : deadStores) {
            if (liveLoads.contains(name) && !liveStores.contains(name) && !parameters.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private static int parameterCount(CodeObject code) {
        return code.argCount() + code.kwOnlyArgCount() + (code.hasFlag(CodeObject.CO_VARARGS) ? 1 : 0)
                + (code.hasFlag(CodeObject.CO_VARKEYWORDS) ? 1 : 0);
    }

    /** The fast locals an instruction names: one, two (3.13+ paired forms) or none. */
    @SuppressWarnings("unchecked")
    private static List<String> fastNames(Op op) {
        if (!op.name().contains("_FAST")) {
            return List.of();
        }
        if (op.argval() instanceof List<?> pair) {
            return (List<String>) pair;
        }
        return op.argval() instanceof String s ? List.of(s) : List.of();
    }
}
