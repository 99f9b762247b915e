#!/usr/bin/env bash
# The original acestep-lyrics-transcription command lines, run by the `acestep` .NET tool:
#   transcribe --audio F [--language L] [--format lrc|srt|json] [--provider openai|elevenlabs] [--output O]
#   config [--get K | --set K [V] | --list | --check-key | --reset]
# Keys are never passed on to the tool's command line: set them from stdin (printf %s "$KEY" | ... config --set openai.api_key)
# or export OPENAI_API_KEY / ELEVENLABS_API_KEY. Any further option of `acestep transcribe` passes through (--reference, --gap, --json).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# The skill conventions (config, results folder, the tool): beside this script once installed (scripts/install.sh
# copies them there), else the acestep skill's beside this skill.
conventions="$script_dir/skill-conventions.sh"
[ -f "$conventions" ] || conventions="$script_dir/../../acestep/scripts/skill-conventions.sh"
# shellcheck source=../../acestep/scripts/skill-conventions.sh
. "$conventions"

usage() {
  cat <<'USAGE'
Usage: acestep-lyrics-transcription.sh <command> [options]

Commands:
  transcribe  -a|--audio FILE (or a job id, or a result .json)  [-l|--language CODE]
              [-f|--format lrc|srt|json] [-p|--provider openai|elevenlabs|acestep|estimate] [-o|--output PATH]
              With a song made by acestep, its lyrics are the reference: misheard words are repaired.
  config      --get KEY | --set KEY [VALUE] | --list | --check-key | --reset
              Keys: provider, openai.api_key, openai.api_url, openai.model,
                    elevenlabs.api_key, elevenlabs.api_url, elevenlabs.model
  help        This text.
USAGE
}

config_key() {
  case "$1" in
    provider) printf 'transcription.provider\n' ;;
    output_format) echo "Error: output_format is not stored; pass --format lrc|srt|json to transcribe." >&2; return 2 ;;
    *) printf '%s\n' "$1" ;;
  esac
}

transcribe() {
  local audio="" args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      -a|--audio) audio="$2"; shift 2 ;;
      -l|--language) args+=(--language "$2"); shift 2 ;;
      -f|--format) args+=(--format "$2"); shift 2 ;;
      -p|--provider) args+=(--provider "$2"); shift 2 ;;
      -o|--output) mkdir -p "$(dirname "$2")"; args+=(--output "$2"); shift 2 ;;
      -*) args+=("$1"); shift ;;
      *) if [ -z "$audio" ]; then audio="$1"; else args+=("$1"); fi; shift ;;
    esac
  done
  if [ -z "$audio" ]; then
    echo "Error: --audio FILE is required." >&2
    usage >&2
    exit 2
  fi
  acestep transcribe "$audio" ${args[@]+"${args[@]}"}
}

check_key() {
  local provider
  provider=$(acestep config --get transcription.provider | sed -n 's/^transcription\.provider = //p')
  case "$provider" in openai|elevenlabs) ;; *) provider=openai ;; esac
  echo "provider: $provider"
  acestep config --check-key "$provider" | sed "s/^$provider\.api_key:/api_key:/"
}

config() {
  case "${1:-}" in
    "") acestep config ;;
    --get|--unset) key=$(config_key "$2"); acestep config "$1" "$key" ;;
    --set) key=$(config_key "$2"); shift 2; acestep config --set "$key" "$@" ;;
    --check-key) check_key ;;
    *) acestep config "$@" ;;
  esac
}

command="${1:-help}"
[ $# -gt 0 ] && shift
case "$command" in
  transcribe) transcribe "$@" ;;
  config) config "$@" ;;
  help|--help|-h) usage ;;
  *) usage >&2; exit 2 ;;
esac
