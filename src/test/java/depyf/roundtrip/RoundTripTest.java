package depyf.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.dis.Interpreters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips through each interpreter found (3.11-3.14): the repo's own cases must come back
 * instruction for instruction; the interpreter's whole standard library outside its test folders (or
 * a fixed sample, with -Droundtrip.sample=N for a quick run) must reach the version's floor, and every
 * decompiled file must compile. The whole library takes about 35 s for the four versions.
 */
class RoundTripTest {
    /** Code-object match rates the whole standard library must reach (measured, minus a margin). */
    static final Map<String, Double> FLOOR = Map.of("3.11", 0.995, "3.12", 0.994, "3.13", 0.994, "3.14", 0.995);

    /**
     * At most this many stdlib code objects may recompile to code that behaves differently (not only laid
     * out differently, see SameBehaviour): decompiled output that is silently wrong, or a shape the
     * check cannot follow. Measured, to go down only; the list is written to target/roundtrip-differs-X.Y.txt.
     */
    static final Map<String, Integer> CEILING = Map.of("3.11", 0, "3.12", 0, "3.13", 0, "3.14", 0);

    /** Code objects of the cases known not to round-trip yet: testdata/cases/known-misses-X.Y.txt (listed, not hidden). */
    static List<String> known(String version) throws IOException {
        return listed("testdata/cases/known-misses-" + version + ".txt");
    }

    private static List<String> listed(String file) throws IOException {
        Path f = Path.of(file);
        return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    private static List<String> python(String version) {
        Optional<List<String>> cmd = Interpreters.command(version);
        Assumptions.assumeTrue(cmd.isPresent(), "no Python " + version + " on this machine");
        return cmd.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.11", "3.12", "3.13", "3.14"})
    void ownCasesComeBackExactly(String version, @TempDir Path work) throws Exception {
        List<String> py = python(version);
        List<Path> cases;
        try (Stream<Path> s = Files.list(Path.of("testdata/cases"))) {
            cases = s.filter(p -> p.toString().endsWith(".py")).filter(p -> compilesOn(p, version)).sorted().toList();
        }
        RoundTrip.Figures f = RoundTrip.run(py, cases, work);
        System.out.printf("roundtrip cases %s: %d/%d code objects, %d/%d files compile%n",
                version, f.matched(), f.codeObjects(), f.compiled(), f.files());
        List<String> known = known(version);
        List<String> unexpected = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String miss : f.misses()) {
            String key = miss.contains(": ") ? miss.substring(0, miss.indexOf(": ")) : miss;
            missed.add(key);
            if (!known.contains(key)) {
                unexpected.add(miss);
            }
        }
        Path all = Path.of("target", "roundtrip-cases-misses-" + version + ".txt");
        Files.createDirectories(all.getParent());
        Files.write(all, missed);
        for (String k : known) {
            if (!missed.contains(k)) {
                System.out.println("roundtrip cases " + version + ": now passes, drop it from the known list: " + k);
            }
        }
        List<String> knownDiffers = listed("testdata/cases/known-differs-" + version + ".txt");
        List<String> differing = new ArrayList<>();
        List<String> newlyDiffering = new ArrayList<>();
        for (String d : f.differs()) {
            String key = d.substring(0, d.indexOf(": "));
            differing.add(key);
            if (!knownDiffers.contains(key)) {
                newlyDiffering.add(d);
            }
        }
        Files.write(Path.of("target", "roundtrip-cases-differs-" + version + ".txt"), differing);
        assertEquals(cases.size(), f.files(), "every case compiles with " + version);
        assertTrue(unexpected.isEmpty(), "round-trip misses on " + version + ":\n" + String.join("\n", unexpected));
        assertTrue(newlyDiffering.isEmpty(), "case code objects that behave differently on " + version
                + " (silently wrong, or a layout SameBehaviour cannot follow):\n" + String.join("\n", newlyDiffering));
        // the cases check themselves: their decompiled source, run, must still pass its own asserts
        // (this is what catches a known miss that would behave differently, not just look different)
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path decompiled = work.resolve("dec").resolve(String.format("%05d.py", i));
            List<String> cmd = new ArrayList<>(py);
            cmd.add(decompiled.toString());
            Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                String[] lines = output.strip().split("\n");
                String last = lines[lines.length - 1];
                // an honest fallback (a function that could not be recovered raises when run) is listed
                // in the known misses; anything else means the decompiled code behaves differently
                if (!last.startsWith("RuntimeError: depyf: could not")) {
                    failing.add(cases.get(i) + ": " + last);
                }
            }
        }
        assertTrue(failing.isEmpty(), "decompiled cases that fail their own checks on " + version + ":\n"
                + String.join("\n", failing));
    }

    /** False for a case whose first line says {@code # min-version: X.Y} above {@code version} (newer syntax). */
    static boolean compilesOn(Path source, String version) {
        try (Stream<String> lines = Files.lines(source)) {
            String first = lines.findFirst().orElse("");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("#\\s*min-version:\\s*(\\d+)\\.(\\d+)").matcher(first);
            if (!m.find()) {
                return true;
            }
            String[] v = version.split("\\.");
            int have = Integer.parseInt(v[0]) * 100 + Integer.parseInt(v[1]);
            return have >= Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Tag("stdlib")
    @ParameterizedTest
    @ValueSource(strings = {"3.11", "3.12", "3.13", "3.14"})
    void standardLibraryReachesTheFloor(String version, @TempDir Path work) throws Exception {
        List<String> py = python(version);
        List<Path> sources = stdlibSample(py, Integer.getInteger("roundtrip.sample", 0));
        RoundTrip.Figures f = RoundTrip.run(py, sources, work);
        Path misses = Path.of("target", "roundtrip-misses-" + version + ".txt");
        Files.createDirectories(misses.getParent());
        Files.write(misses, f.misses());
        Path differs = Path.of("target", "roundtrip-differs-" + version + ".txt");
        Files.write(differs, f.differs());
        System.out.printf("roundtrip stdlib %s: %d/%d code objects (%.2f%%), %d/%d decompiled files compile, "
                        + "%d functions fell back; misses in %s%n", version, f.matched(), f.codeObjects(),
                100 * f.rate(), f.compiled(), f.files(), f.fellBack(), misses);
        System.out.printf("roundtrip stdlib %s: of the misses, %d code objects differ in layout only, %d behave "
                + "differently (list in %s)%n", version, f.sameBehaviour(), f.differs().size(), differs);
        assertEquals(f.files(), f.compiled(), "every decompiled file compiles; see " + misses);
        assertTrue(f.rate() >= FLOOR.get(version), "match rate " + f.rate() + " below " + FLOOR.get(version));
        assertTrue(f.differs().size() <= CEILING.get(version), f.differs().size() + " code objects behave differently, "
                + "more than the " + CEILING.get(version) + " measured; see " + differs);
    }

    /** Every k-th module of the interpreter's standard library outside test folders, in a fixed order. */
    static List<Path> stdlibSample(List<String> py, int sample) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(py);
        cmd.addAll(List.of("-c", "import os; print(os.path.dirname(os.__file__))"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Path lib = Path.of(new String(p.getInputStream().readAllBytes()).trim());
        p.waitFor();
        List<Path> all;
        try (Stream<Path> s = Files.walk(lib)) {
            all = s.filter(f -> f.toString().endsWith(".py"))
                    .filter(f -> {
                        for (Path part : lib.relativize(f)) {
                            String n = part.toString();
                            if (n.equals("test") || n.equals("tests") || n.equals("idlelib") || n.equals("lib2to3")
                                    || n.equals("site-packages") || n.equals("dist-packages") || n.equals("turtledemo")
                                    || n.startsWith("__phello") || n.equals("__pycache__")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted().toList();
        }
        if (sample <= 0 || all.size() <= sample) {
            return all;
        }
        List<Path> out = new ArrayList<>();
        double step = all.size() / (double) sample;
        for (int i = 0; i < sample; i++) {
            out.add(all.get((int) (i * step)));
        }
        return out;
    }
}
