using AceStep.Lyrics.Transcription;

namespace AceStep.Providers.Transcription;

/// <summary>
/// Collects a provider's words into the neutral form, treating its times as untrusted: missing, negative, not
/// finite or absurd times are a broken answer; an end before its start is pulled up to the start; blank words go;
/// the list comes out in time order.
/// </summary>
internal sealed class RecognizedWordList
{
    /// <summary>A day: no song is longer, so a time beyond it is a broken answer, not a long song.</summary>
    private const double MaxSeconds = 86_400;

    private readonly List<RecognizedWord> words = [];
    private readonly Func<string, Exception> broken;

    public RecognizedWordList(Func<string, Exception> broken)
    {
        this.broken = broken;
    }

    public void Add(string? text, double? start, double? end)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return;
        }

        var (from, to) = CheckedTimes(start, end, $"the word '{Transport.TextExcerpt.OneLine(trimmed, 40)}'");
        words.Add(new RecognizedWord(trimmed, from, to));
    }

    public IReadOnlyList<RecognizedWord> ToList() => [.. words.OrderBy(static word => word.Start)];

    public (double Start, double End) CheckedTimes(double? start, double? end, string what)
    {
        if (start is not { } from || end is not { } to)
        {
            throw broken($"{what} without a start or end time");
        }

        if (!double.IsFinite(from) || !double.IsFinite(to) || from < 0 || to < 0 || from > MaxSeconds || to > MaxSeconds)
        {
            throw broken($"{what} at an impossible time ({from}–{to} s)");
        }

        return (from, Math.Max(from, to));
    }
}
