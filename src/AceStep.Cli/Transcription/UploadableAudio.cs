using AceStep.Cli.Rendering;
using AceStep.Providers.Audio;

namespace AceStep.Cli.Transcription;

/// <summary>
/// The audio as a provider will accept it: the file itself, or, over the provider's upload limit, a compressed copy
/// (mono 64 kbit/s MP3 through ffmpeg) in a temporary folder that is deleted when this is disposed.
/// </summary>
internal sealed class UploadableAudio : IAsyncDisposable
{
    private readonly string? _temporaryFolder;

    private UploadableAudio(string path, string? temporaryFolder)
    {
        Path = path;
        _temporaryFolder = temporaryFolder;
    }

    public string Path { get; }

    public static async Task<UploadableAudio> PrepareAsync(string audioPath, long limitBytes, Reporter reporter, CancellationToken cancellationToken)
    {
        var size = new FileInfo(audioPath).Length;
        if (size <= limitBytes)
        {
            return new UploadableAudio(audioPath, null);
        }

        var folder = Directory.CreateTempSubdirectory("acestep-upload-").FullName;
        try
        {
            reporter.Status($"The audio is {size / (1024.0 * 1024):0.0} MiB, over the provider's {limitBytes / (1024 * 1024)} MiB: compressing it with ffmpeg for the upload.");
            var compressed = await new FfmpegAudioCompressor().CompressAsync(audioPath, System.IO.Path.Combine(folder, "upload.mp3"), cancellationToken: cancellationToken);
            return new UploadableAudio(compressed.Path, folder);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_temporaryFolder is not null && Directory.Exists(_temporaryFolder))
        {
            Directory.Delete(_temporaryFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
