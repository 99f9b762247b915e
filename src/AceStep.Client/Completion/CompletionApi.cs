using AceStep.Client.Audio;
using AceStep.Client.Models;
using AceStep.Client.Transport;

namespace AceStep.Client.Completion;

/// <summary>Generation over <c>/v1/chat/completions</c>, non-streaming or streaming, with audio decoded to disk as it arrives.</summary>
internal sealed class CompletionApi(RequestExecutor executor, ModelListApi modelList)
{
    /// <summary>The id used when none is given and <c>/v1/models</c> lists none (what the bash client does).</summary>
    public const string FallbackModel = "acemusic/acestep-v15-turbo";

    private const string Endpoint = ChatAnswerReader.Endpoint;

    private ClientSettings Settings => executor.Settings;

    public async Task<CompletionGenerationResult> GenerateAsync(GenerationRequest request, CompletionOptions options, AudioDestination destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(destination);
        CompletionRequestBuilder.MessageText(request);
        var model = await ResolveModelAsync(options.Model ?? request.Model, cancellationToken).ConfigureAwait(false);
        var warnings = Warnings(request, options);
        var plan = PlanRequests(request, options);
        var results = new List<GenerationResult>(plan.Count);
        var files = new List<SavedAudio>(plan.Count);
        var startedAt = Settings.TimeProvider.GetUtcNow();
        foreach (var (seeds, batchSize) in plan)
        {
            var (result, saved) = await SendOneAsync(request, () => CompletionRequestBuilder.Build(request, model, options.Stream, seeds, batchSize), model, options, destination, files.Count, cancellationToken).ConfigureAwait(false);
            // The answer never says which seed was used; the one sent is the one that was asked for.
            results.Add(seeds is { Count: > 0 } ? result with { SeedValue = string.Join(',', seeds) } : result);
            files.AddRange(saved);
            if (plan.Count > 1)
            {
                ReportBatchStep(options.Progress, result.JobId, results.Count, plan.Count, startedAt);
            }
        }

        return new CompletionGenerationResult { Results = results, Files = files, Model = model, Warnings = warnings };
    }

    private async Task<(GenerationResult Result, List<SavedAudio> Files)> SendOneAsync(
        GenerationRequest request,
        Func<CompletionRequestContent> content,
        string model,
        CompletionOptions options,
        AudioDestination destination,
        int filesSoFar,
        CancellationToken cancellationToken)
    {
        var serverRequest = new ServerRequest(HttpMethod.Post, "/v1/chat/completions", Endpoint)
        {
            CreateContent = content,
            Timeout = options.Stream ? Timeout.InfiniteTimeSpan : Settings.CompletionTimeout,
            HeadersTimeout = options.Stream ? Settings.RequestTimeout : null,
            Retry = RetryMode.ConnectFailuresOnly,
            StartsWork = true,
        };

        try
        {
            return await executor.SendAsync(
                serverRequest,
                (response, token) => ReceiveAsync(response, request, model, options, destination, filesSoFar, token),
                cancellationToken).ConfigureAwait(false);
        }
        catch (AceStepGatewayException error) when (error.StatusCode == 504)
        {
            throw new AceStepGatewayException(
                $"{Endpoint} failed with HTTP 504 ({error.ServerMessage ?? "gateway timeout"}). The job is still running on the server and its "
                + "result cannot be fetched through this request; do not resend it blindly (the queue still holds it). "
                + "For long generations use streaming (CompletionOptions.Stream) or native mode.",
                new AceStepErrorDetails(Endpoint, 504, error.ServerMessage, JobMayStillRun: true),
                error);
        }
    }

    private async Task<(GenerationResult, List<SavedAudio>)> ReceiveAsync(
        HttpResponseMessage response,
        GenerationRequest request,
        string model,
        CompletionOptions options,
        AudioDestination destination,
        int filesSoFar,
        CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (options.Stream)
        {
            await using var stream = new ChatStreamReader(Settings, destination.Directory, options.Progress);
            var answer = await stream.ReadAsync(body, cancellationToken).ConfigureAwait(false);
            return await CommitAsync(answer, request, model, destination, filesSoFar, cancellationToken).ConfigureAwait(false);
        }

        await using var scanner = new DataUrlScanner(destination.Directory, Settings.MaxAudioBytes, Settings.MaxResponseBytes, Endpoint);
        var complete = await ChatAnswerReader.ReadAsync(body, scanner, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(complete, request, model, destination, filesSoFar, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(GenerationResult, List<SavedAudio>)> CommitAsync(
        CompletionAnswer answer,
        GenerationRequest request,
        string model,
        AudioDestination destination,
        int filesSoFar,
        CancellationToken cancellationToken)
    {
        var saved = new List<SavedAudio>(answer.Audio.Count);
        foreach (var pending in answer.Audio)
        {
            var stem = $"{destination.FileStem}_{filesSoFar + saved.Count + 1}";
            saved.Add(await pending.CommitAsync(stem, destination.Overwrite, Endpoint, cancellationToken).ConfigureAwait(false));
        }

        var parsed = CompletionMarkdownParser.Parse(answer.Content);
        var id = JobIdSanitizer.IsSafe(answer.Id) ? answer.Id! : JobIdSanitizer.ToFileStem(answer.Id ?? "chat");
        var result = new GenerationResult
        {
            JobId = id,
            Prompt = parsed.Caption,
            Lyrics = parsed.Lyrics ?? (request.Instrumental ? "[inst]" : null),
            Metadata = new GenerationMetadata
            {
                Bpm = parsed.Bpm,
                DurationSeconds = parsed.DurationSeconds,
                KeyScale = parsed.KeyScale,
                TimeSignature = parsed.TimeSignature,
                OriginalPrompt = request.Caption,
                OriginalLyrics = request.Lyrics,
            },
            DitModel = GenerationVocabulary.ToNativeModelName(model.Contains('/', StringComparison.Ordinal) ? model[(model.IndexOf('/', StringComparison.Ordinal) + 1)..] : model),
        };
        return (result, saved);
    }

    private void ReportBatchStep(IProgress<JobProgress>? progress, string jobId, int done, int total, DateTimeOffset startedAt)
    {
        if (progress is null)
        {
            return;
        }

        var elapsed = Settings.TimeProvider.GetUtcNow() - startedAt;
        progress.Report(new JobProgress
        {
            JobId = jobId,
            State = done == total ? JobState.Succeeded : JobState.Running,
            Percent = Math.Round(100.0 * done / total, 1),
            Elapsed = elapsed,
            EstimatedRemaining = elapsed / done * (total - done),
            Message = $"File {done} of {total} received (one chat request per file).",
        });
    }

    private async Task<string> ResolveModelAsync(string? requested, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var trimmed = requested.Trim();
            return trimmed.Contains('/', StringComparison.Ordinal) ? trimmed : $"acestep/{trimmed}";
        }

        try
        {
            var models = await modelList.ListAsync(cancellationToken).ConfigureAwait(false);
            return models.Count > 0 ? models[0].Id : FallbackModel;
        }
        catch (AceStepException)
        {
            // Any id works on the main server (unknown names select the primary model).
            return FallbackModel;
        }
    }

    /// <summary>One entry per chat request: the seeds and batch size each carries.</summary>
    private static List<(IReadOnlyList<long>? Seeds, int? BatchSize)> PlanRequests(GenerationRequest request, CompletionOptions options)
    {
        var count = request.BatchSize ?? 1;
        if (count <= 1 || !options.DeliverBatchBySequentialRequests)
        {
            return [(request.Seeds, request.BatchSize)];
        }

        var plan = new List<(IReadOnlyList<long>?, int?)>(count);
        for (var i = 0; i < count; i++)
        {
            IReadOnlyList<long>? seed = request.Seeds is { Count: > 0 } seeds && i < seeds.Count ? [seeds[i]] : null;
            plan.Add((seed, 1));
        }

        return plan;
    }

    private static List<string> Warnings(GenerationRequest request, CompletionOptions options)
    {
        var warnings = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Description) && (!string.IsNullOrWhiteSpace(request.Caption) || !string.IsNullOrWhiteSpace(request.Lyrics)))
        {
            warnings.Add("A description was given: the server invents caption and lyrics from it, so the given caption and lyrics were not sent.");
        }

        if (request.BatchSize > 1 && !options.DeliverBatchBySequentialRequests)
        {
            warnings.Add($"The chat endpoint returns only the first file of a batch; {request.BatchSize - 1} generated file(s) stay on the server.");
        }

        if (request.SourceAudio is null && (request.CoverStrength is not null || request.RepaintStart is not null || request.RepaintEnd is not null))
        {
            warnings.Add("Cover strength and repaint bounds apply only with source audio; they were not sent.");
        }

        return warnings;
    }
}
