#!/usr/bin/env python3
"""Developer tool: show where a source file's round trip differs, code object by code object.

  PYTHON scripts/rt-diff.py FILE.py [QUALNAME-SUBSTRING] [--all]

Run with the interpreter whose bytecode you want (pyenv's or the sid folder's). It compiles FILE,
decompiles the .pyc with ./depyf, recompiles the result and prints, for each code object whose
instructions differ, a unified diff of the two instruction lists (jump targets as instruction
indices, line numbers left out) followed by the decompiled source of that function.
"""
import dis, difflib, importlib.util, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


PAIRS = {"LOAD_FAST_LOAD_FAST": ("LOAD_FAST", "LOAD_FAST"),
         "LOAD_FAST_BORROW_LOAD_FAST_BORROW": ("LOAD_FAST_BORROW", "LOAD_FAST_BORROW"),
         "STORE_FAST_LOAD_FAST": ("STORE_FAST", "LOAD_FAST"),
         "STORE_FAST_STORE_FAST": ("STORE_FAST", "STORE_FAST")}


def instrs(code):
    # what the repo's CodeComparator abstracts with line numbers: NOPs, superinstruction pairing and
    # a class body's __firstlineno__
    every = list(dis.get_instructions(code))
    ins = [i for i in every if i.opname not in ("CACHE", "EXTENDED_ARG", "NOP", "RESUME")]
    index, n = {}, 0
    pending = []                         # a jump to a NOP lands on the next instruction kept
    for i in every:
        if i.opname in ("CACHE", "EXTENDED_ARG", "NOP", "RESUME"):
            pending.append(i.offset)
            continue
        for off in pending:
            index[off] = n
        pending = []
        index[i.offset] = n
        n += 2 if i.opname in PAIRS else 1
    for off in pending:
        index[off] = n
    out = []
    for k, i in enumerate(ins):
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = "->%s" % index.get(i.argval, i.argval)
        elif hasattr(i.argval, "co_code"):
            arg = "<code %s>" % i.argval.co_name
        elif k + 1 < len(ins) and ins[k + 1].argval == "__firstlineno__":
            arg = "<first line>"
        else:
            arg = i.argrepr
        if i.opname in PAIRS and isinstance(i.argval, tuple):
            out.append("%s %s" % (PAIRS[i.opname][0], i.argval[0]))
            out.append("%s %s" % (PAIRS[i.opname][1], i.argval[1]))
            continue
        out.append("%s %s" % (i.opname, arg))
    # the exception table in instruction indices, as the repo's CodeComparator compares it
    parse = getattr(dis, "_parse_exception_table", None)
    for e in (parse(code) if parse else []):
        at = lambda off, dflt: index.get(off, min([index[o] for o in index if o >= off] or [dflt]))
        out.append("handler %s %s %s %s %s" % (at(e.start, n), at(e.end, n), at(e.target, -1), e.depth, e.lasti))
    return out


def walk(code, path=""):
    name = path + "/" + getattr(code, "co_qualname", code.co_name)
    yield name, code
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c, name)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_all = "--all" in sys.argv
    src_file, pick = args[0], (args[1] if len(args) > 1 else None)
    with open(src_file, "rb") as f:
        src = f.read()
    code = compile(src, src_file, "exec")
    tmp = tempfile.mkdtemp()
    pyc = os.path.join(tmp, "m.pyc")
    with open(pyc, "wb") as f:
        import marshal
        f.write(importlib.util.MAGIC_NUMBER + b"\0" * 12 + marshal.dumps(code))
    p = subprocess.run([os.path.join(ROOT, "depyf"), "decompile", pyc], capture_output=True, text=True)
    if p.stderr:
        sys.stderr.write(p.stderr)
    text = p.stdout
    try:
        code2 = compile(text, "decompiled", "exec")
    except SyntaxError as e:
        print("decompiled source does not compile:", e)
        lines = text.splitlines()
        for n in range(max(0, (e.lineno or 1) - 5), min(len(lines), (e.lineno or 1) + 3)):
            print("%5d  %s" % (n + 1, lines[n]))
        return 1
    a, b = list(walk(code)), list(walk(code2))
    total, same = len(a), 0
    bmap = {}
    for name, c in b:
        bmap.setdefault(name, []).append(c)
    for name, c in a:
        others = bmap.get(name) or [None]
        c2 = others.pop(0) if others else None
        x = instrs(c)
        y = instrs(c2) if c2 is not None else []
        if x == y:
            same += 1
            continue
        if pick and pick not in name:
            continue
        print("=" * 20, name)
        diff = list(difflib.unified_diff(x, y, "original", "decompiled", n=3, lineterm=""))
        print("\n".join(diff if show_all else diff[:60]))
        if c2 is not None:
            lines = text.splitlines()
            first = c2.co_firstlineno
            body = []
            for n in range(first - 1, len(lines)):
                if n > first - 1 and lines[n].strip() and not lines[n].startswith(" ") and not lines[n].startswith(")"):
                    break
                body.append(lines[n])
            print("---- decompiled (from line %d)" % first)
            print("\n".join(body[:80]))
    print("%d/%d code objects match" % (same, total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
