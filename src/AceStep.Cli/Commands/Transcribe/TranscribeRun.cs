using System.Text.Json;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;
using AceStep.Cli.Songs;
using AceStep.Cli.Transcription;
using AceStep.Lyrics;
using AceStep.Lyrics.Formats;

namespace AceStep.Cli.Commands.Transcribe;

/// <summary>Runs <c>acestep transcribe</c>: resolve the song, time its lyrics, write the file whole, report.</summary>
internal static class TranscribeRun
{
    public static async Task<int> RunAsync(TranscribeOptions options, RunContext context, CancellationToken cancellation)
    {
        var song = SongSourceResolver.Resolve(context, options.Input);
        var format = options.Format ?? FormatOf(options.OutputPath) ?? "lrc";
        var outputPath = OutputPathFor(context, song, options.OutputPath, format);
        var choices = options.ReferencePath is null ? options.Choices : options.Choices with { ReferenceLyrics = ReferenceLyrics.Read(context, options.ReferencePath) };
        var transcriber = new LyricsTranscriber(context);
        var provider = transcriber.ChooseProvider(choices.Provider);
        if (provider == LyricsTranscription.EstimateProvider && choices.Provider is null)
        {
            context.Reporter.Status("No transcription provider key is configured: estimating the timing from the lyrics (no network).");
        }
        else if (provider != LyricsTranscription.EstimateProvider)
        {
            context.Reporter.Status($"Transcribing {Path.GetFileName(song.AudioPath ?? song.JobId)} with {provider}...");
        }

        var result = await transcriber.TranscribeAsync(song, choices, cancellation);
        AtomicFile.WriteAllText(outputPath, LyricsFileFormat.Render(result, format, song), overwrite: true);
        Report(context, song, result, format, outputPath);
        return 0;
    }

    private static string? FormatOf(string? path) => Path.GetExtension(path ?? "").TrimStart('.').ToLowerInvariant() is var extension
        && LyricsFileFormat.All.Contains(extension) ? extension : null;

    private static string OutputPathFor(RunContext context, SongSource song, string? requested, string format)
    {
        if (requested is not null)
        {
            var path = Path.GetFullPath(requested, context.Environment.CurrentDirectory);
            if (Directory.Exists(path))
            {
                return Path.Combine(path, $"{song.OutputStem}.{format}");
            }

            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder))
            {
                throw CliException.Output($"The folder of --output {requested} does not exist.", "Create it first, or choose another path.");
            }

            return path;
        }

        var output = context.OutputFolder(context.Settings());
        output.EnsureWritable();
        return output.PathOf($"{song.OutputStem}.{format}");
    }

    private static void Report(RunContext context, SongSource song, LyricsTranscription result, string format, string outputPath)
    {
        var reporter = context.Reporter;
        if (reporter.IsJson)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("output", outputPath);
                writer.WriteString("format", format);
                if (song.JobId is null)
                {
                    writer.WriteNull("job_id");
                }
                else
                {
                    writer.WriteString("job_id", song.JobId);
                }

                LyricsTranscriptionJson.WriteProperties(writer, result);
                writer.WriteEndObject();
            }

            reporter.Document(JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), CliJson.Context.JsonElement);
            return;
        }

        foreach (var warning in result.Warnings)
        {
            reporter.Warning(warning);
        }

        var source = result.IsEstimated ? "estimated from the lyrics' structure (not heard)" : $"{result.Provider}{(result.Model is null ? "" : " " + result.Model)}";
        var match = result.MatchRate is { } rate ? $", {rate:P1} of the lyrics heard{(result.UsedFallback ? " (too little: the raw transcription was used)" : "")}" : "";
        reporter.Status($"{result.Lyrics.Lines.Count} lines, timing {source}{match}.");
        reporter.Result(outputPath);
    }
}
