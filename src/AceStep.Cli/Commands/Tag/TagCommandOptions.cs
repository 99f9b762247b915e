using AceStep.Cli.Tags;

namespace AceStep.Cli.Commands.Tag;

/// <summary><c>acestep tag</c>, parsed: the audio file, where its job's result is (a job id or a result file), the user's fields.</summary>
internal sealed record TagCommandOptions(string FilePath, string From, TagFlagValues Fields);
