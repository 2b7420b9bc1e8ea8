package depyf.pyc;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every .pyc magic number CPython 3.7 to 3.15 shipped, alphas and betas included, mapped to its
 * version; and the ranges of older versions, so that an unsupported file can say what it is.
 * Source: the "Known values" list in CPython's Include/internal/pycore_magic_number.h
 * (Lib/importlib/_bootstrap_external.py before 3.13).
 */
public final class MagicNumbers {
    private MagicNumbers() {}

    /** The magic numbers of the supported versions, each with its version. */
    private static final Map<Integer, PythonVersion> SUPPORTED = new TreeMap<>();

    /** First magic number of each older version line, for messages only. */
    private static final TreeMap<Integer, String> OLDER = new TreeMap<>();

    private static void add(PythonVersion v, int... magics) {
        for (int m : magics) {
            SUPPORTED.put(m, v);
        }
    }

    private static void addRange(PythonVersion v, int first, int last) {
        for (int m = first; m <= last; m++) {
            SUPPORTED.put(m, v);
        }
    }

    static {
        add(PythonVersion.V3_7, 3390, 3391, 3392, 3393, 3394);
        add(PythonVersion.V3_8, 3400, 3401, 3410, 3411, 3412, 3413);
        add(PythonVersion.V3_9, 3420, 3421, 3422, 3423, 3424, 3425);
        addRange(PythonVersion.V3_10, 3430, 3439);
        addRange(PythonVersion.V3_11, 3450, 3495);
        addRange(PythonVersion.V3_12, 3500, 3531);
        addRange(PythonVersion.V3_13, 3550, 3571);
        addRange(PythonVersion.V3_14, 3600, 3627);
        // 3.15 is still in development: every number of its block (2900 + 50 * 15 ...) is accepted.
        addRange(PythonVersion.V3_15, 3650, 3699);

        OLDER.put(20121, "1.5");
        OLDER.put(50428, "1.6");
        OLDER.put(50823, "2.0");
        OLDER.put(60202, "2.1");
        OLDER.put(60717, "2.2");
        OLDER.put(62011, "2.3");
        OLDER.put(62041, "2.4");
        OLDER.put(62071, "2.5");
        OLDER.put(62151, "2.6");
        OLDER.put(62171, "2.7");
        OLDER.put(3000, "3.0");
        OLDER.put(3141, "3.1");
        OLDER.put(3160, "3.2");
        OLDER.put(3190, "3.3");
        OLDER.put(3250, "3.4");
        OLDER.put(3320, "3.5");
        OLDER.put(3360, "3.6");
        OLDER.put(3380, null); // gap before 3.7
    }

    /** The supported version that wrote this magic number, if any. */
    public static Optional<PythonVersion> version(int magic) {
        return Optional.ofNullable(SUPPORTED.get(magic));
    }

    /** The older version line this magic number belongs to ("2.7", "3.6"), if it is one. */
    public static Optional<String> olderVersion(int magic) {
        if (magic > 62211 || (magic >= 3380 && magic < 20121)) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> e = OLDER.floorEntry(magic);
        return e == null ? Optional.empty() : Optional.ofNullable(e.getValue());
    }

    /** The newest magic number of a supported version (what its interpreter writes). */
    public static int newest(PythonVersion v) {
        int best = -1;
        for (Map.Entry<Integer, PythonVersion> e : SUPPORTED.entrySet()) {
            if (e.getValue().equals(v) && v != PythonVersion.V3_15) {
                best = e.getKey();
            }
        }
        return v.equals(PythonVersion.V3_15) ? 3657 : best;
    }
}
