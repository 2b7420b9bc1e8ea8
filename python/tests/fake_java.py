#!/usr/bin/env python3
"""A stand-in for `java -jar depyf.jar serve` that misbehaves on purpose (FAKE_JAVA_MODE):
  die   - answers the ping, then dies on the first decompile request, saying so on stderr
  hang  - answers the ping, then never answers
  mute  - never answers, not even the ping
  exit  - exits at once with status 1 and a message (like a broken jar)
It is started as DEPYF_JAVA, so it receives the java options, -jar, the jar and 'serve'."""
import os
import struct
import sys
import time

mode = os.environ.get("FAKE_JAVA_MODE", "die")
stdin, stdout = sys.stdin.buffer, sys.stdout.buffer


def read_request():
    head = stdin.read(4)
    if len(head) < 4:
        sys.exit(0)
    (n,) = struct.unpack(">I", head)
    payload = stdin.read(n)
    rid, op = struct.unpack_from(">IB", payload)
    return rid, op


def answer(rid, text):
    t = text.encode()
    payload = struct.pack(">IBI", rid, 0, len(t)) + t + struct.pack(">I", 0)
    stdout.write(struct.pack(">I", len(payload)) + payload)
    stdout.flush()


if mode == "exit":
    sys.stderr.write("Error: Invalid or corrupt jarfile (fake)\n")
    sys.exit(1)
if mode == "mute":
    time.sleep(3600)
rid, op = read_request()
answer(rid, "fake server")
rid, op = read_request()
if mode == "die":
    sys.stderr.write("fake death: the JVM crashed\n")
    sys.stderr.flush()
    os._exit(134)
time.sleep(3600)
