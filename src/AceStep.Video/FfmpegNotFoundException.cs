namespace AceStep.Video;

/// <summary>ffmpeg is not installed, not on the PATH, or the path given for it does not run.</summary>
public sealed class FfmpegNotFoundException : MusicVideoException
{
    public FfmpegNotFoundException(string searched, Exception? innerException = null)
        : base($"ffmpeg was not found ({searched}). Install it (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg; "
            + "Windows: winget install ffmpeg) or give its path.", innerException)
    {
        Searched = searched;
    }

    public string Searched { get; }
}
