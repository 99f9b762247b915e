using System.Diagnostics;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>Runs a script or program as its own process, as an agent's or a user's shell would, and collects what it wrote.</summary>
internal static class ScriptProcess
{
    /// <summary>The variables of the developer's shell that would change what a skill script or the tool does.</summary>
    private static readonly string[] ProviderKeys = ["OPENAI_API_KEY", "ELEVENLABS_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"];

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="directory"/> with <paramref name="variables"/> over the test
    /// process's environment (less every ACESTEP_ variable and provider key), or over nothing with <paramref name="onlyTheseVariables"/>.
    /// </summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string directory, IEnumerable<KeyValuePair<string, string>> variables, TimeSpan timeout, string program, IEnumerable<string> args, bool onlyTheseVariables = false)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(name => onlyTheseVariables || name.StartsWith("ACESTEP_", StringComparison.Ordinal) || ProviderKeys.Contains(name)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
