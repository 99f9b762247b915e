namespace AceStep.Client;

/// <summary>
/// The normalised outcome of a generation, the same for both protocols: native results come from the parsed
/// <c>result</c> string of <c>/query_result</c>, completion results from the Markdown content of the chat answer.
/// </summary>
public sealed record GenerationResult
{
    /// <summary>The native job id, or the chat completion id (<c>chatcmpl-…</c>) in completion mode.</summary>
    public required string JobId { get; init; }

    /// <summary>The caption actually used for generation (after sample mode or formatting).</summary>
    public string? Prompt { get; init; }

    /// <summary>The lyrics actually used for generation.</summary>
    public string? Lyrics { get; init; }

    /// <summary>Musical metadata of the generated audio.</summary>
    public GenerationMetadata Metadata { get; init; } = new();

    /// <summary>The server's Markdown summary (timings, seeds, steps); free text. Native mode only.</summary>
    public string? GenerationInfo { get; init; }

    /// <summary>The seeds used, comma-separated, one per file.</summary>
    public string? SeedValue { get; init; }

    /// <summary>The language model the server reports (reported even when it did not run).</summary>
    public string? LmModel { get; init; }

    /// <summary>The DiT model that ran.</summary>
    public string? DitModel { get; init; }

    /// <summary>The generated files on the server (native mode); download them with <see cref="GenerationOperation.DownloadAudioAsync"/>.</summary>
    public IReadOnlyList<RemoteAudio> Audio { get; init; } = [];
}
