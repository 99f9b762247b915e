using System.Globalization;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// The server's "last log line", which upstream reports as every task's <c>progress_text</c> (see docs/protocol.md, "Job lifecycle").
/// Kept as a ready JSON literal because every poll sends it.
/// </summary>
internal sealed class ProgressLog(TimeProvider clock)
{
    private volatile byte[] _literal = JsonStringLiteral.Encode("Waiting");

    public byte[] CurrentLiteral => _literal;

    /// <summary>Records a loguru-style line: <c>14:03:51 | INFO | [generate_music] …</c>.</summary>
    public void Write(string source, string message)
    {
        var time = clock.GetUtcNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        _literal = JsonStringLiteral.Encode($"{time} | INFO | [{source}] {message}");
    }
}
