namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>The checkout the tests were built from: the folder above the test binaries that holds AceStep.slnx.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AceStep.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AceStep.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
