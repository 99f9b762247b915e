using AceStep.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>Rows of docs/reliability.md about local input the other suites do not cover.</summary>
public sealed class InputFaultMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Unreadable_source_file_is_exit_2_and_nothing_is_sent()
    {
        _sandbox.Variables["ACESTEP_API_URL"] = "http://127.0.0.1:9";
        // Permissions do not stop root (tests may run as root), but the kernel refuses every reader of
        // /proc/self/mem at address 0 with an I/O error: a file that exists and cannot be read.
        File.CreateSymbolicLink(Path.Combine(_sandbox.Project, "locked.mp3"), "/proc/self/mem");

        var result = await _sandbox.RunAsync("cover", "locked.mp3", "-c", "Rock");

        output.WriteLine(result.ToString());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cannot read the source audio locked.mp3", result.StandardError);
        Assert.False(Directory.Exists(_sandbox.OutputDirectory), "nothing may be written");
        Assert.True(_sandbox.Ledger.List().Count == 0, "nothing may be submitted");
    }
}
