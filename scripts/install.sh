#!/usr/bin/env bash
# Installs the `acestep` tool for the current user, and optionally the agent skills into a project.
#
# Usage:
#   scripts/install.sh                           publish the tool and put `acestep` in the bin folder
#   scripts/install.sh --skill DIR [--codex]     also install the agent skills into DIR/.claude/skills
#                                                (DIR/.codex/skills with --codex); results go to DIR/acestep_output
#   scripts/install.sh --skill DIR --skill-only  install the skills only (the tool is already installed)
#   scripts/install.sh --dotnet-tool             install as a .NET global tool instead (dotnet tool install --global)
#
# Environment:
#   ACESTEP_INSTALL_DIR   where the tool's files go        (default: ~/.local/share/acestep)
#   ACESTEP_BIN_DIR       where the `acestep` link goes    (default: ~/.local/bin)
#
# The skills are copied from the files git tracks: a skill's scripts/config.json (which may hold your API key) is
# never copied, and each installed skill carries a .gitignore that keeps its own config.json out of the project's
# repository. The installed skill remembers where the tool is, so it works even when the bin folder is not on PATH;
# each skill gets its own copy of the shared skill-conventions.sh, so it needs no other skill beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }

skill_target=""; agent_dir=".claude"; skill_only=""; dotnet_tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skill) skill_target="${2:?--skill needs a project directory}"; shift 2 ;;
    --codex) agent_dir=".codex"; shift ;;
    --skill-only) skill_only=1; shift ;;
    --dotnet-tool) dotnet_tool=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$skill_only" ] && [ -z "$skill_target" ]; then
  echo "install.sh: --skill-only needs --skill DIR" >&2; exit 2
fi

prefix="${ACESTEP_INSTALL_DIR:-$HOME/.local/share/acestep}"
bindir="${ACESTEP_BIN_DIR:-$HOME/.local/bin}"
tool="$bindir/acestep"

on_path() {
  case ":$PATH:" in *":$1:"*) return 0 ;; esac
  return 1
}

install_tool() {
  command -v dotnet >/dev/null 2>&1 || { echo "install.sh: the .NET 10 SDK is required (dotnet is not on PATH)" >&2; exit 1; }
  echo "==> Publishing acestep to $prefix" >&2
  dotnet publish src/AceStep.Cli/AceStep.Cli.csproj -c Release -nologo -v quiet -o "$prefix" >&2
  mkdir -p "$bindir"
  ln -sf "$prefix/acestep" "$tool"
  if on_path "$bindir"; then
    echo "Installed: $tool" >&2
  else
    echo "Installed: $tool — $bindir is not on PATH: add it (export PATH=\"$bindir:\$PATH\") or run $tool directly." >&2
    echo "The installed skills find the tool there without PATH." >&2
  fi
}

install_dotnet_tool() {
  command -v dotnet >/dev/null 2>&1 || { echo "install.sh: the .NET 10 SDK is required (dotnet is not on PATH)" >&2; exit 1; }
  local feed="$repo/artifacts/nupkg"
  echo "==> Packing the acestep .NET tool into $feed" >&2
  dotnet pack src/AceStep.Cli/AceStep.Cli.csproj -c Release -nologo -v quiet -o "$feed" >&2
  dotnet tool uninstall --global AceStep.Cli >/dev/null 2>&1 || true
  dotnet tool install --global --add-source "$feed" AceStep.Cli >&2
  tool="$HOME/.dotnet/tools/acestep"
  on_path "$HOME/.dotnet/tools" || echo "Note: $HOME/.dotnet/tools is not on PATH: add it, or run $tool directly." >&2
}

# Copies one skill folder from the files git tracks (or, outside a git checkout, every file but config.json).
copy_skill() {
  local source="$1" dest="$2" file
  mkdir -p "$dest"
  if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$repo" ls-files -z -- "$source" | while IFS= read -r -d '' file; do
      mkdir -p "$dest/$(dirname "${file#"$source"/}")"
      cp -p "$repo/$file" "$dest/${file#"$source"/}"
    done
  else
    (cd "$repo/$source" && find . -type f ! -name config.json -print0) | while IFS= read -r -d '' file; do
      mkdir -p "$dest/$(dirname "$file")"
      cp -p "$repo/$source/$file" "$dest/$file"
    done
  fi
  [ -d "$dest/scripts" ] || return 0
  # A wrapper that sources the shared skill-conventions.sh gets its own copy, so the skill works without the others.
  if grep -qs skill-conventions.sh "$dest"/scripts/*.sh; then
    cp -p "$repo/skills/acestep/scripts/skill-conventions.sh" "$dest/scripts/skill-conventions.sh"
  fi
  grep -qxF config.json "$dest/scripts/.gitignore" 2>/dev/null || printf 'config.json\n' >>"$dest/scripts/.gitignore"
  printf '%s\n' "$tool" >"$dest/scripts/.acestep-cli"
}

install_skills() {
  local skills_dir="$skill_target/$agent_dir/skills" skill
  for skill in "$repo"/skills/*/; do
    skill=$(basename "$skill")
    copy_skill "skills/$skill" "$skills_dir/$skill"
  done
  echo "Skills installed: $skills_dir (results go to $skill_target/acestep_output)" >&2
}

if [ -z "$skill_only" ]; then
  if [ -n "$dotnet_tool" ]; then install_dotnet_tool; else install_tool; fi
elif [ -n "$dotnet_tool" ]; then
  tool="$HOME/.dotnet/tools/acestep"
fi
if [ -n "$skill_target" ]; then
  install_skills
fi
