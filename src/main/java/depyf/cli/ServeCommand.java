package depyf.cli;

import depyf.serve.ServeLoop;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code depyf serve}: the long-lived process behind the Python package. Speaks the binary framing of
 * {@link depyf.serve.Protocol} on stdin/stdout until stdin ends; diagnostics go to stderr.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, hidden = true,
        description = "Answer decompilation requests from the Python package on stdin/stdout (binary frames).")
final class ServeCommand implements Callable<Integer> {
    /** Stack for the serving thread: deep expressions recurse deeply in the decompiler. */
    private static final long STACK_BYTES = 512L << 20;

    @Override
    public Integer call() throws Exception {
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream log = System.err;
        // Nothing else may write to stdout: it carries the frames.
        System.setOut(log);
        String version = new Main.Version().getVersion()[0];
        ServeLoop loop = ServeLoop.standard(version);
        int[] status = {0};
        Thread worker = new Thread(null, () -> status[0] = loop.run(stdin, stdout, log), "depyf-serve", STACK_BYTES);
        worker.start();
        worker.join();
        return status[0];
    }
}
