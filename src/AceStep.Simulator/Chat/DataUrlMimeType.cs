namespace AceStep.Simulator.Chat;

/// <summary>The MIME type of the returned data URL, from the requested format, not the file (see docs/protocol.md, "Chat completions").</summary>
internal static class DataUrlMimeType
{
    public static string For(string requestedFormat) => requestedFormat.ToLowerInvariant() switch
    {
        "wav" => "audio/wav",
        "flac" => "audio/flac",
        "ogg" => "audio/ogg",
        "m4a" => "audio/mp4",
        "aac" => "audio/aac",
        _ => "audio/mpeg",
    };
}
