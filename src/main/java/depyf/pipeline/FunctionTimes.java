package depyf.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long each code object took to decompile, its nested code objects' time left out, recorded only when
 * the system property {@code depyf.timings} names a file: at exit the slowest are written there, one per
 * line (milliseconds, file, qualified name), slowest first. scripts/bench-functions.sh reads it.
 */
final class FunctionTimes {
    private static final String FILE = System.getProperty("depyf.timings");
    private static final int KEPT = 20;
    private static final ConcurrentLinkedQueue<Entry> ENTRIES = new ConcurrentLinkedQueue<>();

    private record Entry(long nanos, String file, String qualname) {}

    static {
        if (FILE != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(FunctionTimes::write));
        }
    }

    private FunctionTimes() {}

    static boolean on() {
        return FILE != null;
    }

    static void record(long nanos, String file, String qualname) {
        ENTRIES.add(new Entry(nanos, file, qualname));
    }

    private static void write() {
        List<Entry> all = new ArrayList<>(ENTRIES);
        all.sort(Comparator.comparingLong(Entry::nanos).reversed());
        List<String> lines = new ArrayList<>();
        lines.add("code objects: " + all.size());
        for (Entry e : all.subList(0, Math.min(KEPT, all.size()))) {
            lines.add(String.format("%.1f ms\t%s\t%s", e.nanos() / 1e6, e.file(), e.qualname()));
        }
        try {
            Files.write(Path.of(FILE), lines);
        } catch (IOException e) {
            System.err.println("depyf: cannot write timings to " + FILE + ": " + e.getMessage());
        }
    }
}
