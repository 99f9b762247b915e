using AceStep.Client.Audio;
using AceStep.Client.Json;
using AceStep.Client.Native.Wire;

namespace AceStep.Client.Native;

/// <summary>Turns <c>/query_result</c> entries into <see cref="JobStatus"/>: the <c>result</c> string is parsed a second time (see docs/protocol.md, "Polling: /query_result").</summary>
internal static class QueryResultParser
{
    private const string Endpoint = "POST /query_result";

    public static JobStatus Parse(QueryEntry entry, string requestedId)
    {
        var items = ParseItems(entry.Result);
        var first = items.Count > 0 ? items[0] : null;
        var state = entry.Status switch
        {
            1 => JobState.Succeeded,
            0 when items.Count == 0 => JobState.Unknown,
            0 when string.Equals(first?.Stage, "queued", StringComparison.OrdinalIgnoreCase) => JobState.Queued,
            0 => JobState.Running,
            _ => JobState.Failed,
        };

        return new JobStatus
        {
            JobId = requestedId,
            State = state,
            Stage = first?.Stage,
            Progress = first?.Progress is { } progress ? Math.Clamp(progress, 0, 1) : null,
            ProgressText = string.IsNullOrWhiteSpace(entry.ProgressText) ? null : entry.ProgressText,
            SubmittedAt = first?.CreateTime is { } seconds && seconds > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null,
            Error = string.IsNullOrWhiteSpace(first?.Error) ? null : first.Error,
            Result = state == JobState.Succeeded ? BuildResult(requestedId, items) : null,
        };
    }

    public static List<ResultItem> ParseItems(string? result)
    {
        if (string.IsNullOrWhiteSpace(result))
        {
            return [];
        }

        return JsonBody.Deserialize(result, NativeJsonContext.Default.ListResultItem, Endpoint);
    }

    private static GenerationResult BuildResult(string jobId, List<ResultItem> items)
    {
        var first = items.Count > 0 ? items[0] : new ResultItem();
        var audio = new List<RemoteAudio>();
        foreach (var item in items)
        {
            if (!string.IsNullOrEmpty(item.File))
            {
                audio.Add(new RemoteAudio(audio.Count + 1, AudioFileUrl.Validate(item.File, Endpoint)));
            }
        }

        var metas = first.Metas;
        return new GenerationResult
        {
            JobId = jobId,
            Prompt = first.Prompt,
            Lyrics = first.Lyrics,
            Metadata = new GenerationMetadata
            {
                Bpm = metas?.Bpm,
                DurationSeconds = metas?.Duration,
                KeyScale = NotAvailableToNull(metas?.Keyscale),
                TimeSignature = NotAvailableToNull(metas?.Timesignature),
                Genres = NotAvailableToNull(metas?.Genres),
                OriginalPrompt = metas?.Prompt,
                OriginalLyrics = metas?.Lyrics,
            },
            GenerationInfo = first.GenerationInfo,
            SeedValue = first.SeedValue,
            LmModel = first.LmModel,
            DitModel = first.DitModel,
            Audio = audio,
        };
    }

    private static string? NotAvailableToNull(string? value) =>
        string.IsNullOrWhiteSpace(value) || value == "N/A" ? null : value;
}
