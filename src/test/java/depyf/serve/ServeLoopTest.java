package depyf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import depyf.pipeline.Decompiler;
import depyf.pyc.CodeObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ServeLoopTest {
    /** marshal.dumps((lambda-free) def f(a, b): return a + b).__code__) written by CPython 3.12. */
    static final byte[] FUNCTION_3_12 = HexFormat.of().parseHex(
            "e30200000000000000000000000200000003000000f30c00000097007c007c017a000000530029014ea9002902da0161da0162"
                    + "73020000002020fa083c737472696e673eda0166720600000003000000730b0000008000d80b0c88718935804cf300000000");

    /** Echoes the code object's name and argument count, with one warning. */
    static final Function<CodeObject, Decompiler.Result> ECHO = code -> new Decompiler.Result(
            "name=" + code.name() + " args=" + code.argCount() + "\n", List.of("warned about " + code.name()));

    record Run(int status, List<Protocol.Response> responses, String log) {}

    static Run serve(Function<CodeObject, Decompiler.Result> decompiler, byte[]... frames) throws IOException {
        return serve(decompiler, Protocol.MAX_PAYLOAD, frames);
    }

    static Run serve(Function<CodeObject, Decompiler.Result> decompiler, long maxPayload, byte[]... frames)
            throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            input.write(f);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = new ServeLoop(decompiler, "depyf test", maxPayload).run(new ByteArrayInputStream(input.toByteArray()), output,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        List<Protocol.Response> responses = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(output.toByteArray());
        for (Protocol.Response r; (r = Protocol.readResponse(in)) != null; ) {
            responses.add(r);
        }
        return new Run(status, responses, log.toString(StandardCharsets.UTF_8));
    }

    static byte[] decompile(int id, String version, byte[] body) {
        return Protocol.encodeRequest(id, Protocol.OP_DECOMPILE, version, body);
    }

    @Test
    void answersPingWithTheServerVersion() throws IOException {
        Run run = serve(ECHO, Protocol.encodeRequest(7, Protocol.OP_PING, "", new byte[0]));
        assertEquals(0, run.status());
        assertEquals(List.of(new Protocol.Response(7, Protocol.STATUS_OK, "depyf test", List.of())), run.responses());
    }

    @Test
    void decompilesAMarshalledCodeObjectAndReturnsSourceAndWarnings() throws IOException {
        Run run = serve(ECHO, decompile(42, "3.12", FUNCTION_3_12));
        assertEquals(List.of(new Protocol.Response(42, Protocol.STATUS_OK, "name=f args=2\n", List.of("warned about f"))),
                run.responses());
    }

    @Test
    void theStandardDecompilerAnswersWithSomeSource() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = ServeLoop.standard("v").run(new ByteArrayInputStream(decompile(1, "3.12", FUNCTION_3_12)), output,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Protocol.Response r = Protocol.readResponse(new ByteArrayInputStream(output.toByteArray()));
        assertEquals(0, status);
        assertEquals(Protocol.STATUS_OK, r.status(), r.text());
        assertFalse(r.text().isBlank());
    }

    @Test
    void badRequestsGetErrorsAndTheLoopGoesOn() throws IOException {
        byte[] good = decompile(9, "3.12", FUNCTION_3_12);
        Run run = serve(ECHO,
                frame(new byte[] {0, 0, 0, 1, 1}),                                // head cut short
                frame(new byte[] {0, 0, 0, 2, 1, 0, 50, '3'}),                    // version runs past the end
                Protocol.encodeRequest(3, 77, "3.12", FUNCTION_3_12),             // unknown op
                decompile(4, "three", FUNCTION_3_12),                             // not a version
                decompile(5, "2.7", FUNCTION_3_12),                               // unsupported version
                decompile(6, "3.12", new byte[0]),                                // empty body
                decompile(7, "3.12", new byte[] {(byte) 0xe3, 1, 2}),             // truncated marshal
                decompile(8, "3.12", new byte[] {'i', 1, 0, 0, 0}),               // an int, not code
                good);
        assertEquals(0, run.status());
        List<Protocol.Response> r = run.responses();
        assertEquals(9, r.size());
        int[] statuses = r.stream().mapToInt(Protocol.Response::status).toArray();
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 0), java.util.Arrays.stream(statuses).boxed().toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), r.stream().map(Protocol.Response::id).toList());
        assertTrue(r.get(0).text().contains("shorter than"), r.get(0).text());
        assertTrue(r.get(2).text().contains("unknown operation 77"), r.get(2).text());
        assertTrue(r.get(3).text().contains("not a Python version"), r.get(3).text());
        assertTrue(r.get(4).text().contains("2.7"), r.get(4).text());
        assertTrue(r.get(6).text().startsWith("marshalled code object, at byte"), r.get(6).text());
        assertTrue(r.get(7).text().contains("expected a marshalled code object"), r.get(7).text());
        assertEquals("name=f args=2\n", r.get(8).text());
    }

    @Test
    void decompilerFailuresAreInternalErrorsNotCrashes() throws IOException {
        int[] calls = {0};
        Function<CodeObject, Decompiler.Result> flaky = code -> switch (calls[0]++) {
            case 0 -> throw new IllegalStateException("boom");
            case 1 -> throw new StackOverflowError();
            default -> ECHO.apply(code);
        };
        Run run = serve(flaky, decompile(1, "3.12", FUNCTION_3_12), decompile(2, "3.12", FUNCTION_3_12),
                decompile(3, "3.12", FUNCTION_3_12));
        List<Protocol.Response> r = run.responses();
        assertEquals(Protocol.STATUS_INTERNAL, r.get(0).status());
        assertTrue(r.get(0).text().contains("boom"));
        assertEquals(Protocol.STATUS_INTERNAL, r.get(1).status());
        assertTrue(r.get(1).text().contains("stack"));
        assertEquals(Protocol.STATUS_OK, r.get(2).status());
    }

    @Test
    void oversizedFramesAreSkippedAndAnswered() throws IOException {
        int limit = 1000;
        byte[] big = new byte[4 + limit + 1];
        java.nio.ByteBuffer.wrap(big).putInt(limit + 1);
        Run run = serve(ECHO, limit, big, decompile(2, "3.12", FUNCTION_3_12));
        assertEquals(2, run.responses().size());
        assertEquals(Protocol.STATUS_BAD_REQUEST, run.responses().get(0).status());
        assertTrue(run.responses().get(0).text().contains("larger than the limit"));
        assertEquals(Protocol.STATUS_OK, run.responses().get(1).status());
    }

    @Test
    void emptyInputEndsCleanly() throws IOException {
        Run run = serve(ECHO);
        assertEquals(0, run.status());
        assertTrue(run.responses().isEmpty());
    }

    @Test
    void aStreamCutInsideAFrameEndsWithStatus2AndOneLine() throws IOException {
        byte[] good = decompile(1, "3.12", FUNCTION_3_12);
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 5);
        Run run = serve(ECHO, good, cut);
        assertEquals(2, run.status());
        assertEquals(1, run.responses().size());
        assertEquals("depyf serve: the input ended inside a request frame", run.log().strip());
    }

    @Test
    void responsesRoundTripThroughTheEncoder() throws IOException {
        Protocol.Response sent = new Protocol.Response(-5, 3, "ünïcode ✓", List.of("a", "", "c"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Protocol.write(out, sent);
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals(sent, Protocol.readResponse(in));
        assertNull(Protocol.readResponse(in));
    }

    private static byte[] frame(byte[] payload) {
        return java.nio.ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
    }
}
