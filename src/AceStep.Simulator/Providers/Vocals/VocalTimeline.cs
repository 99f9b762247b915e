namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// When each lyric line of a generated song is "sung": decided when the song is made, and what the fake
/// transcription services hear in its audio. An instrumental has no lines.
/// </summary>
/// <param name="Language">ISO 639-1 code of the vocals (<c>en</c>, <c>zh</c>, …).</param>
public sealed record VocalTimeline(IReadOnlyList<VocalLine> Lines, string Language, double Duration)
{
    public IEnumerable<VocalWord> Words => Lines.SelectMany(static line => line.Words);
}
