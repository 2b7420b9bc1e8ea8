#!/usr/bin/env bash
# Benchmark: the whole 3.12 standard library outside its test folders, in one `depyf decompile
# --output-dir` run, wall time with JVM start. The .pyc files are compiled once into
# ~/.cache/depyf/bench-3.12 (python 3.12 from pyenv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
py="$(ls -d "$(pyenv root)"/versions/3.12.*/bin/python | sort -V | tail -1)"
cache="$HOME/.cache/depyf/bench-3.12"
if [ ! -f "$cache/.done" ]; then
  rm -rf "$cache"; mkdir -p "$cache"
  "$py" - "$cache" <<'PY'
import os, sys, py_compile
out = sys.argv[1]
lib = os.path.dirname(os.__file__)
skip = {"test", "tests", "idlelib", "lib2to3", "site-packages", "turtledemo", "__pycache__"}
for root, dirs, files in os.walk(lib):
    dirs[:] = sorted(d for d in dirs if d not in skip)
    for f in sorted(files):
        if f.endswith(".py"):
            src = os.path.join(root, f)
            dst = os.path.join(out, os.path.relpath(src, lib) + "c")
            try:
                py_compile.compile(src, dst, doraise=True)
            except Exception:
                pass
PY
  touch "$cache/.done"
fi
./depyf --version >/dev/null
files=$(find "$cache" -name '*.pyc' | wc -l)
size=$(du -sh "$cache" | cut -f1)
out="$(mktemp -d)"
start=$(date +%s.%N)
./depyf decompile --output-dir "$out" "$cache" 2>"$out.err" || true
end=$(date +%s.%N)
echo "bench: $files .pyc files ($size) of the 3.12 standard library"
echo "bench: wall $(echo "$end - $start" | bc) s for one --output-dir run, JVM start included, $(nproc) cores"
tail -1 "$out.err"
rm -rf "$out" "$out.err"
