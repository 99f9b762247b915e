using AceStep.Cli.Commands.Batch;
using AceStep.Cli.Ledger;
using AceStep.Cli.Platform;
using Microsoft.Extensions.Time.Testing;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>
/// A private world for one test: its own home, config, state and project folders, and environment variables,
/// in which the real CLI entry point runs in-process.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "acestep-cli-tests", Guid.NewGuid().ToString("N"));
        Home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
        Project = Directory.CreateDirectory(Path.Combine(Root, "project")).FullName;
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        WorkingDirectory = Project;
        Variables["HOME"] = Home;
        Variables["XDG_CONFIG_HOME"] = Path.Combine(Home, ".config");
        Variables["ACESTEP_STATE_DIR"] = StateDirectory;
        if (Environment.GetEnvironmentVariable("PATH") is { } path)
        {
            Variables["PATH"] = path;
        }
    }

    public string Root { get; }

    public string Home { get; }

    public string Project { get; }

    public string WorkingDirectory { get; set; }

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public string ConfigPath => Path.Combine(Home, ".config", "acestep", "config.json");

    public string OutputDirectory => Path.Combine(Project, "acestep_output");

    public string StateDirectory => Path.Combine(Home, "state");

    /// <summary>The job ledger the CLI keeps in this sandbox's state folder (the default SQLite queue file).</summary>
    public JobLedger Ledger => new(QueueLocation.Parse(null, StateDirectory, Home), StateDirectory, TimeProvider.System, _ => { });

    public FakeTimeProvider? Clock { get; set; }

    public async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync(null, args);

    public async Task<CliResult> RunWithInputAsync(string? input, params string[] args)
    {
        var console = new TestConsole(input ?? "") { IsInputTerminal = input is null };
        return await RunAsync(console, CancellationToken.None, args);
    }

    public async Task<CliResult> RunAsync(TestConsole console, CancellationToken interrupt, params string[] args)
    {
        var environment = new CliEnvironment(
            console,
            new Dictionary<string, string>(Variables),
            WorkingDirectory,
            Home,
            (TimeProvider?)Clock ?? TimeProvider.System,
            isWindows: false);
        var exit = await CliApplication.RunAsync(args, environment, interrupt);
        return new CliResult(exit, console.StandardOutput, console.StandardError);
    }

    public string WriteFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(Project, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteText(string relativePath, string content) => WriteFile(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Every file the run left behind, outside the home's config (for leak searches).</summary>
    public IEnumerable<string> AllFiles() => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system is not worth failing a test over.
        }
    }
}
