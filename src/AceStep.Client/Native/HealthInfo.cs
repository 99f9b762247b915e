namespace AceStep.Client;

/// <summary>The answer of <c>GET /health</c>. Version A reports only status, service and version; the rest is null there.</summary>
public sealed record HealthInfo
{
    public string? Status { get; init; }

    public string? Service { get; init; }

    public string? Version { get; init; }

    /// <summary>Version B: whether the DiT models are loaded (they load lazily on the first job or <c>POST /v1/init</c>).</summary>
    public bool? ModelsInitialized { get; init; }

    /// <summary>Version B: whether the 5 Hz language model is loaded (needed by thinking, sample mode, format).</summary>
    public bool? LlmInitialized { get; init; }

    /// <summary>Version B: the configured primary model, even before it is loaded.</summary>
    public string? LoadedModel { get; init; }

    /// <summary>Version B: the loaded language model, or null.</summary>
    public string? LoadedLmModel { get; init; }

    /// <summary>
    /// True for the ACE-Step API server (its answer is the native envelope); false for the stand-alone OpenRouter
    /// server, which answers <c>/health</c> bare and has no native routes.
    /// </summary>
    public bool IsNativeServer { get; init; } = true;

    /// <summary>The server's clock when it built the answer (the envelope's <c>timestamp</c>); null when it sent none.</summary>
    public DateTimeOffset? ServerTime { get; init; }

    /// <summary>True when the server reports the fields of version B.</summary>
    public bool HasModelState => ModelsInitialized is not null;
}
