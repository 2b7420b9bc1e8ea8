package depyf.pipeline;

import depyf.lift.Code;
import depyf.lift.Op;
import depyf.pyc.CodeObject;
import java.util.List;
import java.util.TreeSet;

/**
 * What a code object that fell back still tells the code around it. The compiler decides parts of the
 * enclosing code objects from this one's source: a variable it shares with an enclosing function makes
 * that function's variable a cell, {@code super()} or {@code __class__} makes the class create its
 * {@code __class__} cell, and (3.13+) every {@code self.X = ...} in a method, even unreachable, names X in
 * the class's {@code __static_attributes__}. The fallback body keeps these as unreachable statements after
 * its {@code raise}, so the enclosing code compiles back as it was.
 */
record FallbackKeeps(List<String> freeVariables, List<String> selfAttributes) {

    static FallbackKeeps of(CodeObject code, boolean classBody) {
        List<String> free = code.freevars().stream()
                .filter(n -> !(classBody && n.equals("__class__")))   // a class body's __class__ is not a name it loads
                .toList();
        TreeSet<String> attributes = new TreeSet<>();
        if (code.version().atLeast(3, 13) && !classBody) {
            selfAttributes(code, attributes);
        }
        return new FallbackKeeps(free, List.copyOf(attributes));
    }

    boolean isEmpty() {
        return freeVariables.isEmpty() && selfAttributes.isEmpty();
    }

    /**
     * Names stored as {@code self.X} (a plain store: STORE_ATTR right after loading a name {@code self}; an
     * augmented assignment swaps first and does not count) in this code object and the functions nested
     * in it, not in nested classes (their methods count for them).
     */
    private static void selfAttributes(CodeObject code, TreeSet<String> out) {
        List<Op> ops;
        try {
            ops = new Code(code).ops();
        } catch (RuntimeException e) {
            return;                            // undecodable: nothing to keep
        }
        for (int i = 1; i < ops.size(); i++) {
            if (ops.get(i).is("STORE_ATTR") && loadsSelf(ops.get(i - 1))) {
                out.add(ops.get(i).str());
            }
        }
        for (CodeObject nested : code.nestedCode()) {
            if (nested.hasFlag(CodeObject.CO_OPTIMIZED) || nested.hasFlag(CodeObject.CO_NEWLOCALS)) {
                selfAttributes(nested, out);
            }
        }
    }

    private static boolean loadsSelf(Op op) {
        if (op.argval() instanceof List<?> pair && op.name().startsWith("LOAD_FAST")) {
            return pair.size() == 2 && "self".equals(pair.get(1));              // LOAD_FAST_LOAD_FAST x, self
        }
        return op.name().startsWith("LOAD_") && !op.is("LOAD_ATTR") && !op.is("LOAD_CONST") && "self".equals(op.argval());
    }
}
