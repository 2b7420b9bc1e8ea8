package depyf.pyc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which code points {@code str.isprintable()} accepts in each Python version: repr() escapes the others,
 * and what is printable follows the interpreter's Unicode version (3.7: 11.0 ... 3.15: 17.0), not the JVM's.
 * The table ({@code printable.txt}) is generated from the interpreters by scripts/gen-printable.py.
 */
public final class Printable {
    private Printable() {}

    private static final TreeMap<PythonVersion, BitSet> SETS = load();

    /** True when {@code repr} in {@code version} shows code point {@code cp} as it is. */
    public static boolean isPrintable(int cp, PythonVersion version) {
        Map.Entry<PythonVersion, BitSet> e = SETS.floorEntry(version);
        return (e != null ? e.getValue() : SETS.firstEntry().getValue()).get(cp);
    }

    /** True in the newest version in the table. */
    public static boolean isPrintable(int cp) {
        return SETS.lastEntry().getValue().get(cp);
    }

    private static TreeMap<PythonVersion, BitSet> load() {
        TreeMap<PythonVersion, BitSet> sets = new TreeMap<>();
        BitSet current = new BitSet(0x110000);
        try (var in = Printable.class.getResourceAsStream("/depyf/pyc/printable.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource depyf/pyc/printable.txt");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.trim().split("\\s+");
                BitSet next = (BitSet) current.clone();
                boolean add = true;
                for (int k = 2; k < words.length; k++) {
                    switch (words[k]) {
                        case "+" -> add = true;
                        case "-" -> add = false;
                        default -> {
                            String[] ends = words[k].split("-");
                            int from = Integer.parseInt(ends[0], 16);
                            int to = Integer.parseInt(ends[ends.length - 1], 16);
                            next.set(from, to + 1, add);
                        }
                    }
                }
                sets.put(PythonVersion.parse(words[0]), next);
                current = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sets.isEmpty()) {
            throw new IllegalStateException("empty resource depyf/pyc/printable.txt");
        }
        return sets;
    }
}
