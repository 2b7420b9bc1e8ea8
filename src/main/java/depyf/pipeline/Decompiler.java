package depyf.pipeline;

import depyf.ir.Module;
import depyf.print.SourcePrinter;
import depyf.pyc.CodeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The decompiler's front door: a code object in, Python source out.
 *
 * <p>Functions that cannot be recovered come back as a commented disassembly followed by
 * {@code raise RuntimeError(...)}; each such function is listed in {@link Result#warnings()}.
 */
public final class Decompiler {
    private Decompiler() {}

    /** The source of a module or function code object, and what could not be recovered. */
    public record Result(String source, List<String> warnings) {
        public boolean complete() {
            return warnings.isEmpty();
        }
    }

    /** The IR of a module's code object (or any code object, treated as a module body). */
    public static Module toModule(CodeObject code, List<String> warnings) {
        CodeDecompiler decompiler = new CodeDecompiler(warnings);
        List<depyf.ir.Stmt> body = decompiler.top(code);
        return new Module(body, decompiler.lineStarts(), decompiler.lineJoins());
    }

    /** Decompiles a module's code object (or any code object, treated as its body). */
    public static Result decompile(CodeObject code) {
        List<String> warnings = new ArrayList<>();
        Module m = toModule(code, warnings);
        String source = SourcePrinter.print(m, code.version(), warnings);
        return new Result(source, List.copyOf(warnings));
    }
}
