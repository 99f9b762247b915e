using AceStep.Cli.Transcription;

namespace AceStep.Cli.Commands.Transcribe;

/// <summary>
/// <c>acestep transcribe</c>, parsed: the song (audio, job id or result .json), the choices for the transcription,
/// the file format and where to write it (null: <c>&lt;output folder&gt;/&lt;job&gt;_1.lrc</c> or the audio's name).
/// </summary>
internal sealed record TranscribeOptions(string Input, TranscriptionChoices Choices, string? Format, string? OutputPath, string? ReferencePath);
