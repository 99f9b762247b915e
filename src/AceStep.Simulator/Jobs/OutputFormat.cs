using AceStep.Simulator.Audio;

namespace AceStep.Simulator.Jobs;

/// <summary>Maps <c>audio_format</c> to the container and file extension actually written (see docs/protocol.md, "Parameters of /release_task").</summary>
internal static class OutputFormat
{
    public static (AudioContainer Container, string Extension) For(string audioFormat, ServerVersion version)
    {
        var format = audioFormat.Trim().ToLowerInvariant();
        return (format, version) switch
        {
            ("mp3", _) => (AudioContainer.Mp3, "mp3"),
            ("wav", _) => (AudioContainer.Wav16, "wav"),
            ("flac", _) => (AudioContainer.Flac, "flac"),
            ("opus", ServerVersion.B) => (AudioContainer.Opus, "opus"),
            ("aac", ServerVersion.B) => (AudioContainer.Aac, "aac"),
            ("wav32", ServerVersion.B) => (AudioContainer.Wav32Float, "wav"),
            _ => (AudioContainer.Flac, "flac"),
        };
    }
}
