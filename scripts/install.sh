#!/usr/bin/env bash
# Installs the `acestep` tool for the current user, and optionally the agent skill into a project.
#   scripts/install.sh                      publish to ~/.local/share/acestep, link ~/.local/bin/acestep
#   scripts/install.sh --skill DIR [--codex] also copy skills/acestep into DIR/.claude/skills (or DIR/.codex/skills)
set -euo pipefail
cd "$(dirname "$0")/.."

skill_target=""; agent_dir=".claude"
while [ $# -gt 0 ]; do
  case "$1" in
    --skill) skill_target="${2:?--skill needs a project directory}"; shift 2 ;;
    --codex) agent_dir=".codex"; shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

prefix="${ACESTEP_INSTALL_DIR:-$HOME/.local/share/acestep}"
bindir="${ACESTEP_BIN_DIR:-$HOME/.local/bin}"
echo "==> Publishing acestep to $prefix" >&2
dotnet publish src/AceStep.Cli/AceStep.Cli.csproj -c Release -nologo -v quiet -o "$prefix" >&2
mkdir -p "$bindir"
ln -sf "$prefix/acestep" "$bindir/acestep"
echo "Installed: $bindir/acestep (make sure $bindir is on PATH)" >&2

if [ -n "$skill_target" ]; then
  dest="$skill_target/$agent_dir/skills/acestep"
  mkdir -p "$dest"
  cp -R skills/acestep/. "$dest/"
  echo "Skill installed: $dest (results go to $skill_target/acestep_output)" >&2
fi
