package depyf.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.bytecode.OpcodeTable;
import depyf.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed .pyc files through {@code depyf dis}: exit status 2 and exactly one line on stderr that
 * names the file and the byte offset, without a Java stack trace.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    /** What one run printed. */
    record Run(int status, String out, List<String> errLines) {}

    @Test
    void truncatedFile() throws IOException {
        byte[] good = Marshal312.pyc(Marshal312.code(1, List.of("a"), new byte[] {0x20}));
        Run r = expectBadInput("truncated.pyc", Arrays.copyOf(good, good.length - 7));
        assertTrue(r.errLines().get(0).contains("remain"), r.errLines().get(0));
    }

    @Test
    void fileShorterThanTheHeader() throws IOException {
        expectBadInput("short.pyc", new byte[] {(byte) 0xcb, 0x0d, 0x0d, 0x0a, 0, 0});
    }

    @Test
    void unknownMagic() throws IOException {
        Run r = expectBadInput("unknown.pyc", header(0x1234));
        assertTrue(r.errLines().get(0).contains("unknown magic number"), r.errLines().get(0));
    }

    @Test
    void python27MagicNamesTheVersion() throws IOException {
        Run r = expectBadInput("old27.pyc", header(62211));
        assertTrue(r.errLines().get(0).contains("2.7"), r.errLines().get(0));
    }

    @Test
    void python36MagicNamesTheVersion() throws IOException {
        Run r = expectBadInput("old36.pyc", header(3379));
        assertTrue(r.errLines().get(0).contains("3.6"), r.errLines().get(0));
    }

    @Test
    void unknownMarshalTypeCode() throws IOException {
        Run r = expectBadInput("typecode.pyc", concat(Marshal312.header(), new byte[] {'Q'}));
        assertTrue(r.errLines().get(0).contains("at byte 16"), r.errLines().get(0));
    }

    @Test
    void declaredLengthLongerThanTheFile() throws IOException {
        byte[] body = {'s', (byte) 0x40, 0x42, 0x0f, 0x00, 'a', 'b', 'c'};   // 1,000,000 bytes declared
        Run r = expectBadInput("length.pyc", concat(Marshal312.header(), body));
        assertTrue(r.errLines().get(0).contains("1000000"), r.errLines().get(0));
    }

    @Test
    void hugeDeclaredTupleIsRefusedBeforeAllocating() throws IOException {
        byte[] body = {'(', (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
        expectBadInput("tuple.pyc", concat(Marshal312.header(), body));
    }

    @Test
    void deeplyNestedTuplesDoNotOverflowTheStack() throws IOException {
        int depth = 100_000;
        byte[] body = new byte[depth * 2 + 1];
        for (int i = 0; i < depth; i++) {
            body[2 * i] = ')';
            body[2 * i + 1] = 1;
        }
        body[body.length - 1] = 'N';
        Run r = expectBadInput("nested.pyc", concat(Marshal312.header(), body));
        assertTrue(r.errLines().get(0).contains("nested"), r.errLines().get(0));
    }

    @Test
    void codeObjectWhoseLocalsDisagreeWithTheirKinds() throws IOException {
        byte[] code = Marshal312.code(0, List.of("a", "b"), new byte[] {0x20});
        Run r = expectBadInput("kinds.pyc", Marshal312.pyc(code));
        assertTrue(r.errLines().get(0).contains("kinds"), r.errLines().get(0));
    }

    @Test
    void codeObjectWithMoreArgumentsThanLocals() throws IOException {
        byte[] code = Marshal312.code(3, List.of("a"), new byte[] {0x20 | 0x02});
        Run r = expectBadInput("args.pyc", Marshal312.pyc(code));
        assertTrue(r.errLines().get(0).contains("arguments"), r.errLines().get(0));
    }

    @Test
    void instructionNamingAMissingLocal() throws IOException {
        OpcodeTable t = OpcodeTable.of(PythonVersion.V3_12);
        byte[] bytecode = {(byte) t.byName("LOAD_FAST").number(), 7,
                (byte) t.byName("RETURN_VALUE").number(), 0};
        Path file = write("missing-local.pyc", Marshal312.pyc(Marshal312.code(0, List.of(), new byte[0], bytecode)));
        Run r = run(file);
        assertEquals(2, r.status(), r.toString());
        checkOneCleanLine(r, file);
        assertTrue(r.errLines().get(0).contains("offset 0"), r.errLines().get(0));
    }

    @Test
    void theValidBaseFileDisassembles() throws IOException {
        Path file = write("good.pyc", Marshal312.pyc(Marshal312.code(1, List.of("a"), new byte[] {0x20 | 0x02})));
        Run r = run(file);
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("RETURN_CONST"), r.out());
    }

    // ---- helpers ----

    private Run expectBadInput(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        Run r = run(file);
        assertEquals(2, r.status(), r.toString());
        checkOneCleanLine(r, file);
        assertTrue(r.errLines().get(0).matches(".*at byte \\d+.*"), "no byte offset: " + r.errLines().get(0));
        return r;
    }

    private static void checkOneCleanLine(Run r, Path file) {
        assertEquals(1, r.errLines().size(), "stderr: " + r.errLines());
        String line = r.errLines().get(0);
        assertTrue(line.contains(file.toString()), "does not name the file: " + line);
        assertFalse(line.contains("Exception"), line);
        assertFalse(line.contains("at depyf."), line);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        return file;
    }

    static Run run(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"dis", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        return new Run(status, out.toString(), lines);
    }

    private static byte[] header(int magic) {
        byte[] h = new byte[32];
        h[0] = (byte) magic;
        h[1] = (byte) (magic >> 8);
        h[2] = '\r';
        h[3] = '\n';
        return h;
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Writes 3.12 .pyc files by hand: the header and a code object in marshal's 3.12 layout. */
    static final class Marshal312 {
        static byte[] header() {
            byte[] h = new byte[16];
            h[0] = (byte) 0xcb;   // 3531, Python 3.12's magic
            h[1] = 0x0d;
            h[2] = '\r';
            h[3] = '\n';
            return h;
        }

        static byte[] pyc(byte[] code) {
            return concat(header(), code);
        }

        /** RESUME 0; RETURN_CONST 0 (None), with the given argument count and localsplus names/kinds. */
        static byte[] code(int argCount, List<String> localsPlus, byte[] kinds) {
            OpcodeTable t = OpcodeTable.of(PythonVersion.V3_12);
            byte[] bytecode = {(byte) t.byName("RESUME").number(), 0, (byte) t.byName("RETURN_CONST").number(), 0};
            return code(argCount, localsPlus, kinds, bytecode);
        }

        static byte[] code(int argCount, List<String> localsPlus, byte[] kinds, byte[] bytecode) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.write('c');
            for (int v : new int[] {argCount, 0, 0, 1, 3}) {   // args, posonly, kwonly, stacksize, flags
                i32(o, v);
            }
            bytes(o, bytecode);
            o.write(')');                                        // co_consts = (None,)
            o.write(1);
            o.write('N');
            o.write(')');                                        // co_names = ()
            o.write(0);
            o.write(')');
            o.write(localsPlus.size());
            localsPlus.forEach(n -> str(o, n));
            bytes(o, kinds);
            str(o, "bad.py");
            str(o, "f");
            str(o, "f");
            i32(o, 1);
            bytes(o, new byte[0]);                               // co_linetable
            bytes(o, new byte[0]);                               // co_exceptiontable
            return o.toByteArray();
        }

        private static void i32(ByteArrayOutputStream o, int v) {
            o.write(v);
            o.write(v >> 8);
            o.write(v >> 16);
            o.write(v >> 24);
        }

        private static void bytes(ByteArrayOutputStream o, byte[] b) {
            o.write('s');
            i32(o, b.length);
            o.writeBytes(b);
        }

        private static void str(ByteArrayOutputStream o, String s) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            o.write('z');
            o.write(b.length);
            o.writeBytes(b);
        }
    }
}
