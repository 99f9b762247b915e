using System.Text.RegularExpressions;

namespace AceStep.Cli.Tests;

/// <summary>Every Markdown link in the repository's documentation leads to a file inside the repository (or the web).</summary>
public sealed partial class DocsLinksTests
{
    [Fact]
    public void Every_relative_link_in_the_docs_resolves_inside_the_repository()
    {
        var root = RepositoryRoot();
        var broken = new List<string>();
        foreach (var document in MarkdownFiles(root))
        {
            foreach (Match link in LinkTarget().Matches(File.ReadAllText(document)))
            {
                var target = link.Groups["target"].Value;
                if (target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, target.Split('#')[0]));
                if (!resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !Path.Exists(resolved))
                {
                    broken.Add($"{Path.GetRelativePath(root, document)} → {target}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void No_doc_points_into_a_machine_local_folder()
    {
        var root = RepositoryRoot();

        var offenders = MarkdownFiles(root).Where(file => File.ReadAllText(file).Contains("/work/", StringComparison.Ordinal)).ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> MarkdownFiles(string root) =>
        new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "skills"), "*.md", SearchOption.AllDirectories))
            .Where(File.Exists);

    private static string RepositoryRoot()
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

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkTarget();
}
