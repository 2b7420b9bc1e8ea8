package depyf.serve;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The binary framing spoken by {@code depyf serve} on stdin/stdout. All integers are big-endian,
 * all text UTF-8.
 *
 * <pre>
 * request  := u32 payloadLength, payload
 * payload  := u32 id, u8 op, u16 versionLength, version (e.g. "3.12"), body
 *             op 0 = PING (body ignored), op 1 = DECOMPILE (body = marshal.dumps(code))
 * response := u32 payloadLength, u32 id, u8 status, text, u32 warningCount, text * warningCount
 * text     := u32 byteLength, UTF-8 bytes
 *             status 0 = OK (text = source, or the server's version for PING),
 *             1 = BAD_REQUEST (the frame itself is malformed), 2 = BAD_INPUT (the code object cannot
 *             be read), 3 = INTERNAL (the decompiler failed); for status != 0 text is the message
 * </pre>
 *
 * The Python side ({@code python/depyf/_server.py}) writes and reads exactly this.
 */
public final class Protocol {
    private Protocol() {}

    public static final int OP_PING = 0;
    public static final int OP_DECOMPILE = 1;

    public static final int STATUS_OK = 0;
    public static final int STATUS_BAD_REQUEST = 1;
    public static final int STATUS_BAD_INPUT = 2;
    public static final int STATUS_INTERNAL = 3;

    /** Largest request payload accepted; bigger ones are skipped and answered with BAD_REQUEST. */
    public static final int MAX_PAYLOAD = 256 << 20;

    /** Fixed part of a request payload: id, op, version length. */
    static final int REQUEST_HEAD = 4 + 1 + 2;

    /** One decoded request. */
    public record Request(int id, int op, String version, byte[] body) {}

    /** One response. */
    public record Response(int id, int status, String text, List<String> warnings) {
        public static Response error(int id, int status, String message) {
            return new Response(id, status, message, List.of());
        }
    }

    /**
     * Reads one frame's payload length, or -1 at a clean end of stream (nothing more was sent).
     * A stream that ends inside the 4 length bytes is an {@link EOFException}.
     */
    static long readLength(DataInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return -1;
        }
        byte[] rest = new byte[3];
        in.readFully(rest);
        return ((long) first << 24 | (rest[0] & 0xffL) << 16 | (rest[1] & 0xffL) << 8 | (rest[2] & 0xffL));
    }

    /** Decodes a request payload; throws {@link IllegalArgumentException} with a readable message. */
    static Request decode(byte[] payload) {
        if (payload.length < REQUEST_HEAD) {
            throw new IllegalArgumentException("request of " + payload.length + " bytes is shorter than its "
                    + REQUEST_HEAD + "-byte head (id, op, version length)");
        }
        int id = (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | (payload[3] & 0xff);
        int op = payload[4] & 0xff;
        int versionLength = (payload[5] & 0xff) << 8 | (payload[6] & 0xff);
        if (REQUEST_HEAD + versionLength > payload.length) {
            throw new IllegalArgumentException("version string of " + versionLength + " bytes runs past the end of a "
                    + payload.length + "-byte request");
        }
        String version = new String(payload, REQUEST_HEAD, versionLength, StandardCharsets.UTF_8);
        int bodyStart = REQUEST_HEAD + versionLength;
        byte[] body = java.util.Arrays.copyOfRange(payload, bodyStart, payload.length);
        return new Request(id, op, version, body);
    }

    /** The request id in a payload too broken to decode, when at least the id is there; else 0. */
    static int idOf(byte[] payload) {
        return payload.length < 4 ? 0
                : (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | (payload[3] & 0xff);
    }

    /** Encodes and writes one response frame, then flushes. */
    public static void write(OutputStream out, Response response) throws IOException {
        byte[] text = response.text().getBytes(StandardCharsets.UTF_8);
        List<byte[]> warnings = response.warnings().stream().map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
        long length = 4 + 1 + 4 + text.length + 4;
        for (byte[] w : warnings) {
            length += 4 + w.length;
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt((int) length);
        data.writeInt(response.id());
        data.writeByte(response.status());
        data.writeInt(text.length);
        data.write(text);
        data.writeInt(warnings.size());
        for (byte[] w : warnings) {
            data.writeInt(w.length);
            data.write(w);
        }
        data.flush();
    }

    /** Encodes a request frame (used by tests and by anyone writing a client in Java). */
    public static byte[] encodeRequest(int id, int op, String version, byte[] body) {
        byte[] v = version.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + REQUEST_HEAD + v.length + body.length);
        b.putInt(REQUEST_HEAD + v.length + body.length).putInt(id).put((byte) op).putShort((short) v.length)
                .put(v).put(body);
        return b.array();
    }

    /** Reads one response frame (used by tests); null at end of stream. */
    public static Response readResponse(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        long length = readLength(in);
        if (length < 0) {
            return null;
        }
        int id = in.readInt();
        int status = in.readUnsignedByte();
        String text = readText(in);
        int count = in.readInt();
        List<String> warnings = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            warnings.add(readText(in));
        }
        return new Response(id, status, text, warnings);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
