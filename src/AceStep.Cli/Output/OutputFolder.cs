using AceStep.Cli.Errors;

namespace AceStep.Cli.Output;

/// <summary>The folder results are written to, resolved and checked before any request is sent.</summary>
internal sealed class OutputFolder
{
    public const string DefaultName = "acestep_output";

    private OutputFolder(string path) => FullPath = path;

    public string FullPath { get; }

    /// <summary>--output-dir, ACESTEP_OUTPUT_DIR and config output_dir arrive already merged in <paramref name="configured"/>.</summary>
    public static OutputFolder Resolve(string? configured, string currentDirectory) =>
        new(configured is null
            ? Path.Combine(ProjectRoot.Find(currentDirectory), DefaultName)
            : Path.GetFullPath(configured, currentDirectory));

    /// <summary>Creates the folder if needed and proves it is writable, so a long job never ends in a failed save.</summary>
    public void EnsureWritable()
    {
        if (File.Exists(FullPath))
        {
            throw CliException.Output(
                $"The output folder {FullPath} is a file.",
                "Choose another folder with --output-dir, ACESTEP_OUTPUT_DIR or 'acestep config --set output_dir PATH'.");
        }

        var probe = Path.Combine(FullPath, $".acestep-write-test-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(FullPath);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Output(
                $"Cannot write to the output folder {FullPath}: {ex.Message}",
                "Fix its permissions, or choose another folder with --output-dir, ACESTEP_OUTPUT_DIR or 'acestep config --set output_dir PATH'.");
        }
    }

    public string PathOf(string fileName) => Path.Combine(FullPath, fileName);
}
