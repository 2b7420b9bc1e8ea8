package depyf.verify;

import depyf.pyc.BadInputException;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PycFile;
import depyf.pyc.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The round trip of one decompiled module: recompile its source with an interpreter of the
 * original's version, read the code object back with our own marshal reader and compare every code
 * object with {@link CodeComparator}. One interpreter process per module, with a timeout.
 */
public final class Verifier {
    private Verifier() {}

    /** The default time one interpreter process may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Compiles a file given as argv[1] (compile()'s filename argv[2]) and writes "OK major minor\n" and
     * the marshalled code object, or "SyntaxError\nLINE\nMESSAGE" or "Error\n0\nMESSAGE", to stdout.
     * Runs on 3.7 and later.
     */
    static final String COMPILE = String.join("\n",
            "import marshal, sys",
            "with open(sys.argv[1], 'rb') as f:",
            "    src = f.read()",
            "out = sys.stdout.buffer",
            "try:",
            "    code = compile(src, sys.argv[2], 'exec', dont_inherit=True)",
            "except SyntaxError as e:",
            "    out.write(('SyntaxError\\n%s\\n%s' % (e.lineno or 0, e.msg)).encode('utf-8', 'backslashreplace'))",
            "except Exception as e:",
            "    out.write(('Error\\n0\\n%s: %s' % (type(e).__name__, e)).encode('utf-8', 'backslashreplace'))",
            "else:",
            "    out.write(b'OK %d %d\\n' % tuple(sys.version_info[:2]) + marshal.dumps(code))",
            "out.flush()",
            "");

    /**
     * What verifying one module found: the verdicts per code object, or why there are none.
     *
     * @param problem null when the comparison ran; else one line saying why it could not
     */
    public record Report(PythonVersion version, List<CodeComparator.Verdict> verdicts, String problem) {
        /** Every code object identical. */
        public boolean ok() {
            return problem == null && verdicts.stream().allMatch(CodeComparator.Verdict::matches);
        }

        public long identical() {
            return verdicts.stream().filter(CodeComparator.Verdict::matches).count();
        }

        /** The lines to print for {@code file}: one per differing code object and a summary, or the problem. */
        public List<String> lines(String file) {
            return lines(file, java.util.Map.of());
        }

        /** {@link #lines(String)}, saying of each code object in {@code withdrawn} (by identity) that it was withdrawn. */
        public List<String> lines(String file, java.util.Map<CodeObject, String> withdrawn) {
            List<String> out = new ArrayList<>();
            if (problem != null) {
                out.add("depyf: " + file + ": not verified: " + problem);
                return out;
            }
            int layoutOnly = 0;
            for (CodeComparator.Verdict v : verdicts) {
                if (!v.matches()) {
                    String behaviour = v.behaviourDifference();
                    layoutOnly += behaviour == null ? 1 : 0;
                    out.add("depyf: " + file + ": differs: " + displayName(v.qualname(), version) + " (line " + v.firstLine()
                            + "): " + v.difference() + (behaviour == null ? "; same behaviour, other layout"
                            : "; behaves differently: " + behaviour)
                            + (withdrawn.containsKey(v.original()) ? "; withdrawn: printed as its disassembly" : ""));
                }
            }
            long differing = verdicts.size() - identical();
            out.add("depyf: " + file + ": verified: " + identical() + "/" + verdicts.size()
                    + " code objects identical" + (differing == 0 ? "" : ", " + layoutOnly + " of the "
                    + differing + " others with the same behaviour")
                    + (withdrawn.isEmpty() ? "" : ", " + withdrawn.size() + " withdrawn"));
            return out;
        }
    }

    /** "/&lt;module&gt;/C/C.f" -> "C.f" (co_qualname, 3.11+); before 3.11 "/&lt;module&gt;/C/f" -> "C.f". */
    static String displayName(String path, PythonVersion version) {
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("/")));
        parts.removeIf(String::isEmpty);
        if (parts.size() <= 1) {
            return parts.isEmpty() ? path : parts.get(0);
        }
        return version.atLeast(3, 11) ? parts.get(parts.size() - 1) : String.join(".", parts.subList(1, parts.size()));
    }

    /** Verifies {@code source}, decompiled from {@code original}, with an interpreter from {@code interpreters}. */
    public static Report verify(CodeObject original, String source, Interpreters interpreters, Duration timeout) {
        PythonVersion version = original.version();
        Optional<List<String>> python = interpreters.command(version);
        if (python.isEmpty()) {
            return new Report(version, List.of(), "no Python " + version + " interpreter found (looked in "
                    + Interpreters.searched() + ")");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("depyf-verify-", ".py");
            Files.writeString(tmp, source, StandardCharsets.UTF_8);
            byte[] out = run(python.get(), tmp, original.filename(), timeout);
            return read(original, out);
        } catch (IOException e) {
            return new Report(version, List.of(), "could not run Python " + version + ": " + e.getMessage());
        } catch (TimeoutException e) {
            return new Report(version, List.of(), "Python " + version + " did not finish compiling within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(version, List.of(), "interrupted");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static Report read(CodeObject original, byte[] out) {
        PythonVersion version = original.version();
        int nl = indexOf(out, (byte) '\n');
        String head = new String(out, 0, nl < 0 ? out.length : nl, StandardCharsets.UTF_8);
        if (head.equals("SyntaxError") || head.equals("Error")) {
            String[] rest = new String(out, nl + 1, out.length - nl - 1, StandardCharsets.UTF_8).split("\n", 2);
            String message = rest.length > 1 ? rest[1].replace('\n', ' ') : "";
            String where = rest[0].equals("0") ? "" : " at line " + rest[0];
            return new Report(version, List.of(), "the decompiled source does not compile with Python " + version
                    + ": " + (head.equals("SyntaxError") ? "SyntaxError: " : "") + message + where);
        }
        if (!head.startsWith("OK ")) {
            return new Report(version, List.of(), "unexpected answer from Python " + version + ": "
                    + (head.length() > 200 ? head.substring(0, 200) + "..." : head));
        }
        PythonVersion ran = PythonVersion.parse(head.substring(3).replace(' ', '.'));
        if (!ran.equals(version)) {
            return new Report(version, List.of(), "the interpreter found for " + version + " is Python " + ran);
        }
        CodeObject recompiled;
        try {
            PyObject top = PycFile.parseCode(Arrays.copyOfRange(out, nl + 1, out.length), version);
            recompiled = (CodeObject) top;
        } catch (BadInputException e) {
            return new Report(version, List.of(), "cannot read the recompiled code object: " + e.describe());
        }
        try {
            return new Report(version, CodeComparator.compare(original, recompiled), null);
        } catch (RuntimeException e) {
            return new Report(version, List.of(), "cannot compare the code objects: " + e);
        }
    }

    /** Runs the compile snippet; stdout's bytes, or an IOException carrying stderr's last line. */
    private static byte[] run(List<String> python, Path file, String filename, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        List<String> argv = new ArrayList<>(python);
        argv.addAll(List.of("-c", COMPILE, file.toString(), filename));
        Process p = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        FutureTask<byte[]> stdout = new FutureTask<>(() -> drain(p.getInputStream()));
        FutureTask<byte[]> stderr = new FutureTask<>(() -> drain(p.getErrorStream()));
        Thread.ofVirtual().name("verify-stdout").start(stdout);
        Thread.ofVirtual().name("verify-stderr").start(stderr);
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutException();
            }
            byte[] out = stdout.get(10, TimeUnit.SECONDS);
            byte[] err = stderr.get(10, TimeUnit.SECONDS);
            if (p.exitValue() != 0) {
                List<String> lines = new String(err, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
                throw new IOException("exit status " + p.exitValue()
                        + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1)));
            }
            return out;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
