namespace AceStep.Video;

/// <summary>The audio file is missing, empty, corrupt or has no audio stream; <see cref="Reason"/> is ffmpeg's own account.</summary>
public sealed class AudioUnreadableException : MusicVideoException
{
    public AudioUnreadableException(string path, string reason)
        : base($"cannot read the audio '{path}': {reason}. Check that the file is a complete audio file (MP3, WAV, FLAC, Opus, M4A).")
    {
        AudioPath = path;
        Reason = reason;
    }

    public string AudioPath { get; }

    public string Reason { get; }
}
