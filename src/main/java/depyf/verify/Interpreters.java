package depyf.verify;

import depyf.pyc.PythonVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Python interpreters on this machine, found at run time: pyenv's 3.7-3.13 (the newest patch
 * release of each, under {@code $(pyenv root)/versions}) and the Debian sid folder's 3.14 and 3.15
 * (run through the folder's own loader, no root needed; see scripts/sid-folder.sh).
 *
 * <p>Where to look can be changed, for tests and unusual machines: the pyenv root is the system
 * property {@code depyf.pyenv.root}, else {@code PYENV_ROOT}, else {@code ~/.pyenv}, else what
 * {@code pyenv root} prints; the sid folder is the system property {@code depyf.sid.dir}, else
 * {@code DEPYF_SID_DIR}, else {@code ~/.cache/depyf/sid}.
 */
public final class Interpreters {
    private final Map<String, List<String>> found;

    private Interpreters(Map<String, List<String>> found) {
        this.found = found;
    }

    /** The interpreters under the given pyenv root and sid folder (either may be missing). */
    public static Interpreters under(Path pyenvRoot, Path sidDir) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        if (pyenvRoot != null) {
            pyenv(pyenvRoot.resolve("versions"), found);
        }
        if (sidDir != null) {
            sid(sidDir, found);
        }
        return new Interpreters(Map.copyOf(found));
    }

    /** The interpreters where this machine keeps them (see the class comment for the overrides). */
    public static Interpreters onThisMachine() {
        return under(pyenvRoot(), sidDir());
    }

    /** The command (program and leading arguments) that runs Python X.Y, if there is one. */
    public Optional<List<String>> command(PythonVersion version) {
        return command(version.major() + "." + version.minor());
    }

    /** The command that runs Python {@code version} ("3.12"), if there is one. */
    public Optional<List<String>> command(String version) {
        return Optional.ofNullable(found.get(version));
    }

    /** Every version found ("3.7" ... "3.15") with its command, oldest first. */
    public Map<String, List<String>> all() {
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        found.keySet().stream().sorted(Comparator.comparing(PythonVersion::parse))
                .forEach(v -> sorted.put(v, found.get(v)));
        return sorted;
    }

    /** Where the lookup went, for messages. */
    public static String searched() {
        Path root = pyenvRoot();
        return (root == null ? "no pyenv root" : root.resolve("versions").toString()) + " and " + sidDir();
    }

    private static void pyenv(Path versions, Map<String, List<String>> found) {
        if (!Files.isDirectory(versions)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(versions)) {
            dirs = s.toList();
        } catch (IOException e) {
            return;
        }
        for (int minor = 7; minor <= 13; minor++) {
            String prefix = "3." + minor + ".";
            dirs.stream()
                    .filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().substring(prefix.length()).matches("\\d{1,4}"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/python")))
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(prefix.length()))))
                    .ifPresent(p -> found.put(prefix.substring(0, prefix.length() - 1), List.of(p.resolve("bin/python").toString())));
        }
    }

    private static void sid(Path sid, Map<String, List<String>> found) {
        Path loader = sid.resolve("lib64/ld-linux-x86-64.so.2");
        for (String v : List.of("3.14", "3.15")) {
            Path exe = sid.resolve("usr/bin/python" + v);
            if (Files.isExecutable(exe) && Files.exists(loader)) {
                found.put(v, List.of("env", "PYTHONHOME=" + sid.resolve("usr"), loader.toString(), "--library-path",
                        sid.resolve("lib/x86_64-linux-gnu") + ":" + sid.resolve("usr/lib/x86_64-linux-gnu"),
                        exe.toString()));
            }
        }
    }

    private static Path pyenvRoot() {
        String prop = System.getProperty("depyf.pyenv.root");
        if (prop != null) {
            return Path.of(prop);
        }
        String env = System.getenv("PYENV_ROOT");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        Path home = Path.of(System.getProperty("user.home"), ".pyenv");
        if (Files.isDirectory(home)) {
            return home;
        }
        return askPyenv();
    }

    /** What {@code pyenv root} prints, or null when there is no pyenv on the PATH. */
    private static Path askPyenv() {
        try {
            Process p = new ProcessBuilder("pyenv", "root").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && !out.isEmpty() && !out.contains("\n") ? Path.of(out) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path sidDir() {
        String prop = System.getProperty("depyf.sid.dir");
        if (prop != null) {
            return Path.of(prop);
        }
        String env = System.getenv("DEPYF_SID_DIR");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "depyf", "sid");
    }
}
