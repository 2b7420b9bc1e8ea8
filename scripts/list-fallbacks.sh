#!/usr/bin/env bash
# Developer tool: every function of a version's standard library (outside its test folders) that
# fell back to its disassembly, with the reason, one per line, sorted by reason.
#
#   scripts/list-fallbacks.sh 3.12        # pyenv's 3.11-3.13, or 3.14 from the sid folder
#   scripts/list-fallbacks.sh 3.14 --counts   # how many per reason
#
# The .pyc files are compiled once into ~/.cache/depyf/bench-X.Y (scripts/bench-decompile.sh uses
# the 3.12 one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:?usage: scripts/list-fallbacks.sh X.Y [--counts]}"
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
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./depyf decompile --output-dir "$out" "$cache" >/dev/null 2>&1 || true
lines="$(cd "$out" && grep -rH "^ *# depyf: could not decompile" . \
  | sed -E 's|^\./||; s|: *# depyf: could not decompile ([^:]*): (.*)|\t\1\t\2|' | sort -t$'\t' -k3,3 -k1,1)"
if [ "${2:-}" = --counts ]; then
  printf '%s\n' "$lines" | cut -f3 | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn
else
  printf '%s\n' "$lines"
fi
