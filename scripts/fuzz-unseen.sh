#!/usr/bin/env bash
# Developer tool: fuzz-shapes on seeds no test runs, with each of 3.11-3.14, two runs at a time; prints each
# run's summary, the functions that behaved differently, and the totals per version.
#
#   scripts/fuzz-unseen.sh OUT 133 r123 t7 q7     # seed 133, rich seed 123, tails seed 7, rich tails seed 7
#   scripts/fuzz-unseen.sh --verify OUT 133 ...    # also count what `decompile --verify` would withdraw
#
# The functions are judged on the plain output either way. --verify finds wrong code that none of a
# function's input streams reaches (a clause whose exception the body never raises): the functions it would
# withdraw are that, or code the round trip cannot prove the same; each run lists them.
#
# Logs go to OUT/V-SEED.log, each run's module and decompiled source to OUT/k-V-SEED/. Reduce a function
# that behaved differently with `PY scripts/fuzz-shapes.py [--rich] [--tails] --seed N --count 300 --reduce`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
verify=""
if [ "${1:-}" = --verify ]; then verify=--count-withdrawn; shift; fi
out="${1:?usage: scripts/fuzz-unseen.sh [--verify] OUT SEED...}"; shift
mkdir -p "$out"
python_for() {
  if [ "$1" = 3.14 ]; then echo tests/torch/sid-python; else ls -d "$(pyenv root)"/versions/"$1".*/bin/python | sort -V | tail -1; fi
}
./depyf --version >/dev/null            # build once, before the runs share the jar
jobs=()
for s in "$@"; do for v in 3.11 3.12 3.13 3.14; do jobs+=("$v $s"); done; done
run() {
  local v=$1 s=$2 n flags=()
  case "$s" in
    r*) n=${s#r}; flags=(--rich) ;;
    t*) n=${s#t}; flags=(--tails) ;;
    q*) n=${s#q}; flags=(--rich --tails) ;;
    *) n=$s ;;
  esac
  [ -n "$verify" ] && flags+=("$verify")
  "$(python_for "$v")" scripts/fuzz-shapes.py --seed "$n" --count 300 --quiet "${flags[@]}" \
    --keep "$out/k-$v-$s" > "$out/$v-$s.log" 2>&1 || true
}
export -f run python_for; export out verify
printf '%s\n' "${jobs[@]}" | xargs -P 2 -I{} bash -c 'run {}'
cat "$out"/*.log | grep -h "^fuzz-shapes \|^=== \|^withdrawn by" || true
cat "$out"/*.log | python3 -c '
import re, sys, collections
tot = collections.defaultdict(lambda: [0] * 6)
for line in sys.stdin:
    m = re.match(r"fuzz-shapes (\d+\.\d+)\S* .*?: (\d+) functions, (\d+) exact, (\d+) differ in layout only, (\d+) fell back, "
                 r"(\d+) behave differently(?:; --verify would withdraw (\d+))?", line)
    if m:
        for i in range(6):
            tot[m.group(1)][i] += int(m.group(i + 2) or 0)
for v in sorted(tot):
    n, e, l, f, w, d = tot[v]
    withdrawn = f"; --verify would withdraw {d}" if sys.argv[1:] else ""
    print(f"total {v}: {n} functions, {e} exact, {l} layout only, {f} fell back, {w} behave differently{withdrawn}")
' $verify
