using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests;

public sealed class CoverRepaintTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public CoverRepaintTests() => _sandbox.WriteFile("song.wav", TestAudio.Wav(8));

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("native", ServerVersion.A)]
    [InlineData("native", ServerVersion.B)]
    [InlineData("completion", ServerVersion.A)]
    [InlineData("completion", ServerVersion.B)]
    public async Task Cover_uploads_the_source_and_saves_the_result(string mode, ServerVersion version)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, version, mode: mode);

        var result = await _sandbox.RunAsync("cover", "song.wav", "-c", "Rock cover style", "-l", "[Verse] Lyrics...", "--duration", "8", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var saved = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!);
        Assert.Equal("cover", saved.GetProperty("request").GetProperty("task_type").GetString());
        Assert.EndsWith("song.wav", saved.GetProperty("request").GetProperty("source_audio").GetString());
    }

    [Fact]
    public async Task Cover_takes_the_positional_file_wherever_it_stands()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("cover", "-c", "Rock", "song.wav", "--duration", "8", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("native")]
    [InlineData("completion")]
    public async Task Repaint_window_is_sent(string mode)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: mode);

        var result = await _sandbox.RunAsync("generate", "--src-audio", "song.wav", "--task-type", "repaint", "-c", "Pop", "--repaint-start", "2", "--repaint-end", "6", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!).GetProperty("request");
        Assert.Equal("repaint", request.GetProperty("task_type").GetString());
        Assert.Equal(2, request.GetProperty("repaint_start").GetDouble());
        Assert.Equal(6, request.GetProperty("repaint_end").GetDouble());
    }

    [Fact]
    public async Task Repainting_is_accepted_as_a_synonym()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "--src-audio", "song.wav", "--task-type", "repainting", "-c", "Pop", "--repaint-start", "1", "--repaint-end", "3", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!).GetProperty("request");
        Assert.Equal("repaint", request.GetProperty("task_type").GetString());
    }

    [Fact]
    public async Task Cover_strength_is_recorded()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("cover", "song.wav", "-c", "Jazz cover", "--cover-strength", "0.6", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var request = ResultFiles.ReadResult(_sandbox, result.Json().GetProperty("job_id").GetString()!).GetProperty("request");
        Assert.Equal(0.6, request.GetProperty("cover_strength").GetDouble());
    }
}
