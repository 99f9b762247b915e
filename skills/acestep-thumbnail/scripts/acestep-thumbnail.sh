#!/usr/bin/env bash
# The original acestep-thumbnail command lines, run by the `acestep` .NET tool:
#   generate --prompt TEXT [--aspect-ratio R] [--output O]      (also --from JOB, --size 1K|2K|4K, --model M, --json)
#   config [--get K | --set K [V] | --list | --check-key]
# The Gemini key is set from stdin (printf %s "$KEY" | ... config --set api_key) or GEMINI_API_KEY / GOOGLE_API_KEY,
# and travels only in the x-goog-api-key header.
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
Usage: acestep-thumbnail.sh <command> [options]

Commands:
  generate  --prompt TEXT [--aspect-ratio 16:9|9:16|1:1|4:3|3:4|3:2|2:3|4:5|5:4|21:9] [--output PATH]
            [--from JOB_ID] [--size 1K|2K|4K] [--model NAME]
            Add "no text or letters" to the prompt; with --from the song's caption makes the prompt.
  config    --get KEY | --set KEY [VALUE] | --list | --check-key
            Keys: api_key, api_url, model
  help      This text.
USAGE
}

config_key() {
  case "$1" in
    api_key|api_url|model) printf 'gemini.%s\n' "$1" ;;
    aspect_ratio) echo "Error: aspect_ratio is not stored; pass --aspect-ratio to generate (default 16:9)." >&2; return 2 ;;
    *) printf '%s\n' "$1" ;;
  esac
}

generate() {
  local args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --output|-o) mkdir -p "$(dirname "$2")"; args+=(--output "$2"); shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  acestep thumbnail ${args[@]+"${args[@]}"}
}

config() {
  case "${1:-}" in
    "") acestep config ;;
    --get|--unset) key=$(config_key "$2"); acestep config "$1" "$key" ;;
    --set) key=$(config_key "$2"); shift 2; acestep config --set "$key" "$@" ;;
    --check-key)
      state=$(acestep config --check-key gemini | sed -n 's/^gemini\.api_key: //p')
      echo "Gemini API key: $state"
      [ "$state" = configured ] || echo "Get one at https://aistudio.google.com/apikey, then: printf %s \"\$KEY\" | $0 config --set api_key" ;;
    *) acestep config "$@" ;;
  esac
}

command="${1:-help}"
[ $# -gt 0 ] && shift
case "$command" in
  generate) generate "$@" ;;
  config) config "$@" ;;
  help|--help|-h) usage ;;
  *) usage >&2; exit 2 ;;
esac
