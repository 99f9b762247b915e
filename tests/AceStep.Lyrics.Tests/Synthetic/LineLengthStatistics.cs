using System.Globalization;

namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>Characters per line (text elements, so a CJK character or an accented letter counts one): min, median, 90th percentile, max.</summary>
internal sealed record LineLengthStatistics(int Lines, int Min, int Median, int P90, int Max)
{
    public static LineLengthStatistics Of(IEnumerable<string> lines)
    {
        var lengths = lines.Select(line => new StringInfo(line).LengthInTextElements).Order().ToArray();
        return new LineLengthStatistics(
            lengths.Length,
            lengths[0],
            lengths[lengths.Length / 2],
            lengths[(int)Math.Ceiling(0.9 * lengths.Length) - 1],
            lengths[^1]);
    }

    public override string ToString() => $"{Lines} lines, min {Min}, median {Median}, p90 {P90}, max {Max}";
}
