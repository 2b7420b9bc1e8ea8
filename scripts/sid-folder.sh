#!/usr/bin/env bash
# Builds (once) and prints the path of a Debian sid folder holding python3.14, python3.15 and
# PyTorch (python3-torch, importable on 3.14) plus a Java runtime, for the tests that need them.
#
#   scripts/sid-folder.sh            -> prints the folder, building it first if needed
#   scripts/sid-folder.sh --check    -> exit 0 if a usable folder is cached, 1 otherwise
#
# The folder lives outside the checkout (DEPYF_SID_DIR, default ~/.cache/depyf/sid) so CI and later
# sessions on the same machine reuse it. A stamp records the recipe and the machine; when either
# differs, the folder is rebuilt.
set -euo pipefail

SID_DIR="${DEPYF_SID_DIR:-$HOME/.cache/depyf/sid}"
PACKAGES="python3-torch,python3.14,python3.15,default-jre-headless"
RECIPE="v1 sid $PACKAGES"
MACHINE="$(cat /etc/machine-id 2>/dev/null || hostname)"
STAMP_WANTED="$RECIPE | $MACHINE"
STAMP="$SID_DIR.stamp"

usable() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_WANTED" ] \
    && [ -x "$SID_DIR/usr/bin/python3.14" ] && [ -x "$SID_DIR/usr/bin/python3.15" ]
}

if [ "${1:-}" = "--check" ]; then
  usable && exit 0 || exit 1
fi

if usable; then
  echo "$SID_DIR"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "sid-folder: building the sid folder needs root (mmdebstrap, apt-get)" >&2
  exit 2
fi

if ! command -v mmdebstrap >/dev/null 2>&1; then
  echo "sid-folder: installing mmdebstrap" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >&2
fi

# one build at a time: a second caller (a test starting sid-python while the test command builds)
# waits for the first, then finds the folder built, instead of deleting the half-built one under it
mkdir -p "$(dirname "$SID_DIR")"
exec 9>"$SID_DIR.lock"
flock 9
if usable; then
  echo "$SID_DIR"
  exit 0
fi

echo "sid-folder: building $SID_DIR (about two minutes, 1.8 GB)" >&2
rm -rf "$SID_DIR" "$SID_DIR.tmp" "$STAMP"
mmdebstrap --variant=apt \
  --aptopt='Acquire::Check-Valid-Until "false"' \
  --aptopt='APT::Install-Recommends "false"' \
  --include="$PACKAGES" sid "$SID_DIR.tmp" >&2
mv "$SID_DIR.tmp" "$SID_DIR"
echo "$STAMP_WANTED" > "$STAMP"
echo "$SID_DIR"
