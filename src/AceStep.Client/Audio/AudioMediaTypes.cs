namespace AceStep.Client.Audio;

/// <summary>MIME types for upload parts and for data URLs, by extension or format.</summary>
internal static class AudioMediaTypes
{
    public static string ForExtension(string extension) => extension.ToLowerInvariant() switch
    {
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "flac" => "audio/flac",
        "ogg" => "audio/ogg",
        "opus" => "audio/ogg",
        "aac" => "audio/aac",
        "m4a" => "audio/mp4",
        _ => "application/octet-stream",
    };
}
