package depyf.dis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every committed case .pyc was compiled from its case's current source: its header holds the source's
 * hash (PEP 552, written by scripts/compile-cases.py), which each interpreter on this machine computes
 * again for its own version. A source edited without recompiling would leave the round trip testing old
 * code and the case's new asserts unrun.
 */
class CasePycsFreshTest {
    private static final Path CASES = Path.of("testdata", "cases");

    @Test
    void everyCasePycHoldsTheHashOfItsCurrentSource() throws IOException, InterruptedException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(CASES)) {
            sources = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<String> stale = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> python : Interpreters.all().entrySet()) {
            String version = python.getKey();
            List<String> hashes = hashes(python.getValue(), sources);
            for (int i = 0; i < sources.size(); i++) {
                String name = sources.get(i).getFileName().toString().replace(".py", "");
                Path pyc = CASES.resolve(name).resolve(version + ".pyc");
                if (!Files.exists(pyc)) {
                    continue;                  // (a case this version cannot compile)
                }
                byte[] header = Files.readAllBytes(pyc);
                String committed = HexFormat.of().formatHex(header, 8, 16);
                checked++;
                if (!committed.equals(hashes.get(i))) {
                    stale.add(pyc.toString());
                }
            }
        }
        assertTrue(checked >= sources.size(), "pycs checked: " + checked);
        assertTrue(stale.isEmpty(), "compiled from an older source (run scripts/compile-cases.py): " + stale);
    }

    /** The source hash each file has for this interpreter's version (importlib.util.source_hash). */
    private static List<String> hashes(List<String> python, List<Path> sources) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-c", "import importlib.util, sys\n"
                + "for p in sys.argv[1:]:\n"
                + "    print(importlib.util.source_hash(open(p, 'rb').read()).hex())\n"));
        sources.forEach(p -> args.add(p.toString()));
        String output = Interpreters.output(python, args);
        List<String> lines = output.lines().toList();
        assertTrue(lines.size() == sources.size(), "one hash per source: " + output);
        return lines;
    }
}
