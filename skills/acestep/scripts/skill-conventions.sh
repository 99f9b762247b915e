# The conventions every ACE-Step skill's wrapper script follows. Sourced by the wrapper, with $script_dir set to its folder.
# scripts/install.sh copies this file into every installed skill's scripts folder, so each skill works on its own;
# in the repository the other skills' wrappers read it from here.
#   - configuration in scripts/config.json beside the wrapper (unless ACESTEP_CONFIG is set);
#   - results in <project_root>/acestep_output (unless ACESTEP_OUTPUT_DIR is set), where project_root is
#     the folder that holds .claude/ or .codex/ for an installed skill, or the git work tree otherwise;
#   - the acestep tool: $ACESTEP_CLI, then `acestep` on PATH, then where scripts/install.sh put it (recorded beside the
#     wrapper at install time, then the installer's default folders), then a build from this repository's sources.

project_root() {
  case "$script_dir" in
    */.claude/skills/*) printf '%s\n' "${script_dir%%/.claude/skills/*}"; return ;;
    */.codex/skills/*) printf '%s\n' "${script_dir%%/.codex/skills/*}"; return ;;
  esac
  git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || (cd "$script_dir/../../.." && pwd -P)
}

export ACESTEP_CONFIG="${ACESTEP_CONFIG:-$script_dir/config.json}"
export ACESTEP_OUTPUT_DIR="${ACESTEP_OUTPUT_DIR:-$(project_root)/acestep_output}"

acestep_tool=()

# Sets acestep_tool to the command that runs the tool; says why on stderr and returns 127 when there is none.
find_acestep_tool() {
  local candidate recorded="$script_dir/.acestep-cli"
  if [ -n "${ACESTEP_CLI:-}" ]; then acestep_tool=("$ACESTEP_CLI"); return 0; fi
  # type -P, not command -v: a wrapper's own `acestep` function must not count as the tool.
  if candidate=$(type -P acestep); then acestep_tool=("$candidate"); return 0; fi
  if [ -f "$recorded" ]; then
    candidate=$(head -n 1 "$recorded")
    if [ -x "$candidate" ]; then acestep_tool=("$candidate"); return 0; fi
  fi
  for candidate in "${ACESTEP_BIN_DIR:-$HOME/.local/bin}/acestep" "${ACESTEP_INSTALL_DIR:-$HOME/.local/share/acestep}/acestep" \
                   "$HOME/.dotnet/tools/acestep"; do
    if [ -x "$candidate" ]; then acestep_tool=("$candidate"); return 0; fi
  done

  local repo_root project build_dir dll note=""
  repo_root=$(cd "$script_dir/../../.." && pwd -P)
  project="$repo_root/src/AceStep.Cli/AceStep.Cli.csproj"
  if [ ! -f "$project" ]; then
    [ -f "$recorded" ] && note=" (the installer recorded $(head -n 1 "$recorded"), which is not there any more)"
    echo "acestep: the acestep tool was not found: not on PATH, not in ${ACESTEP_BIN_DIR:-$HOME/.local/bin} or ~/.dotnet/tools$note." >&2
    echo "Install it with scripts/install.sh from the ACE-Step for .NET repository (or dotnet tool install --global AceStep.Cli), or set ACESTEP_CLI to its path." >&2
    return 127
  fi
  build_dir="$repo_root/artifacts/skill-cli"
  dll="$build_dir/acestep.dll"
  if [ ! -f "$dll" ] || [ -n "$(find "$repo_root/src" \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit 2>/dev/null)" ]; then
    echo "acestep: building the tool (first run only)..." >&2
    dotnet build "$project" -c Release -nologo -v quiet -o "$build_dir" >&2 || return
  fi
  acestep_tool=(dotnet "$dll")
}

# Runs the tool (found on first use) with the given arguments.
acestep() {
  [ ${#acestep_tool[@]} -gt 0 ] || find_acestep_tool || return
  "${acestep_tool[@]}" "$@"
}
