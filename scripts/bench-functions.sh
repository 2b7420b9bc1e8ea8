#!/usr/bin/env bash
# Benchmark: the slowest code objects to decompile (nested code objects' time left out) over a whole
# standard library outside its test folders, in one `depyf decompile --output-dir` run with all cores,
# JVM start and warm-up included. The issue's bound is 1 s per function.
#
#   scripts/bench-functions.sh [X.Y]     # default 3.12; 3.11-3.13 from pyenv, 3.14 from the sid folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:-3.12}"
cache="$(scripts/compile-stdlib.sh "$version")"
./depyf --version >/dev/null 2>&1 || ./depyf --version
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
JAVA_TOOL_OPTIONS="-Ddepyf.timings=$out/times.txt" ./depyf decompile --output-dir "$out/src" "$cache" \
  >/dev/null 2>&1 || true
echo "bench-functions $version: $(head -1 "$out/times.txt"); the slowest, self time:"
sed -n '2,11p' "$out/times.txt" | sed -E 's,\t[^\t]*/lib/python[0-9.]+/,\t,'
