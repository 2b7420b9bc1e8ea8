#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
# Exit 2 with a one-line message when there is none.
set -u
major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
  m=$(major "$JAVA_HOME"); [ -n "$m" ] && [ "$m" -ge 21 ] && { echo "$JAVA_HOME"; exit 0; }
fi
best=""; best_m=0
for d in /usr/lib/jvm/*/ /opt/java/*/ "$HOME"/.sdkman/candidates/java/*/; do
  d=${d%/}
  [ -x "$d/bin/javac" ] || continue
  m=$(major "$d"); [ -n "$m" ] || continue
  if [ "$m" -ge 21 ] && [ "$m" -gt "$best_m" ]; then best=$d; best_m=$m; fi
done
if [ -z "$best" ]; then
  echo "depyf: needs a JDK 21 or newer (set JAVA_HOME); none found under /usr/lib/jvm" >&2
  exit 2
fi
echo "$best"
