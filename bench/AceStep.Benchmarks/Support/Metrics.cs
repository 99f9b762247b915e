using System.Globalization;

namespace AceStep.Benchmarks.Support;

/// <summary>
/// Scenarios report figures as <c>metric NAME VALUE</c> lines on stdout; bench/run.sh reads them into its table.
/// </summary>
internal static class Metrics
{
    public static void Report(string name, double value) =>
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"metric {name} {value:0.######}"));

    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        // Nearest-rank: the smallest value with at least `percentile` of the samples at or below it.
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
