package depyf.lift;

import depyf.pyc.CodeObject;

/**
 * Private name mangling undone: inside class {@code _Printer} the compiler stores {@code __setup} as
 * {@code _Printer__setup}. Printing the short form is always safe, since compiling it mangles it back.
 */
public final class Mangling {
    private Mangling() {}

    /**
     * The class whose name mangles the names of this code object: a class body's own name, else the
     * innermost class around the function in its qualified name; null at module level or before 3.11
     * (no qualified names).
     */
    public static String privateClass(CodeObject code) {
        String q = code.qualname();
        if (q == null || q.equals("<module>") || !code.version().atLeast(3, 11)) {
            return null;
        }
        String[] parts = q.split("\\.");
        boolean classBody = !code.hasFlag(CodeObject.CO_OPTIMIZED) && !code.hasFlag(CodeObject.CO_NEWLOCALS);
        if (classBody) {
            return parts[parts.length - 1];
        }
        int i = parts.length - 2;
        while (i >= 0) {
            if (parts[i].equals("<locals>")) {
                i -= 2;
            } else {
                return parts[i];
            }
        }
        return null;
    }

    /** {@code name} with the class's mangling removed, or unchanged when it is not a mangled private name. */
    public static String unmangle(String cls, String name) {
        if (cls == null || name == null) {
            return name;
        }
        int k = 0;
        while (k < cls.length() && cls.charAt(k) == '_') {
            k++;
        }
        if (k == cls.length()) {
            return name;
        }
        String prefix = "_" + cls.substring(k) + "__";
        if (name.startsWith(prefix) && name.length() > prefix.length() && !name.endsWith("__")
                && name.indexOf('.') < 0) {
            return "__" + name.substring(prefix.length());
        }
        return name;
    }
}
