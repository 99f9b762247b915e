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

# shellcheck source=skill-conventions.sh
. "$script_dir/skill-conventions.sh"
export ACESTEP_COMMAND="$0"

find_acestep_tool || exit
exec "${acestep_tool[@]}" "$@"
