package depyf.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** repr of a str escapes what that version's Unicode database calls unprintable, whatever the JVM's. */
class PrintableTest {
    private static String repr(int cp, String version) {
        return PyRepr.str(new String(Character.toChars(cp)), PythonVersion.parse(version));
    }

    @Test
    void newerCodePointsAreEscapedInOlderVersions() {
        // U+A7CE: assigned in Unicode 17.0 (Python 3.15); U+1F6DC: Unicode 15.0 (Python 3.12)
        assertEquals("'\\ua7ce'", repr(0xA7CE, "3.14"));
        assertEquals("'\ua7ce'", repr(0xA7CE, "3.15"));
        assertEquals("'\\U0001f6dc'", repr(0x1F6DC, "3.11"));
        assertEquals("'" + new String(Character.toChars(0x1F6DC)) + "'", repr(0x1F6DC, "3.12"));
        assertEquals("'\\xa0'", repr(0xA0, "3.13"));
        assertEquals("'\\u200b'", repr(0x200B, "3.7"));
    }

    /** The generated table agrees with each interpreter on this machine, code point by code point. */
    @ParameterizedTest(name = "printable {0}")
    @ValueSource(strings = {"3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"})
    void tableMatchesTheInterpreter(String version) throws Exception {
        Optional<List<String>> python = depyf.verify.Interpreters.onThisMachine().command(version);
        Assumptions.assumeTrue(python.isPresent(), "no Python " + version + " on this machine");
        List<String> argv = new ArrayList<>(python.get());
        argv.addAll(List.of("-c", "import sys; sys.stdout.write(''.join('1' if not 0xD800 <= c < 0xE000"
                + " and chr(c).isprintable() else '0' for c in range(0x110000)))"));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String bits = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), bits);
        PythonVersion v = PythonVersion.parse(version);
        for (int cp = 0; cp < 0x110000; cp++) {
            boolean expected = bits.charAt(cp) == '1';
            if (Printable.isPrintable(cp, v) != expected) {
                assertEquals(expected, Printable.isPrintable(cp, v),
                        String.format("U+%04X on %s (rerun scripts/gen-printable.py)", cp, version));
            }
        }
    }
}
