namespace AceStep.Cli.Transcription;

/// <summary>
/// What the user chose for one transcription; null leaves a choice to the configuration or the defaults.
/// </summary>
/// <param name="Provider">openai, elevenlabs, acestep, estimate or auto; null reads <c>transcription.provider</c>.</param>
/// <param name="Language">ISO 639-1 code of the vocals; null uses the job's vocal language or lets the provider detect it.</param>
/// <param name="ReferenceLyrics">Lyrics to align to instead of the job's own.</param>
/// <param name="GapSeconds">A pause this long ends a line (default 1.5).</param>
/// <param name="MaxLineColumns">Widest line in columns (default 42; a CJK character counts two).</param>
internal sealed record TranscriptionChoices(
    string? Provider = null,
    string? Language = null,
    string? ReferenceLyrics = null,
    double? GapSeconds = null,
    int? MaxLineColumns = null);
