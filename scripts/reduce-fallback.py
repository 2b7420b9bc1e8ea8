#!/usr/bin/env python3
"""Developer tool: shrinks a function while ./depyf still falls back on it with a given reason.

    python3 scripts/reduce-fallback.py [--verify] [--empty-tries] [--closure] FILE.py FUNC X.Y "REASON TEXT"

FILE.py holds FUNC (a plain function, or fuzz-shapes' `def fN(env): ... def inner(): ...`, whose inner body
is taken); its body becomes the body of `def f(c, t, x, n, m, nx):`, compiled with Python X.Y (pyenv's
3.11-3.13, the sid folder's 3.14 through tests/torch/sid-python), decompiled with ./depyf, and statements
are deleted, or compound statements replaced by their bodies, one at a time, greedily, as long as depyf's
stderr still holds REASON. Prints the smallest function found. Line NOPs matter: a kept `pass` may be
what the layout needs, but a try body is never left as a lone `pass`: an empty body protects nothing, and
its handler, unreachable, is a rarer shape than the one being reduced (--empty-tries allows it). With
--verify, depyf decompiles with --verify: REASON may then be what the round trip says when it withdraws a
function ("behaves differently"), to shrink code printed wrong. With --closure the body stays fuzz-shapes'
`inner`, nested in f, whose names are then free variables (LOAD_DEREF) as in the fuzz program: a layout
that depends on cells may not show otherwise.
"""
import glob, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def python_for(version):
    if version == "3.14":
        return [os.path.join(ROOT, "tests", "torch", "sid-python")]
    root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
    found = sorted(glob.glob(os.path.join(root, "versions", version + ".*", "bin", "python")),
                   key=lambda p: [int(x) for x in p.split("/versions/")[1].split("/")[0].split(".")])
    if not found:
        sys.exit(f"reduce-fallback: no Python {version} under {root}/versions")
    return [found[-1]]


def body_of(lines, func):
    start = next((i for i, l in enumerate(lines) if l.startswith(f"def {func}(")), None)
    if start is None:
        sys.exit(f"reduce-fallback: no top-level def {func} in the file")
    inner = next((i for i in range(start, min(start + 40, len(lines))) if lines[i].startswith("    def inner(")), None)
    first, strip = (inner + 1, 8) if inner is not None else (start + 1, 4)
    body = []
    for l in lines[first:]:
        if l.strip() and not l.startswith(" " * strip):
            break
        body.append(l[strip - 4:])
    return [l for l in body if l.strip()]


def ind(l):
    return len(l) - len(l.lstrip())


def block_end(ls, i):
    j = i + 1
    while j < len(ls) and ind(ls[j]) > ind(ls[i]):
        j += 1
    return j


def with_pass(ls):
    out = []
    for i, l in enumerate(ls):
        out.append(l)
        if l.rstrip().endswith(":") and (i + 1 >= len(ls) or ind(ls[i + 1]) <= ind(l)):
            out.append(" " * (ind(l) + 4) + "pass")
    return out


def empty_try(ls):
    return any(l.strip() == "try:" and i + 1 < len(ls) and ls[i + 1].strip() == "pass" for i, l in enumerate(ls))


def main():
    args = sys.argv[1:]
    verify = ["--verify"] if "--verify" in args else []
    keep_tries = "--empty-tries" not in args
    closure = "--closure" in args
    args = [a for a in args if a not in ("--verify", "--empty-tries", "--closure")]
    if len(args) != 4:
        sys.exit(__doc__)
    path, func, version, reason = args
    py = python_for(version)
    lines = body_of(open(path).read().split("\n"), func)
    work = tempfile.mkdtemp(prefix="depyf-reduce-")
    src = os.path.join(work, "r.py")

    def text(ls):
        if closure:
            inner = "\n".join("    " + l for l in ls)
            return "def f(c, t, x, n, m, nx):\n    def inner():\n" + inner + "\n    return inner\n"
        return "def f(c, t, x, n, m, nx):\n" + "\n".join(ls) + "\n"

    def falls_back(ls):
        open(src, "w").write(text(ls))
        compiled = subprocess.run(py + ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                                        src, src + "c"], capture_output=True)
        if compiled.returncode:
            return False
        run = subprocess.run([os.path.join(ROOT, "depyf"), "decompile"] + verify + [src + "c"], capture_output=True, text=True)
        return reason in run.stderr

    if not falls_back(lines):
        sys.exit("reduce-fallback: the function does not fall back with that reason to begin with")
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(lines):
            j = block_end(lines, i)
            candidates = [lines[:i] + lines[j:]]
            if j > i + 1 and lines[i].rstrip().endswith(":"):
                inner = [l[4:] if l.startswith(" " * (ind(lines[i]) + 4)) else l for l in lines[i + 1:j]]
                candidates.append(lines[:i] + inner + lines[j:])
            for cand in candidates:
                cand = with_pass(cand)
                if keep_tries and empty_try(cand):
                    continue
                if cand != lines and len(cand) <= len(lines) and falls_back(cand):
                    lines = cand
                    changed = True
                    break
            else:
                i += 1
    print(text(lines), end="")


if __name__ == "__main__":
    main()
