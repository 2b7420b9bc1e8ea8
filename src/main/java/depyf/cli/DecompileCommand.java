package depyf.cli;

import depyf.pipeline.Decompiler;
import depyf.pyc.BadInputException;
import depyf.pyc.CodeObject;
import depyf.pyc.PycFile;
import depyf.verify.Interpreters;
import depyf.verify.Verifier;
import depyf.verify.Withdrawals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depyf decompile FILE.pyc} prints the source; {@code --output-dir OUT PATH...} decompiles
 * many files (folders searched recursively) on all cores. With {@code --verify} each result is
 * recompiled by an interpreter of the file's version and compared code object by code object
 * ({@link Verifier}); what differs is reported on stderr, and code objects that behave differently
 * are withdrawn ({@link Withdrawals}). Exit 0: all decompiled (and verified);
 * 1: some function fell back to its disassembly, or differs, or could not be verified; 2: bad input
 * or usage.
 */
@Command(name = "decompile", mixinStandardHelpOptions = true,
        description = "Decompile .pyc files back to Python source.")
final class DecompileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pyc files, or folders holding them")
    List<Path> paths;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUT",
            description = "write each result under OUT (relative to the folder given), .py for .pyc")
    Path outputDir;

    @Option(names = "--verify", description = "recompile the result with a Python of the file's version (pyenv's, or "
            + "the sid folder's) and compare every code object; differences are reported on stderr, and code "
            + "that behaves differently is withdrawn: printed as its disassembly")
    boolean verify;

    @Option(names = "--verify-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long one recompilation may take (default: ${DEFAULT-VALUE})")
    int verifyTimeout;

    /** Found once per run, when --verify is given. */
    private Interpreters interpreters;

    /** Files verified and code objects compared, for the closing line of --output-dir runs. */
    private final AtomicInteger verifiedFiles = new AtomicInteger();
    private final AtomicLong codeObjects = new AtomicLong();
    private final AtomicLong identical = new AtomicLong();

    @Spec
    CommandSpec spec;

    /** One input and where its result goes. */
    record Job(Path input, Path output) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (verify) {
            if (verifyTimeout <= 0) {
                err.println("depyf: decompile: --verify-timeout must be a positive number of seconds");
                return Main.EXIT_BAD_INPUT;
            }
            interpreters = Interpreters.onThisMachine();
        }
        if (outputDir == null) {
            if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
                err.println("depyf: decompile: several files or a folder need --output-dir OUT");
                return Main.EXIT_BAD_INPUT;
            }
            return single(paths.get(0), out, err);
        }
        List<Job> jobs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".pyc") && Files.isRegularFile(f)).sorted().forEach(f ->
                            jobs.add(new Job(f, outputDir.resolve(p.relativize(f).toString().replaceAll("\\.pyc$", ".py")))));
                }
            } else if (Files.exists(p)) {
                jobs.add(new Job(p, outputDir.resolve(p.getFileName().toString().replaceAll("\\.pyc$", "") + ".py")));
            } else {
                err.println("depyf: " + p + ": no such file");
                return Main.EXIT_BAD_INPUT;
            }
        }
        for (Job j : jobs) {
            if (Files.exists(j.output()) && Files.isSameFile(j.output(), j.input())) {
                err.println("depyf: " + j.input() + ": refusing to write over an input");
                return Main.EXIT_BAD_INPUT;
            }
        }
        return many(jobs, err);
    }

    private int single(Path file, PrintWriter out, PrintWriter err) {
        try {
            PycFile pyc = PycFile.read(file);
            Decompiled d = decompile(pyc);
            out.print(d.result().source());
            out.flush();
            for (String w : d.result().warnings()) {
                err.println("depyf: " + file + ": could not decompile " + w);
            }
            if (d.report() != null) {
                d.report().lines(file.toString(), d.withdrawn()).forEach(err::println);
            }
            return d.status();
        } catch (BadInputException e) {
            err.println("depyf: " + file + ": " + e.describe());
        } catch (NoSuchFileException e) {
            err.println("depyf: " + file + ": no such file");
        } catch (IOException e) {
            err.println("depyf: " + file + ": cannot read: " + e.getMessage());
        }
        return Main.EXIT_BAD_INPUT;
    }

    private int many(List<Job> jobs, PrintWriter err) throws InterruptedException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "decompile", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        boolean tty = System.console() != null;
        List<Future<Integer>> results = new ArrayList<>();
        for (Job j : jobs) {
            results.add(pool.submit(() -> {
                int status = one(j, err);
                int n = done.incrementAndGet();
                if (tty) {
                    synchronized (err) {
                        err.print("\r" + n + "/" + jobs.size());
                        err.flush();
                    }
                }
                return status;
            }));
        }
        int worst = 0;
        int failed = 0;
        int partial = 0;
        for (Future<Integer> f : results) {
            int s;
            try {
                s = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                s = Main.EXIT_BAD_INPUT;
            }
            worst = Math.max(worst, s);
            failed += s == Main.EXIT_BAD_INPUT ? 1 : 0;
            partial += s == 1 ? 1 : 0;
        }
        pool.shutdown();
        if (tty) {
            err.print("\r");
        }
        err.println("depyf: " + jobs.size() + " files: " + (jobs.size() - failed - partial) + " complete, "
                + partial + (verify ? " with functions that fell back, differ or could not be verified, "
                        : " with functions that fell back, ") + failed + " unreadable");
        if (verify) {
            err.println("depyf: verified " + verifiedFiles.get() + " of " + jobs.size() + " files: " + identical.get()
                    + "/" + codeObjects.get() + " code objects identical");
        }
        err.flush();
        return worst;
    }

    /**
     * One file's decompilation and, with --verify, its round trip.
     *
     * @param report null without --verify
     * @param withdrawn the code objects the round trip showed to behave differently, printed as their
     *     disassembly in {@code result} (by identity)
     */
    record Decompiled(Decompiler.Result result, Verifier.Report report, Map<CodeObject, String> withdrawn) {
        /** 0 when everything decompiled (and verified identical), else 1. */
        int status() {
            return result.complete() && (report == null || report.ok()) ? 0 : 1;
        }
    }

    /**
     * Decompiles one file; with --verify, recompiles and compares the result, and decompiles it again
     * with the code objects that behave differently withdrawn ({@link Withdrawals}), so that no code
     * the round trip proved wrong is printed.
     */
    private Decompiled decompile(PycFile pyc) {
        Decompiler.Result r = Decompiler.decompile(pyc.code());
        if (!verify) {
            return new Decompiled(r, null, Map.of());
        }
        Verifier.Report report = Verifier.verify(pyc.code(), r.source(), interpreters, Duration.ofSeconds(verifyTimeout));
        if (report.problem() == null) {
            verifiedFiles.incrementAndGet();
            codeObjects.addAndGet(report.verdicts().size());
            identical.addAndGet(report.identical());
        }
        Map<CodeObject, String> withdrawn = Withdrawals.of(report, r.fellBack());
        if (!withdrawn.isEmpty()) {
            r = Decompiler.decompile(pyc.code(), withdrawn);
        }
        return new Decompiled(r, report, withdrawn);
    }

    private int one(Job j, PrintWriter err) {
        try {
            PycFile pyc = PycFile.read(j.input());
            Decompiled d = decompile(pyc);
            Decompiler.Result r = d.result();
            Files.createDirectories(j.output().toAbsolutePath().getParent());
            Files.writeString(j.output(), r.source());
            List<String> lines = new ArrayList<>();
            if (!r.complete()) {
                lines.add("depyf: " + j.input() + ": " + r.warnings().size() + " function(s) fell back: "
                        + r.warnings().get(0));
            }
            if (d.report() != null) {
                lines.addAll(d.report().lines(j.input().toString(), d.withdrawn()));
            }
            int status = d.status();
            if (!lines.isEmpty()) {
                synchronized (err) {
                    lines.forEach(err::println);
                }
            }
            return status;
        } catch (BadInputException e) {
            synchronized (err) {
                err.println("depyf: " + j.input() + ": " + e.describe());
            }
        } catch (IOException e) {
            synchronized (err) {
                err.println("depyf: " + j.input() + ": " + e.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            synchronized (err) {
                err.println("depyf: " + j.input() + ": internal error: " + e);
            }
        }
        return Main.EXIT_BAD_INPUT;
    }
}
