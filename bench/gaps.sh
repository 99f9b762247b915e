#!/usr/bin/env bash
# The two rows of docs/performance.md "Streamed completion save and the poll gap", measured side by side:
#   (a) a streamed (SSE) chat answer carrying a 107 MB WAV (143 MB of events), saved by the library (save-stream)
#       against a plain copy of the same bytes (copy), alternating, ROUNDS rounds; medians, the ratio, peak RSS;
#   (b) a native job's files on disk through the library's poll schedule against a 20 ms-polling client waiting for
#       the same job (prompt-gap); median and p95 of the gap over GAP_RUNS jobs of 3-4 s.
#
#   bash bench/gaps.sh [ROUNDS] [GAP_RUNS]                  # after: dotnet build bench/AceStep.Benchmarks -c Release
#   BEFORE=/path/to/older/bench/bin bash bench/gaps.sh ...   # adds the same measurements with an older build, interleaved
#
# Needs /usr/bin/time. Prints `uptime` before and after: the figures depend on the machine's load.
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
GAP_RUNS=${2:-15}
AFTER=bench/AceStep.Benchmarks/bin/Release/net10.0/AceStep.Benchmarks.dll
BEFORE_DLL=${BEFORE:+$BEFORE/AceStep.Benchmarks.dll}
WORK=$(mktemp -d -t acestep-gaps-XXXXXX)
SERVER_PID=

cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

metric() { awk -v name="$1" '$1 == "metric" && $2 == name { print $3 }' "$2" | tail -n 1; }
peak_rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f\n", $2 / 1024 }' "$1"; }
median() { { grep -v '^$' "$1" || true; } | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
max_of() { sort -g "$1" | tail -n 1; }

echo "load at start: $(uptime)"
dotnet "$AFTER" scenario make-completion-stream "$WORK/answer.sse" 102
dotnet "$AFTER" scenario serve-completion "$WORK/answer.sse" > "$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do grep -q listening "$WORK/server.out" && break; sleep 0.1; done
URL=$(awk '/listening/ { print $2 }' "$WORK/server.out")

# one NAME DLL SCENARIO TARGET: runs one measurement, appends its seconds and peak RSS.
one() {
  local name=$1 dll=$2 scenario=$3 target=$4
  /usr/bin/time -v -o "$WORK/$name.time" dotnet "$dll" scenario "$scenario" "$URL" "$target" > "$WORK/$name.out"
  metric seconds "$WORK/$name.out" >> "$WORK/$name.seconds"
  metric cpu_seconds "$WORK/$name.out" >> "$WORK/$name.cpu" # empty from a build older than the metric
  peak_rss_mb "$WORK/$name.time" >> "$WORK/$name.rss"
  rm -rf "$target"
}

for round in $(seq 1 "$ROUNDS"); do
  one copy "$AFTER" copy "$WORK/copy.sse"
  one save "$AFTER" save-stream "$WORK/saved"
  if [[ -n $BEFORE_DLL ]]; then
    one copy "$AFTER" copy "$WORK/copy.sse"
    one save-before "$BEFORE_DLL" save-stream "$WORK/saved"
  fi
  echo "round $round: copy $(tail -n 1 "$WORK/copy.seconds") s, save $(tail -n 1 "$WORK/save.seconds") s${BEFORE_DLL:+, save (before) $(tail -n 1 "$WORK/save-before.seconds") s}"
done

COPY=$(median "$WORK/copy.seconds")
COPY_CPU=$(median "$WORK/copy.cpu")
report() {
  local name=$1 label=$2
  local m c; m=$(median "$WORK/$name.seconds"); c=$(median "$WORK/$name.cpu"); c=${c:-0}
  printf '%-28s median %.3f s  ratio to copy %.2f  CPU %.3f s (ratio %.2f)  peak RSS %s MB (max)\n' "$label" "$m" \
    "$(awk -v a="$m" -v b="$COPY" 'BEGIN { print a / b }')" "$c" "$(awk -v a="$c" -v b="$COPY_CPU" 'BEGIN { print a / b }')" "$(max_of "$WORK/$name.rss")"
}
printf '%-28s median %.3f s  CPU %.3f s  peak RSS %s MB (max)\n' "copy (baseline)" "$COPY" "$COPY_CPU" "$(max_of "$WORK/copy.rss")"
report save "save-stream"
[[ -n $BEFORE_DLL ]] && report save-before "save-stream (before)"

kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=

for dll in "$AFTER" ${BEFORE_DLL:+"$BEFORE_DLL"}; do
  dotnet "$dll" scenario prompt-gap "$GAP_RUNS" > "$WORK/gap.out"
  printf '%-28s median gap %.3f s  p95 %.3f s  max %.3f s (%s jobs)\n' "prompt-gap $([[ $dll == "$AFTER" ]] && echo "" || echo "(before)")" \
    "$(metric median_gap_seconds "$WORK/gap.out")" "$(metric p95_gap_seconds "$WORK/gap.out")" "$(metric max_gap_seconds "$WORK/gap.out")" "$GAP_RUNS"
done
echo "load at end: $(uptime)"
