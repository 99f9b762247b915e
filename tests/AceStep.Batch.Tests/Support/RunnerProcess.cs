using System.Diagnostics;
using System.Text.Json;

namespace AceStep.Batch.Tests.Support;

/// <summary>A runner in its own OS process (AceStep.Batch.TestHost), whose events arrive as JSON lines.</summary>
internal sealed class RunnerProcess : IDisposable
{
    private readonly Process _process;

    private RunnerProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static RunnerProcess Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "AceStep.Batch.TestHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new RunnerProcess(Process.Start(start)!);
    }

    /// <summary>Reads events until <paramref name="enough"/> says so; false when the process ended first.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyList<string>, bool> enough, TimeSpan deadline)
    {
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(deadline);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var document = JsonDocument.Parse(line);
            seen.Add(document.RootElement.GetProperty("event").GetString()!);
            if (enough(seen))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the process wrote on stderr (read once it has ended).</summary>
    public async Task<string> ErrorsAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return $"exit {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}";
    }

    /// <summary>SIGKILL: no clean-up runs, leases are left to expire.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
