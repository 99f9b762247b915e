using AceStep.Client.Audio;
using AceStep.Client.Completion;
using AceStep.Client.Models;
using AceStep.Client.Native;
using AceStep.Client.Transport;

namespace AceStep.Client;

/// <summary>
/// The entry point for an ACE-Step 1.5 server, over both of its protocols: native jobs
/// (<c>/release_task</c>, <c>/query_result</c>, <c>/v1/audio</c>) and chat completions. Immutable and thread-safe:
/// share one instance for many concurrent operations.
/// </summary>
public sealed class AceStepClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;

    /// <summary>A client with its own connection pool, configured by <paramref name="options"/>.</summary>
    public AceStepClient(AceStepClientOptions? options = null)
        : this(options ?? new AceStepClientOptions(), ownsHttpClient: true)
    {
    }

    /// <summary>
    /// A client over a caller-provided <see cref="HttpClient"/> (e.g. from IHttpClientFactory). Its base address
    /// and timeout are not used: <paramref name="options"/> decide both.
    /// </summary>
    public AceStepClient(HttpClient httpClient, AceStepClientOptions options)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, ownsHttpClient: false)
    {
    }

    private AceStepClient(AceStepClientOptions options, bool ownsHttpClient)
        : this(CreateOwnedHttpClient(options), options, ownsHttpClient)
    {
    }

    private AceStepClient(HttpClient httpClient, AceStepClientOptions options, bool ownsHttpClient)
    {
        Settings = ClientSettings.From(options);
        _http = httpClient;
        _ownsHttpClient = ownsHttpClient;
        var executor = new RequestExecutor(httpClient, Settings);
        Native = new NativeApi(executor);
        Downloader = new AudioDownloader(executor);
        ModelList = new ModelListApi(executor);
        Completion = new CompletionApi(executor, ModelList);
        Lora = new LoraApi(executor);
        Loader = new ModelLoader(Native, Settings);
    }

    /// <summary>The server's base address, without credentials.</summary>
    public Uri Endpoint => new(Settings.DisplayEndpoint);

    internal ClientSettings Settings { get; }

    internal NativeApi Native { get; }

    internal ModelListApi ModelList { get; }

    internal AudioDownloader Downloader { get; }

    internal CompletionApi Completion { get; }

    internal LoraApi Lora { get; }

    internal ModelLoader Loader { get; }

    /// <summary><c>GET /health</c> (no auth). Version A answers only status, service and version.</summary>
    public Task<HealthInfo> GetHealthAsync(CancellationToken cancellationToken = default) =>
        Native.GetHealthAsync(cancellationToken);

    /// <summary><c>GET /v1/models</c>: the loaded models in OpenRouter format; empty while a version-B server has not loaded them.</summary>
    public Task<IReadOnlyList<ModelInfo>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        ModelList.ListAsync(cancellationToken);

    /// <summary><c>GET /v1/model_inventory</c> (version B, header auth): every model the server could load.</summary>
    public Task<ModelInventory> GetModelInventoryAsync(CancellationToken cancellationToken = default) =>
        Native.GetModelInventoryAsync(cancellationToken);

    /// <summary>
    /// Whether the server can run the 5 Hz LM, from <paramref name="health"/> (<see cref="GetHealthAsync"/>) and, while a
    /// version-B server has not loaded its models, its model inventory. Version A: always <see cref="LanguageModelPresence.Unknown"/>.
    /// </summary>
    public Task<LanguageModelPresence> GetLanguageModelPresenceAsync(HealthInfo health, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(health);
        return LanguageModelProbe.ProbeAsync(Native, health, cancellationToken);
    }

    /// <summary><c>GET /v1/stats</c> (header auth): job counts, queue size and the average job time.</summary>
    public Task<ServerStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Native.GetStatsAsync(cancellationToken);

    /// <summary>
    /// Submits a native job and returns its operation without waiting. Source and reference audio are uploaded.
    /// The submission is retried only when the connection was never established; when an answer is lost after
    /// sending, the error's <see cref="AceStepException.JobMayStillRun"/> is true.
    /// </summary>
    public async Task<GenerationOperation> StartGenerationAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var receipt = await Native.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        return new GenerationOperation(this, receipt.JobId, receipt.QueuePosition, receipt.Warnings, Settings.TimeProvider.GetUtcNow());
    }

    /// <summary><c>POST /query_result</c> for several jobs at once; one status per id, in order.</summary>
    public Task<IReadOnlyList<JobStatus>> QueryJobsAsync(IReadOnlyList<string> jobIds, CancellationToken cancellationToken = default) =>
        Native.QueryAsync(jobIds, timeout: null, cancellationToken);

    /// <summary>
    /// Downloads one file by its server-relative URL (a result's <see cref="RemoteAudio.FileUrl"/>) to
    /// <c>{FileStem}.{ext}</c>, the extension taken from the bytes. Nothing partial is left on failure.
    /// </summary>
    public Task<SavedAudio> DownloadAudioAsync(string fileUrl, AudioDestination destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileUrl);
        return Downloader.DownloadAsync(fileUrl, destination, cancellationToken);
    }

    /// <summary>
    /// Generates through <c>/v1/chat/completions</c> and writes the audio to <paramref name="destination"/> as
    /// <c>{FileStem}_{n}.{ext}</c>. The base64 audio is decoded to disk while the answer arrives.
    /// </summary>
    public Task<CompletionGenerationResult> GenerateWithCompletionAsync(
        GenerationRequest request,
        CompletionOptions options,
        AudioDestination destination,
        CancellationToken cancellationToken = default) =>
        Completion.GenerateAsync(request, options, destination, cancellationToken);

    /// <summary><c>POST /format_input</c>: the language model rewrites caption and lyrics (runs the LM; long timeout).</summary>
    public Task<SongSketch> FormatInputAsync(FormatInputRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Native.FormatInputAsync(request, cancellationToken);
    }

    /// <summary><c>POST /create_random_sample</c>: a canned example (simple mode: a description; otherwise a full song).</summary>
    public Task<RandomSample> CreateRandomSampleAsync(bool simpleMode = true, CancellationToken cancellationToken = default) =>
        Native.CreateRandomSampleAsync(simpleMode, cancellationToken);

    /// <summary><c>POST /v1/create_sample</c> (version B): the language model invents a song from a description.</summary>
    public Task<SongSketch> CreateSampleAsync(CreateSampleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Native.CreateSampleAsync(request, cancellationToken);
    }

    /// <summary><c>POST /v1/init</c> (version B): load models, e.g. to warm up a fresh server before chat requests.</summary>
    public Task<InitializeModelsResult> InitializeModelsAsync(InitializeModelsRequest? request = null, CancellationToken cancellationToken = default) =>
        Native.InitializeModelsAsync(request ?? new InitializeModelsRequest(), cancellationToken);

    /// <summary>
    /// <c>POST /v1/transcribe</c> (servers newer than mid-2026; header auth): the server transcribes one of its own
    /// files, named by its path on the server (a result's <see cref="RemoteAudio.FileUrl"/> names it). A server without
    /// the route raises <see cref="AceStepFeatureMissingException"/>; one without an OpenAI key of its own answers 400
    /// (<see cref="AceStepInvalidRequestException"/>), a file it does not have 404.
    /// </summary>
    public Task<ServerTranscription> TranscribeAsync(string serverAudioPath, string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverAudioPath);
        return Native.TranscribeAsync(serverAudioPath, language, cancellationToken);
    }

    /// <summary>
    /// <c>POST /v1/init</c> (version B) with a deadline, reporting what <c>/health</c> says about once a second while
    /// the models load. The deadline (default: <see cref="AceStepClientOptions.LongOperationTimeout"/>) ends the wait
    /// with an <see cref="AceStepTimeoutException"/>; the server may still finish the load.
    /// </summary>
    public Task<InitializeModelsResult> LoadModelsAsync(
        InitializeModelsRequest request, IProgress<ModelLoadProgress>? progress = null, TimeSpan? deadline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Loader.LoadAsync(request, progress, deadline ?? Settings.LongOperationTimeout, cancellationToken);
    }

    /// <summary><c>GET /v1/lora/status</c> (version B; version A answers 404): the adapters on the primary model.</summary>
    public Task<LoraStatus> GetLoraStatusAsync(CancellationToken cancellationToken = default) =>
        Lora.GetStatusAsync(cancellationToken);

    /// <summary><c>POST /v1/lora/load</c> (version B): loads a LoRA/LoKr adapter from a path on the server's disk.</summary>
    public Task<LoraChange> LoadLoraAsync(string loraPath, string? adapterName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loraPath);
        return Lora.LoadAsync(loraPath, adapterName, cancellationToken);
    }

    /// <summary><c>POST /v1/lora/unload</c> (version B): removes every adapter, restoring the base model.</summary>
    public Task<LoraChange> UnloadLoraAsync(CancellationToken cancellationToken = default) =>
        Lora.UnloadAsync(cancellationToken);

    /// <summary><c>POST /v1/lora/toggle</c> (version B): switches the loaded adapters on or off without unloading them.</summary>
    public Task<LoraChange> SetLoraEnabledAsync(bool enabled, CancellationToken cancellationToken = default) =>
        Lora.SetEnabledAsync(enabled, cancellationToken);

    /// <summary><c>POST /v1/lora/scale</c> (version B): an adapter's strength, 0–1 (the active adapter when none is named).</summary>
    public Task<LoraChange> SetLoraScaleAsync(double scale, string? adapterName = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 1);
        return Lora.SetScaleAsync(scale, adapterName, cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }
    }

    public override string ToString() => $"AceStepClient({Settings.DisplayEndpoint})";

    private static HttpClient CreateOwnedHttpClient(AceStepClientOptions options) =>
        new(HttpHandlerFactory.Create(options.ConnectTimeout), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
}
