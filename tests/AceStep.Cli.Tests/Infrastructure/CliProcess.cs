using System.Diagnostics;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>The built tool as a process of its own, in a sandbox's folders and environment (nothing inherited that could point it elsewhere).</summary>
internal static class CliProcess
{
    public static ProcessStartInfo StartInfo(CliSandbox sandbox, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = sandbox.WorkingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "acestep.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "ACESTEP_API_URL", "ACESTEP_API_KEY", "ACESTEP_API_MODE", "ACESTEP_CONFIG", "ACESTEP_OUTPUT_DIR", "ACESTEP_QUEUE", "NO_COLOR" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in sandbox.Variables)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
