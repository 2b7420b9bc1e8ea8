package depyf.print;

import depyf.ir.Module;
import depyf.pyc.PythonVersion;

/** Prints the IR as Python source for one version. (Being written.) */
public final class SourcePrinter {
    private SourcePrinter() {}

    public static String print(Module module, PythonVersion version) {
        throw new UnsupportedOperationException("not written yet");
    }
}
