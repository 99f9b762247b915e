namespace AceStep.Cli.Hosting;

/// <summary>Maps exceptions from the library and the file system to user-facing errors and exit codes.</summary>
internal static class ErrorTranslator
{
    public static bool TryTranslate(Exception exception, out CliException translated)
    {
        switch (exception)
        {
            case UnauthorizedAccessException or IOException when exception is not EndOfStreamException:
                translated = CliException.Output(
                    $"Could not write a file: {exception.Message}",
                    "Check the output folder's permissions and free space, or choose another with --output-dir.");
                return true;
            default:
                translated = null!;
                return false;
        }
    }
}
