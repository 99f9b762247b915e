namespace AceStep.Cli.Platform;

/// <summary>
/// Everything the CLI reads from the world outside its arguments: streams, environment variables,
/// directories, the clock and the platform. Tests build one with a fake console and a private environment.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly IReadOnlyDictionary<string, string> _variables;

    public CliEnvironment(
        ICliConsole console,
        IReadOnlyDictionary<string, string> variables,
        string currentDirectory,
        string homeDirectory,
        TimeProvider timeProvider,
        bool isWindows)
    {
        Console = console;
        _variables = variables;
        CurrentDirectory = currentDirectory;
        HomeDirectory = homeDirectory;
        TimeProvider = timeProvider;
        IsWindows = isWindows;
    }

    public ICliConsole Console { get; }

    public string CurrentDirectory { get; }

    public string HomeDirectory { get; }

    public TimeProvider TimeProvider { get; }

    public bool IsWindows { get; }

    /// <summary>Random source for ids the CLI invents itself (never for anything a test must predict).</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>A variable's value, or null when it is unset or empty (an empty variable counts as unset).</summary>
    public string? GetVariable(string name) =>
        _variables.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        return new CliEnvironment(
            SystemConsole.Create(),
            variables,
            Environment.CurrentDirectory,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            TimeProvider.System,
            OperatingSystem.IsWindows());
    }
}
