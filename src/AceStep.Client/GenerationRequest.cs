namespace AceStep.Client;

/// <summary>
/// One music generation request, independent of the protocol that carries it: the client turns it into a
/// native <c>/release_task</c> body or a chat-completion message. Unset (null) values are not sent, so the
/// server's defaults apply.
/// </summary>
public sealed record GenerationRequest
{
    /// <summary>The caption: style, genre, instruments, mood (native <c>prompt</c>).</summary>
    public string? Caption { get; init; }

    /// <summary>The lyrics, with section tags such as <c>[Verse]</c>.</summary>
    public string? Lyrics { get; init; }

    /// <summary>
    /// A free description from which the server's language model invents caption, lyrics and metadata
    /// (native <c>sample_query</c>; implies sample mode). Replaces caption and lyrics on the server.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>Let the language model invent the whole song (native <c>sample_mode</c>); with no description this is a random song.</summary>
    public bool? SampleMode { get; init; }

    /// <summary>Request an instrumental: lyrics <c>[inst]</c> when no lyrics are given.</summary>
    public bool Instrumental { get; init; }

    /// <summary>Let the language model generate the audio codes (needs the LM on the server).</summary>
    public bool? Thinking { get; init; }

    /// <summary>Let the language model rewrite caption and lyrics before generating (needs the LM).</summary>
    public bool? UseFormat { get; init; }

    /// <summary>Let the language model rewrite the caption (skipped silently when the LM is absent).</summary>
    public bool? UseCotCaption { get; init; }

    /// <summary>Let the language model detect the vocal language.</summary>
    public bool? UseCotLanguage { get; init; }

    /// <summary>The DiT model, bare (<c>acestep-v15-turbo</c>) or as listed by <c>/v1/models</c> (<c>acestep/acestep-v15-turbo</c>).</summary>
    public string? Model { get; init; }

    /// <summary>The vocal language code, e.g. <c>en</c>, <c>zh</c>, <c>ja</c>.</summary>
    public string? VocalLanguage { get; init; }

    /// <summary>Diffusion steps (turbo about 8, base models 32–64).</summary>
    public int? InferenceSteps { get; init; }

    /// <summary>Classifier-free guidance scale (base models only).</summary>
    public double? GuidanceScale { get; init; }

    /// <summary>
    /// Fixed seeds, one per file (a single seed fixes the first file only). Empty or null means random seeds.
    /// Server version A ignores seeds.
    /// </summary>
    public IReadOnlyList<long>? Seeds { get; init; }

    /// <summary>Target duration in seconds; null lets the model decide.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>Beats per minute.</summary>
    public int? Bpm { get; init; }

    /// <summary>Number of audio files to generate.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Key and scale, e.g. <c>E minor</c>.</summary>
    public string? KeyScale { get; init; }

    /// <summary>Time signature as <c>4/4</c>, <c>3/4</c>, <c>2/4</c>, <c>6/8</c> (sent as the model's <c>4</c>, <c>3</c>, <c>2</c>, <c>6</c>) or already in that form.</summary>
    public string? TimeSignature { get; init; }

    /// <summary>The task: <c>text2music</c>, <c>cover</c>, <c>repaint</c>, <c>lego</c>, <c>extract</c>, <c>complete</c>, <c>cover-nofsq</c>.</summary>
    public string? TaskType { get; init; }

    /// <summary>The audio to cover or repaint; uploaded, never sent as a local path to a remote server.</summary>
    public AudioSource? SourceAudio { get; init; }

    /// <summary>A style reference audio; uploaded like <see cref="SourceAudio"/>.</summary>
    public AudioSource? ReferenceAudio { get; init; }

    /// <summary>How closely a cover follows the source, 0–1 (server default 1.0).</summary>
    public double? CoverStrength { get; init; }

    /// <summary>Start of the repainted window, in seconds.</summary>
    public double? RepaintStart { get; init; }

    /// <summary>End of the repainted window, in seconds; null means the end of the audio.</summary>
    public double? RepaintEnd { get; init; }

    /// <summary>The requested audio format: <c>mp3</c>, <c>wav</c>, <c>flac</c> (B also <c>opus</c>, <c>aac</c>, <c>wav32</c>). Always sent.</summary>
    public string AudioFormat { get; init; } = "mp3";
}
