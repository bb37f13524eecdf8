#!/usr/bin/env bash
# The newcomer's path, checked as a newcomer walks it: clone this repository into a temporary
# folder, run the README's main Quick-start command there verbatim, check every file the README
# promises, run the command again and check that nothing was re-evaluated and that the second
# run took at most a third of the first. Exits non-zero, saying why, at the first failure.
#
# Usage: scripts/check-newcomer-path.sh        (KEEP=1 keeps the clone for inspection)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "check-newcomer-path: FAILED: $*" >&2; exit 1; }

# The main command is the first line of the first fenced block under "## Quick start".
command="$(awk '
  /^## Quick start/ { inside = 1; next }
  inside && /^## / { exit }
  inside && /^```/ { if (fenced) exit; fenced = 1; next }
  inside && fenced && NF { print; exit }
' "$repo/README.md")"
[ -n "$command" ] || fail "no fenced command under '## Quick start' in $repo/README.md"
echo "check-newcomer-path: the README's main command: $command"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/chaosbench-newcomer.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "check-newcomer-path: keeping $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi
clone="$tmp/chaosbench"
# The committed HEAD of this checkout (uncommitted changes are not part of what a newcomer clones).
git clone -q "$repo" "$clone"
git -C "$clone" checkout -q --detach "$(git -C "$repo" rev-parse HEAD)"

now_ms() { date +%s%3N; }

run_main() { # $1: log file; prints the elapsed milliseconds
  local start end
  start="$(now_ms)"
  if ! (cd "$clone" && bash -c "$command") >"$1" 2>&1; then
    tail -n 30 "$1" >&2
    fail "'$command' exited non-zero in $clone (log above)"
  fi
  end="$(now_ms)"
  echo $((end - start))
}

expect_file() {
  [ -s "$clone/$1" ] || fail "the README promises $1, but it is missing or empty after '$command'"
}

check_outputs() { # $1: log file
  expect_file artifacts/runs_audit/RUNS_AUDIT.md
  expect_file artifacts/runs_audit/audit.json
  expect_file artifacts/paper_assets/baselines_table.csv
  expect_file artifacts/paper_assets/baselines_table.md
  expect_file artifacts/paper_assets/baselines_by_family.csv
  expect_file target/leaderboard/index.html
  for baseline in always-true always-false random; do
    local dir
    dir="$(find "$clone/runs" -mindepth 1 -maxdepth 1 -type d -name "*_baseline_${baseline}*" | head -n 1)"
    [ -n "$dir" ] || fail "no run folder runs/*_baseline_${baseline}* after '$command'"
    for f in run_manifest.json predictions.jsonl metrics.json summary.md; do
      [ -s "$dir/$f" ] || fail "the run folder ${dir#"$clone"/} has no $f"
    done
  done
  # The last two lines are the paths a person opens next.
  local audit site
  audit="$(tail -n 2 "$1" | head -n 1)"
  site="$(tail -n 1 "$1")"
  [[ "$audit" == *"$clone/artifacts/runs_audit/RUNS_AUDIT.md" ]] \
    || fail "the second-to-last line should name RUNS_AUDIT.md, got: $audit"
  [[ "$site" == *"$clone/target/leaderboard/index.html" ]] \
    || fail "the last line should name the site's index.html, got: $site"
}

first_ms="$(run_main "$tmp/first.log")"
check_outputs "$tmp/first.log"
runs_before="$(ls "$clone/runs")"

second_ms="$(run_main "$tmp/second.log")"
check_outputs "$tmp/second.log"
if grep -E '^[a-z-]+: evaluated ' "$tmp/second.log" >&2; then
  fail "the second run re-evaluated the baselines above; it should have found them up to date"
fi
[ "$(grep -c ': up to date, ' "$tmp/second.log")" = 3 ] \
  || fail "the second run should report the three baselines 'up to date'"
[ "$(ls "$clone/runs")" = "$runs_before" ] || fail "the second run changed the run folders under runs/"

echo "check-newcomer-path: first run ${first_ms} ms (builds the jar), second run ${second_ms} ms"
[ $((second_ms * 3)) -le "$first_ms" ] \
  || fail "the second run (${second_ms} ms) took more than a third of the first (${first_ms} ms)"
echo "check-newcomer-path: OK: the README's main command works on a fresh clone and is incremental"
