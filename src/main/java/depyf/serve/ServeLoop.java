package depyf.serve;

import depyf.pipeline.Decompiler;
import depyf.pyc.BadInputException;
import depyf.pyc.CodeObject;
import depyf.pyc.PycFile;
import depyf.pyc.PythonVersion;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * The request loop behind {@code depyf serve}: reads {@link Protocol} frames until the input ends,
 * answers each one. A bad request gets an error response; only a broken stream ends the loop.
 */
public final class ServeLoop {
    private final Function<CodeObject, Decompiler.Result> decompiler;
    private final String serverVersion;
    private final long maxPayload;

    public ServeLoop(Function<CodeObject, Decompiler.Result> decompiler, String serverVersion) {
        this(decompiler, serverVersion, Protocol.MAX_PAYLOAD);
    }

    ServeLoop(Function<CodeObject, Decompiler.Result> decompiler, String serverVersion, long maxPayload) {
        this.decompiler = decompiler;
        this.serverVersion = serverVersion;
        this.maxPayload = maxPayload;
    }

    /** The loop with the real decompiler. */
    public static ServeLoop standard(String serverVersion) {
        return new ServeLoop(Decompiler::decompile, serverVersion);
    }

    /**
     * Serves until {@code input} ends. Returns 0 after a clean end (the client closed the stream
     * between requests), 2 when the stream broke inside a frame or the output could not be written.
     */
    public int run(InputStream input, OutputStream output, PrintStream log) {
        DataInputStream in = new DataInputStream(new BufferedInputStream(input, 1 << 16));
        OutputStream out = new BufferedOutputStream(output, 1 << 16);
        try {
            while (true) {
                long length = Protocol.readLength(in);
                if (length < 0) {
                    return 0;
                }
                Protocol.Response response;
                if (length > maxPayload) {
                    in.skipNBytes(length);
                    response = Protocol.Response.error(0, Protocol.STATUS_BAD_REQUEST, "request of " + length
                            + " bytes is larger than the limit of " + maxPayload + " bytes");
                } else {
                    byte[] payload = new byte[(int) length];
                    in.readFully(payload);
                    response = answer(payload);
                }
                Protocol.write(out, response);
            }
        } catch (EOFException e) {
            log.println("depyf serve: the input ended inside a request frame");
            return 2;
        } catch (IOException e) {
            log.println("depyf serve: " + e.getMessage());
            return 2;
        }
    }

    /** The response to one request payload; never throws. */
    Protocol.Response answer(byte[] payload) {
        Protocol.Request request;
        try {
            request = Protocol.decode(payload);
        } catch (IllegalArgumentException e) {
            return Protocol.Response.error(Protocol.idOf(payload), Protocol.STATUS_BAD_REQUEST, e.getMessage());
        }
        int id = request.id();
        return switch (request.op()) {
            case Protocol.OP_PING -> new Protocol.Response(id, Protocol.STATUS_OK, serverVersion, java.util.List.of());
            case Protocol.OP_DECOMPILE -> decompile(request);
            default -> Protocol.Response.error(id, Protocol.STATUS_BAD_REQUEST,
                    "unknown operation " + request.op() + " (0 = ping, 1 = decompile)");
        };
    }

    private Protocol.Response decompile(Protocol.Request request) {
        int id = request.id();
        PythonVersion version;
        try {
            version = PythonVersion.parse(request.version());
        } catch (IllegalArgumentException e) {
            return Protocol.Response.error(id, Protocol.STATUS_BAD_REQUEST, e.getMessage());
        }
        try {
            CodeObject code = PycFile.parseCode(request.body(), version);
            Decompiler.Result result = decompiler.apply(code);
            return new Protocol.Response(id, Protocol.STATUS_OK, result.source(), result.warnings());
        } catch (BadInputException e) {
            return Protocol.Response.error(id, Protocol.STATUS_BAD_INPUT, "marshalled code object, " + e.describe());
        } catch (StackOverflowError e) {
            return Protocol.Response.error(id, Protocol.STATUS_INTERNAL, "the decompiler ran out of stack (nesting too deep)");
        } catch (OutOfMemoryError e) {
            return Protocol.Response.error(id, Protocol.STATUS_INTERNAL, "the decompiler ran out of memory");
        } catch (RuntimeException e) {
            return Protocol.Response.error(id, Protocol.STATUS_INTERNAL, "the decompiler failed: " + e);
        }
    }
}
