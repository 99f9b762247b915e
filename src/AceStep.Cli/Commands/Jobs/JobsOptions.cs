using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands.Jobs;

/// <summary>
/// <c>acestep jobs</c>, parsed: list at most <paramref name="Limit"/> entries (0 = all), or, with
/// <paramref name="Resume"/>, wait for every unfinished native job as <paramref name="Wait"/> says.
/// </summary>
internal sealed record JobsOptions(bool Resume, int Limit, WaitOptions Wait);
