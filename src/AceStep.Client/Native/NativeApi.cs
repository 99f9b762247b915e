using System.Text.Json;
using AceStep.Client.Json;
using AceStep.Client.Native.Wire;
using AceStep.Client.Transport;

namespace AceStep.Client.Native;

/// <summary>The native endpoints: submission, polling, and the small informational and LM routes.</summary>
internal sealed class NativeApi(RequestExecutor executor)
{
    private const string SubmitEndpoint = "POST /release_task";
    private const string QueryEndpoint = "POST /query_result";

    private ClientSettings Settings => executor.Settings;

    public async Task<SubmissionReceipt> SubmitAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var fields = NativeRequestBuilder.BuildFields(request);
        var hasUploads = request.SourceAudio is not null || request.ReferenceAudio is not null;
        if (!hasUploads)
        {
            return await SubmitOnceAsync(() => NativeSubmitContent.Json(fields), [], cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await SubmitOnceAsync(() => NativeSubmitContent.Multipart(fields, request.SourceAudio, request.ReferenceAudio), [], cancellationToken).ConfigureAwait(false);
        }
        catch (AceStepServerErrorException error) when (CanFallBackToLocalPaths(error))
        {
            // Server version A cannot parse multipart /release_task and answers a plain-text 500 before creating
            // any job (see docs/protocol.md, "Server versions"), so resending is safe. On the same machine it can read the file by its path.
            var withPaths = new List<NativeField>(fields);
            if (request.SourceAudio is { } source)
            {
                withPaths.Add(new("src_audio_path", source.FullPath));
            }

            if (request.ReferenceAudio is { } reference)
            {
                withPaths.Add(new("reference_audio_path", reference.FullPath));
            }

            const string warning = "The server rejected the audio upload (HTTP 500: server version A cannot read multipart requests); "
                + "because it runs on this machine, the job was sent again with the file's local path (src_audio_path) instead.";
            return await SubmitOnceAsync(() => NativeSubmitContent.Json(withPaths), [warning], cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<JobStatus>> QueryAsync(IReadOnlyList<string> jobIds, TimeSpan? timeout, CancellationToken cancellationToken, bool retry = true)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        foreach (var id in jobIds)
        {
            JobIdSanitizer.RequireSafe(id, nameof(jobIds));
        }

        if (jobIds.Count == 0)
        {
            return [];
        }

        var request = new ServerRequest(HttpMethod.Post, "/query_result", QueryEndpoint)
        {
            CreateContent = () => QueryBody(jobIds),
            Timeout = timeout ?? Settings.RequestTimeout,
            Retry = retry ? RetryMode.Idempotent : RetryMode.None,
        };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var entries = EnvelopeReader.ReadData(body, NativeJsonContext.Default.ListQueryEntry, QueryEndpoint);
        if (entries.Count != jobIds.Count)
        {
            throw new AceStepProtocolException(
                $"{QueryEndpoint}: asked about {jobIds.Count} job(s), the server answered about {entries.Count}.",
                new AceStepErrorDetails(QueryEndpoint));
        }

        // The server answers in request order, one entry per id (see docs/protocol.md, "Polling: /query_result"); the requested id is authoritative.
        return [.. entries.Select((entry, index) => QueryResultParser.Parse(entry, jobIds[index]))];
    }

    /// <param name="probeTimeout">A short limit for a probe: one attempt, no retries.</param>
    public async Task<HealthInfo> GetHealthAsync(CancellationToken cancellationToken, TimeSpan? probeTimeout = null)
    {
        const string endpoint = "GET /health";
        var health = Get("/health", endpoint) with { EveryServerHasRoute = true };
        var request = probeTimeout is { } limit ? health with { Timeout = limit, Retry = RetryMode.None } : health;
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var bare = IsBareHealth(body, endpoint);
        var data = bare
            ? JsonBody.Deserialize(body, NativeJsonContext.Default.HealthData, endpoint)
            : EnvelopeReader.ReadData(body, NativeJsonContext.Default.HealthData, endpoint);
        return new HealthInfo
        {
            IsNativeServer = !bare,
            ServerTime = bare ? null : EnvelopeReader.ReadTimestamp(body, endpoint),
            Status = data.Status,
            Service = data.Service,
            Version = data.Version,
            ModelsInitialized = data.ModelsInitialized,
            LlmInitialized = data.LlmInitialized,
            LoadedModel = data.LoadedModel,
            LoadedLmModel = data.LoadedLmModel,
        };
    }

    public async Task<ServerStats> GetStatsAsync(CancellationToken cancellationToken, bool retry = true)
    {
        const string endpoint = "GET /v1/stats";
        var request = Get("/v1/stats", endpoint) with { Retry = retry ? RetryMode.Idempotent : RetryMode.None };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.StatsData, endpoint);
        return new ServerStats
        {
            TotalJobs = data.Jobs?.Total ?? 0,
            QueuedJobs = data.Jobs?.Queued ?? 0,
            RunningJobs = data.Jobs?.Running ?? 0,
            SucceededJobs = data.Jobs?.Succeeded ?? 0,
            FailedJobs = data.Jobs?.Failed ?? 0,
            QueueSize = data.QueueSize ?? 0,
            QueueMaxSize = data.QueueMaxsize ?? 0,
            AverageJobSeconds = data.AvgJobSeconds,
        };
    }

    public async Task<ModelInventory> GetModelInventoryAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "GET /v1/model_inventory";
        var body = await executor.SendForBodyAsync(Get("/v1/model_inventory", endpoint), cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.InventoryData, endpoint);
        return new ModelInventory
        {
            Models = [.. (data.Models ?? []).Where(static m => m.Name is not null)
                .Select(static m => new InventoryModel(m.Name!, m.IsDefault ?? false, m.IsLoaded ?? false, m.SupportedTaskTypes ?? []))],
            DefaultModel = data.DefaultModel,
            LmModels = [.. (data.LmModels ?? []).Where(static m => m.Name is not null).Select(static m => new InventoryLmModel(m.Name!, m.IsLoaded ?? false))],
            LoadedLmModel = data.LoadedLmModel,
            LlmInitialized = data.LlmInitialized,
        };
    }

    public async Task<SongSketch> FormatInputAsync(FormatInputRequest input, CancellationToken cancellationToken)
    {
        const string endpoint = "POST /format_input";
        var body = await executor.SendForBodyAsync(
            PostJson("/format_input", endpoint, writer =>
            {
                writer.WriteString("prompt", input.Caption ?? string.Empty);
                writer.WriteString("lyrics", input.Lyrics ?? string.Empty);
                WriteIfSet(writer, "temperature", input.Temperature);
                writer.WriteStartObject("param_obj");
                WriteIfSet(writer, "duration", input.DurationSeconds);
                WriteIfSet(writer, "bpm", input.Bpm);
                WriteIfSet(writer, "key_scale", input.KeyScale);
                WriteIfSet(writer, "time_signature", input.TimeSignature is null ? null : GenerationVocabulary.ToModelTimeSignature(input.TimeSignature));
                WriteIfSet(writer, "language", input.Language);
                writer.WriteEndObject();
            }),
            cancellationToken).ConfigureAwait(false);
        return ToSketch(EnvelopeReader.ReadData(body, NativeJsonContext.Default.SketchData, endpoint));
    }

    public async Task<SongSketch> CreateSampleAsync(CreateSampleRequest input, CancellationToken cancellationToken)
    {
        const string endpoint = "POST /v1/create_sample";
        var body = await executor.SendForBodyAsync(
            PostJson("/v1/create_sample", endpoint, writer =>
            {
                writer.WriteString("query", input.Query ?? string.Empty);
                if (input.Instrumental is { } instrumental)
                {
                    writer.WriteBoolean("instrumental", instrumental);
                }

                WriteIfSet(writer, "vocal_language", input.VocalLanguage);
                WriteIfSet(writer, "temperature", input.Temperature);
            }),
            cancellationToken).ConfigureAwait(false);
        return ToSketch(EnvelopeReader.ReadData(body, NativeJsonContext.Default.SketchData, endpoint));
    }

    public async Task<RandomSample> CreateRandomSampleAsync(bool simpleMode, CancellationToken cancellationToken)
    {
        const string endpoint = "POST /create_random_sample";
        var request = PostJson("/create_random_sample", endpoint, writer => writer.WriteString("sample_type", simpleMode ? "simple_mode" : "custom_mode"))
            with { Timeout = Settings.RequestTimeout };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.RandomSampleData, endpoint);
        return new RandomSample
        {
            Description = data.Description,
            Instrumental = data.Instrumental,
            VocalLanguage = data.VocalLanguage ?? data.Language,
            Think = data.Think,
            Caption = data.Caption,
            Lyrics = data.Lyrics,
            Bpm = data.Bpm,
            DurationSeconds = data.Duration,
            KeyScale = data.Keyscale,
            TimeSignature = data.Timesignature,
        };
    }

    public async Task<InitializeModelsResult> InitializeModelsAsync(InitializeModelsRequest input, CancellationToken cancellationToken)
    {
        const string endpoint = "POST /v1/init";
        var request = PostJson("/v1/init", endpoint, writer =>
        {
            WriteIfSet(writer, "model", input.Model);
            WriteIfSet(writer, "slot", input.Slot);
            writer.WriteBoolean("init_llm", input.InitLlm);
            WriteIfSet(writer, "lm_model_path", input.LmModelPath);
        }) with { Retry = RetryMode.ConnectFailuresOnly };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.InitData, endpoint);
        return new InitializeModelsResult
        {
            Message = data.Message,
            Slot = data.Slot,
            LoadedModel = data.LoadedModel,
            LoadedLmModel = data.LoadedLmModel,
            LlmInitialized = data.LlmInitialized,
        };
    }

    public async Task<ServerTranscription> TranscribeAsync(string serverAudioPath, string? language, CancellationToken cancellationToken)
    {
        const string endpoint = "POST /v1/transcribe";
        var request = PostJson("/v1/transcribe", endpoint, writer =>
        {
            writer.WriteString("audio_path", serverAudioPath);
            WriteIfSet(writer, "language", language);
        });
        byte[] body;
        try
        {
            body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AceStepInvalidRequestException ex) when (ex.StatusCode == 404 && ex.ServerMessage == "Not Found")
        {
            throw new AceStepFeatureMissingException(
                $"{endpoint}: this server has no transcription route (it was added to ACE-Step after mid-2026).",
                new AceStepErrorDetails(endpoint, 404, ex.ServerMessage),
                ex);
        }

        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.TranscribeData, endpoint);
        var words = new List<ServerTranscribedWord>();
        foreach (var word in data.Words ?? [])
        {
            if (string.IsNullOrWhiteSpace(word.Word) || word.Start is not { } start || word.End is not { } end
                || !double.IsFinite(start) || !double.IsFinite(end) || start < 0 || end < start)
            {
                throw new AceStepProtocolException(
                    $"{endpoint}: the server returned a word without a usable text or time.",
                    new AceStepErrorDetails(endpoint, 200));
            }

            words.Add(new ServerTranscribedWord(word.Word.Trim(), start, end));
        }

        return new ServerTranscription(words, data.LrcText ?? string.Empty, data.LyricsText ?? string.Empty);
    }

    private async Task<SubmissionReceipt> SubmitOnceAsync(Func<HttpContent> content, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
    {
        var request = new ServerRequest(HttpMethod.Post, "/release_task", SubmitEndpoint)
        {
            CreateContent = content,
            Timeout = Settings.RequestTimeout,
            Retry = RetryMode.ConnectFailuresOnly,
            StartsWork = true,
        };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.SubmitData, SubmitEndpoint);
        if (!JobIdSanitizer.IsSafe(data.TaskId))
        {
            throw new AceStepProtocolException(
                $"{SubmitEndpoint}: the server returned an unsafe or missing job id ('{JobIdSanitizer.ToFileStem(data.TaskId)}'); the job may exist but cannot be tracked.",
                new AceStepErrorDetails(SubmitEndpoint, JobMayStillRun: true));
        }

        return new SubmissionReceipt(data.TaskId!, data.QueuePosition, warnings);
    }

    /// <summary>The stand-alone OpenRouter server answers <c>/health</c> without the envelope (see docs/protocol.md, "Other routes").</summary>
    private static bool IsBareHealth(byte[] body, string endpoint)
    {
        using var document = JsonBody.Parse(body, endpoint);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("code", out _) && root.TryGetProperty("status", out _);
    }

    private bool CanFallBackToLocalPaths(AceStepServerErrorException error) =>
        Settings.AllowLocalPathFallback
        && Settings.IsLoopback
        && error.StatusCode == 500
        && string.Equals(error.ServerMessage, "Internal Server Error", StringComparison.Ordinal);

    private ServerRequest Get(string path, string endpoint) => new(HttpMethod.Get, path, endpoint) { Timeout = Settings.RequestTimeout };

    private ServerRequest PostJson(string path, string endpoint, Action<Utf8JsonWriter> writeMembers) =>
        new(HttpMethod.Post, path, endpoint)
        {
            CreateContent = () => JsonRequestContent.Create(writeMembers),
            Timeout = Settings.LongOperationTimeout,
            Retry = RetryMode.ConnectFailuresOnly,
        };

    private static HttpContent QueryBody(IReadOnlyList<string> jobIds) => JsonRequestContent.Create(writer =>
    {
        writer.WriteStartArray("task_id_list");
        foreach (var id in jobIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    });

    private static SongSketch ToSketch(SketchData data) => new()
    {
        Caption = data.Caption,
        Lyrics = data.Lyrics,
        Bpm = data.Bpm,
        DurationSeconds = data.Duration,
        KeyScale = data.KeyScale ?? data.Keyscale,
        TimeSignature = data.TimeSignature ?? data.Timesignature,
        VocalLanguage = data.VocalLanguage,
    };

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
