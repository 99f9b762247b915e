namespace AceStep.Client.Tests.Docs;

/// <summary>docs/library.md must show exactly the code that LibraryDocExamples compiles and runs.</summary>
public sealed class LibraryDocSyncTests
{
    [Theory]
    [InlineData("CreateClient")]
    [InlineData("GenerateNativelyAsync")]
    [InlineData("ReattachAsync")]
    [InlineData("GenerateWithCompletionAsync")]
    [InlineData("CoverAsync")]
    [InlineData("HandleErrorsAsync")]
    public void Each_example_in_the_doc_is_the_compiled_code(string method)
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "AceStep.Client.Tests", "Docs", "LibraryDocExamples.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var doc = File.ReadAllText(Path.Combine(root, "docs", "library.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```csharp\n" + MethodBody(source, method) + "\n```", doc, StringComparison.Ordinal);
    }

    private static string MethodBody(string source, string method)
    {
        var start = source.IndexOf(" " + method + "(", StringComparison.Ordinal);
        var open = source.IndexOf("\n    {\n", start, StringComparison.Ordinal) + "\n    {\n".Length;
        var close = source.IndexOf("\n    }\n", open, StringComparison.Ordinal);
        var lines = source[open..close].Split('\n').Select(line => line.StartsWith("        ", StringComparison.Ordinal) ? line[8..] : line.Trim());
        return string.Join('\n', lines);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AceStep.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (AceStep.slnx) was not found.");
    }
}
