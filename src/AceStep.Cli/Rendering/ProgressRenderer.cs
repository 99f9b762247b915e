using AceStep.Cli.Platform;

namespace AceStep.Cli.Rendering;

/// <summary>
/// Shows job progress on stderr: one live, rewritten line on a terminal; a plain line per change otherwise
/// (so logs and agents see each step once); nothing with --quiet.
/// </summary>
internal sealed class ProgressRenderer : IProgress<ProgressSnapshot>
{
    private readonly ICliConsole _console;
    private readonly bool _live;
    private readonly bool _silent;
    private readonly Lock _gate = new();
    private string? _lastPlainKey;
    private int _liveWidth;

    public ProgressRenderer(ICliConsole console, bool live, bool silent)
    {
        _console = console;
        _live = live;
        _silent = silent;
    }

    public void Report(ProgressSnapshot value)
    {
        if (_silent)
        {
            return;
        }

        lock (_gate)
        {
            var line = StatusLineFormatter.Format(value);
            if (_live)
            {
                var width = Math.Max(20, _console.ErrorWidth - 1);
                if (line.Length > width)
                {
                    line = line[..(width - 1)] + "…";
                }

                _console.Error.Write("\r" + line.PadRight(_liveWidth));
                _liveWidth = line.Length;
                return;
            }

            // Plain output repeats a line only when something other than the clock changed.
            var key = $"{value.State}|{value.Stage}|{value.Percent:0}|{value.QueuePosition}";
            if (key != _lastPlainKey)
            {
                _lastPlainKey = key;
                _console.Error.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the live line so that what follows starts on a fresh line.</summary>
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
}
