using System.Diagnostics;
using AceStep.Lyrics.Transcription;
using AceStep.Providers.Audio;
using AceStep.Providers.OpenAi;
using AceStep.Providers.Tests.Infrastructure;
using AceStep.Simulator.Providers;

namespace AceStep.Providers.Tests.Audio;

public sealed class FfmpegAudioCompressorTests : IDisposable
{
    private readonly TestAudio audio = new();

    public void Dispose() => audio.Dispose();

    [Fact]
    public async Task A_song_becomes_a_much_smaller_mono_mp3_that_the_transcriber_can_send()
    {
        var wav = await MakeWavAsync(seconds: 20);
        var compressor = new FfmpegAudioCompressor();

        var result = await compressor.CompressAsync(wav, Path.Combine(audio.Folder, "song.mp3"));

        Assert.True(await compressor.IsAvailableAsync());
        Assert.Equal(new FileInfo(wav).Length, result.OriginalBytes);
        Assert.True(result.CompressedBytes * 10 < result.OriginalBytes, $"{result.CompressedBytes} is not a tenth of {result.OriginalBytes}");
        Assert.Equal("mp3 1 64000", await ProbeAsync(result.Path));
        Assert.Equal([result.Path], Directory.GetFiles(audio.Folder).Where(path => path != wav));

        await using var host = await ProviderFakesHost.StartAsync();
        host.Fakes.Timelines.RegisterFile(result.Path, Timelines.English(duration: 20));
        using var transcriber = new OpenAiTranscriber(new OpenAiTranscriberOptions { Endpoint = host.OpenAiEndpoint, ApiKey = Keys.OpenAi });
        Assert.NotEmpty((await transcriber.TranscribeAsync(new TranscriptionRequest(result.Path))).Words);
    }

    [Fact]
    public async Task Input_ffmpeg_cannot_read_fails_with_its_reason_and_leaves_nothing()
    {
        var garbage = audio.Write("notes.wav", 4096);
        var output = Path.Combine(audio.Folder, "out.mp3");

        var error = await Assert.ThrowsAsync<AudioCompressionException>(() => new FfmpegAudioCompressor().CompressAsync(garbage, output));

        Assert.StartsWith("ffmpeg could not compress notes.wav (exit ", error.Message, StringComparison.Ordinal);
        Assert.Equal([garbage], Directory.GetFiles(audio.Folder));
    }

    [Fact]
    public async Task A_missing_ffmpeg_says_how_to_install_it_or_what_to_run()
    {
        var compressor = new FfmpegAudioCompressor(Path.Combine(audio.Folder, "no-ffmpeg-here"));

        var error = await Assert.ThrowsAsync<AudioCompressionException>(() => compressor.CompressAsync(audio.Write("song.wav"), Path.Combine(audio.Folder, "out.mp3")));

        Assert.False(await compressor.IsAvailableAsync());
        Assert.Contains("ffmpeg was not found", error.Message);
        Assert.Contains("apt install ffmpeg", error.Message);
        Assert.Contains("ffmpeg -i song.wav -ac 1 -b:a 64k song.mp3", error.Message);
    }

    private async Task<string> MakeWavAsync(int seconds)
    {
        var path = Path.Combine(audio.Folder, "song.wav");
        var (code, _) = await RunAsync("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}:sample_rate=44100", "-ac", "2", path);
        Assert.Equal(0, code);
        return path;
    }

    private static async Task<string> ProbeAsync(string path)
    {
        var (_, output) = await RunAsync("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,channels,bit_rate", "-of", "csv=p=0", path);
        return output.Trim().Replace(',', ' ');
    }

    private static async Task<(int Code, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
