package depyf.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of real .pyc files of every version (bytes overwritten, files cut short), with a fixed
 * seed: {@code depyf dis} either disassembles them or refuses them with one clean line and status 2;
 * never an internal error, a stack trace or a hang.
 */
class MutatedPycTest {
    static final Path SAMPLES = Path.of("src", "test", "resources", "depyf", "dis", "samples");
    static final int MUTANTS_PER_FILE = 60;

    @TempDir
    Path tmp;

    @Test
    void damagedFilesAreDisassembledOrRefusedCleanly() throws IOException {
        List<Path> pycs;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            pycs = s.filter(p -> p.toString().endsWith(".pyc")).sorted().toList();
        }
        assertFalse(pycs.isEmpty());
        Random random = new Random(20261124);
        int refused = 0;
        int total = 0;
        for (Path pyc : pycs) {
            byte[] original = Files.readAllBytes(pyc);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                byte[] mutant = mutate(original, random);
                Path file = tmp.resolve("mutant.pyc");
                Files.write(file, mutant);
                BadInputTest.Run r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> BadInputTest.run(file), pyc + " mutant " + i);
                String where = pyc + " mutant " + i + ": " + r.errLines();
                assertTrue(r.status() == 0 || r.status() == 2, where);
                if (r.status() == 2) {
                    refused++;
                    assertEquals(1, r.errLines().size(), where);
                    assertFalse(r.errLines().get(0).contains("Exception"), where);
                } else {
                    assertTrue(r.errLines().isEmpty(), where);
                }
                total++;
            }
        }
        System.out.println("mutated .pyc files: " + total + " runs, " + refused + " refused cleanly, "
                + (total - refused) + " disassembled");
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int kind = random.nextInt(4);
        if (kind == 0) {
            return java.util.Arrays.copyOf(b, 16 + random.nextInt(b.length - 16));
        }
        int changes = 1 + random.nextInt(kind == 3 ? 20 : 3);
        for (int i = 0; i < changes; i++) {
            int at = 16 + random.nextInt(b.length - 16);
            b[at] = kind == 1 ? (byte) random.nextInt(256) : (byte) (b[at] ^ (1 << random.nextInt(8)));
        }
        return b;
    }
}
