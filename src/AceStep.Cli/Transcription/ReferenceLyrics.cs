using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Songs;

namespace AceStep.Cli.Transcription;

/// <summary>Reads <c>--reference</c>: a result .json of ours (its sung lyrics) or a text file of lyrics (tags and LRC times do no harm).</summary>
internal static class ReferenceLyrics
{
    public static string Read(RunContext context, string path)
    {
        var full = Path.GetFullPath(path, context.Environment.CurrentDirectory);
        if (!File.Exists(full))
        {
            throw CliException.InvalidInput($"--reference {path}: no such file.", "Give a lyrics text file or a result .json of acestep.");
        }

        if (full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return SongSourceResolver.Resolve(context, full).Lyrics is { Length: > 0 } lyrics
                    ? lyrics
                    : throw CliException.InvalidInput($"--reference {path}: the result has no lyrics (an instrumental?).", "Give a lyrics text file instead.");
            }
            catch (JsonException)
            {
                throw CliException.InvalidInput($"--reference {path} is not a result file of acestep.", "Give a lyrics text file or the <job_id>.json that acestep saved.");
            }
        }

        var text = File.ReadAllText(full);
        return text.Trim().Length > 0 ? text : throw CliException.InvalidInput($"--reference {path} is empty.", "Give the song's lyrics.");
    }
}
