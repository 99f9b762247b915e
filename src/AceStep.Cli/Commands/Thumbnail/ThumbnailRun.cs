using System.Globalization;
using System.Text.Json;
using AceStep.Cli.Artwork;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;
using AceStep.Cli.Songs;
using AceStep.Cli.Transcription;
using AceStep.Providers.Gemini;

namespace AceStep.Cli.Commands.Thumbnail;

/// <summary>Runs <c>acestep thumbnail</c>: make the image, write it whole with the extension its bytes call for, report.</summary>
internal static class ThumbnailRun
{
    public static async Task<int> RunAsync(ThumbnailOptions options, RunContext context, CancellationToken cancellation)
    {
        var song = options.From is null ? null : SongSourceResolver.Resolve(context, options.From);
        var request = new CoverRequest(options.Prompt, song, options.AspectRatio, options.Size, options.Model);
        var prompt = CoverArtMaker.PromptFor(request);
        var stem = OutputStem(context, song, options.OutputPath);
        context.Reporter.Status($"Drawing a {options.AspectRatio} {options.Size} image: {prompt}");
        var image = await new CoverArtMaker(context).MakeAsync(request, cancellation);
        var path = $"{stem}.{image.Extension}";
        AtomicFile.WriteAllBytes(path, image.Bytes, overwrite: true);
        Report(context, song, image, prompt, options, path);
        return 0;
    }

    /// <summary>The path without its extension, which follows the image's type (a PNG asked for as .jpg is saved as .png).</summary>
    private static string OutputStem(RunContext context, SongSource? song, string? requested)
    {
        if (requested is not null)
        {
            var path = Path.GetFullPath(requested, context.Environment.CurrentDirectory);
            if (!Directory.Exists(Path.GetDirectoryName(path)))
            {
                throw CliException.Output($"The folder of --output {requested} does not exist.", "Create it first, or choose another path.");
            }

            return Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        }

        var folder = context.OutputFolder(context.Settings());
        folder.EnsureWritable();
        var name = song?.JobId is { } jobId
            ? $"{Output.ResultWriter.FileStem(jobId)}_cover"
            : song?.AudioPath is { } audio
                ? $"{Path.GetFileNameWithoutExtension(audio)}_cover"
                : "cover_" + context.Environment.TimeProvider.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return folder.PathOf(name);
    }

    private static void Report(RunContext context, SongSource? song, GeneratedImage image, string prompt, ThumbnailOptions options, string path)
    {
        if (!context.Reporter.IsJson)
        {
            context.Reporter.Status($"{image.MimeType}, {image.Bytes.Length / 1024.0:0} KiB, {image.Model}.");
            context.Reporter.Result(path);
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("output", path);
            writer.WriteString("mime_type", image.MimeType);
            writer.WriteNumber("bytes", image.Bytes.Length);
            writer.WriteString("model", image.Model);
            writer.WriteString("prompt", prompt);
            writer.WriteString("aspect_ratio", options.AspectRatio);
            writer.WriteString("size", options.Size);
            if (song?.JobId is { } jobId)
            {
                writer.WriteString("job_id", jobId);
            }
            else
            {
                writer.WriteNull("job_id");
            }

            writer.WriteEndObject();
        }

        context.Reporter.Document(JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), CliJson.Context.JsonElement);
    }
}
