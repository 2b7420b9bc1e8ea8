package depyf.dis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Compares disassemblies line by line after replacing memory addresses; keeps mismatches under target/. */
final class DisDiff {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    private DisDiff() {}

    static String normalize(String text) {
        return ADDRESS.matcher(text.replace("\r\n", "\n")).replaceAll("0xADDR");
    }

    /** null when equal, else "line N: expected '...' but was '...'". */
    static String firstDifference(String expected, String actual) {
        String[] e = normalize(expected).split("\n", -1);
        String[] a = normalize(actual).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": expected '" + el + "' but was '" + al + "'";
            }
        }
        return null;
    }

    /** Writes both texts to target/dis-diffs/VERSION/NAME.{expected,actual}. */
    static void save(String version, String name, String expected, String actual) {
        try {
            Path dir = Path.of("target", "dis-diffs", version);
            Files.createDirectories(dir);
            String stem = name.replace('/', '_');
            Files.write(dir.resolve(stem + ".expected"), normalize(expected).getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve(stem + ".actual"), normalize(actual).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
