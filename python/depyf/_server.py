"""The client side of `depyf serve`: one long-lived JVM per Python process.

Framing (big-endian, UTF-8; the Java side is depyf.serve.Protocol):
  request  = u32 length, u32 id, u8 op (0 ping, 1 decompile), u16 len + version "3.12", marshal bytes
  response = u32 length, u32 id, u8 status, u32 len + text, u32 count, count * (u32 len + text)
"""

import atexit
import collections
import os
import queue
import struct
import subprocess
import sys
import threading
import time

from . import _locate

OP_PING, OP_DECOMPILE = 0, 1
STATUS_OK, STATUS_BAD_REQUEST, STATUS_BAD_INPUT, STATUS_INTERNAL = 0, 1, 2, 3

#: Seconds to wait for an answer (DEPYF_TIMEOUT overrides); the first call adds STARTUP_TIMEOUT.
DEFAULT_TIMEOUT = 30.0
STARTUP_TIMEOUT = 30.0

JVM_OPTIONS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xss16m"]


class DecompilationError(Exception):
    """depyf could not decompile: the message says why and what to do."""


class ServerDied(Exception):
    pass


class ServerLate(Exception):
    pass


def default_timeout():
    try:
        return float(os.environ.get("DEPYF_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


class JavaServer:
    """One `java -jar depyf.jar serve` process and the threads reading its output."""

    def __init__(self, java, jar):
        self.java, self.jar = java, jar
        self.owner_pid = os.getpid()
        extra = os.environ.get("DEPYF_JAVA_OPTS", "").split()
        self.command = [java] + JVM_OPTIONS + extra + ["-jar", jar, "serve"]
        self.process = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, bufsize=0, close_fds=True)
        self.responses = queue.Queue()
        self.stderr_tail = collections.deque(maxlen=20)
        self.next_id = 1
        threading.Thread(target=self._read_responses, name="depyf-jvm-stdout", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="depyf-jvm-stderr", daemon=True).start()

    def _read_exactly(self, n):
        chunks, left = [], n
        while left:
            chunk = self.process.stdout.read(left)
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def _read_responses(self):
        try:
            while True:
                (length,) = struct.unpack(">I", self._read_exactly(4))
                payload = self._read_exactly(length)
                rid, status = struct.unpack_from(">IB", payload, 0)
                pos = 5
                texts = []
                (n,) = struct.unpack_from(">I", payload, pos)
                texts.append(payload[pos + 4:pos + 4 + n].decode("utf-8", "replace"))
                pos += 4 + n
                (count,) = struct.unpack_from(">I", payload, pos)
                pos += 4
                for _ in range(count):
                    (n,) = struct.unpack_from(">I", payload, pos)
                    texts.append(payload[pos + 4:pos + 4 + n].decode("utf-8", "replace"))
                    pos += 4 + n
                self.responses.put((rid, status, texts[0], texts[1:]))
        except (EOFError, OSError, ValueError, struct.error):
            self.responses.put(None)

    def _read_stderr(self):
        try:
            for line in iter(self.process.stderr.readline, b""):
                self.stderr_tail.append(line.decode("utf-8", "replace").rstrip())
        except (OSError, ValueError):
            pass

    def alive(self):
        return self.process.poll() is None and self.owner_pid == os.getpid()

    def request(self, op, version, body, timeout):
        """(status, text, warnings); raises ServerDied or ServerLate."""
        rid = self.next_id
        self.next_id = (self.next_id + 1) & 0x7FFFFFFF or 1
        v = version.encode("ascii")
        payload = struct.pack(">IBH", rid, op, len(v)) + v + body
        try:
            self.process.stdin.write(struct.pack(">I", len(payload)) + payload)
            self.process.stdin.flush()
        except (OSError, ValueError):
            raise ServerDied(self.describe_death())
        deadline = time.monotonic() + timeout
        while True:
            try:
                answer = self.responses.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ServerLate()
            if answer is None:
                self.responses.put(None)
                raise ServerDied(self.describe_death())
            if answer[0] == rid:
                return answer[1:]

    def describe_death(self):
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        time.sleep(0.05)
        tail = "; ".join(line for line in self.stderr_tail if line)[-1500:]
        what = "exited with status %s" % code if code is not None else "stopped answering"
        return "the Java decompiler process (%s) %s%s" % (
            " ".join(self.command), what, ": " + tail if tail else "")

    def close(self, grace=2.0):
        if self.owner_pid != os.getpid():
            return  # a forked child must not stop its parent's JVM
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self):
        if self.owner_pid != os.getpid():
            return
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


_lock = threading.RLock()
_server = None


def _current_server(timeout):
    """The running server, starting (and checking) a fresh one when there is none or it died."""
    global _server
    if _server is not None and _server.alive():
        return _server
    if _server is not None and _server.owner_pid == os.getpid():
        _server.kill()
    _server = None
    try:
        java, jar = _locate.find_java(), _locate.find_jar()
    except _locate.NotFound as e:
        raise DecompilationError(str(e)) from None
    try:
        server = JavaServer(java, jar)
    except OSError as e:
        raise DecompilationError("depyf could not start %s: %s" % (java, e)) from None
    try:
        status, text, _ = server.request(OP_PING, "", b"", STARTUP_TIMEOUT + timeout)
    except ServerDied as e:
        raise DecompilationError("depyf could not start its Java decompiler: %s. Check that %s is a depyf "
                                 "jar built for this version (rebuild with ./depyf --version)." % (e, jar)) from None
    except ServerLate:
        server.kill()
        raise DecompilationError("the Java decompiler did not start within %.0f s (%s); the machine may be "
                                 "overloaded. Try again, or raise DEPYF_TIMEOUT." % (STARTUP_TIMEOUT + timeout,
                                                                                      " ".join(server.command))) from None
    if status != STATUS_OK:
        server.kill()
        raise DecompilationError("the Java decompiler answered a ping with an error: %s" % text)
    _server = server
    return server


def request(op, version, body, timeout=None):
    """Sends one request to the JVM (started on demand); returns (status, text, warnings)."""
    if timeout is None:
        timeout = default_timeout()
    global _server
    with _lock:
        for attempt in (1, 2):
            server = _current_server(timeout)
            try:
                return server.request(op, version, body, timeout)
            except ServerDied as e:
                server.kill()
                _server = None
                if attempt == 1:
                    continue  # it may have died before this request (killed, crashed): try a fresh one once
                raise DecompilationError("%s. The next call starts a fresh one; if this repeats, run "
                                         "`java -jar %s serve` by hand to see why." % (e, server.jar)) from None
            except ServerLate:
                server.kill()
                _server = None
                raise DecompilationError("the Java decompiler gave no answer within %.1f s, so it was stopped; the next "
                                         "call starts a fresh one. Raise the limit with DEPYF_TIMEOUT=<seconds> or "
                                         "decompile(..., timeout=<seconds>)." % timeout) from None


def shutdown():
    """Stops the JVM if one is running (also called at exit)."""
    global _server
    with _lock:
        if _server is not None:
            _server.close()
            _server = None


def server_pid():
    """The JVM's process id, or None when none runs (for tests and diagnostics)."""
    server = _server
    return server.process.pid if server is not None and server.alive() else None


def python_version():
    return "%d.%d" % sys.version_info[:2]


atexit.register(shutdown)
