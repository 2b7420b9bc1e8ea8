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

    /** The line with the elements of every frozenset repr in it sorted (their order is allowed to differ). */
    static String sortFrozensets(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int at = line.indexOf("frozenset({", i);
            if (at < 0) {
                return out.append(line.substring(i)).toString();
            }
            int start = at + "frozenset({".length();
            java.util.List<String> items = new java.util.ArrayList<>();
            int depth = 0;
            char quote = 0;
            int itemStart = start;
            int j = start;
            for (; j < line.length(); j++) {
                char c = line.charAt(j);
                if (quote != 0) {
                    if (c == '\\') {
                        j++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == '}' ) {
                    break;
                } else if (c == ',' && depth == 0) {
                    items.add(line.substring(itemStart, j).trim());
                    itemStart = j + 1;
                }
            }
            if (j >= line.length()) {
                return out.append(line.substring(i)).toString();
            }
            items.add(line.substring(itemStart, j).trim());
            java.util.Collections.sort(items);
            out.append(line, i, start).append(String.join(", ", items));
            i = j;
        }
    }

    /** null when equal, else "line N: expected '...' but was '...'". */
    static String firstDifference(String expected, String actual) {
        String[] e = normalize(expected).split("\n", -1);
        String[] a = normalize(actual).split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al) && !sortFrozensets(el).equals(sortFrozensets(al))) {
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
