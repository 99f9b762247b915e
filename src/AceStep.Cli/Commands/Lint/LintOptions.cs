using AceStep.Songwriting;

namespace AceStep.Cli.Commands.Lint;

/// <summary><c>acestep lint</c>, parsed: the draft exactly as generate would send it.</summary>
internal sealed record LintOptions(SongDraft Draft);
