package depyf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.ir.Module;
import depyf.ir.Stmt;
import depyf.lift.Code;
import depyf.lift.Op;
import depyf.print.SourcePrinter;
import depyf.pyc.CodeObject;
import depyf.pyc.PyObject;
import depyf.pyc.PycFile;
import depyf.pyc.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a fallback body keeps for the code around it. The attributes it reads off a class's methods must
 * be exactly the class's own {@code __static_attributes__}, which the compiler (3.13+) wrote into the
 * class body: checked on every class of the committed 3.13-3.15 case files.
 */
class FallbackKeepsTest {

    @Test
    void selfAttributesOfTheMethodsAreTheClassesStaticAttributes() throws IOException {
        List<Path> pycs;
        try (Stream<Path> s = Files.walk(Path.of("testdata", "cases"))) {
            pycs = s.filter(p -> p.getFileName().toString().matches("3\\.1[345]\\.pyc")).sorted().toList();
        }
        assertTrue(pycs.size() >= 90, "the committed case files of 3.13-3.15: " + pycs.size());
        List<String> classes = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Path pyc : pycs) {
            check(PycFile.read(pyc).code(), pyc.toString(), classes, wrong);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(classes.stream().anyMatch(c -> c.endsWith("Counter:[cleared, high, last, low, reset, total]")),
                "classes.py's Counter is among the checked classes: " + classes);
    }

    private static void check(CodeObject code, String where, List<String> classes, List<String> wrong) {
        for (CodeObject nested : code.nestedCode()) {
            check(nested, where, classes, wrong);
        }
        if (code.hasFlag(CodeObject.CO_OPTIMIZED) || code.name().equals("<module>")) {
            return;
        }
        List<String> expected = staticAttributes(code);
        if (expected == null) {
            return;                            // a class body without the bookkeeping (3.14 annotate helpers...)
        }
        TreeSet<String> got = new TreeSet<>();
        for (CodeObject method : code.nestedCode()) {
            if (method.hasFlag(CodeObject.CO_OPTIMIZED)) {
                got.addAll(FallbackKeeps.of(method, false).selfAttributes());
            }
        }
        classes.add(where + " " + code.qualname() + ":" + expected);
        if (!new ArrayList<>(got).equals(expected)) {
            wrong.add(where + " " + code.qualname() + ": expected " + expected + ", read " + got);
        }
    }

    /** The constant tuple the class body stores as __static_attributes__, or null. */
    private static List<String> staticAttributes(CodeObject code) {
        List<Op> ops = new Code(code).ops();
        for (int i = 1; i < ops.size(); i++) {
            if (ops.get(i).is("STORE_NAME") && ops.get(i).str().equals("__static_attributes__")
                    && ops.get(i - 1).argval() instanceof PyObject.Tuple t) {
                return t.items().stream().map(o -> ((PyObject.Str) o).value()).toList();
            }
        }
        return null;
    }

    @Test
    void theFallbackBodyPrintsWhatItKeepsAfterItsRaise() {
        Stmt.Unrecoverable u = new Stmt.Unrecoverable("C.m", "why", "  0 RESUME 0", List.of("etype", "__class__"),
                List.of("a", "b"));
        String out = SourcePrinter.print(new Module(List.of(u)), new PythonVersion(3, 13));
        assertTrue(out.contains("raise RuntimeError('depyf: could not decompile C.m: why')\n"
                + "# depyf: unreachable; what the enclosing code was compiled with\n"
                + "etype, __class__\n"
                + "self.a = self.b = None\n"), out);
        Stmt.Unrecoverable bare = new Stmt.Unrecoverable("f", "why", "", List.of(), List.of());
        assertEquals(-1, SourcePrinter.print(new Module(List.of(bare)), new PythonVersion(3, 13)).indexOf("unreachable"));
    }
}
