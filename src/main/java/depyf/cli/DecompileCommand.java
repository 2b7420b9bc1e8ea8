package depyf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code depyf decompile}. (Being written.) */
@Command(name = "decompile", mixinStandardHelpOptions = true,
        description = "Decompile .pyc files back to Python source.")
final class DecompileCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.EXIT_BAD_INPUT;
    }
}
