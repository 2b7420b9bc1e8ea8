package depyf.pyc;

/** A CPython feature version such as 3.12; the unit in which bytecode differs. */
public record PythonVersion(int major, int minor) implements Comparable<PythonVersion> {

    public static final PythonVersion V3_7 = new PythonVersion(3, 7);
    public static final PythonVersion V3_8 = new PythonVersion(3, 8);
    public static final PythonVersion V3_9 = new PythonVersion(3, 9);
    public static final PythonVersion V3_10 = new PythonVersion(3, 10);
    public static final PythonVersion V3_11 = new PythonVersion(3, 11);
    public static final PythonVersion V3_12 = new PythonVersion(3, 12);
    public static final PythonVersion V3_13 = new PythonVersion(3, 13);
    public static final PythonVersion V3_14 = new PythonVersion(3, 14);
    public static final PythonVersion V3_15 = new PythonVersion(3, 15);

    /** The versions this project reads, oldest first. */
    public static final java.util.List<PythonVersion> SUPPORTED =
            java.util.List.of(V3_7, V3_8, V3_9, V3_10, V3_11, V3_12, V3_13, V3_14, V3_15);

    /** Parses "3.12"; throws IllegalArgumentException with a readable message otherwise. */
    public static PythonVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a Python version: '" + text + "' (expected e.g. 3.12)");
        }
        try {
            return new PythonVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Python version: '" + text + "' (expected e.g. 3.12)");
        }
    }

    public boolean isSupported() {
        return SUPPORTED.contains(this);
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    public boolean atLeast(PythonVersion other) {
        return compareTo(other) >= 0;
    }

    public boolean before(int major, int minor) {
        return !atLeast(major, minor);
    }

    @Override
    public int compareTo(PythonVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
