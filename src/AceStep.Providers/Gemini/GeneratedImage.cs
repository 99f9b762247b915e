namespace AceStep.Providers.Gemini;

/// <summary>
/// The image Gemini returned: its bytes, and its type as the bytes show it (<c>image/png</c>, <c>image/jpeg</c>,
/// <c>image/webp</c>), which may differ from what the answer claimed. Pick the file extension from <see cref="Extension"/>.
/// </summary>
public sealed record GeneratedImage(byte[] Bytes, string MimeType, string Extension, string Model, string? ModelText);
