using AceStep.Cli.Errors;
using AceStep.Cli.Platform;
using AceStep.Client;
using AceStep.Client.Audio;

namespace AceStep.Cli.Generation;

/// <summary>Checks a source audio file locally before anything is sent: it exists, is readable, and is audio.</summary>
internal static class SourceAudioCheck
{
    public static AudioSource Open(string path, CliEnvironment environment, string role = "source audio")
    {
        var fullPath = Path.GetFullPath(path, environment.CurrentDirectory);
        if (Directory.Exists(fullPath))
        {
            throw CliException.InvalidInput($"The {role} {path} is a folder, not a file.", "Give the path of an audio file (mp3, wav, flac, ogg, m4a).");
        }

        if (!File.Exists(fullPath))
        {
            throw CliException.InvalidInput($"The {role} file {path} does not exist.", "Check the path; it is relative to the current folder.");
        }

        var header = new byte[AudioFormatSniffer.HeaderLength];
        int read;
        try
        {
            using var stream = File.OpenRead(fullPath);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidInput($"Cannot read the {role} {path}: {ex.Message}", "Check the file's permissions.");
        }

        if (read == 0)
        {
            throw CliException.InvalidInput($"The {role} {path} is empty.");
        }

        if (AudioFormatSniffer.Detect(header.AsSpan(0, read)) == AudioFormat.Unknown)
        {
            throw CliException.InvalidInput(
                $"{path} does not look like an audio file (no MP3, WAV, FLAC, Ogg, AAC or M4A header).",
                "Convert it first, e.g.: ffmpeg -i input -b:a 192k song.mp3");
        }

        return AudioSource.FromFile(fullPath);
    }
}
