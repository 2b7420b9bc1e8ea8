#!/usr/bin/env bash
# Compiles a version's standard library (outside its test folders) into ~/.cache/depyf/bench-X.Y once,
# and prints that folder. Used by scripts/bench-decompile.sh and scripts/list-fallbacks.sh.
#
#   scripts/compile-stdlib.sh 3.12        # pyenv's 3.11-3.13, or 3.14 from the sid folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:?usage: scripts/compile-stdlib.sh X.Y}"
if [ "$version" = 3.14 ]; then
  py=(tests/torch/sid-python)
else
  py=("$(ls -d "$(pyenv root)"/versions/"$version".*/bin/python | sort -V | tail -1)")
fi
cache="$HOME/.cache/depyf/bench-$version"
if [ ! -f "$cache/.done" ]; then
  rm -rf "$cache"; mkdir -p "$cache"
  "${py[@]}" - "$cache" <<'PY'
import os, sys, py_compile
out = sys.argv[1]
lib = os.path.dirname(os.__file__)
skip = {"test", "tests", "idlelib", "lib2to3", "site-packages", "dist-packages", "turtledemo", "__pycache__"}
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
echo "$cache"
