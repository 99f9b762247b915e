namespace AceStep.Simulator.Providers.Faults;

/// <summary>How a provider fake misbehaves for a request a fault catches.</summary>
public enum ProviderFaultKind
{
    /// <summary>The status given, with the provider's own error body for it.</summary>
    Status,

    /// <summary>The status given with an HTML error page, as a proxy or CDN in front of the service sends.</summary>
    HtmlPage,

    /// <summary>429 with a <c>Retry-After</c> header and the provider's rate-limit body.</summary>
    RateLimited,

    /// <summary>The provider's "quota or credit used up" answer (OpenAI 429 <c>insufficient_quota</c>, ElevenLabs 401 <c>quota_exceeded</c>, Gemini 429 <c>RESOURCE_EXHAUSTED</c>).</summary>
    QuotaExhausted,

    /// <summary>The request waits this long (on the fakes' clock) before it is answered normally.</summary>
    Delay,

    /// <summary>The connection is closed without an answer.</summary>
    DropConnection,

    /// <summary>200 <c>application/json</c> with a truncated body.</summary>
    MalformedJson,
}
