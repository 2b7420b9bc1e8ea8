package depyf.pyc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A .pyc file: its 16-byte header (PEP 552) and the module's code object.
 *
 * @param flags 0 for the timestamp form; bit 0 set for the hash-based form, bit 1 for check_source
 * @param sourceHash the SipHash of the source (hash-based form), else 0
 * @param mtime the source's modification time (timestamp form), else 0
 * @param sourceSize the source's size modulo 2**32 (timestamp form), else 0
 */
public record PycFile(int magic, PythonVersion version, int flags, long sourceHash, long mtime, long sourceSize,
                      CodeObject code) {

    public static final int HEADER_SIZE = 16;

    public boolean hashBased() {
        return (flags & 1) != 0;
    }

    public boolean checkSource() {
        return (flags & 2) != 0;
    }

    public static PycFile read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > Integer.MAX_VALUE - 16) {
            throw new BadInputException(-1, "file too large for a .pyc (" + size + " bytes)");
        }
        return parse(Files.readAllBytes(path));
    }

    /** The version a .pyc was written by, from its magic number alone. */
    public static PythonVersion versionOf(byte[] data) {
        if (data.length < 4) {
            throw new BadInputException(data.length, "file too short for a .pyc header (" + data.length
                    + " bytes; a .pyc starts with a 16-byte header)");
        }
        int magic = (data[0] & 0xff) | (data[1] & 0xff) << 8;
        if ((data[2] & 0xff) != '\r' || (data[3] & 0xff) != '\n') {
            throw new BadInputException(0, "not a .pyc file (no CPython magic number)");
        }
        return MagicNumbers.version(magic).orElseThrow(() -> new BadInputException(0,
                MagicNumbers.olderVersion(magic)
                        .map(v -> "magic number " + magic + " is Python " + v + ", which depyf does not read (it reads 3.7 to 3.15)")
                        .orElse("unknown magic number " + magic + " (not a CPython 3.7 to 3.15 .pyc)")));
    }

    public static PycFile parse(byte[] data) {
        PythonVersion version = versionOf(data);
        if (data.length < HEADER_SIZE) {
            throw new BadInputException(data.length, "file too short for a .pyc header (" + data.length
                    + " bytes; a .pyc starts with a 16-byte header)");
        }
        int magic = (data[0] & 0xff) | (data[1] & 0xff) << 8;
        int flags = le32(data, 4);
        if ((flags & ~3) != 0) {
            throw new BadInputException(4, "invalid .pyc flags 0x" + Integer.toHexString(flags));
        }
        long hash = 0;
        long mtime = 0;
        long srcSize = 0;
        if ((flags & 1) != 0) {
            hash = (le32(data, 8) & 0xffffffffL) | ((long) le32(data, 12)) << 32;
        } else {
            mtime = le32(data, 8) & 0xffffffffL;
            srcSize = le32(data, 12) & 0xffffffffL;
        }
        if (data.length == HEADER_SIZE) {
            throw new BadInputException(HEADER_SIZE, "file ends after the header: no code object");
        }
        MarshalReader reader = new MarshalReader(data, HEADER_SIZE, version);
        PyObject top = reader.readObject();
        if (!(top instanceof CodeObject code)) {
            throw new BadInputException(HEADER_SIZE, "a .pyc holds a code object, found " + top.typeName());
        }
        return new PycFile(magic, version, flags, hash, mtime, srcSize, code);
    }

    /** A bare marshalled code object (no header), as a live interpreter of {@code version} writes it. */
    public static CodeObject parseCode(byte[] data, PythonVersion version) {
        if (!version.isSupported()) {
            throw new BadInputException(-1, "Python " + version + " is not supported (depyf reads 3.7 to 3.15)");
        }
        if (data.length == 0) {
            throw new BadInputException(0, "empty input: no code object");
        }
        PyObject top = MarshalReader.read(data, version);
        if (!(top instanceof CodeObject code)) {
            throw new BadInputException(0, "expected a marshalled code object, found " + top.typeName());
        }
        return code;
    }

    private static int le32(byte[] d, int at) {
        return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8 | (d[at + 2] & 0xff) << 16 | (d[at + 3] & 0xff) << 24;
    }
}
