#!/usr/bin/env bash
# The batch engine's benchmark (issue 11): many jobs over several simulators, with 1 and 3 runner processes, on
# SQLite and on PostgreSQL. Prints one table: wall time against the ideal (jobs / servers × job time) and against
# the servers' measured busy time (what the simulators really spent per job on this machine, / servers), client
# CPU per job (whole runner processes, start-up included), database round trips per job, duplicates, lost items.
#
#   bash bench/batch.sh              # 32 jobs of 2 s over 4 servers, and 200 jobs of 1 s over 8
#   bash bench/batch.sh --no-build   # reuse the Release build
#
# Needs the .NET 10 SDK and PostgreSQL's server binaries (installed with apt-get when missing), or
# ACESTEP_TEST_POSTGRES pointing at a server whose role may create tables.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1
[[ "${1:-}" == "--no-build" ]] && BUILD=0

BENCH=bench/AceStep.Benchmarks/bin/Release/net10.0/AceStep.Benchmarks.dll
WORK=$(mktemp -d -t acestep-batch-bench-XXXXXX)
FARM_PID=""
log() { printf '[batch-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
source .ci/postgres.sh
cleanup() {
  [[ -n "$FARM_PID" ]] && kill "$FARM_PID" 2>/dev/null || true
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ $BUILD == 1 ]]; then
  log "building (Release)"
  dotnet build bench/AceStep.Benchmarks -c Release -nologo -v quiet >/dev/null
fi
if [[ -z "${ACESTEP_TEST_POSTGRES:-}" ]]; then
  start_postgres
fi

metric() { awk -v name="$1" '$1 == "metric" && $2 == name { print $3 }' "$2" | tail -n 1; }

# run_case LABEL STORE RUNNERS JOBS SERVERS SECONDS
run_case() {
  local label=$1 store=$2 runners=$3 jobs=$4 servers=$5 seconds=$6
  local dir="$WORK/$label-$store-$runners" name="bench-$label-$store-$runners-$RANDOM"
  mkdir -p "$dir/out"
  local queue="postgres"
  [[ $store == sqlite ]] && queue="sqlite:$dir/queue.db"

  dotnet "$BENCH" scenario batch-farm "$servers" "$seconds" "$dir/urls" > "$dir/farm.out" 2>&1 &
  FARM_PID=$!
  for _ in $(seq 1 300); do [[ -s "$dir/urls" ]] && break; sleep 0.1; done

  local pids=()
  for r in $(seq 1 "$runners"); do
    dotnet "$BENCH" scenario batch-run "$queue" "$name" "$jobs" "$dir/urls" "$dir/out" > "$dir/runner-$r.out" 2> "$dir/runner-$r.err" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  dotnet "$BENCH" scenario batch-check "$queue" "$name" "$dir/urls" "$dir/out" > "$dir/check.out"
  kill "$FARM_PID"; wait "$FARM_PID" 2>/dev/null || true; FARM_PID=""

  local start end cpu trips
  start=$(for r in $(seq 1 "$runners"); do metric started_at "$dir/runner-$r.out"; done | sort -g | head -n 1)
  end=$(for r in $(seq 1 "$runners"); do metric ended_at "$dir/runner-$r.out"; done | sort -g | tail -n 1)
  cpu=$(for r in $(seq 1 "$runners"); do metric cpu_seconds "$dir/runner-$r.out"; done | awk '{ s += $1 } END { print s }')
  trips=$(for r in $(seq 1 "$runners"); do metric round_trips "$dir/runner-$r.out"; done | awk '{ s += $1 } END { print s }')
  awk -v l="$label" -v s="$store" -v r="$runners" -v j="$jobs" -v n="$servers" -v t="$seconds" \
      -v a="$start" -v b="$end" -v c="$cpu" -v q="$trips" \
      -v busy="$(metric server_busy_seconds "$dir/check.out")" -v d="$(metric done "$dir/check.out")" -v u="$(metric duplicates "$dir/check.out")" -v x="$(metric lost "$dir/check.out")" \
      'BEGIN { ideal = j / n * t; measured = busy / n; wall = b - a;
               printf "%s\t%s\t%d\t%d/%d\t%.1f s\t%.2f s\t%.3f\t%.2f s\t%.3f\t%.1f ms\t%.1f\t%d\t%d\n",
                      l, s, r, d, j, ideal, wall, wall / ideal, measured, wall / measured, c / j * 1000, q / j, u, x }' >> "$WORK/table.tsv"
  log "$label $store x$runners done"
}

printf 'scenario\tqueue\trunners\tdone\tideal\twall\tratio\tserver-busy ideal\tratio\tCPU/job\ttrips/job\tduplicates\tlost\n' > "$WORK/table.tsv"
for store in sqlite postgres; do
  for runners in 1 3; do
    run_case "32x2s/4" "$store" "$runners" 32 4 2
    run_case "200x1s/8" "$store" "$runners" 200 8 1
  done
done
column -t -s $'\t' "$WORK/table.tsv"
