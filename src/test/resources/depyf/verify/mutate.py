"""Writes a .pyc whose bytecode no compiler emits, for the --verify tests.

    python mutate.py OUT.pyc [flags]

The module defines f(x) and calls it. In f, the first LOAD_FAST* becomes LOAD_FAST_CHECK (3.12+),
which decompiles to the same source and recompiles to LOAD_FAST; before 3.12, or with "flags", the
flag CO_NOFREE is set on f instead (flags differ: a difference in behaviour). Either way f comes back
different and the module itself identical.
"""
import dis
import importlib.util
import marshal
import sys

src = "def f(x):\n    return x\n\nprint(f(1))\n"
mod = compile(src, "mutated.py", "exec", dont_inherit=True)
f = [c for c in mod.co_consts if hasattr(c, "co_code")][0]
if "LOAD_FAST_CHECK" in dis.opmap and sys.argv[2:] != ["flags"]:
    code = bytearray(f.co_code)
    for i in range(0, len(code), 2):
        if dis.opname[code[i]].startswith("LOAD_FAST"):
            code[i] = dis.opmap["LOAD_FAST_CHECK"]
            break
    g = f.replace(co_code=bytes(code))
else:
    g = f.replace(co_flags=f.co_flags | 0x40)
mod = mod.replace(co_consts=tuple(g if c is f else c for c in mod.co_consts))
with open(sys.argv[1], "wb") as out:
    out.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(mod))
