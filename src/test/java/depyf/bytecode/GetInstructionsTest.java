package depyf.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PycFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InstructionDecoder#decode} against the version's own {@code dis.get_instructions} on the
 * committed samples: offset, name, argument, argrepr, jump target, line, line start and jump-target mark
 * of every instruction of every code object. (From 3.11 our jump-target mark also counts exception
 * handlers, as dis.dis does when it prints; get_instructions leaves them out.)
 */
class GetInstructionsTest {
    static final Path SAMPLES = Path.of("src", "test", "resources", "depyf", "dis", "samples");

    @ParameterizedTest(name = "get_instructions {0}")
    @ValueSource(strings = {"3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"})
    void decodeAgreesWithGetInstructions(String version) throws Exception {
        Optional<List<String>> python = depyf.dis.InterpretersAccess.command(version);
        Assumptions.assumeTrue(python.isPresent(), "no Python " + version + " on this machine");
        List<Path> pycs;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            pycs = s.filter(p -> p.getFileName().toString().endsWith("." + version + ".pyc")).sorted().toList();
        }
        assertFalse(pycs.isEmpty(), "no samples for " + version);
        Path script = Files.createTempFile("get_instructions", ".py");
        try (var in = GetInstructionsTest.class.getResourceAsStream("/depyf/dis/get_instructions.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> argv = new ArrayList<>(python.get());
        argv.add(script.toString());
        pycs.forEach(p -> argv.add(p.toString()));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        List<String> expected = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", expected));
        Files.delete(script);

        List<String> actual = new ArrayList<>();
        for (Path pyc : pycs) {
            CodeObject top = PycFile.read(pyc).code();
            walk(pyc.toString(), top, top.name(), actual);
        }
        int compared = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? normalize(expected.get(i)) : "<end>";
            String a = i < actual.size() ? normalize(actual.get(i)) : "<end>";
            assertEquals(e, a, "instruction " + i);
            compared++;
        }
        System.out.println("get_instructions " + version + ": " + compared + " instructions agree");
    }

    private static void walk(String file, CodeObject code, String path, List<String> out) {
        List<Integer> handlers = InstructionDecoder.exceptionTable(code).stream().map(ExceptionTableEntry::target).toList();
        boolean v313 = code.version().atLeast(3, 13);
        Integer line = null;
        for (Instruction in : InstructionDecoder.decode(code)) {
            if (v313 || in.startsLine()) {
                line = in.line() == LineTable.NO_LINE ? null : in.line();
            }
            // get_instructions before 3.13 marks only jump targets, and from 3.13 only those of jumps
            boolean jumpTarget = in.isJumpTarget() && !(handlers.contains(in.offset()) && !isJumpedTo(code, in.offset()));
            out.add(String.join("\t", file, path, String.valueOf(in.offset()), in.opname(),
                    in.hasArg() ? String.valueOf(in.arg()) : "-",
                    in.argrepr().replace("\t", "\\t").replace("\n", "\\n"),
                    in.jumpTarget() >= 0 ? String.valueOf(in.jumpTarget()) : "-",
                    line == null ? "-" : String.valueOf(line), in.startsLine() ? "1" : "0", jumpTarget ? "1" : "0"));
        }
        for (PyObject c : code.consts()) {
            if (c instanceof CodeObject nested) {
                walk(file, nested, path + "/" + nested.name(), out);
            }
        }
    }

    private static boolean isJumpedTo(CodeObject code, int offset) {
        return InstructionDecoder.decode(code).stream().anyMatch(i -> i.jumpTarget() == offset);
    }

    private static String normalize(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0xADDR");
    }
}
