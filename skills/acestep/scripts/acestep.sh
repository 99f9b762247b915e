#!/usr/bin/env bash
# Entry point kept for agents that follow the original ACE-Step skill: `./scripts/acestep.sh <command> ...`.
# It runs the `acestep` .NET tool with this skill's conventions:
#   - configuration in scripts/config.json beside this file (unless ACESTEP_CONFIG is set);
#   - results in <project_root>/acestep_output (unless ACESTEP_OUTPUT_DIR is set), where project_root is
#     the folder that holds .claude/ or .codex/ for an installed skill, or the git work tree otherwise;
#   - hints name this script as it was run (ACESTEP_COMMAND), so a suggested `config --set api_key` or
#     `status ID` uses this config and this server when followed verbatim.
# The API key is never passed on the command line: the tool reads it from the config file or ACESTEP_API_KEY.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

project_root() {
  case "$script_dir" in
    */.claude/skills/*) printf '%s\n' "${script_dir%%/.claude/skills/*}"; return ;;
    */.codex/skills/*) printf '%s\n' "${script_dir%%/.codex/skills/*}"; return ;;
  esac
  git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || (cd "$script_dir/../../.." && pwd -P)
}

export ACESTEP_CONFIG="${ACESTEP_CONFIG:-$script_dir/config.json}"
export ACESTEP_OUTPUT_DIR="${ACESTEP_OUTPUT_DIR:-$(project_root)/acestep_output}"
export ACESTEP_COMMAND="$0"

# Where the tool is: $ACESTEP_CLI, then `acestep` on PATH, then where scripts/install.sh put it (recorded beside
# this script at install time, then the installer's default folders), then a build from this repository's sources.
find_installed_tool() {
  local candidate recorded="$script_dir/.acestep-cli"
  if [ -f "$recorded" ]; then
    candidate=$(head -n 1 "$recorded")
    if [ -x "$candidate" ]; then printf '%s\n' "$candidate"; return 0; fi
  fi
  for candidate in "${ACESTEP_BIN_DIR:-$HOME/.local/bin}/acestep" "${ACESTEP_INSTALL_DIR:-$HOME/.local/share/acestep}/acestep" \
                   "$HOME/.dotnet/tools/acestep"; do
    if [ -x "$candidate" ]; then printf '%s\n' "$candidate"; return 0; fi
  done
  return 1
}

if [ -n "${ACESTEP_CLI:-}" ]; then
  exec "$ACESTEP_CLI" "$@"
fi
if command -v acestep >/dev/null 2>&1; then
  exec acestep "$@"
fi
if installed=$(find_installed_tool); then
  exec "$installed" "$@"
fi
repo_root=$(cd "$script_dir/../../.." && pwd -P)
project="$repo_root/src/AceStep.Cli/AceStep.Cli.csproj"
if [ ! -f "$project" ]; then
  recorded=""
  [ -f "$script_dir/.acestep-cli" ] && recorded=" (the installer recorded $(head -n 1 "$script_dir/.acestep-cli"), which is not there any more)"
  echo "acestep: the acestep tool was not found: not on PATH, not in ${ACESTEP_BIN_DIR:-$HOME/.local/bin} or ~/.dotnet/tools$recorded." >&2
  echo "Install it with scripts/install.sh from the ACE-Step for .NET repository (or dotnet tool install --global AceStep.Cli), or set ACESTEP_CLI to its path." >&2
  exit 127
fi
build_dir="$repo_root/artifacts/skill-cli"
dll="$build_dir/acestep.dll"
if [ ! -f "$dll" ] || [ -n "$(find "$repo_root/src" \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit 2>/dev/null)" ]; then
  echo "acestep: building the tool (first run only)..." >&2
  dotnet build "$project" -c Release -nologo -v quiet -o "$build_dir" >&2
fi
exec dotnet "$dll" "$@"
