#!/usr/bin/env bash
# render-mv.sh: the music-video command line of the original simplemv skill, rendered by the acestep .NET tool
# (`acestep mv`) instead of Remotion: no Node, npm or browser, only ffmpeg.
#
#   render-mv.sh --audio FILE [--lyrics FILE.lrc | --lyrics-json FILE] [--title TEXT] [--subtitle TEXT]
#                [--credit TEXT] [--offset SEC] [--output FILE] [--codec h264|h265|vp8|vp9]
#                [--background IMAGE] [--max-size MB] [--browser EXE]
#
# Differences from the original, each said on stderr when it applies:
#   --offset   keeps the original meaning (positive shows lyrics EARLIER, default -0.5) and is passed to
#              acestep mv with the sign turned round (acestep: positive shows lyrics later).
#   --max-size is in MiB as before (N x 1,048,576 bytes), decimals allowed; the result is checked and re-encoded
#              until it fits, and a limit too small for the song is refused before rendering.
#   --codec    vp8 is rendered as vp9 (WebM).
#   --browser  is ignored: nothing is rendered in a browser any more.
# Default output: scripts/out/<audio name>.mp4 (.webm for vp8/vp9), replaced if it exists, as before.
# Everything acestep mv can do besides (9:16 and 1:1, word highlighting, --preview, --for whatsapp):
# run `acestep mv --help`.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

usage() { sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
fail() { echo "render-mv.sh: $1" >&2; exit 1; }
value() { [ $# -ge 2 ] || fail "$1 needs a value"; printf '%s' "$2"; }

audio="" lyrics="" lyrics_json="" title="Music Video" subtitle="" credit="" offset="-0.5" output="" codec="h264"
background="" max_size=""
while [ $# -gt 0 ]; do
  case "$1" in
    --audio) audio=$(value "$@"); shift 2 ;;
    --lyrics) lyrics=$(value "$@"); shift 2 ;;
    --lyrics-json) lyrics_json=$(value "$@"); shift 2 ;;
    --title) title=$(value "$@"); shift 2 ;;
    --subtitle) subtitle=$(value "$@"); shift 2 ;;
    --credit) credit=$(value "$@"); shift 2 ;;
    --offset) offset=$(value "$@"); shift 2 ;;
    --output) output=$(value "$@"); shift 2 ;;
    --codec) codec=$(value "$@"); shift 2 ;;
    --background) background=$(value "$@"); shift 2 ;;
    --max-size) max_size=$(value "$@"); shift 2 ;;
    --browser) value "$@" >/dev/null; shift 2
      echo "render-mv.sh: note: --browser is ignored; acestep mv draws the frames itself and needs no browser." >&2 ;;
    -h|--help) usage; exit 0 ;;
    *) fail "unknown argument: $1 (see --help)" ;;
  esac
done

[ -n "$audio" ] || fail "--audio is required"
[ -f "$audio" ] || fail "audio file not found: $audio"

args=(mv --audio "$audio" --title "$title" --force)
if [ -n "$lyrics" ]; then
  args+=(--lyrics "$lyrics")
  [ -z "$lyrics_json" ] || echo "render-mv.sh: note: --lyrics wins over --lyrics-json, as before." >&2
elif [ -n "$lyrics_json" ]; then
  args+=(--lyrics-json "$lyrics_json")
fi
[ -z "$subtitle" ] || args+=(--subtitle "$subtitle")
[ -z "$credit" ] || args+=(--credit "$credit")
[ -z "$background" ] || args+=(--background "$background")

[[ "$offset" =~ ^[-+]?[0-9]*\.?[0-9]+$ ]] || fail "--offset must be a number of seconds (got '$offset')"
args+=(--offset "$(awk -v o="$offset" 'BEGIN { printf "%.3f", -o }')")

case "$codec" in
  h264|h265|vp9) ;;
  vp8) echo "render-mv.sh: note: vp8 is rendered as vp9 (WebM)." >&2; codec=vp9 ;;
  *) fail "--codec must be h264, h265, vp8 or vp9 (got '$codec')" ;;
esac
args+=(--codec "$codec")

if [ -n "$max_size" ]; then
  [[ "$max_size" =~ ^[0-9]*\.?[0-9]+$ ]] || fail "--max-size must be a number of MiB (got '$max_size')"
  args+=(--max-size "$(awk -v m="$max_size" 'BEGIN { printf "%.6f", m * 1.048576 }')")
fi

if [ -z "$output" ]; then
  extension=mp4
  [ "$codec" != vp9 ] || extension=webm
  name=$(basename "$audio")
  output="$script_dir/out/${name%.*}.$extension"
fi
mkdir -p "$(dirname "$output")"
args+=(--output "$output")

# The tool: $ACESTEP_CLI, then `acestep` on PATH, then the acestep skill's wrapper beside this skill.
if [ -n "${ACESTEP_CLI:-}" ]; then
  exec "$ACESTEP_CLI" "${args[@]}"
elif command -v acestep >/dev/null 2>&1; then
  exec acestep "${args[@]}"
elif [ -x "$script_dir/../../acestep/scripts/acestep.sh" ]; then
  exec "$script_dir/../../acestep/scripts/acestep.sh" "${args[@]}"
fi
echo "render-mv.sh: the acestep tool was not found (not on PATH, no acestep skill beside this one)." >&2
echo "Install it with scripts/install.sh from the ACE-Step for .NET repository, or set ACESTEP_CLI to its path." >&2
exit 127
