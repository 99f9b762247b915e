using System.Globalization;
using AceStep.Cli.Platform;
using AceStep.Video;

namespace AceStep.Cli.MusicVideo;

/// <summary>
/// Shows a render's progress on stderr: one rewritten line with frames, speed and time left on a terminal; on a pipe
/// a plain line at each stage and every tenth of the frames (so logs and agents read each step once); nothing when quiet.
/// </summary>
internal sealed class RenderProgressDisplay : IProgress<RenderProgress>
{
    private const int PlainSteps = 10;
    private readonly ICliConsole _console;
    private readonly bool _live;
    private readonly bool _silent;
    private readonly string? _sizeLabel;
    private readonly Lock _gate = new();
    private string? _lastPlainKey;
    private int _liveWidth;

    public RenderProgressDisplay(ICliConsole console, bool live, bool silent, string? sizeLabel)
    {
        _console = console;
        _live = live;
        _silent = silent;
        _sizeLabel = sizeLabel;
    }

    public void Report(RenderProgress value)
    {
        if (_silent)
        {
            return;
        }

        lock (_gate)
        {
            var line = Format(value);
            if (_live)
            {
                var width = Math.Max(20, _console.ErrorWidth - 1);
                line = line.Length > width ? line[..(width - 1)] + "…" : line;
                _console.Error.Write("\r" + line.PadRight(_liveWidth));
                _liveWidth = line.Length;
                return;
            }

            var step = (int)(value.Fraction * PlainSteps);
            var key = $"{value.Stage}|{value.Attempt}|{(value.Stage == RenderStage.Rendering ? step : 0)}";
            if (key != _lastPlainKey)
            {
                _lastPlainKey = key;
                _console.Error.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the live line so that what follows starts on a fresh one.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_live && _liveWidth > 0)
            {
                _console.Error.Write("\r" + new string(' ', _liveWidth) + "\r");
                _liveWidth = 0;
            }
        }
    }

    public string Format(RenderProgress value) => value.Stage switch
    {
        RenderStage.Analysing => "Analysing the audio...",
        RenderStage.Rendering => string.Create(
            CultureInfo.InvariantCulture,
            $"Rendering: {value.FramesDone}/{value.TotalFrames} frames ({value.Fraction:0%}) · {value.FramesPerSecond:0.0} fps · {Eta(value.EstimatedTimeLeft)}"),
        RenderStage.Compressing => string.Create(
            CultureInfo.InvariantCulture,
            $"Compressing to fit {_sizeLabel ?? "the size limit"}: encode {Math.Max(1, value.Attempt)}, {value.Fraction:0%}"),
        _ => "Finishing...",
    };

    private static string Eta(TimeSpan? left) => left is { } time
        ? string.Create(CultureInfo.InvariantCulture, $"ETA {(int)time.TotalMinutes}:{time.Seconds:00}")
        : "ETA --:--";
}
