"""Captures the code objects Dynamo makes for the torch suite's programs into testdata/dynamo/.

Run with sid's python3.14 (torch 2.14):  tests/torch/sid-python scripts/capture-dynamo.py [PROGRAM...]

For every frame Dynamo compiles, writes <program>/<n>_<kind>_<name>.pyc (a .pyc header for the
running interpreter plus the marshalled code object): kind is `original` (the user's code),
`transformed` (what Dynamo runs in its place) or `resume` (a __resume_at_* function it made). Dynamo's
own bytecode runs (no substitution), so the programs behave as with plain torch.compile. A constant
marshal cannot write (torch.Size) is replaced by the marker string the Python package sends instead.
"""
import importlib.util
import marshal
import os
import re
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "torch"))
sys.path.insert(0, os.path.join(REPO, "python"))

import torch  # noqa: E402
import torch._dynamo.convert_frame  # noqa: E402

import programs  # noqa: E402
from depyf import _constants  # noqa: E402

OUT = os.path.join(REPO, "testdata", "dynamo")


def safe(name):
    return re.sub(r"\W", "_", name)


def frame_globals(code):
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "_compile" and frame.f_locals.get("code") is code:
            g = frame.f_locals.get("globals")
            if isinstance(g, dict):
                return g
        frame = frame.f_back
    return {}


def write(folder, name, code):
    path = os.path.join(folder, name + ".pyc")
    with open(path, "wb") as f:
        try:
            body = marshal.dumps(code)
        except ValueError:   # e.g. a torch.Size constant: the marker string the package sends instead
            body = marshal.dumps(_constants.stand_ins(code)[0])
        f.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + body)


def capture(name, program):
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        os.remove(os.path.join(folder, old))
    count = [0]

    def hook(code, new_code):
        n = count[0]
        count[0] += 1
        write(folder, "%d_original_%s" % (n, safe(code.co_name)), code)
        write(folder, "%d_transformed_%s" % (n, safe(code.co_name)), new_code)
        scope = frame_globals(code)
        for const in new_code.co_names:
            fn = scope.get(const)
            if const.startswith("__resume_at_") and isinstance(fn, types.FunctionType):
                write(folder, "%d_resume_%s" % (n, safe(const)), fn.__code__)
        return None

    torch._dynamo.reset()
    handle = torch._dynamo.convert_frame.register_bytecode_hook(hook)
    try:
        program(lambda f, **kw: torch.compile(f, backend="eager", **kw))
    finally:
        handle.remove()
        torch._dynamo.reset()
    return count[0]


def main(names):
    for name in names or list(programs.PROGRAMS):
        print(name, capture(name, programs.PROGRAMS[name]), "frame(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
