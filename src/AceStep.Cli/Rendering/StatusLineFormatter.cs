using System.Globalization;
using System.Text;

namespace AceStep.Cli.Rendering;

/// <summary>Formats a progress snapshot as one short line: state, stage, percent, queue, elapsed, estimate.</summary>
internal static class StatusLineFormatter
{
    public static string Format(ProgressSnapshot snapshot)
    {
        var text = new StringBuilder(snapshot.State);
        if (!string.IsNullOrWhiteSpace(snapshot.Stage))
        {
            text.Append(": ").Append(snapshot.Stage.Trim());
        }

        if (snapshot.Percent is { } percent)
        {
            text.Append(CultureInfo.InvariantCulture, $" {percent:0}%");
        }

        if (snapshot.QueuePosition is > 0 and var position)
        {
            text.Append(CultureInfo.InvariantCulture, $" · queue position {position}");
        }

        text.Append(" · ").Append(Duration(snapshot.Elapsed)).Append(" elapsed");
        if (snapshot.Estimate is { } estimate && estimate > TimeSpan.Zero)
        {
            text.Append(" · about ").Append(Duration(estimate)).Append(" left");
        }

        return text.ToString();
    }

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalSeconds)}s");
}
