namespace AceStep.Providers.Audio;

/// <summary>The compressed file, and how much smaller it came out.</summary>
public sealed record CompressedAudio(string Path, long OriginalBytes, long CompressedBytes);
