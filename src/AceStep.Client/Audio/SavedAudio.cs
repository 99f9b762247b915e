namespace AceStep.Client;

/// <summary>An audio file written to disk, described from its actual bytes.</summary>
/// <param name="Path">The final path; its extension matches <see cref="Format"/>.</param>
/// <param name="Format">The format sniffed from the content.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="Duration">The playing time read from the headers or frames, when it could be determined.</param>
public sealed record SavedAudio(string Path, AudioFormat Format, long Bytes, TimeSpan? Duration);
