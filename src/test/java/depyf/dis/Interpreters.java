package depyf.dis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Python interpreters on this machine, found at test time: pyenv's 3.7-3.13 (newest patch release
 * of each) and the sid folder's 3.14 and 3.15 (run through the folder's own loader).
 */
public final class Interpreters {
    private Interpreters() {}

    /** The command that runs Python X.Y, or empty when this machine has none. */
    public static Optional<List<String>> command(String version) {
        return Optional.ofNullable(all().get(version));
    }

    public static Map<String, List<String>> all() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Path versions = pyenvRoot().resolve("versions");
        for (int minor = 7; minor <= 13; minor++) {
            String prefix = "3." + minor + ".";
            try (Stream<Path> s = Files.list(versions)) {
                s.filter(p -> p.getFileName().toString().startsWith(prefix)
                                && p.getFileName().toString().substring(prefix.length()).matches("\\d+"))
                        .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(prefix.length()))))
                        .map(p -> p.resolve("bin/python"))
                        .filter(Files::isExecutable)
                        .ifPresent(p -> found.put(prefix.substring(0, prefix.length() - 1), List.of(p.toString())));
            } catch (IOException e) {
                break;
            }
        }
        Path sid = Path.of(System.getenv().getOrDefault("DEPYF_SID_DIR",
                System.getProperty("user.home") + "/.cache/depyf/sid"));
        for (String v : List.of("3.14", "3.15")) {
            Path exe = sid.resolve("usr/bin/python" + v);
            Path loader = sid.resolve("lib64/ld-linux-x86-64.so.2");
            if (Files.isExecutable(exe) && Files.exists(loader)) {
                found.put(v, List.of("env", "PYTHONHOME=" + sid.resolve("usr"), loader.toString(), "--library-path",
                        sid.resolve("lib/x86_64-linux-gnu") + ":" + sid.resolve("usr/lib/x86_64-linux-gnu"),
                        exe.toString()));
            }
        }
        return found;
    }

    private static Path pyenvRoot() {
        String env = System.getenv("PYENV_ROOT");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".pyenv");
    }

    /** Runs {@code python args...} and fails with its output when it does not exit 0. */
    static void run(List<String> python, List<String> args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(python);
        argv.addAll(args);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", argv) + " failed:\n" + output);
        }
    }
}
