namespace AceStep.Client;

/// <summary>How a generation travels over <c>/v1/chat/completions</c>.</summary>
public sealed record CompletionOptions
{
    /// <summary>
    /// Use server-sent events: the server sends a heartbeat every 2 s, so no gateway cuts the request and the
    /// client's <see cref="AceStepClientOptions.StreamIdleTimeout"/> applies instead of the 660 s request timeout.
    /// </summary>
    public bool Stream { get; init; }

    /// <summary>
    /// The chat model id (e.g. <c>acestep/acestep-v15-turbo</c>). Null uses <see cref="GenerationRequest.Model"/>,
    /// else the first id of <c>GET /v1/models</c>, else <c>acemusic/acestep-v15-turbo</c>.
    /// </summary>
    public string? Model { get; init; }

    /// <summary>
    /// The chat endpoint returns only the first file whatever <c>batch_size</c> says (see docs/protocol.md, "Chat completions"). When true (the
    /// default) a request for N files is sent as N requests of one file each, the i-th with the i-th seed when
    /// seeds are given; when false a single request is sent with <c>batch_size</c> and one file comes back.
    /// </summary>
    public bool DeliverBatchBySequentialRequests { get; init; } = true;

    /// <summary>Receives a report on every heartbeat (streaming) and after each request of a batch.</summary>
    public IProgress<JobProgress>? Progress { get; init; }
}
