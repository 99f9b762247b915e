using System.Net.Http.Headers;

namespace AceStep.Providers.Transcription;

/// <summary>The audio file as a multipart <c>file</c> part, streamed from disk (never loaded whole), checked before anything is sent.</summary>
internal sealed class AudioUpload
{
    private AudioUpload(string path, long length)
    {
        Path = path;
        Length = length;
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>Checks that the file exists, is a file, and can be opened, so that a local mistake never costs a request.</summary>
    public static AudioUpload Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new FileNotFoundException($"The audio path {path} is a folder, not a file.", path);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The audio file {path} does not exist.", path);
        }

        using (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            // Opened only to surface a permission error now rather than half-way through a request.
        }

        return new AudioUpload(file.FullName, file.Length);
    }

    public StreamContent CreatePart()
    {
        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var content = new StreamContent(stream, 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaTypeFor(Path));
        return content;
    }

    public void AddTo(MultipartFormDataContent form) => form.Add(CreatePart(), "file", System.IO.Path.GetFileName(Path));

    private static string MediaTypeFor(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".mp3" or ".mpga" or ".mpeg" => "audio/mpeg",
        ".wav" => "audio/wav",
        ".flac" => "audio/flac",
        ".ogg" or ".oga" or ".opus" => "audio/ogg",
        ".m4a" or ".mp4" => "audio/mp4",
        ".aac" => "audio/aac",
        ".webm" => "audio/webm",
        _ => "application/octet-stream",
    };
}
