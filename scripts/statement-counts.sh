#!/usr/bin/env bash
# Readability yardstick: how many statements of each kind the standard library's source has, and how many
# our decompiled standard library has. The round trip proves the bytecode; this shows whether the source
# reads as written (a `continue` where the source had an elif, one `return` per branch where it had one
# after the chain). Files that fail to parse on either side are skipped; a function that fell back counts
# nothing.
#
#   scripts/statement-counts.sh 3.12        # pyenv's 3.11-3.13, or 3.14 from the sid folder
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:?usage: scripts/statement-counts.sh X.Y}"
if [ "$version" = 3.14 ]; then
  py=(tests/torch/sid-python)
else
  py=("$(ls -d "$(pyenv root)"/versions/"$version".*/bin/python | sort -V | tail -1)")
fi
pycs="$(scripts/compile-stdlib.sh "$version")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./depyf decompile --output-dir "$out" "$pycs" >/dev/null 2>&1 || true   # (exit 1: some functions fell back)
"${py[@]}" - "$out" <<'PY'
import ast, collections, os, sys
dec = sys.argv[1]
lib = os.path.dirname(os.__file__)


def kinds(tree):
    c = collections.Counter()
    for n in ast.walk(tree):
        k = type(n).__name__
        if isinstance(n, ast.If) and len(n.orelse) == 1 and isinstance(n.orelse[0], ast.If):
            c['elif'] += 1
        elif isinstance(n, ast.If):
            c['if'] += 1
        elif isinstance(n, ast.While):
            c['while'] += 1
        elif isinstance(n, ast.Return):
            c['return'] += 1
        elif k in ('For', 'Try', 'With', 'Continue', 'Break', 'Pass', 'Raise'):
            c[k.lower()] += 1
    return c


src, out = collections.Counter(), collections.Counter()
files = 0
for root, _, names in os.walk(dec):
    for name in names:
        d = os.path.join(root, name)
        s = os.path.join(lib, os.path.relpath(d, dec))
        if not name.endswith('.py') or not os.path.exists(s):
            continue
        try:
            with open(s, encoding='utf-8') as f1, open(d, encoding='utf-8') as f2:
                a, b = kinds(ast.parse(f1.read())), kinds(ast.parse(f2.read()))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        src += a
        out += b
        files += 1
print('statement counts, Python %d.%d standard library, %d files: source / decompiled' % (sys.version_info[:2] + (files,)))
for k in ('if', 'elif', 'while', 'for', 'try', 'with', 'return', 'continue', 'break', 'pass', 'raise'):
    print('  %-8s %6d / %6d' % (k, src[k], out[k]))
PY
