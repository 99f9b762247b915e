using System.Diagnostics;
using System.Text.Json;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>The built tool as a real process: real streams, real environment, real exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Help_exits_zero()
    {
        var (exit, output, _) = await RunProcessAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("generate", output);
    }

    [Fact]
    public async Task Usage_error_exits_two_with_the_message_on_stderr()
    {
        var (exit, output, error) = await RunProcessAsync("generate", "--bpm", "5", "Rock");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--bpm must be between 30 and 300", error);
    }

    [Fact]
    public async Task Generate_json_against_the_simulator()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (exit, output, error) = await RunProcessAsync("generate", "-c", "Rock", "--duration", "10", "--json");

        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var files = document.RootElement.GetProperty("files");
        Assert.Single(files.EnumerateArray());
        Assert.True(File.Exists(files[0].GetString()));
        Assert.DoesNotContain("\u001b[", error);
    }

    [Fact]
    public async Task Api_key_from_stdin_through_a_pipe()
    {
        var (exit, output, error) = await RunProcessAsync(["config", "--set", "api_key"], "piped-secret-123456\n");

        Assert.Equal(0, exit);
        Assert.Equal("api_key: configured", output.Trim());
        Assert.DoesNotContain("piped-secret-123456", output + error);
    }

    [Fact]
    public async Task Sigterm_while_waiting_keeps_the_job_and_exits_130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no SIGTERM; Ctrl+C there is covered by the in-process interrupt tests.
        }

        await using var server = await SimulatorHost.StartAsync(_sandbox, configure: o => o.FixedGenerationTime = TimeSpan.FromSeconds(30));
        using var process = Process.Start(StartInfo(["generate", "Rock", "--duration", "10"]))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new System.Text.StringBuilder();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            error.AppendLine(line);
            if (line.Contains("submitted", StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
            }
        }

        await process.WaitForExitAsync();
        await output;

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Resume with: acestep status", error.ToString());
        Assert.Equal("interrupted", _sandbox.Ledger.List().Single().State);
    }

    private Task<(int Exit, string Output, string Error)> RunProcessAsync(params string[] args) => RunProcessAsync(args, null);

    private async Task<(int Exit, string Output, string Error)> RunProcessAsync(string[] args, string? input)
    {
        using var process = Process.Start(StartInfo(args))!;
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private ProcessStartInfo StartInfo(string[] args) => CliProcess.StartInfo(_sandbox, args);
}
