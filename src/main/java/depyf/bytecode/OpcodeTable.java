package depyf.bytecode;

import depyf.pyc.PythonVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Python version's opcodes, read from {@code depyf/opcodes/X.Y.txt} (written by
 * scripts/gen-opcodes.py from that version's own opcode module): names, inline cache entries and the
 * kind of argument each takes.
 */
public final class OpcodeTable {
    /** What an opcode's argument means. */
    public enum Flag { CONST, NAME, JREL, JABS, LOCAL, FREE, COMPARE, EXC, NARGS, BACKWARD }

    /** One opcode of this version. */
    public record Opcode(int number, String name, int caches, Set<Flag> flags) {
        public boolean has(Flag f) {
            return flags.contains(f);
        }
    }

    private static final Map<PythonVersion, OpcodeTable> TABLES = new ConcurrentHashMap<>();

    private final PythonVersion version;
    private final Opcode[] byNumber = new Opcode[256];
    private final Map<String, Opcode> byName = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private int haveArgument;

    private OpcodeTable(PythonVersion version) {
        this.version = version;
    }

    public static OpcodeTable of(PythonVersion version) {
        return TABLES.computeIfAbsent(version, OpcodeTable::load);
    }

    private static OpcodeTable load(PythonVersion v) {
        OpcodeTable t = new OpcodeTable(v);
        String path = "/depyf/opcodes/" + v + ".txt";
        try (InputStream in = OpcodeTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no opcode table for Python " + v);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "op" -> {
                        Set<Flag> flags = EnumSet.noneOf(Flag.class);
                        if (!f[4].equals("-")) {
                            for (String s : f[4].split(",")) {
                                flags.add(Flag.valueOf(s.toUpperCase()));
                            }
                        }
                        Opcode op = new Opcode(Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), flags);
                        t.byNumber[op.number()] = op;
                        t.byName.put(op.name(), op);
                    }
                    case "have_argument" -> t.haveArgument = Integer.parseInt(f[1]);
                    case "list" -> t.lists.put(f[1], List.of(f).subList(2, f.length));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    public PythonVersion version() {
        return version;
    }

    /** The opcode with this number, or null when the version has none. */
    public Opcode byNumber(int number) {
        return byNumber[number & 0xff];
    }

    public Opcode byName(String name) {
        return byName.get(name);
    }

    public boolean hasArgument(int number) {
        return number >= haveArgument;
    }

    /** A named list of the version's opcode module ("cmp_op", "nb_ops", "intrinsic_1_descs", ...), or empty. */
    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }
}
