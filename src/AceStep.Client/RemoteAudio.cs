namespace AceStep.Client;

/// <summary>A generated file on the server, as listed in a native result.</summary>
/// <param name="Index">The file's position in the result, from 1.</param>
/// <param name="FileUrl">The server's relative URL (<c>/v1/audio?path=…</c>), kept verbatim: it is already percent-encoded.</param>
public sealed record RemoteAudio(int Index, string FileUrl);
