namespace AceStep.Lyrics.Formats;

public sealed record LrcWriterOptions
{
    /// <summary>A line that ends at least this long before the next one starts is followed by an empty end marker.</summary>
    public double EndMarkerGapSeconds { get; init; } = 1.0;

    /// <summary>Write enhanced word times where the lines carry them.</summary>
    public bool WordTimes { get; init; }

    /// <summary>Header tags written first, in order (<c>ti</c>, <c>ar</c>, <c>length</c>, <c>by</c>…).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
