namespace AceStep.Client;

/// <summary>
/// Settings of an <see cref="AceStepClient"/>. The client copies them when it is constructed, so changing an
/// options object afterwards does not affect clients already built from it.
/// </summary>
public sealed class AceStepClientOptions
{
    /// <summary>The server's base address. A path prefix is kept (reverse proxies); a trailing slash is optional.</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1:8001/");

    /// <summary>Sent as <c>Authorization: Bearer …</c> on every request when set. Never logged, never in a message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The User-Agent header; null sends the library's own.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Time allowed to open a TCP/TLS connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for short requests: submit, poll, health, models, stats (see docs/protocol.md, "Timeouts and connections": 30–60 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one audio download, body included.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Time allowed for a non-streaming chat request: just above the server's own 600 s.</summary>
    public TimeSpan CompletionTimeout { get; set; } = TimeSpan.FromSeconds(660);

    /// <summary>Longest silence tolerated on a streaming chat response (the server sends a heartbeat every 2 s).</summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for requests that run the language model or load models: format_input, create_sample, init.</summary>
    public TimeSpan LongOperationTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The overall wait of <see cref="GenerationOperation.WaitForCompletionAsync"/> when the caller gives none.</summary>
    public TimeSpan DefaultJobTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Retries of reads, polls and downloads after a transient failure (network, 429, 502/503/504, 52x).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; it doubles on each attempt, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first poll interval while waiting for a job.</summary>
    public TimeSpan PollInitialInterval { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest poll interval while waiting for a job.</summary>
    public TimeSpan PollMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a job may stay unknown to the server (status 0 with result <c>[]</c>) after it should have
    /// started before it is declared lost.
    /// </summary>
    public TimeSpan LostJobGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a "failed" status on a job submitted over an hour ago is re-checked (see docs/protocol.md, "The one-hour rule").</summary>
    public int OldJobFailureRechecks { get; set; } = 3;

    /// <summary>The wait between those re-checks.</summary>
    public TimeSpan OldJobFailureRecheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest audio file accepted, downloaded or decoded from base64.</summary>
    public long MaxAudioBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The largest JSON or text response accepted (audio data excluded).</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// When a loopback server rejects a multipart upload (server version A answers it with a plain-text 500),
    /// resend the job with <c>src_audio_path</c> set to the file's absolute local path, and say so in
    /// <see cref="GenerationOperation.Warnings"/>. Never used for remote servers.
    /// </summary>
    public bool AllowLocalPathFallback { get; set; } = true;

    /// <summary>The clock behind every timeout, poll interval and backoff.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The source of retry jitter. Calls are serialised by the client, so any instance is safe.</summary>
    public Random Random { get; set; } = Random.Shared;
}
