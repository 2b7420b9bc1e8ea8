#!/usr/bin/env bash
# Prints depyf.decompile()'s first-call time (JVM start included) and its median once the JVM is up,
# on frames Dynamo compiled (sid's python3.14 + torch 2.14). Options go to scripts/bench-python.py.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/depyf" --version >/dev/null
exec "$repo/tests/torch/sid-python" "$repo/scripts/bench-python.py" "$@"
