package depyf.dis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.pyc.PycFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every interpreter on the machine: a fixed sample of its own standard library (120 modules outside
 * the test folders), compiled by it and disassembled by its own dis in one process; our disassembly of
 * each .pyc must be the same text, memory addresses aside.
 */
class StdlibDisTest {
    static final int SAMPLE = Integer.getInteger("dis.stdlib.sample", 120);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "dis stdlib {0}")
    @ValueSource(strings = {"3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"})
    void stdlibDisassemblesAsPythonDoes(String version) throws Exception {
        Optional<List<String>> python = Interpreters.command(version);
        if (python.isEmpty()) {
            System.out.println("dis stdlib " + version + ": skipped, no Python " + version + " on this machine");
        }
        Assumptions.assumeTrue(python.isPresent(), "no Python " + version + " on this machine");
        Path script = tmp.resolve("stdlib_reference.py");
        try (var in = StdlibDisTest.class.getResourceAsStream("/depyf/dis/stdlib_reference.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = tmp.resolve(version);
        Interpreters.run(python.get(), List.of(script.toString(), out.toString(), String.valueOf(SAMPLE)));

        List<String> index = Files.readAllLines(out.resolve("index.txt"));
        List<String> mismatches = new ArrayList<>();
        String firstDiff = null;
        int identical = 0;
        for (String entry : index) {
            if (entry.isBlank()) {
                continue;
            }
            String[] f = entry.split("\t");
            String expected = Files.readString(out.resolve(f[0] + ".dis"), StandardCharsets.UTF_8);
            String actual;
            try {
                actual = Disassembler.disassemble(PycFile.read(out.resolve(f[0] + ".pyc")).code());
            } catch (RuntimeException e) {
                actual = "depyf failed: " + e;
            }
            String diff = DisDiff.firstDifference(expected, actual);
            if (diff == null) {
                identical++;
            } else {
                mismatches.add(f[1]);
                if (firstDiff == null) {
                    firstDiff = f[1] + ": " + diff;
                }
                DisDiff.save(version, f[1], expected, actual);
            }
        }
        int total = (int) index.stream().filter(s -> !s.isBlank()).count();
        System.out.println("dis stdlib " + version + ": " + identical + "/" + total + " modules identical");
        assertTrue(total >= 100, "only " + total + " modules compiled");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " modules differ (texts under target/dis-diffs/"
                + version + "), e.g. " + mismatches.subList(0, Math.min(10, mismatches.size()))
                + "; first difference: " + firstDiff);
    }
}
