package depyf.dis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import depyf.pyc.PycFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every committed .pyc with its reference disassembly beside it (X.Y.pyc + X.Y.dis, written by the
 * version's own dis): the repo's syntax cases under testdata/cases and the dis samples under
 * src/test/resources/depyf/dis/samples. Runs with Java alone.
 */
class CommittedDisTest {
    static final List<Path> ROOTS = List.of(Path.of("testdata", "cases"),
            Path.of("src", "test", "resources", "depyf", "dis", "samples"));

    @TestFactory
    Stream<DynamicTest> committedPycsDisassembleAsTheirPythonDid() throws IOException {
        List<Path> pycs = ROOTS.stream().filter(Files::isDirectory).flatMap(CommittedDisTest::pycsUnder)
                .filter(p -> Files.exists(disOf(p))).sorted().toList();
        assertFalse(pycs.isEmpty(), "no committed .pyc/.dis pairs under " + ROOTS);
        return pycs.stream().map(pyc -> DynamicTest.dynamicTest(pyc.toString(), () -> {
            String expected = Files.readString(disOf(pyc), StandardCharsets.UTF_8);
            String actual = Disassembler.disassemble(PycFile.read(pyc).code());
            String diff = DisDiff.firstDifference(expected, actual);
            if (diff != null) {
                DisDiff.save("committed", pyc.toString(), expected, actual);
            }
            assertNull(diff, pyc + ": " + diff);
        }));
    }

    private static Stream<Path> pycsUnder(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".pyc")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path disOf(Path pyc) {
        String name = pyc.getFileName().toString();
        return pyc.resolveSibling(name.substring(0, name.length() - ".pyc".length()) + ".dis");
    }
}
