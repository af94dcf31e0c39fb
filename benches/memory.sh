#!/usr/bin/env bash
# Peak resident memory of `evaldesk summary --json` over 1,000 generated sessions of a
# 500-criterion × 5-candidate checklist (issue 13), against the target: at most 25 % of the
# bytes read + 100 MB. Writes the result to target/bench-memory.txt and prints it.
#
# Run: benches/memory.sh [DIR]   (DIR: where the sessions are written; default
# target/bench-sessions, generated once and reused). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-target/bench-sessions}

cargo build --release --quiet
if [ ! -d "$dir" ]; then
  EVALDESK_WRITE_SESSIONS="$dir" cargo bench --quiet --bench aggregate
fi
bytes=$(cat "$dir"/*.json | wc -c)
/usr/bin/time -v target/release/evaldesk summary --json "$dir" > /dev/null 2> target/memory-time.txt
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' target/memory-time.txt)
wall=$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' target/memory-time.txt)
peak_mb=$((peak_kb / 1024))
read_mb=$((bytes / 1000000))
target_mb=$((bytes / 4 / 1048576 + 100))
verdict=$([ "$peak_mb" -le "$target_mb" ] && echo "met" || echo "missed")
echo "summary --json over $(ls "$dir" | wc -l) sessions ($read_mb MB read): peak resident ${peak_mb} MiB, wall $wall; target <= ${target_mb} MiB (25 % of bytes + 100 MiB): $verdict" \
  | tee target/bench-memory.txt
