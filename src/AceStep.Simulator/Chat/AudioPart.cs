namespace AceStep.Simulator.Chat;

/// <summary>An <c>input_audio</c> content part: base64 data (possibly a data URL) and its container format.</summary>
internal sealed record AudioPart(string Data, string Format);
