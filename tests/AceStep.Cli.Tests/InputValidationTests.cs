using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>Bad local input (source files, numbers, windows, the output folder) gets a clear answer, its exit code, and nothing is written or sent.</summary>
public sealed class InputValidationTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public InputValidationTests()
    {
        _sandbox.Variables["ACESTEP_API_URL"] = "http://127.0.0.1:9";
        _sandbox.WriteFile("song.wav", TestAudio.Wav(5));
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Missing_source_file()
    {
        var result = await _sandbox.RunAsync("cover", "nope.mp3", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Directory_as_source_file()
    {
        Directory.CreateDirectory(Path.Combine(_sandbox.Project, "folder"));

        var result = await _sandbox.RunAsync("cover", "folder", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Non_audio_source_file()
    {
        _sandbox.WriteText("notes.mp3", "these are not audio bytes at all");

        var result = await _sandbox.RunAsync("cover", "notes.mp3", "-c", "Rock");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not look like an audio file", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Cover_strength_outside_zero_to_one()
    {
        var result = await _sandbox.RunAsync("cover", "song.wav", "-c", "Rock", "--cover-strength", "1.5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cover-strength must be", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Repaint_end_not_after_start()
    {
        var result = await _sandbox.RunAsync("generate", "--src-audio", "song.wav", "--task-type", "repaint", "-c", "Pop", "--repaint-start", "4", "--repaint-end", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be after --repaint-start", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Repaint_end_past_the_source()
    {
        var result = await _sandbox.RunAsync("generate", "--src-audio", "song.wav", "--task-type", "repaint", "-c", "Pop", "--repaint-start", "1", "--repaint-end", "60");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("past the end of song.wav", result.StandardError);
        AssertNothingWrittenOrSubmitted();
    }

    [Fact]
    public async Task Output_folder_that_cannot_be_written_is_exit_10()
    {
        _sandbox.WriteText("blocker", "a file where a folder should be");
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--output-dir", Path.Combine(_sandbox.Project, "blocker"));

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("--output-dir", result.StandardError);
        Assert.True(_sandbox.Ledger.List().Count == 0, "nothing may be submitted");
    }

    [Fact]
    public async Task Long_caption_and_lyrics_are_warned_about()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-c", new string('a', 600), "-l", new string('b', 5000), "--duration", "10");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("the model reads only the first 512", result.StandardError);
        Assert.Contains("the model reads only the first 4096", result.StandardError);
    }

    [Fact]
    public async Task Unusual_time_signature_is_warned_about()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10", "--time-sig", "7/8");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Time signature '7/8'", result.StandardError);
    }

    private void AssertNothingWrittenOrSubmitted()
    {
        Assert.False(Directory.Exists(_sandbox.OutputDirectory), "nothing may be written");
        Assert.True(_sandbox.Ledger.List().Count == 0, "nothing may be submitted");
    }
}
