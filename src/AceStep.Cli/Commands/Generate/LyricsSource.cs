using System.Text;
using AceStep.Cli.Errors;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Commands.Generate;

/// <summary>
/// Resolves the lyrics from -l TEXT, -l @FILE, -l - (stdin) or --lyrics-file PATH, so that agents never
/// have to quote long multi-line Unicode lyrics on a command line.
/// </summary>
internal static class LyricsSource
{
    public static string? Read(string? lyricsOption, string? lyricsFile, CliEnvironment environment)
    {
        if (lyricsOption is not null && lyricsFile is not null)
        {
            throw CliException.Usage("Give the lyrics once: either -l/--lyrics or --lyrics-file.");
        }

        if (lyricsFile is not null)
        {
            return ReadFile(lyricsFile, "--lyrics-file", environment);
        }

        if (lyricsOption is null)
        {
            return null;
        }

        if (lyricsOption == "-")
        {
            if (environment.Console.IsInputTerminal)
            {
                throw CliException.Usage(
                    "-l - reads the lyrics from standard input, but input is a terminal (acestep never prompts).",
                    "Pipe them in: cat lyrics.txt | acestep generate -c \"...\" -l -\nor use --lyrics-file lyrics.txt");
            }

            return environment.Console.In.ReadToEnd();
        }

        return lyricsOption.StartsWith('@') && lyricsOption.Length > 1
            ? ReadFile(lyricsOption[1..], "-l @FILE", environment)
            : lyricsOption;
    }

    private static string ReadFile(string path, string option, CliEnvironment environment)
    {
        var fullPath = Path.GetFullPath(path, environment.CurrentDirectory);
        if (Directory.Exists(fullPath))
        {
            throw CliException.InvalidInput($"{option}: {path} is a folder, not a lyrics file.");
        }

        if (!File.Exists(fullPath))
        {
            throw CliException.InvalidInput($"{option}: lyrics file {path} does not exist.", "Check the path (it is relative to the current folder).");
        }

        try
        {
            return File.ReadAllText(fullPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw CliException.InvalidInput($"{option}: {path} is not UTF-8 text.", "Save the lyrics as UTF-8 and try again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidInput($"{option}: cannot read {path}: {ex.Message}", "Check the file's permissions.");
        }
    }
}
