namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>
/// The repository's skills as scripts/install.sh lays them out in a project: the skill's files but its config.json,
/// and the shared skill-conventions.sh beside the wrappers that source it; the skill scripts run the tool under test.
/// </summary>
internal static class SkillFolders
{
    /// <summary>Copies skills/<paramref name="skill"/> into <paramref name="project"/>/.claude/skills and returns where it went.</summary>
    public static string Install(string skill, string project)
    {
        var from = Path.Combine(RepositoryFolder.Root, "skills", skill);
        var to = Path.Combine(project, ".claude", "skills", skill);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative != Path.Combine("scripts", "config.json"))
            {
                Copy(file, Path.Combine(to, relative));
            }
        }

        var scripts = Path.Combine(to, "scripts");
        if (Directory.Exists(scripts) && Directory.EnumerateFiles(scripts, "*.sh").Any(static script => File.ReadAllText(script).Contains("skill-conventions.sh", StringComparison.Ordinal)))
        {
            Copy(Path.Combine(RepositoryFolder.Root, "skills", "acestep", "scripts", "skill-conventions.sh"), Path.Combine(scripts, "skill-conventions.sh"));
        }

        return to;
    }

    /// <summary>Points the sandbox's ACESTEP_CLI at the acestep tool these tests were built with.</summary>
    public static void UseToolUnderTest(CliSandbox sandbox)
    {
        var shim = Path.Combine(sandbox.Root, "acestep-shim");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "acestep.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        sandbox.Variables["ACESTEP_CLI"] = shim;
    }

    private static void Copy(string file, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}
