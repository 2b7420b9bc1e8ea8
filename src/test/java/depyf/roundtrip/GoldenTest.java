package depyf.roundtrip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import depyf.pipeline.Decompiler;
import depyf.pyc.PycFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Goldens: each committed case .pyc of 3.11-3.14 (testdata/cases/CASE/X.Y.pyc, written by
 * scripts/compile-cases.py) decompiles to testdata/cases/CASE/X.Y.expected.py exactly. Java alone.
 *
 * <p>The goldens record what the decompiler prints today, right or wrong: they are not a statement
 * of correct output (the round trip and the self-checking cases are). They are regenerated whenever
 * the decompiler's output improves or changes on purpose:
 *
 * <pre>mvn test -Dtest=GoldenTest -Dgolden.update=true   # rewrites them, and still fails the run
 * git diff testdata/cases                              # review, then commit</pre>
 *
 * <p>An update run always fails, so that it is never silently green. When a golden differs, the
 * output printed is kept under target/golden/CASE/X.Y.actual.py.
 */
class GoldenTest {
    static final Path CASES = Path.of("testdata", "cases");
    static final List<String> VERSIONS = List.of("3.11", "3.12", "3.13", "3.14");
    static final Path ACTUAL = Path.of("target", "golden");

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    @TestFactory
    Stream<DynamicTest> committedCasesDecompileToTheirGoldens() throws IOException {
        List<Path> pycs;
        try (Stream<Path> s = Files.list(CASES)) {
            pycs = s.filter(Files::isDirectory).flatMap(dir -> VERSIONS.stream().map(v -> dir.resolve(v + ".pyc")))
                    .filter(Files::exists).sorted().toList();
        }
        assertFalse(pycs.isEmpty(), "no committed case .pyc under " + CASES + " (scripts/compile-cases.py writes them)");
        return pycs.stream().map(pyc -> DynamicTest.dynamicTest(pyc.toString(), () -> check(pyc)));
    }

    private static void check(Path pyc) throws IOException {
        String version = pyc.getFileName().toString().replaceAll("\\.pyc$", "");
        Path golden = pyc.resolveSibling(version + ".expected.py");
        String actual = Decompiler.decompile(PycFile.read(pyc).code()).source();
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
        if (updating()) {
            if (actual.equals(expected)) {
                fail("golden.update: " + golden + " unchanged (an update run always fails; run again without it)");
            }
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("golden.update: rewrote " + golden + " (review with git diff; an update run always fails)");
        }
        if (expected == null) {
            save(pyc, actual);
            fail(golden + " is missing; write it with -Dgolden.update=true");
        }
        if (!actual.equals(expected)) {
            Path saved = save(pyc, actual);
            fail(pyc + " no longer decompiles to " + golden + "; " + firstDifference(expected, actual)
                    + "\nthe output is in " + saved + "; if the change is an improvement, rerun with -Dgolden.update=true");
        }
    }

    private static Path save(Path pyc, String actual) {
        Path out = ACTUAL.resolve(pyc.getParent().getFileName().toString())
                .resolve(pyc.getFileName().toString().replaceAll("\\.pyc$", ".actual.py"));
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end>";
            String y = i < b.size() ? b.get(i) : "<end>";
            if (!x.equals(y)) {
                return "first difference at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return "they differ in line endings";
    }
}
