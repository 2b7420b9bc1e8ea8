package depyf.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.dis.Interpreters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random control-flow programs (scripts/fuzz-shapes.py, fixed seeds) decompiled with this build and run
 * side by side with the originals on each interpreter found: no function may behave differently unless it
 * is listed in testdata/fuzz/known-wrong-X.Y.txt (shapes found and not fixed yet, listed, not hidden: the
 * list may only shrink). The functions that behave differently are written to target/fuzz-wrong-X.Y.txt.
 * Each seed that has some is run again with {@code decompile --verify}, which must withdraw them all
 * ({@link depyf.verify.Withdrawals}); when none has, the first seed is, so that the net stays exercised.
 */
class FuzzShapesTest {
    /**
     * Plain seeds (control flow only), then --rich seeds (values, comprehensions, match, closures too), then
     * --tails seeds (functions ending in a small return of a computed value or a call that may raise, copied into
     * the breaks and branches).
     */
    static final List<String> SEEDS = List.of("1", "2", "3", "4", "5", "rich 1", "rich 2", "rich 3", "rich 4",
            "tails 1", "rich tails 1");
    static final String COUNT = "300";

    @ParameterizedTest
    @ValueSource(strings = {"3.11", "3.12", "3.13", "3.14"})
    void noRandomShapeBehavesDifferently(String version, @TempDir Path work) throws Exception {
        Optional<List<String>> py = Interpreters.command(version);
        Assumptions.assumeTrue(py.isPresent(), "no Python " + version + " on this machine");
        String java = ProcessHandle.current().info().command().orElse("java");
        String depyf = java + " -XX:TieredStopAtLevel=1 -Xss16m -cp " + System.getProperty("java.class.path") + " depyf.cli.Main";
        List<String> wrong = new ArrayList<>();
        List<String> seedsWithWrong = new ArrayList<>();
        for (String seed : SEEDS) {
            List<String> here = run(py.get(), seed, depyf, work, false);
            wrong.addAll(here);
            if (!here.isEmpty()) {
                seedsWithWrong.add(seed);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/fuzz-wrong-" + version + ".txt"), wrong);
        List<String> known = known(version);
        for (String k : known) {
            if (!wrong.contains(k)) {
                System.out.println("fuzz-shapes " + version + ": now right, drop it from the known list: " + k);
            }
        }
        List<String> fresh = wrong.stream().filter(w -> !known.contains(w)).toList();
        assertEquals(List.of(), fresh, "random functions that behave differently after decompiling on " + version
                + " (PYTHON scripts/fuzz-shapes.py --seed N --count " + COUNT + " [--rich] [--tails] --reduce shows each, shrunk)");
        // the net under the decompiler: with --verify, the round trip withdraws what behaves differently
        // (with nothing wrong, one seed still runs through it end to end)
        if (seedsWithWrong.isEmpty()) {
            seedsWithWrong.add(SEEDS.get(0));
        }
        for (String seed : seedsWithWrong) {
            assertEquals(List.of(), run(py.get(), seed, depyf, work, true), "with --verify, random functions that "
                    + "behave differently after decompiling on " + version + " (the round trip should withdraw them)");
        }
    }

    /** Runs one seed; the functions that behave differently, as "seed N fK", "rich seed N fK", "tails seed N fK". */
    static List<String> run(List<String> python, String seed, String depyf, Path work, boolean verify)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(python);
        String[] words = seed.split(" ");
        String number = words[words.length - 1];
        String modes = String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - 1));
        cmd.addAll(List.of("scripts/fuzz-shapes.py", "--seed", number, "--count", COUNT, "--quiet",
                "--keep", work.resolve("seed" + seed.replace(' ', '-') + (verify ? "-verify" : "")).toString(),
                "--depyf", depyf));
        for (int k = 0; k < words.length - 1; k++) {
            cmd.add("--" + words[k]);         // rich, tails
        }
        if (verify) {
            cmd.add("--verify");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "fuzz-shapes did not finish");
        String summary = out.lines().filter(l -> l.startsWith("fuzz-shapes ")).findFirst().orElse("");
        assertTrue(summary.contains(" functions, ") && p.exitValue() <= 1, "fuzz-shapes failed:\n" + out);
        System.out.println(summary);
        return out.lines().filter(l -> l.startsWith("=== ") && l.contains(" behaves differently"))
                .map(l -> (modes.isEmpty() ? "" : modes + " ") + "seed " + number + " " + l.split(" ")[1]).toList();
    }

    static List<String> known(String version) throws IOException {
        Path f = Path.of("testdata/fuzz/known-wrong-" + version + ".txt");
        return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList() : List.of();
    }
}
