using System.Globalization;
using System.Text;
using System.Text.Json;
using AceStep.Batch;

namespace AceStep.Cli.Rendering;

/// <summary>
/// Shows a batch as it runs: with --json one event a line on stdout; on a terminal a block on stderr, redrawn in
/// place, with the whole batch and each server (done / running / queued / failed, ETA); piped, a plain line per
/// change; nothing but failures with --quiet.
/// </summary>
internal sealed class BatchProgressView : IProgress<BatchEvent>
{
    private readonly Reporter _reporter;
    private readonly Lock _gate = new();
    private int _total;
    private int _liveLines;
    private BatchProgress? _last;
    private string? _lastPlain;

    public BatchProgressView(Reporter reporter) => _reporter = reporter;

    public void Report(BatchEvent value)
    {
        lock (_gate)
        {
            if (_reporter.IsJson)
            {
                _reporter.StreamLine(ToJson(value));
                return;
            }

            switch (value)
            {
                case BatchStarted started:
                    _total = started.Total;
                    break;
                case BatchProgress progress:
                    _last = progress;
                    Show(progress);
                    break;
                case ItemFailed failed:
                    Note(_reporter.Palette.Red($"item {failed.Ordinal} failed ({FailureName(failed.Failure)}): ") + failed.Reason, always: true);
                    break;
                case ServerPaused paused:
                    Note(_reporter.Palette.Yellow($"server {Short(paused.Server)} paused: ") + paused.Reason, always: false);
                    break;
                case ServerResumed resumed:
                    Note($"server {Short(resumed.Server)} is back", always: false);
                    break;
                case ItemCompleted completed when !_reporter.IsLive:
                    Note($"item {completed.Ordinal} done on {Short(completed.Server)}: {string.Join(", ", completed.Files)}", always: false);
                    break;
            }
        }
    }

    /// <summary>Leaves the last drawn block on screen and moves below it.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _liveLines = 0;
        }
    }

    public static string Overall(ItemCounts counts, int total, TimeSpan? eta)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{counts.Done}/{total} done, {counts.Running} running, {counts.Queued} queued, {counts.Failed} failed"));
        if (eta is { } left && counts.Running + counts.Queued > 0)
        {
            text.Append(", ETA ").Append(StatusLineFormatter.Duration(left));
        }

        return text.ToString();
    }

    public static string Server(ServerProgress server) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {Short(server.Server)}: {server.Counts.Done} done, {server.Counts.Running} running, {server.Counts.Queued} queued, {server.Counts.Failed} failed{(server.Paused ? ", paused" : "")}");

    /// <summary>A server as people call it: host, port and path, no scheme or trailing slash.</summary>
    public static string Short(string? server)
    {
        if (server is null)
        {
            return "-";
        }

        var text = server.TrimEnd('/');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 ? text[(scheme + 3)..] : text;
    }

    private void Show(BatchProgress progress)
    {
        if (_reporter.IsQuiet)
        {
            return;
        }

        var overall = Overall(progress.Overall, Math.Max(_total, progress.Overall.Total), progress.EstimatedRemaining);
        if (_reporter.IsLive)
        {
            Draw([overall, .. progress.Servers.Select(Server)]);
            return;
        }

        // Piped: one line per change of the counts (the ETA alone changing is not news).
        var plain = "progress: " + overall + " | " + string.Join(" | ", progress.Servers.Select(server => Server(server).Trim()));
        var key = string.Join('|', progress.Overall, string.Join(',', progress.Servers.Select(server => server.Counts + server.Paused.ToString())));
        if (key != _lastPlain)
        {
            _lastPlain = key;
            _reporter.Status(plain);
        }
    }

    /// <summary>A line above the live block (which is then drawn again below it), or a plain line.</summary>
    private void Note(string line, bool always)
    {
        if (_reporter.IsQuiet && !always)
        {
            return;
        }

        if (_reporter.IsLive && _liveLines > 0)
        {
            Erase();
            _reporter.Raw(line + "\n");
            if (_last is not null)
            {
                Show(_last);
            }

            return;
        }

        if (_reporter.IsQuiet)
        {
            _reporter.Warning(line);
            return;
        }

        _reporter.Status(line);
    }

    private void Draw(IReadOnlyList<string> lines)
    {
        var width = Math.Max(20, _reporter.Width - 1);
        var text = new StringBuilder();
        if (_liveLines > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{_liveLines}F");
        }

        foreach (var line in lines)
        {
            text.Append("\u001b[2K").Append(line.Length > width ? line[..(width - 1)] + "…" : line).Append('\n');
        }

        // Lines left over from a taller block (a server fewer) are cleared.
        for (var extra = lines.Count; extra < _liveLines; extra++)
        {
            text.Append("\u001b[2K\n");
        }

        _reporter.Raw(text.ToString());
        _liveLines = Math.Max(lines.Count, _liveLines);
    }

    private void Erase()
    {
        _reporter.Raw(string.Create(CultureInfo.InvariantCulture, $"\u001b[{_liveLines}F\u001b[0J"));
        _liveLines = 0;
    }

    private static string FailureName(FailureKind failure) => JsonNamingPolicy.SnakeCaseLower.ConvertName(failure.ToString());

    private static string ToJson(BatchEvent value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            BatchEventJson.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
