package depyf.bytecode;

import depyf.pyc.PythonVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Python version's opcodes, read from {@code depyf/opcodes/X.Y.txt}, which scripts/gen-opcodes.py
 * writes from that version's own {@code opcode} and {@code dis} modules: for every byte value its name
 * (dis's "&lt;N&gt;" when unused), inline cache entries and argument categories, plus the version's
 * comparison, binary-operator, intrinsic, common-constant and special-method names.
 */
public final class OpcodeTable {

    /** The categories of opcode.py ({@code hasconst} -> CONST, ...) plus dis's backward-jump rule. */
    public enum Flag { ARG, CONST, NAME, LOCAL, FREE, JREL, JABS, JUMP, COMPARE, EXC, BACKWARD }

    /** One opcode of this version. */
    public record Opcode(int number, String name, int caches, Set<Flag> flags) {
        public boolean has(Flag flag) {
            return flags.contains(flag);
        }

        /** True for the opcodes whose argument is a jump target, in this version's dis. */
        public boolean isJump() {
            return has(Flag.JREL) || has(Flag.JABS);
        }
    }

    private static final Map<PythonVersion, OpcodeTable> TABLES = new ConcurrentHashMap<>();

    private final PythonVersion version;
    private final Opcode[] byNumber = new Opcode[256];
    private final Map<String, Opcode> byName = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private int haveArgument;
    private int extendedArg;

    private OpcodeTable(PythonVersion version) {
        this.version = version;
    }

    /** The table of {@code version}; throws IllegalArgumentException for versions without one. */
    public static OpcodeTable of(PythonVersion version) {
        return TABLES.computeIfAbsent(version, OpcodeTable::load);
    }

    private static OpcodeTable load(PythonVersion v) {
        OpcodeTable t = new OpcodeTable(v);
        String path = "/depyf/opcodes/" + v + ".txt";
        try (InputStream in = OpcodeTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no opcode table for Python " + v);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    t.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < 256; i++) {
            if (t.byNumber[i] == null) {
                throw new IllegalStateException("opcode table " + path + " lacks byte " + i);
            }
        }
        return t;
    }

    private void add(String[] f) {
        switch (f[0]) {
            case "op" -> {
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (!f[4].equals("-")) {
                    for (String s : f[4].split(",")) {
                        flags.add(Flag.valueOf(s.toUpperCase()));
                    }
                }
                Opcode op = new Opcode(Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]),
                        Collections.unmodifiableSet(flags));
                byNumber[op.number()] = op;
                if (!op.name().startsWith("<")) {
                    byName.put(op.name(), op);
                }
            }
            case "have_argument" -> haveArgument = Integer.parseInt(f[1]);
            case "extended_arg" -> extendedArg = Integer.parseInt(f[1]);
            case "cmp_op" -> lists.put("cmp_op", List.of(f).subList(1, f.length));
            // indexed records: kind, index, then the name (nb_op: name and symbol; the symbol is kept)
            default -> {
                List<String> list = lists.computeIfAbsent(f[0], k -> new ArrayList<>());
                int index = Integer.parseInt(f[1]);
                if (index != list.size()) {
                    throw new IllegalStateException("opcode table " + version + ": " + f[0] + " out of order");
                }
                list.add(f[f.length - 1]);
            }
        }
    }

    public PythonVersion version() {
        return version;
    }

    /** The opcode with this byte value (never null; unused values have dis's "&lt;N&gt;" name). */
    public Opcode byNumber(int number) {
        return byNumber[number & 0xff];
    }

    /** The opcode with this name, or null when the version has none. */
    public Opcode byName(String name) {
        return byName.get(name);
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public int haveArgument() {
        return haveArgument;
    }

    /** The EXTENDED_ARG opcode number. */
    public int extendedArg() {
        return extendedArg;
    }

    /** opcode.cmp_op. */
    public List<String> compareOps() {
        return lists.getOrDefault("cmp_op", List.of());
    }

    /** The symbols of opcode._nb_ops ("+", "+=", "[]", ...), indexed by BINARY_OP's argument (3.11+). */
    public List<String> binaryOps() {
        return lists.getOrDefault("nb_op", List.of());
    }

    /** opcode._intrinsic_1_descs (3.12+). */
    public List<String> intrinsics1() {
        return lists.getOrDefault("intrinsic1", List.of());
    }

    /** opcode._intrinsic_2_descs (3.12+). */
    public List<String> intrinsics2() {
        return lists.getOrDefault("intrinsic2", List.of());
    }

    /** How dis shows each of opcode._common_constants (3.14+): a type's name, else the repr. */
    public List<String> commonConstants() {
        return lists.getOrDefault("common_constant", List.of());
    }

    /** opcode._special_method_names (3.14+). */
    public List<String> specialMethods() {
        return lists.getOrDefault("special_method", List.of());
    }
}
