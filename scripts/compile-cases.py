#!/usr/bin/env python3
"""Compiles the repo's syntax cases into committed .pyc files and their reference disassembly.

    scripts/compile-cases.py              every interpreter found: pyenv's 3.7-3.13 (newest patch
                                          release of each, under $(pyenv root)/versions) and the sid
                                          folder's 3.14 and 3.15 (DEPYF_SID_DIR, ~/.cache/depyf/sid)
    scripts/compile-cases.py PYTHON...    only these interpreters (paths or commands)

For each case testdata/cases/<case>.py and each interpreter X.Y it writes
testdata/cases/<case>/X.Y.pyc, a real .pyc in the unchecked hash-based form (PEP 552: the header
holds the source's hash, not a time stamp, so a rerun writes the same bytes), and
testdata/cases/<case>/X.Y.dis, what that version's own dis.dis prints for the module's code object.
co_filename is the case's path relative to the repo and the hash seed is fixed (frozensets of
strings are marshalled in iteration order), so the files do not depend on the machine or the run;
a .dis that differs only in memory addresses (<code object f at 0x...>) is left as it is.
A case that a version cannot compile (newer syntax) is skipped for that version, with a note.

The Java tests (CommittedDisTest, GoldenTest) read these files with Java alone. Runs on 3.7+.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "testdata", "cases")


def worker(paths):
    """Runs inside the target interpreter: compile each case, write X.Y.pyc and X.Y.dis."""
    import dis
    import importlib.util
    import io
    import marshal

    version = "%d.%d" % sys.version_info[:2]
    for path in paths:
        case = os.path.splitext(os.path.basename(path))[0]
        folder = os.path.join(CASES, case)
        pyc = os.path.join(folder, version + ".pyc")
        listing = os.path.join(folder, version + ".dis")
        with open(path, "rb") as f:
            source = f.read()
        try:
            code = compile(source, "testdata/cases/" + case + ".py", "exec", dont_inherit=True)
        except SyntaxError as e:
            print("%s: %s does not compile: %s (line %s)" % (version, case, e.msg, e.lineno))
            for stale in (pyc, listing):
                if os.path.exists(stale):
                    os.remove(stale)
            continue
        flags = (1).to_bytes(4, "little")  # hash-based, unchecked
        data = importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)
        text = io.StringIO()
        dis.dis(code, file=text)
        if not os.path.isdir(folder):
            os.makedirs(folder)
        with open(pyc, "wb") as f:
            f.write(data)
        if not same_but_addresses(listing, text.getvalue()):
            with open(listing, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as f:
                f.write(text.getvalue())
        print("%s: %s" % (version, os.path.relpath(pyc, ROOT)))


def same_but_addresses(path, text):
    """True when the file at path holds text except for memory addresses (which change every run)."""
    import re
    if not os.path.exists(path):
        return False
    with open(path, encoding="utf-8", errors="surrogatepass", newline="") as f:
        old = f.read()
    address = re.compile(r"0x[0-9a-f]+")
    return address.sub("0xADDR", old) == address.sub("0xADDR", text)


def pyenv_root():
    root = os.environ.get("PYENV_ROOT")
    if root:
        return root
    home = os.path.expanduser("~/.pyenv")
    if os.path.isdir(home):
        return home
    try:
        return subprocess.check_output(["pyenv", "root"], universal_newlines=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def interpreters():
    """{"3.7": [command...], ...} for every interpreter found on this machine."""
    found = {}
    root = pyenv_root()
    versions = os.path.join(root, "versions") if root else None
    if versions and os.path.isdir(versions):
        for minor in range(7, 14):
            prefix = "3.%d." % minor
            patches = [d for d in os.listdir(versions)
                       if d.startswith(prefix) and d[len(prefix):].isdigit()
                       and os.access(os.path.join(versions, d, "bin", "python"), os.X_OK)]
            if patches:
                best = max(patches, key=lambda d: int(d[len(prefix):]))
                found["3.%d" % minor] = [os.path.join(versions, best, "bin", "python")]
    sid = os.environ.get("DEPYF_SID_DIR") or os.path.expanduser("~/.cache/depyf/sid")
    loader = os.path.join(sid, "lib64", "ld-linux-x86-64.so.2")
    for v in ("3.14", "3.15"):
        exe = os.path.join(sid, "usr", "bin", "python" + v)
        if os.access(exe, os.X_OK) and os.path.exists(loader):
            found[v] = ["env", "PYTHONHOME=" + os.path.join(sid, "usr"), loader, "--library-path",
                        os.path.join(sid, "lib", "x86_64-linux-gnu") + ":"
                        + os.path.join(sid, "usr", "lib", "x86_64-linux-gnu"), exe]
    return found


def main(args):
    cases = sorted(glob.glob(os.path.join(CASES, "*.py")))
    if not cases:
        sys.exit("compile-cases: no cases under " + CASES)
    commands = [[a] for a in args] if args else list(interpreters().values())
    if not commands:
        sys.exit("compile-cases: no Python interpreter found (pyenv, sid folder)")
    status = 0
    # A fixed hash seed: marshal writes a frozenset of strings in its iteration order.
    env = dict(os.environ, PYTHONHASHSEED="0")
    for command in commands:
        result = subprocess.call(command + [os.path.abspath(__file__), "--worker"] + cases, cwd=ROOT, env=env)
        if result != 0:
            print("compile-cases: %s failed (exit %d)" % (" ".join(command), result), file=sys.stderr)
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2:])
    else:
        main(sys.argv[1:])
