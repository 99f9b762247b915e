#!/usr/bin/env bash
# Runs every benchmark scenario of issue 5 and prints one table:
#   scenario | median | p95 (p99 for the load test) | peak RSS | target | ratio to target/baseline | met?
#
#   bash bench/run.sh            # the full run (about 2 minutes of scenarios after 4-8 minutes of builds, 2 cores)
#   bash bench/run.sh --quick    # a smoke run: smaller inputs, fewer repetitions, micro-benchmarks as a dry run
#   bash bench/run.sh --no-build # reuse the Release builds and the AOT binary already in place
#
# Needs: the .NET 10 SDK, /usr/bin/time, hyperfine, wrk, jq. Whole-process figures come from /usr/bin/time -v
# (peak RSS) and hyperfine; in-process ones from the bench project's `scenario` mode and BenchmarkDotNet.
set -euo pipefail

cd "$(dirname "$0")/.."
QUICK=0
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    *) echo "usage: bash bench/run.sh [--quick] [--no-build]" >&2; exit 2 ;;
  esac
done

if [[ $QUICK == 1 ]]; then
  ANSWER_MB=20; SAVE_RUNS=1; PROMPT_RUNS=5; JOBS=20; WRK_SECONDS=3; STARTUP_RUNS=5; MICRO_JOB=Dry
else
  ANSWER_MB=100; SAVE_RUNS=5; PROMPT_RUNS=20; JOBS=100; WRK_SECONDS=15; STARTUP_RUNS=30; MICRO_JOB=Short
fi

BENCH=bench/AceStep.Benchmarks/bin/Release/net10.0/AceStep.Benchmarks.dll
SIMULATOR=src/AceStep.Simulator/bin/Release/net10.0/AceStep.Simulator.dll
JIT_CLI=src/AceStep.Cli/bin/Release/net10.0/acestep
AOT_CLI=bench/artifacts/aot/acestep
WORK=$(mktemp -d -t acestep-bench-XXXXXX)
TABLE="$WORK/table.tsv"
BACKGROUND_PIDS=()

cleanup() {
  for pid in "${BACKGROUND_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# metric NAME FILE: the value of a `metric NAME VALUE` line.
metric() { awk -v name="$1" '$1 == "metric" && $2 == name { print $3 }' "$2" | tail -n 1; }

# Peak RSS in MB from a /usr/bin/time -v report.
peak_rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

# stats FILE: "median p95" of the numbers in FILE, one a line (nearest rank).
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    m = int((NR + 1) / 2); p = int(NR * 0.95 + 0.999999); if (p < 1) p = 1;
    printf "%s %s\n", v[m], v[p] }'
}

row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$TABLE"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "NO" }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "NO" }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }

# start_background OUTFILE PATTERN COMMAND…: starts a server, waits for PATTERN in its output.
start_background() {
  local out=$1 pattern=$2; shift 2
  "$@" > "$out" 2>&1 &
  BACKGROUND_PIDS+=($!)
  for _ in $(seq 1 300); do
    grep -q "$pattern" "$out" && return 0
    sleep 0.1
  done
  echo "server did not start: $*" >&2; cat "$out" >&2; exit 1
}

stop_background() { local pid=${BACKGROUND_PIDS[-1]}; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; unset 'BACKGROUND_PIDS[-1]'; }

if [[ $BUILD == 1 ]]; then
  log "building (Release) the bench project, the simulator and the CLI"
  dotnet build bench/AceStep.Benchmarks -c Release -v q -nologo > "$WORK/build.log" || { cat "$WORK/build.log"; exit 1; }
  dotnet build src/AceStep.Cli -c Release -v q -nologo > "$WORK/build-cli.log" || { cat "$WORK/build-cli.log"; exit 1; }
  log "publishing the CLI as Native AOT (linux-x64)"
  dotnet publish src/AceStep.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/artifacts/aot -v q -nologo \
    > "$WORK/publish.log" || { cat "$WORK/publish.log"; exit 1; }
fi

printf 'scenario\tmedian\tp95\tpeak RSS\ttarget\tratio\tmet\n' > "$TABLE"

# 1. Streaming completion save ---------------------------------------------------------------------------------
log "1. completion save: ${ANSWER_MB} MB of audio in a chat answer, ${SAVE_RUNS} runs each"
dotnet "$BENCH" scenario make-completion "$WORK/answer.json" "$ANSWER_MB"
start_background "$WORK/answer-server.out" listening dotnet "$BENCH" scenario serve-completion "$WORK/answer.json"
ANSWER_URL=$(awk '/listening/ { print $2 }' "$WORK/answer-server.out")
: > "$WORK/copy.times"; : > "$WORK/save.times"; COPY_RSS=0; SAVE_RSS=0
for run in $(seq 1 "$SAVE_RUNS"); do
  /usr/bin/time -v -o "$WORK/copy.rss" dotnet "$BENCH" scenario copy "$ANSWER_URL" "$WORK/copy.json" > "$WORK/copy.out"
  metric seconds "$WORK/copy.out" >> "$WORK/copy.times"
  COPY_RSS=$(awk -v a="$COPY_RSS" -v b="$(peak_rss_mb "$WORK/copy.rss")" 'BEGIN { print (b > a) ? b : a }')
  rm -f "$WORK/copy.json"
  /usr/bin/time -v -o "$WORK/save.rss" dotnet "$BENCH" scenario save "$ANSWER_URL" "$WORK/saved" > "$WORK/save.out"
  metric seconds "$WORK/save.out" >> "$WORK/save.times"
  SAVE_RSS=$(awk -v a="$SAVE_RSS" -v b="$(peak_rss_mb "$WORK/save.rss")" 'BEGIN { print (b > a) ? b : a }')
  rm -rf "$WORK/saved"
done
stop_background
read -r COPY_MEDIAN COPY_P95 < <(stats "$WORK/copy.times")
read -r SAVE_MEDIAN SAVE_P95 < <(stats "$WORK/save.times")
SAVE_RATIO=$(ratio "$SAVE_MEDIAN" "$COPY_MEDIAN")
row "copy ${ANSWER_MB} MB answer to disk (baseline)" "${COPY_MEDIAN}s" "${COPY_P95}s" "${COPY_RSS} MB" "-" "-" "-"
row "save ${ANSWER_MB} MB answer (library, decode to disk)" "${SAVE_MEDIAN}s" "${SAVE_P95}s" "${SAVE_RSS} MB" \
  "<=1.5x copy; RSS<100 MB" "${SAVE_RATIO}x copy" \
  "$( [[ $(at_most "$SAVE_RATIO" 1.5) == yes && $(at_most "$SAVE_RSS" 100) == yes ]] && echo yes || echo NO )"
rm -f "$WORK/answer.json"

# 2. Prompt results --------------------------------------------------------------------------------------------
log "2. prompt results: succeeded -> last file on disk, 30 s MP3, batch 2, ${PROMPT_RUNS} runs"
dotnet "$BENCH" scenario prompt "$PROMPT_RUNS" > "$WORK/prompt.out"
PROMPT_MEDIAN=$(metric median_seconds "$WORK/prompt.out")
row "prompt results (succeeded -> files, batch 2)" "$(ms "$PROMPT_MEDIAN")" "$(ms "$(metric p95_seconds "$WORK/prompt.out")")" "-" \
  "median <= 300 ms" "$(ratio "$PROMPT_MEDIAN" 0.3)" "$(at_most "$PROMPT_MEDIAN" 0.3)"

# 3. Start-up ---------------------------------------------------------------------------------------------------
log "3. start-up: acestep --help / config --list, AOT and JIT, ${STARTUP_RUNS} runs each"
# A config file that does not exist yet (`config --list` shows the defaults, as on a fresh machine), and a job
# ledger of our own (the CLI jobs of scenario 4 must not land in the user's).
export ACESTEP_CONFIG="$WORK/config/config.json" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
for build in aot jit; do
  binary=$AOT_CLI; [[ $build == jit ]] && binary=$JIT_CLI
  for command in "--help" "config --list"; do
    name="$build-${command//[^a-z]/}"
    hyperfine -N --warmup 3 --runs "$STARTUP_RUNS" --export-json "$WORK/$name.json" "$binary $command" > /dev/null 2>&1
    jq -r '.results[0].times[]' "$WORK/$name.json" > "$WORK/$name.times"
    /usr/bin/time -v -o "$WORK/$name.rss" "$binary" $command > /dev/null 2>&1 || true
    read -r median p95 < <(stats "$WORK/$name.times")
    if [[ $build == aot ]]; then
      row "start-up: acestep $command (Native AOT)" "$(ms "$median")" "$(ms "$p95")" "$(peak_rss_mb "$WORK/$name.rss") MB" \
        "<= 50 ms" "$(ratio "$median" 0.05)" "$(at_most "$median" 0.05)"
    else
      row "start-up: acestep $command (JIT, for comparison)" "$(ms "$median")" "$(ms "$p95")" "$(peak_rss_mb "$WORK/$name.rss") MB" \
        "-" "$(ratio "$median" 0.05)x 50 ms" "-"
    fi
  done
done

# 4. Many jobs ---------------------------------------------------------------------------------------------------
log "4. many jobs: ${JOBS} native jobs concurrently through one client (simulator in its own process)"
start_background "$WORK/simulator.out" "listening on" dotnet "$SIMULATOR" --port 0 --generation-seconds 0
SIMULATOR_URL="$(awk '/listening on/ { print $NF }' "$WORK/simulator.out")/"
# The finished jobs for the load test (5.) are made first: they also warm the simulator up, so that the client's
# jobs do not wait on the server's JIT compilation (a longer wait means more polls, which would be charged here).
dotnet "$BENCH" scenario seed-jobs "$SIMULATOR_URL" 20 "$WORK/ids.txt" > /dev/null
/usr/bin/time -v -o "$WORK/many.rss" dotnet "$BENCH" scenario many "$SIMULATOR_URL" "$JOBS" > "$WORK/many.out"
# The same again with the thread pool's spin-waiting off: on 2 cores idle workers spinning for work is a visible
# share of the CPU time (shown for the analysis; the library cannot set this for its host).
DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 dotnet "$BENCH" scenario many "$SIMULATOR_URL" "$JOBS" > "$WORK/many-nospin.out"
MANY_RSS="$(peak_rss_mb "$WORK/many.rss") MB"
many_row() { # LABEL FILE METRIC: a CPU-per-job row against the 5 ms target
  local value; value=$(metric "$3" "$2")
  row "$1" "$(printf '%.2f ms' "$value")" "-" "$MANY_RSS" "<= 5 ms" "$(ratio "$value" 5)" "$(at_most "$value" 5)"
}
many_row "${JOBS} jobs, CPU/job user+kernel, 1st round (JIT cold)" "$WORK/many.out" cold_cpu_ms_per_job
many_row "${JOBS} jobs, CPU/job user only, 1st round (JIT cold)" "$WORK/many.out" cold_user_cpu_ms_per_job
many_row "${JOBS} jobs, CPU/job user+kernel, 2nd round (warm)" "$WORK/many.out" cpu_ms_per_job
many_row "${JOBS} jobs, CPU/job user only (beyond transfer), warm" "$WORK/many.out" user_cpu_ms_per_job
many_row "${JOBS} jobs, CPU/job user+kernel, warm, no thread-pool spin" "$WORK/many-nospin.out" cpu_ms_per_job
row "${JOBS} jobs, wall time (1st / 2nd round)" \
  "$(printf '%.2fs / %.2fs' "$(metric cold_wall_seconds "$WORK/many.out")" "$(metric wall_seconds "$WORK/many.out")")" "-" "-" "-" "-" "-"
# The CLI itself, one job per process as a user runs it (Native AOT, sequential): its CPU beyond its own start-up
# (`acestep --help` as the baseline), from hyperfine's user and system means.
hyperfine -N --warmup 2 --runs "$STARTUP_RUNS" --export-json "$WORK/cli-job.json" \
  "$AOT_CLI --help" \
  "$AOT_CLI generate bench --no-thinking --duration 10 --format mp3 --mode native --api-url ${SIMULATOR_URL%/} -o $WORK/cli-out --force -q" \
  > /dev/null 2>&1
read -r CLI_USER CLI_SYSTEM CLI_WALL < <(jq -r '[.results[1].user - .results[0].user, .results[1].system - .results[0].system,
  .results[1].median] | map(. * 1000) | @tsv' "$WORK/cli-job.json")
row "acestep generate (AOT CLI, 1 job/process): CPU beyond start-up" \
  "$(printf '%.1f ms user + %.1f ms kernel' "$CLI_USER" "$CLI_SYSTEM")" "-" "-" "<= 5 ms (user)" \
  "$(ratio "$CLI_USER" 5)" "$(at_most "$CLI_USER" 5)"
row "acestep generate (AOT CLI, 1 job/process): wall" "$(printf '%.1f ms' "$CLI_WALL")" "-" "-" "-" "-" "-"

# 5. Simulator load ----------------------------------------------------------------------------------------------
log "5. simulator load: wrk on /query_result for ${WRK_SECONDS}s"
SIMULATOR_PID=${BACKGROUND_PIDS[-1]}
ACESTEP_BENCH_IDS="$WORK/ids.txt" wrk -t2 -c8 -d"${WRK_SECONDS}s" --latency -s bench/query_result.lua "${SIMULATOR_URL%/}" > "$WORK/wrk.out"
SIMULATOR_RSS=$(awk '/VmHWM/ { printf "%.1f MB", $2 / 1024 }' "/proc/$SIMULATOR_PID/status" 2>/dev/null || echo "-")
stop_background
RPS=$(metric requests_per_second "$WORK/wrk.out"); P99=$(metric p99_ms "$WORK/wrk.out")
row "/query_result load (wrk, 8 connections)" "$(printf '%.0f req/s; p50 %s ms' "$RPS" "$(metric p50_ms "$WORK/wrk.out")")" \
  "p99 ${P99} ms" "$SIMULATOR_RSS" ">= 5000 req/s, p99 <= 10 ms" "$(ratio "$RPS" 5000)x rps; $(ratio "$P99" 10)x p99" \
  "$( [[ $(at_least "$RPS" 5000) == yes && $(at_most "$P99" 10) == yes ]] && echo yes || echo NO )"

# 6. Micro-benchmarks --------------------------------------------------------------------------------------------
log "6. micro-benchmarks (BenchmarkDotNet, in process, job ${MICRO_JOB})"
(cd "$WORK" && dotnet "$OLDPWD/$BENCH" --filter '*' --job "$MICRO_JOB" --inProcess > "$WORK/micro.log" 2>&1) \
  || { tail -n 40 "$WORK/micro.log" >&2; exit 1; }
for report in "$WORK"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
  # A Markdown table; Method, Mean and Allocated are looked up by name because the columns vary with diagnosers.
  awk -F' *\\| *' '/^\| *Method/ { for (i = 1; i <= NF; i++) col[$i] = i; next }
    /^\|-/ || !("Method" in col) { next }
    /^\|/ { alloc = ("Allocated" in col) ? $(col["Allocated"]) : "";
      alloc = (alloc == "" ? "-" : (alloc == "-" ? "0 B" : alloc) " alloc/op");
      name = $(col["Method"]); gsub(/&#39;/, "", name);
      printf "micro: %s\t%s\t-\t%s\t-\t-\t-\n", name, $(col["Mean"]), alloc }' "$report" >> "$TABLE"
done
mkdir -p bench/artifacts && rm -rf bench/artifacts/micro-results
cp -r "$WORK/BenchmarkDotNet.Artifacts/results" bench/artifacts/micro-results 2>/dev/null || true

# The table ------------------------------------------------------------------------------------------------------
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), .NET $(dotnet --version); load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
column -t -s $'\t' "$TABLE"
cp "$TABLE" bench/artifacts/latest-table.tsv
