#!/usr/bin/env bash
# The music-video benchmark: renders a 60 s and a 180 s song at 1920x1080, 1080x1920 and 720x1280 (30 fps) and prints
# one table: song length, wall time, ratio to real time, drawing and encoding speeds, peak memory of the renderer and
# of ffmpeg, and the load average (the machine is shared: read the wall times beside it).
#
#   bash bench/mv.sh              # all six renders (about 15 minutes on an idle 2-core machine)
#   bash bench/mv.sh --quick      # 10 s songs, to check the scenario runs
#   bash bench/mv.sh --no-build   # reuse the Release build
#
# Needs: the .NET 10 SDK and ffmpeg. Figures come from the bench project's `scenario mv` (see docs/performance.md).
set -euo pipefail

cd "$(dirname "$0")/.."
SONGS="60 180"
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --quick) SONGS="10" ;;
    --no-build) BUILD=0 ;;
    *) echo "usage: bash bench/mv.sh [--quick] [--no-build]" >&2; exit 2 ;;
  esac
done

BENCH=bench/AceStep.Benchmarks/bin/Release/net10.0/AceStep.Benchmarks.dll
if [[ $BUILD == 1 ]]; then
  dotnet build bench/AceStep.Benchmarks -c Release -v q -nologo > /dev/null
fi

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
metric() { awk -v name="$1" '$1 == "metric" && $2 == name { print $3 }' "$OUT" | tail -n 1; }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }

printf 'size\tsong\twall\tx real time\tdraw fps\tdraw ms/frame\tffmpeg CPU ms/frame\trenderer CPU ms/frame\trenderer peak\tffmpeg peak\toutput\tload (1 min)\n'
for size in 1920x1080 1080x1920 720x1280; do
  for seconds in $SONGS; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    dotnet "$BENCH" scenario mv "$seconds" "$size" > "$OUT"
    printf '%s\t%s s\t%s s\t%s\t%s\t%s\t%s\t%s\t%s MB\t%s MB\t%s MB\t%s\n' "$size" "$seconds" \
      "$(fmt "$(metric wall_seconds)" '%.1f')" "$(fmt "$(metric realtime_ratio)" '%.2f')" \
      "$(fmt "$(metric draw_fps)" '%.1f')" "$(fmt "$(metric draw_ms_per_frame)" '%.1f')" \
      "$(fmt "$(metric ffmpeg_cpu_ms_per_frame)" '%.1f')" "$(fmt "$(metric renderer_cpu_ms_per_frame)" '%.1f')" \
      "$(fmt "$(metric renderer_peak_mb)" '%.0f')" "$(fmt "$(metric ffmpeg_peak_mb)" '%.0f')" \
      "$(fmt "$(metric output_mb)" '%.1f')" "$load"
  done
done
