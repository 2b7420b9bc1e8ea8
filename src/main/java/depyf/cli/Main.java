package depyf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code depyf dis|decompile|serve ...}. */
@Command(name = "depyf", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Decompiles CPython 3.7-3.15 bytecode (.pyc files and code objects) back to Python source.",
        subcommands = {DisCommand.class, DecompileCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** Exit status for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a command (dis, decompile)");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("depyf: " + ex.getMessage());
            err.println("Try 'depyf --help' for more information.");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("depyf: internal error: " + ex);
            return 3;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/depyf/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"depyf " + p.getProperty("version", "unknown")
                    + " (reads CPython 3.7 to 3.15 bytecode)"};
        }
    }
}
