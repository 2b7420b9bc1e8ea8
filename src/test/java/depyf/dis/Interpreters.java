package depyf.dis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Python interpreters on this machine, as {@link depyf.verify.Interpreters} finds them at run time:
 * pyenv's 3.7-3.13 (newest patch release of each) and the sid folder's 3.14 and 3.15.
 */
public final class Interpreters {
    private Interpreters() {}

    /** The command that runs Python X.Y, or empty when this machine has none. */
    public static Optional<List<String>> command(String version) {
        return depyf.verify.Interpreters.onThisMachine().command(version);
    }

    public static Map<String, List<String>> all() {
        return depyf.verify.Interpreters.onThisMachine().all();
    }

    /** Runs {@code python args...} and fails with its output when it does not exit 0. */
    static void run(List<String> python, List<String> args) throws IOException, InterruptedException {
        output(python, args);
    }

    /** Runs {@code python args...}: what it printed (stdout and stderr); fails when it does not exit 0. */
    static String output(List<String> python, List<String> args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(python);
        argv.addAll(args);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", argv) + " failed:\n" + output);
        }
        return output;
    }
}
