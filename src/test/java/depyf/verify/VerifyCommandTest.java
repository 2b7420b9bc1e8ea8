package depyf.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.cli.Main;
import depyf.pipeline.Decompiler;
import depyf.pyc.CodeObject;
import depyf.pyc.PycFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code depyf decompile --verify}: a file that round-trips exactly, one that cannot (bytecode no
 * compiler emits), and the ways verification cannot run (no interpreter, a source that does not
 * compile, an interpreter that hangs or answers nonsense). The interpreter lookup is pointed at a
 * fake pyenv root through the system properties {@link Interpreters} reads.
 */
class VerifyCommandTest {
    /** What a run of the command line printed and returned. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run depyf(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs {@code body} with the interpreter lookup pointed at {@code pyenvRoot} and an empty sid folder. */
    static <T> T withRoots(Path pyenvRoot, Path sidDir, Callable<T> body) throws Exception {
        String oldRoot = System.getProperty("depyf.pyenv.root");
        String oldSid = System.getProperty("depyf.sid.dir");
        System.setProperty("depyf.pyenv.root", pyenvRoot.toString());
        System.setProperty("depyf.sid.dir", sidDir.toString());
        try {
            return body.call();
        } finally {
            restore("depyf.pyenv.root", oldRoot);
            restore("depyf.sid.dir", oldSid);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** A real interpreter the decompiler supports (3.11-3.14), the best-supported first; skips when none. */
    static Map.Entry<String, List<String>> python() {
        Map<String, List<String>> all = Interpreters.onThisMachine().all();
        for (String v : List.of("3.12", "3.13", "3.11", "3.14")) {
            if (all.containsKey(v)) {
                return Map.entry(v, all.get(v));
            }
        }
        Assumptions.assumeTrue(false, "no Python 3.11-3.14 on this machine");
        return null;
    }

    static void runPython(List<String> python, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(python);
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", argv) + ":\n" + output);
    }

    static Path compileSource(List<String> python, Path dir, String name, String source) throws Exception {
        Path src = dir.resolve(name + ".py");
        Files.writeString(src, source);
        Path pyc = dir.resolve(name + ".pyc");
        runPython(python, "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                src.toString(), pyc.toString());
        return pyc;
    }

    static Path mutated(List<String> python, Path dir, String... mode) throws Exception {
        Path script = dir.resolve("mutate.py");
        try (InputStream in = VerifyCommandTest.class.getResourceAsStream("mutate.py")) {
            assertNotNull(in, "mutate.py resource");
            Files.write(script, in.readAllBytes());
        }
        Path pyc = dir.resolve("mutated.pyc");
        List<String> args = new ArrayList<>(List.of(script.toString(), pyc.toString()));
        args.addAll(List.of(mode));
        runPython(python, args.toArray(String[]::new));
        return pyc;
    }

    static final String SIMPLE = "def add(a, b):\n    return a + b\n\n\ndef twice(f, x=1):\n    return f(f(x))\n\n\n"
            + "print(twice(lambda y: add(y, 2)))\n";

    @Test
    void aFileThatRoundTripsVerifiesAndExitsZero(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        Path pyc = compileSource(py, dir, "simple", SIMPLE);
        Run r = depyf("decompile", "--verify", pyc.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("depyf: " + pyc + ": verified: 4/4 code objects identical"), r.errLines());
        assertTrue(r.out().contains("def add(a, b):"), r.out());
    }

    /**
     * The compiler (3.11) keeps the constant of a function defined in code it drops as unreachable (this else
     * after a body that always returns); the decompiled code cannot hold it, and the live function of the same name
     * must still be paired with its own counterpart, not reported missing and withdrawn.
     */
    private static final String DEAD_TWIN = """
            def f(x):
                try:
                    def g():
                        return 1
                    return g()
                except ValueError:
                    pass
                else:
                    def g():
                        return 2
                    g()
                def g():
                    return x
                return g()
            """;

    @Test
    void aFunctionDefinedInDeadCodeIsNotJudged(@TempDir Path dir) throws Exception {
        List<String> py = Interpreters.onThisMachine().all().get("3.11");   // (3.12+ drop the dead constant)
        Assumptions.assumeTrue(py != null, "no Python 3.11 on this machine");
        Path pyc = compileSource(py, dir, "twin", DEAD_TWIN);
        Run r = depyf("decompile", "--verify", pyc.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("depyf: " + pyc + ": verified: 4/4 code objects identical"), r.errLines());
        assertTrue(r.out().contains("return x"), r.out());
    }

    @Test
    void aDifferingFunctionIsNamedAndExitsOne(@TempDir Path dir) throws Exception {
        Map.Entry<String, List<String>> py = python();
        Assumptions.assumeFalse(py.getKey().equals("3.11"), "the same-behaviour mutation needs LOAD_FAST_CHECK (3.12+)");
        Path pyc = mutated(py.getValue(), dir);
        Run r = depyf("decompile", "--verify", pyc.toString());
        assertEquals(1, r.status(), r.err());
        List<String> lines = r.errLines();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("depyf: " + pyc + ": differs: f (line 1): instruction 1: expected "
                + "LOAD_FAST_CHECK x, got LOAD_FAST"), lines.get(0));
        assertTrue(lines.get(1).startsWith("depyf: " + pyc + ": verified: 1/2 code objects identical, "), lines.get(1));
        // LOAD_FAST_CHECK and LOAD_FAST run the same: kept as decompiled
        assertTrue(lines.get(0).endsWith("; same behaviour, other layout"), lines.get(0));
        assertTrue(r.out().contains("def f(x):\n    return x\n"), r.out());
    }

    @Test
    void aFunctionThatBehavesDifferentlyIsWithdrawn(@TempDir Path dir) throws Exception {
        Map.Entry<String, List<String>> py = python();
        Path pyc = mutated(py.getValue(), dir, "flags");
        Run r = depyf("decompile", "--verify", pyc.toString());
        assertEquals(1, r.status(), r.err());
        List<String> lines = r.errLines();
        assertEquals(3, lines.size(), r.err());
        assertEquals("depyf: " + pyc + ": could not decompile f (line 1): withdrawn by --verify: recompiled, the "
                + "decompiled code behaves differently (signature or flags differ)", lines.get(0));
        assertTrue(lines.get(1).startsWith("depyf: " + pyc + ": differs: f (line 1): signature or flags: "), lines.get(1));
        assertTrue(lines.get(1).endsWith("; behaves differently: signature or flags differ; withdrawn: printed as its "
                + "disassembly"), lines.get(1));
        assertEquals("depyf: " + pyc + ": verified: 1/2 code objects identical, 0 of the 1 others with the same "
                + "behaviour, 1 withdrawn", lines.get(2));
        // f's body is its disassembly and a raise; the rest of the module is kept
        assertTrue(r.out().contains("# depyf: could not decompile f: withdrawn by --verify"), r.out());
        assertTrue(r.out().contains("raise RuntimeError(") && !r.out().contains("    return x"), r.out());
        assertTrue(r.out().contains("print(f(1))"), r.out());

        Path out = dir.resolve("out");
        r = depyf("decompile", "--verify", "-o", out.toString(), pyc.toString());
        assertEquals(1, r.status(), r.err());
        String written = Files.readString(out.resolve("mutated.py"));
        assertTrue(written.contains("# depyf: could not decompile f: withdrawn by --verify") && written.contains("print(f(1))"),
                written);
    }

    /** A module of two functions compiled by {@code python}, and a source as if the decompiler had misread it. */
    static final String TWO = "def f(a):\n    if a:\n        return 1\n    return 2\n\n\ndef g(a):\n    return a\n";

    static CodeObject nested(CodeObject code, String name) {
        return code.nestedCode().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void withdrawalsTakeBackOnlyWhatTheRoundTripCanJudge(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        CodeObject code = PycFile.read(compileSource(py, dir, "two", TWO)).code();
        CodeObject f = nested(code, "f");
        Verifier.Report report = Verifier.verify(code, TWO.replace("if a:", "if not a:"), Interpreters.onThisMachine(),
                Duration.ofSeconds(60));
        Map<CodeObject, String> withdrawn = Withdrawals.of(report, Set.of());
        assertEquals(Set.of("f"), names(withdrawn), withdrawn.toString());
        assertTrue(withdrawn.get(f).startsWith("withdrawn by --verify: recompiled, the decompiled code behaves "
                + "differently ("), withdrawn.get(f));
        Decompiler.Result r = Decompiler.decompile(code, withdrawn);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("f (line 1): withdrawn by --verify"), r.warnings().get(0));
        assertTrue(r.source().contains("def g(a):\n    return a\n") && r.source().contains("raise RuntimeError("),
                r.source());
        assertTrue(r.fellBack().contains(f) && r.fellBack().size() == 1);
        // a code object that fell back is not judged again
        assertEquals(Set.of(), names(Withdrawals.of(report, Set.of(f))));
        // nor one whose round trip failed
        Verifier.Report failed = Verifier.verify(code, "def f(:\n", Interpreters.onThisMachine(), Duration.ofSeconds(60));
        assertEquals(Set.of(), names(Withdrawals.of(failed, Set.of())));
    }

    /**
     * Siblings of one name (generator expressions) that the recompiled code holds in another order are each
     * paired with their identical counterpart, not by order: a reading that lays an else clause out after an
     * except clause compiles their generator expressions swapped, and paired by order both would be judged
     * to behave differently and withdrawn (unseen rich tails seed 47 f274).
     */
    @Test
    void siblingsOfOneNameInAnotherOrderArePairedWithTheirOwn(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        String first = "def f(c):\n    x = sum(i for i in c)\n    y = any(i + 1 for i in c)\n    return x, y\n";
        String swapped = "def f(c):\n    y = any(i + 1 for i in c)\n    x = sum(i for i in c)\n    return x, y\n";
        CodeObject a = PycFile.read(compileSource(py, dir, "first", first)).code();
        CodeObject b = PycFile.read(compileSource(py, dir, "swapped", swapped)).code();
        List<CodeComparator.Verdict> verdicts = CodeComparator.compare(a, b);
        assertEquals(4, verdicts.size(), verdicts.toString());
        assertTrue(verdicts.stream().filter(v -> v.qualname().endsWith("<genexpr>")).allMatch(CodeComparator.Verdict::matches),
                verdicts.toString());
        assertTrue(verdicts.stream().anyMatch(v -> v.qualname().endsWith("/f") && !v.matches()), verdicts.toString());
    }

    @Test
    void aGeneratorInAHandlerNoExceptionReachesIsNotJudged(@TempDir Path dir) throws Exception {
        List<String> py = Interpreters.onThisMachine().all().get("3.12");   // (3.11+ keep the dead handler)
        Assumptions.assumeTrue(py != null, "no Python 3.12 on this machine");
        // `try: return 1` protects nothing: its except clause, kept, never runs; left out, as the decompiled
        // code may, its generator expression must not take the live twin's counterpart (set 193 r181 f9)
        String dead = "def f(c, t):\n    if c:\n        try:\n            return 1\n        except ValueError:\n"
                + "            t(sum(i for i in c))\n    return sum(i for i in c)\n";
        String live = "def f(c, t):\n    if c:\n        return 1\n    return sum(i for i in c)\n";
        CodeObject a = PycFile.read(compileSource(py, dir, "dead", dead)).code();
        CodeObject b = PycFile.read(compileSource(py, dir, "live", live)).code();
        List<CodeComparator.Verdict> verdicts = CodeComparator.compare(a, b);
        List<CodeComparator.Verdict> generators = verdicts.stream().filter(v -> v.qualname().endsWith("<genexpr>")).toList();
        assertEquals(1, generators.size(), verdicts.toString());
        assertTrue(generators.get(0).matches(), verdicts.toString());
    }

    static final String CLOSURE = "def outer(a):\n    def inner():\n        return a\n    if a:\n        return inner\n"
            + "    return None\n";

    @Test
    void aFallbackOrOtherCellsKeepTheFunctionsAroundFromBeingJudged(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        CodeObject code = PycFile.read(compileSource(py, dir, "closure", CLOSURE)).code();
        CodeObject outer = nested(code, "outer");
        CodeObject inner = nested(outer, "inner");
        Verifier.Report misread = Verifier.verify(code, CLOSURE.replace("if a:", "if not a:"),
                Interpreters.onThisMachine(), Duration.ofSeconds(60));
        assertEquals(Set.of("outer"), names(Withdrawals.of(misread, Set.of())));
        // the closure printed as its disassembly changes the cells of the function around it
        assertEquals(Set.of(), names(Withdrawals.of(misread, Set.of(inner))));
        // a closure that no longer reads the cell: the function around it keeps other cells and cannot be
        // paired; the closure itself can, and is withdrawn
        Verifier.Report dropped = Verifier.verify(code, CLOSURE.replace("return a\n", "return 1\n"),
                Interpreters.onThisMachine(), Duration.ofSeconds(60));
        assertEquals(Set.of("inner"), names(Withdrawals.of(dropped, Set.of())));
        // a closure whose only read of the cell is dead code, left out: same behaviour, nothing withdrawn
        String dead = "def outer(a):\n    def inner():\n        return 1\n        return a\n    return inner\n";
        CodeObject deadCode = PycFile.read(compileSource(py, dir, "dead", dead)).code();
        Verifier.Report leftOut = Verifier.verify(deadCode, dead.replace("        return a\n", ""),
                Interpreters.onThisMachine(), Duration.ofSeconds(60));
        assertEquals(1, leftOut.identical(), leftOut.lines("F").toString());
        assertEquals(Set.of(), names(Withdrawals.of(leftOut, Set.of())));
    }

    static Set<String> names(Map<CodeObject, String> withdrawn) {
        return withdrawn.keySet().stream().map(CodeObject::name).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void outputDirModeVerifiesEveryFile(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path good = compileSource(py, in, "simple", SIMPLE);
        Path bad = mutated(py, in);
        Run r = depyf("decompile", "--verify", "-o", dir.resolve("out").toString(), in.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("depyf: " + good + ": verified: 4/4 code objects identical"), r.err());
        assertTrue(r.err().contains("depyf: " + bad + ": differs: f (line 1): "), r.err());
        assertTrue(r.err().contains("depyf: " + bad + ": verified: 1/2 code objects identical"), r.err());
        assertTrue(r.err().contains("depyf: verified 2 of 2 files: 5/6 code objects identical"), r.err());
        assertTrue(Files.exists(dir.resolve("out/simple.py")) && Files.exists(dir.resolve("out/mutated.py")));
    }

    @Test
    void noInterpreterOfTheVersionGivesOneLine(@TempDir Path empty) throws Exception {
        Path pyc = Path.of("examples", "hello.3.12.pyc");
        Run r = withRoots(empty, empty, () -> depyf("decompile", "--verify", pyc.toString()));
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("depyf: " + pyc + ": not verified: no Python 3.12 interpreter found"),
                r.err());
        assertTrue(r.out().contains("def "), "the source is still printed");
    }

    @Test
    void noInterpreterInOutputDirMode(@TempDir Path dir) throws Exception {
        Path pyc = Path.of("examples", "hello.3.12.pyc");
        Run r = withRoots(dir, dir, () -> depyf("decompile", "--verify", "-o", dir.resolve("out").toString(),
                pyc.toString()));
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("depyf: " + pyc + ": not verified: no Python 3.12 interpreter found"), r.err());
        assertTrue(r.err().contains("depyf: verified 0 of 1 files"), r.err());
    }

    @Test
    void sourceThatDoesNotCompileGivesTheSyntaxError(@TempDir Path dir) throws Exception {
        List<String> py = python().getValue();
        CodeObject code = PycFile.read(compileSource(py, dir, "simple", SIMPLE)).code();
        Verifier.Report report = Verifier.verify(code, "x = 1\ndef f(:\n    pass\n", Interpreters.onThisMachine(),
                Duration.ofSeconds(60));
        assertEquals(1, report.lines("F").size(), report.lines("F").toString());
        String line = report.lines("F").get(0);
        assertTrue(line.startsWith("depyf: F: not verified: the decompiled source does not compile with Python "), line);
        assertTrue(line.contains("SyntaxError: ") && line.endsWith(" at line 2"), line);
    }

    /** A fake pyenv root whose python X.Y is the given shell script. */
    static Path fakePyenv(Path dir, String version, String script) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("versions/" + version + ".99/bin"));
        Path python = bin.resolve("python");
        Files.writeString(python, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    @Test
    void aHangingInterpreterTimesOut(@TempDir Path dir) throws Exception {
        Path root = fakePyenv(dir, "3.12", "exec sleep 30");
        Path pyc = Path.of("examples", "hello.3.12.pyc");
        long start = System.nanoTime();
        Run r = withRoots(root, dir.resolve("nosid"),
                () -> depyf("decompile", "--verify", "--verify-timeout", "1", pyc.toString()));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "the timeout stopped the interpreter");
        assertEquals(1, r.status(), r.err());
        assertEquals(List.of("depyf: " + pyc + ": not verified: Python 3.12 did not finish compiling within 1 s"),
                r.errLines());
    }

    @Test
    void aBrokenInterpreterGivesOneLine(@TempDir Path dir) throws Exception {
        Path pyc = Path.of("examples", "hello.3.12.pyc");
        Path failing = fakePyenv(dir.resolve("a"), "3.12", "echo 'cannot start' >&2; exit 3");
        Run r = withRoots(failing, dir, () -> depyf("decompile", "--verify", pyc.toString()));
        assertEquals(1, r.status(), r.err());
        assertEquals(List.of("depyf: " + pyc + ": not verified: could not run Python 3.12: exit status 3: cannot start"),
                r.errLines());

        Path nonsense = fakePyenv(dir.resolve("b"), "3.12", "echo hello");
        r = withRoots(nonsense, dir, () -> depyf("decompile", "--verify", pyc.toString()));
        assertEquals(1, r.status(), r.err());
        assertEquals(List.of("depyf: " + pyc + ": not verified: unexpected answer from Python 3.12: hello"), r.errLines());

        Path wrongVersion = fakePyenv(dir.resolve("c"), "3.12", "printf 'OK 3 11\\n'");
        r = withRoots(wrongVersion, dir, () -> depyf("decompile", "--verify", pyc.toString()));
        assertEquals(List.of("depyf: " + pyc + ": not verified: the interpreter found for 3.12 is Python 3.11"),
                r.errLines());

        Path garbage = fakePyenv(dir.resolve("d"), "3.12", "printf 'OK 3 12\\nxyz'");
        r = withRoots(garbage, dir, () -> depyf("decompile", "--verify", pyc.toString()));
        assertEquals(1, r.status(), r.err());
        assertTrue(r.errLines().size() == 1
                && r.errLines().get(0).startsWith("depyf: " + pyc + ": not verified: cannot read the recompiled code object: "),
                r.err());
    }

    @Test
    void badTimeoutIsAUsageError() {
        Run r = depyf("decompile", "--verify", "--verify-timeout", "0", "examples/hello.3.12.pyc");
        assertEquals(2, r.status(), r.err());
    }

    @Test
    void displayNames() {
        assertEquals("<module>", Verifier.displayName("/<module>", depyf.pyc.PythonVersion.V3_12));
        assertEquals("C.m", Verifier.displayName("/<module>/C/C.m", depyf.pyc.PythonVersion.V3_12));
        assertEquals("C.m", Verifier.displayName("/<module>/C/m", depyf.pyc.PythonVersion.V3_10));
    }
}
