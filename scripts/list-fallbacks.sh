#!/usr/bin/env bash
# Developer tool: every function of a version's standard library (outside its test folders) that
# fell back to its disassembly, with the reason, one per line, sorted by reason.
#
#   scripts/list-fallbacks.sh 3.12        # pyenv's 3.11-3.13, or 3.14 from the sid folder
#   scripts/list-fallbacks.sh 3.14 --counts   # how many per reason
#
# The .pyc files come from scripts/compile-stdlib.sh (compiled once, cached).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:?usage: scripts/list-fallbacks.sh X.Y [--counts]}"
cache="$(scripts/compile-stdlib.sh "$version")"
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
