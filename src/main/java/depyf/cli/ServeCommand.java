package depyf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code depyf serve}: the long-lived process behind the Python package. (Being written.) */
@Command(name = "serve", mixinStandardHelpOptions = true, hidden = true,
        description = "Answer decompilation requests from the Python package on stdin/stdout.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.EXIT_BAD_INPUT;
    }
}
