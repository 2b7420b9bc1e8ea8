#!/usr/bin/env bash
# Benchmark: the whole 3.12 standard library outside its test folders, in one `depyf decompile
# --output-dir` run, wall time with JVM start. The .pyc files are compiled once into
# ~/.cache/depyf/bench-3.12 (python 3.12 from pyenv; scripts/compile-stdlib.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cache="$(scripts/compile-stdlib.sh 3.12)"
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
