using AceStep.Client;

namespace AceStep.Cli.Output;

/// <summary>Builds the saved result document from the library's normalized result (same shape in both modes).</summary>
internal static class ResultDocumentFactory
{
    public static ResultDocument Create(
        string jobId,
        string status,
        string mode,
        string server,
        DateTimeOffset created,
        GenerationResult? result,
        RequestSummary request,
        IReadOnlyList<SavedFile> files,
        string? error = null)
    {
        var metadata = result?.Metadata ?? new GenerationMetadata();
        return new ResultDocument
        {
            JobId = jobId,
            Status = status,
            Mode = mode,
            Server = server,
            Created = created,
            // Agents read these two fields (the skill says so): present whenever a result exists, "" when the
            // server reported nothing (an instrumental has no lyrics section in completion mode).
            Prompt = result is null ? null : result.Prompt ?? "",
            Lyrics = result is null ? null : result.Lyrics ?? "",
            Metas = new ResultMetas
            {
                Prompt = metadata.OriginalPrompt ?? request.Caption,
                Lyrics = metadata.OriginalLyrics ?? request.Lyrics,
                Bpm = metadata.Bpm is { } bpm ? (int)Math.Round(bpm) : null,
                Keyscale = metadata.KeyScale,
                Timesignature = metadata.TimeSignature,
                Duration = metadata.DurationSeconds,
                Genres = metadata.Genres,
            },
            GenerationInfo = result?.GenerationInfo,
            SeedValue = result?.SeedValue,
            LmModel = result?.LmModel,
            DitModel = result?.DitModel,
            Error = error,
            Request = request,
            Files = files,
        };
    }
}
