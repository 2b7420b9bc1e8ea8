package depyf.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.dis.InterpretersAccess;
import depyf.pipeline.Decompiler;
import depyf.pyc.PycFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code objects Dynamo (torch 2.14, Python 3.14) made for the torch suite's programs, captured by
 * scripts/capture-dynamo.py into testdata/dynamo/: the original functions, Dynamo's transformed code
 * and its resume functions. Each decompiles without falling back; with sid's python3.14 on this
 * machine, each result also compiles back into a stand-in for its code object (same arguments, same
 * free variables), as depyf.prepare_debug does, and the stand-in and the captured code, run on the same
 * recording stand-ins for globals, arguments and cells, perform the same operations in the same order
 * and return the same thing (replay.py). The torch suite (scripts/test-python --torch) runs them for real.
 */
class DynamoCodeTest {
    static final Path DIR = Path.of("testdata/dynamo");

    /** Compiles each result back and replays both on recording stand-ins (see the script). */
    static final Path REPLAY = Path.of("src/test/resources/depyf/dynamo/replay.py");

    static List<Path> captured() throws IOException {
        try (Stream<Path> s = Files.walk(DIR)) {
            return s.filter(p -> p.toString().endsWith(".pyc")).sorted().toList();
        }
    }

    @Test
    void everyCapturedCodeObjectDecompilesCompilesBackAndBehavesTheSame(@TempDir Path tmp) throws Exception {
        List<Path> files = captured();
        assertTrue(files.size() >= 100, "expected the captured code objects under " + DIR + ", found " + files.size());
        List<String> problems = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        int transformed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path pyc = files.get(i);
            Decompiler.Result r = Decompiler.decompile(PycFile.read(pyc).code());
            if (!r.warnings().isEmpty()) {
                problems.add(pyc + ": fell back: " + r.warnings());
            }
            if (pyc.getFileName().toString().contains("_transformed_")) {
                transformed++;
            }
            Path out = tmp.resolve(String.format("%04d.py", i));
            Files.writeString(out, r.source());
            pairs.add(pyc.toAbsolutePath() + "\t" + out);
        }
        assertTrue(transformed >= 50, "expected Dynamo's transformed code among the captures");
        Optional<List<String>> python = InterpretersAccess.command("3.14");
        if (python.isPresent() && problems.isEmpty()) {
            Path list = tmp.resolve("pairs.txt");
            Files.write(list, pairs);
            List<String> cmd = new ArrayList<>(python.get());
            cmd.addAll(List.of(REPLAY.toString(), list.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            output.lines().filter(l -> l.startsWith("FAIL")).forEach(problems::add);
            assertTrue(output.contains("DONE 0") || !problems.isEmpty(), "the replay script failed:\n" + output);
        }
        assertEquals(List.of(), problems);
    }
}
