#!/usr/bin/env bash
# The site's speed targets (issue 6) as a user meets them, over the synthetic published runs
# that `benchmark-site` writes. Prints the in-process figures of benchmark-site first; then
# the wall and CPU time of a full build, a rebuild with nothing changed, and a rebuild after
# adding one run, each a fresh `bin/chaosbench site` process (JVM start included); then the
# time from adding a run to the rebuilt site with a running `bin/chaosbench site --watch`.
# Usage: scripts/benchmark-site-processes.sh [RUNS] [WATCH_ROUNDS]   (default 1000 5)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1000}"
rounds="${2:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/chaosbench-site-bench.XXXXXX")"
watcher=""
trap '[ -z "$watcher" ] || kill "$watcher" 2>/dev/null; rm -rf "$work"' EXIT

echo "== in one process (benchmark-site)"
"$home/bin/chaosbench" benchmark-site --runs "$runs" --work-dir "$work/bench" > "$work/in-process.txt"
head -4 "$work/in-process.txt"
published="$work/bench/published"
root="$work/bench/root"
# benchmark-site added one run after its first builds: hold it back, to add it again below.
added="$(ls -t "$published" | sed -n 1p)"
mv "$published/$added" "$work/held"

# bin/chaosbench writes its class archive on the first site build after a jar build; make it
# here, on a small site, so that no timed build below pays for writing it.
mkdir -p "$work/tiny"
for run in $(ls "$published" | head -3); do cp -r "$published/$run" "$work/tiny/"; done
"$home/bin/chaosbench" site --root "$root" --published-dir "$work/tiny" --out "$work/tiny-site" > /dev/null

echo "== fresh processes over $(ls "$published" | wc -l) runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
TIMEFORMAT='   %R s wall, %U s user + %S s system CPU'
site() {
  "$home/bin/chaosbench" site --root "$root" --published-dir "$published" --out "$work/site" | tail -1
}
echo "full build:"
time site
echo "rebuild, nothing changed:"
time site
mv "$work/held" "$published/$added"
echo "rebuild, one run added ($added):"
time site

echo "== a running \`site --watch\` over $(ls "$published" | wc -l) runs: from adding one run to the rebuilt site"
log="$work/watch.log"
"$home/bin/chaosbench" site --root "$root" --published-dir "$published" --out "$work/site" --watch > "$log" 2>&1 &
watcher=$!
until grep -q '^Watching' "$log"; do
  kill -0 "$watcher" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
rebuilt() { # waits until the log holds $1 "Rebuilt" lines
  until [ "$(grep -c '^Rebuilt' "$log")" -ge "$1" ]; do sleep 0.01; done
}
n=0
for i in $(seq "$rounds"); do
  mv "$published/$added" "$work/held"
  n=$((n + 1)); rebuilt "$n"
  # A user publishes at any moment, not right after a rebuild (when the watch has just started
  # a full interval of waiting): let a second pass, so the add lands at a random point of it.
  sleep 1
  start=$(date +%s%N)
  mv "$work/held" "$published/$added"
  n=$((n + 1)); rebuilt "$n"
  end=$(date +%s%N)
  echo "   add #$i: $(( (end - start) / 1000000 )) ms from the move into place to the rebuilt site ($(grep '^Rebuilt' "$log" | tail -1 | cut -d: -f1))"
done
