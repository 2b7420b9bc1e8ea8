"""Times depyf.decompile() on code objects Dynamo really produced (torch.compile of the seed's
toy example and an nn.Module): the first call of a fresh process (JVM start included) and the
median of repeated calls once the JVM is up. Run through scripts/bench-python.sh."""
import argparse
import os
import statistics
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "python"))
sys.path.insert(0, os.path.join(REPO, "tests", "torch"))

import depyf  # noqa: E402
from depyf import _server  # noqa: E402


def dynamo_frames():
    """The transformed code objects of a few compiled frames (Dynamo's modified bytecode)."""
    import torch
    import programs
    frames = []
    handle = torch._dynamo.convert_frame.register_bytecode_hook(lambda code, new: frames.append(new))
    try:
        torch._dynamo.reset()
        f = torch.compile(programs.toy_example, backend="eager")
        a, b = torch.randn(10), torch.randn(10)
        f(a, b), f(a, -b)
        model = torch.compile(programs.Residual(), backend="eager")
        model(torch.randn(3, 4))
    finally:
        handle.remove()
    return frames


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=300, help="timed calls after warm-up (default 300)")
    parser.add_argument("--warmup", type=int, default=200, help="untimed calls first (default 200)")
    args = parser.parse_args()
    frames = dynamo_frames()
    toy = frames[0]
    _server.shutdown()
    started = time.perf_counter()
    depyf.decompile(toy)
    first = time.perf_counter() - started
    for i in range(args.warmup):
        depyf.decompile(frames[i % len(frames)])
    times = []
    for _ in range(args.calls):
        started = time.perf_counter()
        depyf.decompile(toy)
        times.append(time.perf_counter() - started)
    ordered = sorted(times)
    print("frames: %d transformed code objects from torch %s (the toy example's: %d bytes of bytecode)"
          % (len(frames), __import__("torch").__version__, len(toy.co_code)))
    print("first call (JVM start included): %.0f ms" % (first * 1000))
    print("median once the JVM is up: %.2f ms (p90 %.2f ms, over %d calls)"
          % (statistics.median(times) * 1000, ordered[int(len(ordered) * 0.9)] * 1000, len(times)))


if __name__ == "__main__":
    main()
