#!/usr/bin/env bash
# Builds the tool and generates one song end to end; with --batch, the ten songs of docs/examples/batch-plan.jsonl
# through `acestep batch` instead (run it again: finished songs are skipped).
# With no ACE-Step server configured (ACESTEP_API_URL unset), it starts the bundled simulator on a free
# port for the duration of the run: the audio is then a synthesized test signal, not AI music.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)
batch=""
case "${1:-}" in
  --batch) batch=1 ;;
  "") ;;
  *) echo "usage: bash scripts/quickstart.sh [--batch]" >&2; exit 2 ;;
esac

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }

echo "==> Building (Release)" >&2
dotnet build src/AceStep.Cli/AceStep.Cli.csproj -c Release -nologo -v quiet -o artifacts/cli >&2
dotnet build src/AceStep.Simulator/AceStep.Simulator.csproj -c Release -nologo -v quiet -o artifacts/simulator >&2

simulator_pid=""
# The demo's job goes into a ledger of its own, removed afterwards: never into the user's `acestep jobs`.
state_dir=$(mktemp -d)
export ACESTEP_STATE_DIR="$state_dir"
cleanup() { [ -n "$simulator_pid" ] && kill "$simulator_pid" 2>/dev/null; rm -rf "$state_dir"; }
trap cleanup EXIT

if [ -z "${ACESTEP_API_URL:-}" ]; then
  echo "==> No ACE-Step server configured (ACESTEP_API_URL is unset): starting the simulator" >&2
  log=$(mktemp)
  dotnet artifacts/simulator/AceStep.Simulator.dll --port 0 --output-dir "$repo/artifacts/simulator-output" >"$log" 2>&1 &
  simulator_pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^ACE-Step simulator listening on \(http[^ ]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$simulator_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "${url:-}" ] || { echo "The simulator did not start:" >&2; cat "$log" >&2; exit 1; }
  export ACESTEP_API_URL="$url"
  export ACESTEP_CONFIG="$repo/artifacts/quickstart-config.json"   # leave the user's own config alone
  synthesized=1
fi

output="${ACESTEP_OUTPUT_DIR:-$repo/acestep_output}"
if [ -n "$batch" ]; then
  echo "==> Generating the songs of docs/examples/batch-plan.jsonl at $ACESTEP_API_URL" >&2
  # The simulator speaks both protocols; native is the one a batch can resume. A configured server keeps its api_mode.
  dotnet artifacts/cli/acestep.dll batch docs/examples/batch-plan.jsonl --server "$ACESTEP_API_URL" ${synthesized:+--mode native} --output-dir "$output"
  echo >&2
  echo "Files and batch.json are in: $output/batch-plan" >&2
  [ -n "${synthesized:-}" ] && echo "Note: this audio came from the ACE-Step simulator: a synthesized test signal, not AI music." >&2
  exit 0
fi
echo "==> Generating a song at $ACESTEP_API_URL" >&2
dotnet artifacts/cli/acestep.dll generate \
  -c "upbeat synth-pop, female vocal, bright piano" \
  -l "[Verse]
Morning light on the city street
[Chorus]
We sing along to the simulator beat" \
  --duration 20 --bpm 120 --key-scale "C major" --time-signature 4/4 \
  --output-dir "$output"

echo >&2
echo "Files are in: $output" >&2
ls -l "$output" >&2
if [ -n "${synthesized:-}" ]; then
  echo "Note: this audio came from the ACE-Step simulator: a synthesized test signal (chords at the requested key and tempo), not AI music. Point ACESTEP_API_URL at a real server for real songs." >&2
fi
