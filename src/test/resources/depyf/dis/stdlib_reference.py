"""Compiles a fixed sample of this interpreter's standard library and writes the reference dis.

    python stdlib_reference.py OUTDIR COUNT

Writes OUTDIR/NNN.pyc (as py_compile writes it) and OUTDIR/NNN.dis (what dis.dis prints for the
code object in that file) plus OUTDIR/index.txt (NNN<TAB>module path). The sample: the .py files of
the standard library outside test folders, sorted by path, COUNT of them spread evenly.
Runs on every Python from 3.7 on.
"""
import dis
import io
import marshal
import os
import py_compile
import sys
import sysconfig

SKIP_DIRS = {"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"}


def candidates(root):
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("test_"))
        for f in files:
            if f.endswith(".py") and not f.startswith("test_"):
                found.append(os.path.relpath(os.path.join(folder, f), root))
    return sorted(found)


def main(outdir, count):
    root = sysconfig.get_paths()["stdlib"]
    files = candidates(root)
    n = min(count, len(files))
    sample = [files[i * len(files) // n] for i in range(n)]
    os.makedirs(outdir, exist_ok=True)
    index = []
    for i, rel in enumerate(sample):
        stem = "%03d" % i
        pyc = os.path.join(outdir, stem + ".pyc")
        try:
            py_compile.compile(os.path.join(root, rel), cfile=pyc, dfile=rel, doraise=True)
        except Exception:
            continue  # not valid source for this version (e.g. lib2to3 test data)
        with open(pyc, "rb") as f:
            code = marshal.loads(f.read()[16:])
        text = io.StringIO()
        dis.dis(code, file=text)
        with open(os.path.join(outdir, stem + ".dis"), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(text.getvalue())
        index.append(stem + "\t" + rel)
    with open(os.path.join(outdir, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(index) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
