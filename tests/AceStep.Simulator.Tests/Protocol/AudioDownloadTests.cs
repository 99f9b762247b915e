using System.Net.Http.Headers;
using System.Text;
using AceStep.Simulator.Tests.Audio.Analysis;
using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>GET /v1/audio: the path check, the MIME map, Range requests, and files that decode (see docs/protocol.md, "Downloads: /v1/audio").</summary>
public sealed class AudioDownloadTests
{
    [Theory]
    [InlineData("mp3", ".mp3", "audio/mpeg", "mp3")]
    [InlineData("wav", ".wav", "audio/wav", "pcm_s16le")]
    [InlineData("flac", ".flac", "audio/flac", "flac")]
    [InlineData("wav32", ".wav", "audio/wav", "pcm_f32le")]
    [InlineData("opus", ".opus", "audio/mpeg", "opus")]
    [InlineData("aac", ".aac", "audio/mpeg", "aac")]
    [InlineData("ogg", ".flac", "audio/flac", "flac")]
    public async Task Generated_file_has_the_extension_and_MIME_type_of_the_format_and_decodes_with_the_requested_duration(
        string audioFormat, string extension, string mime, string codec)
    {
        await using var sim = await RunningSimulator.StartAsync();
        var id = await sim.SubmitAsync($$"""{"prompt":"x","audio_duration":3,"audio_format":"{{audioFormat}}","batch_size":1}""");
        var file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;
        Assert.EndsWith(extension, AudioUrl.PathOf(file), StringComparison.Ordinal);

        using var response = await sim.GetAsync(file);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mime, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        var downloaded = Path.Combine(Path.GetTempPath(), $"sim-download-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(downloaded, bytes);
        try
        {
            var probe = MediaTools.Probe(downloaded);
            Assert.Equal(codec, probe.CodecName);
            Assert.InRange(probe.DurationSeconds, 2.9, 3.15);
        }
        finally
        {
            File.Delete(downloaded);
        }
    }

    [Fact]
    public async Task Range_request_answers_206_with_content_range()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var (file, whole) = await GenerateWavAsync(sim);
        var request = new HttpRequestMessage(HttpMethod.Get, file);
        request.Headers.Range = new RangeHeaderValue(10, 19);

        using var response = await sim.Client.SendAsync(request);

        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal($"bytes 10-19/{whole.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[10..20], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Suffix_range_returns_the_last_bytes()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var (file, whole) = await GenerateWavAsync(sim);
        var request = new HttpRequestMessage(HttpMethod.Get, file);
        request.Headers.Range = new RangeHeaderValue(null, 4);

        using var response = await sim.Client.SendAsync(request);

        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(whole[^4..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unsatisfiable_range_answers_416()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var (file, whole) = await GenerateWavAsync(sim);
        var request = new HttpRequestMessage(HttpMethod.Get, file);
        request.Headers.Range = new RangeHeaderValue(whole.Length + 10, null);

        using var response = await sim.Client.SendAsync(request);

        Assert.Equal(416, (int)response.StatusCode);
        Assert.Equal($"bytes */{whole.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Path_outside_the_output_folder_is_403()
    {
        await using var sim = await RunningSimulator.StartAsync();

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio?path=%2Fetc%2Fpasswd"), 403, "Access denied: path outside allowed directory");
    }

    [Fact]
    public async Task Dot_dot_out_of_the_output_folder_is_403()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var escape = Uri.EscapeDataString(Path.Combine(sim.Server.OutputDirectory, "..", "..", "x.mp3"));

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio?path=" + escape), 403, "Access denied: path outside allowed directory");
    }

    [Fact]
    public async Task Symlink_pointing_outside_is_403()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var target = Path.Combine(Path.GetTempPath(), $"sim-outside-{Guid.NewGuid():N}.mp3");
        await File.WriteAllTextAsync(target, "secret");
        var link = Path.Combine(sim.Server.OutputDirectory, "link.mp3");
        File.CreateSymbolicLink(link, target);
        try
        {
            await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio?path=" + Uri.EscapeDataString(link)), 403,
                "Access denied: path outside allowed directory");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Missing_file_inside_the_folder_is_404()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var path = Uri.EscapeDataString(Path.Combine(sim.Server.OutputDirectory, "nothing.mp3"));

        await Json.AssertDetailAsync(await sim.GetAsync("/v1/audio?path=" + path), 404, "Audio file not found");
    }

    [Fact]
    public async Task Missing_path_parameter_is_422_with_the_Pydantic_item()
    {
        await using var sim = await RunningSimulator.StartAsync();

        using var response = await sim.GetAsync("/v1/audio");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("""{"detail":[{"type":"missing","loc":["query","path"],"msg":"Field required","input":null}]}""",
            await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string File, byte[] Bytes)> GenerateWavAsync(RunningSimulator sim)
    {
        var id = await sim.SubmitAsync("""{"audio_duration":0.5,"audio_format":"wav","batch_size":1}""");
        var file = (await sim.WaitForItemsAsync(id))[0].GetProperty("file").GetString()!;
        var bytes = await sim.Client.GetByteArrayAsync(file);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes[..4]));
        return (file, bytes);
    }
}
