package depyf.pipeline;

import depyf.ir.Module;
import depyf.print.SourcePrinter;
import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decompiler's front door: a code object in, Python source out.
 *
 * <p>Functions that cannot be recovered come back as a commented disassembly followed by
 * {@code raise RuntimeError(...)}; each such function is listed in {@link Result#warnings()}.
 */
public final class Decompiler {
    private Decompiler() {}

    /**
     * The source of a module or function code object, and what could not be recovered.
     *
     * @param fellBack the code objects printed as their disassembly, by identity
     */
    public record Result(String source, List<String> warnings, Set<CodeObject> fellBack) {
        public Result(String source, List<String> warnings) {
            this(source, warnings, Set.of());
        }

        public boolean complete() {
            return warnings.isEmpty();
        }
    }

    /** The IR of a module's code object (or any code object, treated as a module body). */
    public static Module toModule(CodeObject code, List<String> warnings) {
        return toModule(new CodeDecompiler(warnings, Map.of()), code);
    }

    private static Module toModule(CodeDecompiler decompiler, CodeObject code) {
        List<depyf.ir.Stmt> body = decompiler.top(code);
        return new Module(body, decompiler.lineStarts(), decompiler.lineJoins());
    }

    /** Decompiles a module's code object (or any code object, treated as its body). */
    public static Result decompile(CodeObject code) {
        return decompile(code, Map.of());
    }

    /**
     * Decompiles {@code code} with the code objects in {@code withdrawn} (nested in it, by identity)
     * printed as their disassembly, each with its reason, as if they could not be recovered: what
     * {@code --verify} does to a function whose decompiled code it found to behave differently.
     */
    public static Result decompile(CodeObject code, Map<CodeObject, String> withdrawn) {
        List<String> warnings = new ArrayList<>();
        Map<CodeObject, String> byIdentity = new IdentityHashMap<>(withdrawn);
        CodeDecompiler decompiler = new CodeDecompiler(warnings, byIdentity);
        Module m = toModule(decompiler, code);
        String source = SourcePrinter.print(m, code.version(), warnings);
        Set<CodeObject> fellBack = Collections.newSetFromMap(new IdentityHashMap<>());
        fellBack.addAll(decompiler.fellBack());
        return new Result(source, List.copyOf(warnings), Collections.unmodifiableSet(fellBack));
    }
}
