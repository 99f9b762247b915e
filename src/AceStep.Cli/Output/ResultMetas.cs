namespace AceStep.Cli.Output;

/// <summary>
/// The <c>metas</c> object of a result file, as the skill documents it: <c>prompt</c> and <c>lyrics</c> are the
/// ORIGINAL input; the top-level fields of the result hold the values actually used.
/// </summary>
internal sealed record ResultMetas
{
    public string? Prompt { get; init; }

    public string? Lyrics { get; init; }

    public int? Bpm { get; init; }

    public string? Keyscale { get; init; }

    public string? Timesignature { get; init; }

    public double? Duration { get; init; }

    public string? Genres { get; init; }
}
