using AceStep.Cli.Generation;
using AceStep.Cli.Platform;
using AceStep.Cli.Rendering;
using AceStep.Cli.Tests.Infrastructure;
using AceStep.Client;
using AceStep.Client.Audio;

namespace AceStep.Cli.Tests;

/// <summary>Large sources bound for the cloud API are compressed with ffmpeg (the test machines have it).</summary>
public sealed class SourceCompressionTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Large_source_for_the_cloud_becomes_a_small_mono_mp3()
    {
        var source = AudioSource.FromFile(_sandbox.WriteFile("big.wav", TestAudio.Wav(seconds: 600)));
        var console = new TestConsole();

        var (prepared, temporary) = await SourceCompressor.PrepareAsync(source, toCloud: true, Environment(console), Reporter(console), CancellationToken.None);

        try
        {
            Assert.NotNull(temporary);
            Assert.True(prepared.Length < source.Length * 2 / 3, "64 kbps is about half of the 128 kbps test WAV");
            Assert.Equal(AudioFormat.Mp3, AudioFormatSniffer.Detect(File.ReadAllBytes(prepared.FullPath).AsSpan(0, 64)));
            Assert.Contains("mono, 24 kHz, 64 kbps", console.StandardError);
        }
        finally
        {
            File.Delete(temporary!);
        }
    }

    [Fact]
    public async Task Without_ffmpeg_the_user_is_told_how()
    {
        var source = AudioSource.FromFile(_sandbox.WriteFile("big.wav", TestAudio.Wav(seconds: 600)));
        var console = new TestConsole();
        _sandbox.Variables["PATH"] = _sandbox.Root;

        var (prepared, temporary) = await SourceCompressor.PrepareAsync(source, toCloud: true, Environment(console), Reporter(console), CancellationToken.None);

        Assert.Null(temporary);
        Assert.Same(source, prepared);
        Assert.Contains("ffmpeg -i \"big.wav\" -b:a 64k -ar 24000 -ac 1 compressed.mp3", console.StandardError);
    }

    [Fact]
    public async Task Small_sources_and_local_servers_are_left_alone()
    {
        var large = AudioSource.FromFile(_sandbox.WriteFile("big.wav", TestAudio.Wav(seconds: 600)));
        var small = AudioSource.FromFile(_sandbox.WriteFile("small.wav", TestAudio.Wav(seconds: 2)));
        var console = new TestConsole();

        var local = await SourceCompressor.PrepareAsync(large, toCloud: false, Environment(console), Reporter(console), CancellationToken.None);
        var tiny = await SourceCompressor.PrepareAsync(small, toCloud: true, Environment(console), Reporter(console), CancellationToken.None);

        Assert.Null(local.TemporaryFile);
        Assert.Null(tiny.TemporaryFile);
    }

    private CliEnvironment Environment(TestConsole console) =>
        new(console, new Dictionary<string, string>(_sandbox.Variables), _sandbox.Project, _sandbox.Home, TimeProvider.System, isWindows: false);

    private static Reporter Reporter(TestConsole console) => new(console, json: false, quiet: false, color: false);
}
