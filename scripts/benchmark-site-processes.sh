#!/usr/bin/env bash
# The site's speed targets (issue 6) as a user meets them: every build is a fresh
# `bin/chaosbench site` process (JVM start included), over the synthetic published runs that
# `benchmark-site` writes. Prints the in-process figures of benchmark-site first, then the
# wall and CPU time of a full build, a rebuild with nothing changed, and a rebuild after
# adding one run. Usage: scripts/benchmark-site-processes.sh [RUNS]   (default 1000)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/chaosbench-site-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== in one process (benchmark-site)"
"$home/bin/chaosbench" benchmark-site --runs "$runs" --work-dir "$work/bench" > "$work/in-process.txt"
head -4 "$work/in-process.txt"
published="$work/bench/published"
root="$work/bench/root"
# benchmark-site added one run after its first builds: hold it back, to add it again below.
added="$(ls -t "$published" | sed -n 1p)"
mv "$published/$added" "$work/held"

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
