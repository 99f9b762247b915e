using System.Diagnostics;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests.Skill;

/// <summary>
/// <c>scripts/install.sh</c> as a developer runs it: the skills it copies into a project never carry the developer's
/// config (and its API key), and the installed skill finds the installed tool in a fresh shell whose PATH lacks the
/// bin folder.
/// </summary>
public sealed class InstallScriptTests : IDisposable
{
    private const string CanaryKey = "sk-canary-install-5f1d0c9a";
    private readonly string _root = Directory.CreateTempSubdirectory("acestep-install-tests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Installing_the_skills_from_a_checkout_whose_wrapper_config_holds_a_key_leaves_no_trace_of_the_key()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // install.sh is a bash script; Windows users install with `dotnet tool install`.
        }

        var tree = CopyOfInstallerAndSkills(asGitCheckout: true);
        File.WriteAllText(Path.Combine(tree, "skills", "acestep", "scripts", "config.json"), $$"""{"api_key": "{{CanaryKey}}"}""");
        var project = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;

        var (exit, _, error) = await RunAsync(tree, Environment("bin"), Path.Combine(tree, "scripts", "install.sh"), "--skill", project, "--skill-only");

        Assert.True(exit == 0, error);
        var skill = Path.Combine(project, ".claude", "skills", "acestep");
        Assert.True(File.Exists(Path.Combine(skill, "scripts", "acestep.sh")));
        Assert.False(File.Exists(Path.Combine(skill, "scripts", "config.json")));
        Assert.Contains("config.json", File.ReadAllLines(Path.Combine(skill, "scripts", ".gitignore")));
        Assert.DoesNotContain(Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains(CanaryKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Installing_from_a_folder_that_is_not_a_git_checkout_still_leaves_the_config_behind()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var tree = CopyOfInstallerAndSkills(asGitCheckout: false);
        File.WriteAllText(Path.Combine(tree, "skills", "acestep", "scripts", "config.json"), $$"""{"api_key": "{{CanaryKey}}"}""");
        var project = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;

        var (exit, _, error) = await RunAsync(tree, Environment("bin"), Path.Combine(tree, "scripts", "install.sh"), "--skill", project, "--codex", "--skill-only");

        Assert.True(exit == 0, error);
        var scripts = Path.Combine(project, ".codex", "skills", "acestep", "scripts");
        Assert.True(File.Exists(Path.Combine(scripts, "acestep.sh")));
        Assert.False(File.Exists(Path.Combine(scripts, "config.json")));
        Assert.DoesNotContain(Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains(CanaryKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_installed_skill_runs_the_installed_tool_in_a_fresh_shell_without_the_bin_folder_on_PATH()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var project = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;
        var developerShell = DeveloperEnvironment();
        developerShell["ACESTEP_INSTALL_DIR"] = Path.Combine(_root, "tool");
        developerShell["ACESTEP_BIN_DIR"] = Path.Combine(_root, "bin");

        var (installExit, _, installError) = await RunAsync(RepositoryFolder.Root, developerShell, Path.Combine(RepositoryFolder.Root, "scripts", "install.sh"), "--skill", project);

        Assert.True(installExit == 0, installError);
        Assert.Contains($"{Path.Combine(_root, "bin")} is not on PATH", installError, StringComparison.Ordinal);
        var skill = Path.Combine(project, ".claude", "skills", "acestep");
        var (exit, output, error) = await RunAsync(skill, Environment("fresh"), "./scripts/acestep.sh", "config", "--check-key");
        Assert.True(exit == 0, error);
        Assert.Equal("api_key: empty", output.Trim());
    }

    [Fact]
    public async Task The_cli_packs_as_a_dotnet_tool_that_installs_and_runs()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        var repository = RepositoryFolder.Root;

        var (packExit, _, packError) = await RunProgramAsync(repository, DeveloperEnvironment(), "dotnet", "pack", Path.Combine(repository, "src", "AceStep.Cli", "AceStep.Cli.csproj"), "-c", "Release", "-o", feed, "-nologo", "-v", "quiet");
        Assert.True(packExit == 0, packError);
        var (installExit, _, installError) = await RunProgramAsync(_root, DeveloperEnvironment(), "dotnet", "tool", "install", "--tool-path", tools, "--add-source", feed, "AceStep.Cli");
        Assert.True(installExit == 0, installError);

        var (exit, output, error) = await RunProgramAsync(_root, Environment("tool-user"), Path.Combine(tools, OperatingSystem.IsWindows() ? "acestep.exe" : "acestep"), "config", "--check-key");
        Assert.True(exit == 0, error);
        Assert.Equal("api_key: empty", output.Trim());
    }

    /// <summary>The developer's own shell (their NuGet and .NET settings), minus any ACE-Step variables.</summary>
    private static Dictionary<string, string> DeveloperEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!name.StartsWith("ACESTEP_", StringComparison.Ordinal))
            {
                variables[name] = (string)entry.Value!;
            }
        }

        return variables;
    }

    /// <summary>A fresh login shell: a home of its own, the system folders on PATH, nothing of the developer's.</summary>
    private Dictionary<string, string> Environment(string home) => new(StringComparer.Ordinal)
    {
        ["HOME"] = Directory.CreateDirectory(Path.Combine(_root, home + "-home")).FullName,
        ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>scripts/install.sh and the tracked skill files, in a folder of the test's own (optionally a git checkout).</summary>
    private string CopyOfInstallerAndSkills(bool asGitCheckout)
    {
        var tree = Directory.CreateDirectory(Path.Combine(_root, "checkout")).FullName;
        var repository = RepositoryFolder.Root;
        Directory.CreateDirectory(Path.Combine(tree, "scripts"));
        File.Copy(Path.Combine(repository, "scripts", "install.sh"), Path.Combine(tree, "scripts", "install.sh"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "skills"), "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "config.json")
            {
                continue;
            }

            var target = Path.Combine(tree, Path.GetRelativePath(repository, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (asGitCheckout)
        {
            File.WriteAllText(Path.Combine(tree, ".gitignore"), "/skills/*/scripts/config.json\n");
            Git(tree, "init", "-q");
            Git(tree, "add", "-A");
            Git(tree, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "skills");
        }

        return tree;
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(string directory, Dictionary<string, string> variables, string script, params string[] args) =>
        RunProgramAsync(directory, variables, "bash", [script, .. args]);

    private static Task<(int Exit, string Output, string Error)> RunProgramAsync(string directory, Dictionary<string, string> variables, string program, params string[] args) =>
        ScriptProcess.RunAsync(directory, variables, TimeSpan.FromMinutes(8), program, args, onlyTheseVariables: true);

}
