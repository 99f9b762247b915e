using System.Net;
using System.Net.Http.Headers;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Audio;

public sealed class AudioDownloaderTests : IDisposable
{
    private const string FileUrl = "/v1/audio?path=%2Ftmp%2Fapi_audio%2Fx.opus";

    private readonly TempDirectory _folder = new();
    private readonly byte[] _wav = AudioSamples.Wav(2.0);

    [Fact]
    public async Task The_file_is_named_after_its_bytes_not_the_servers_mime_type()
    {
        var handler = new StubHandler(_ => Audio(_wav, "audio/mpeg"));
        using var client = TestClients.Create(handler);

        var saved = await client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1"));

        Assert.Equal(_folder.Combine("job_1.wav"), saved.Path);
        Assert.Equal(AudioFormat.Wav, saved.Format);
        Assert.Equal(_wav.Length, saved.Bytes);
        Assert.Equal(2.0, saved.Duration!.Value.TotalSeconds, precision: 3);
        Assert.Equal(["job_1.wav"], _folder.Files());
        Assert.Equal("http://127.0.0.1:8001/v1/audio?path=%2Ftmp%2Fapi_audio%2Fx.opus", handler.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_dropped_download_resumes_with_a_range_request()
    {
        var handler = new StubHandler(request =>
        {
            if (request.RangeFrom is not { } from)
            {
                var broken = new StreamContent(new BrokenStream(_wav, 10_000));
                broken.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
                broken.Headers.ContentLength = _wav.Length;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = broken };
            }

            var rest = new ByteArrayContent(_wav[(int)from..]);
            rest.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            rest.Headers.ContentRange = new ContentRangeHeaderValue(from, _wav.Length - 1, _wav.Length);
            return new HttpResponseMessage(HttpStatusCode.PartialContent) { Content = rest };
        });
        var time = TestClients.NewClock();
        using var client = TestClients.Create(handler, time);

        var saved = await TestClients.RunAsync(client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")), time, TimeSpan.FromMilliseconds(100));

        Assert.Equal(10_000, handler.Requests[1].RangeFrom);
        Assert.Equal(_wav, await File.ReadAllBytesAsync(saved.Path));
    }

    [Fact]
    public async Task A_server_that_ignores_range_restarts_the_file_cleanly()
    {
        var first = true;
        var handler = new StubHandler(_ =>
        {
            if (first)
            {
                first = false;
                var broken = new StreamContent(new BrokenStream(_wav, 5_000));
                broken.Headers.ContentLength = _wav.Length;
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = broken };
            }

            return Audio(_wav, "audio/wav");
        });
        var time = TestClients.NewClock();
        using var client = TestClients.Create(handler, time);

        var saved = await TestClients.RunAsync(client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")), time, TimeSpan.FromMilliseconds(100));

        Assert.Equal(_wav, await File.ReadAllBytesAsync(saved.Path));
    }

    [Fact]
    public async Task An_html_page_with_status_200_is_refused_and_nothing_is_left()
    {
        var handler = new StubHandler(_ => StubHandler.Text("<html><title>Login</title></html>", HttpStatusCode.OK, "text/html"));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")));

        Assert.Contains("HTML page: Login", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task Bytes_that_are_not_audio_under_an_audio_mime_type_are_refused()
    {
        var handler = new StubHandler(_ => Audio("this is not audio at all"u8.ToArray(), "audio/mpeg"));
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")));

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused()
    {
        var handler = new StubHandler(_ => Audio(_wav, "audio/wav"));
        using var client = TestClients.Create(handler, configure: o => o.MaxAudioBytes = 1000);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")));

        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task An_existing_file_is_not_overwritten_unless_asked()
    {
        var handler = new StubHandler(_ => Audio(_wav, "audio/wav"));
        using var client = TestClients.Create(handler);
        await File.WriteAllTextAsync(_folder.Combine("job_1.wav"), "mine");

        await Assert.ThrowsAsync<IOException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")));
        Assert.Equal("mine", await File.ReadAllTextAsync(_folder.Combine("job_1.wav")));
        Assert.Equal(["job_1.wav"], _folder.Files());

        await client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1", Overwrite: true));
        Assert.Equal(_wav, await File.ReadAllBytesAsync(_folder.Combine("job_1.wav")));
    }

    [Fact]
    public async Task A_missing_file_keeps_the_servers_message()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"detail":"Audio file not found"}""", HttpStatusCode.NotFound));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1")));

        Assert.Equal("GET /v1/audio failed with HTTP 404: Audio file not found", error.Message);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task Cancellation_leaves_nothing_behind()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new StubHandler(_ =>
        {
            cancel.Cancel();
            return Audio(_wav, "audio/wav");
        });
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, "job_1"), cancel.Token));

        Assert.Empty(_folder.Files());
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("a/b")]
    public async Task File_stems_must_be_plain_names(string stem)
    {
        using var client = TestClients.Create(new StubHandler(_ => Audio(_wav, "audio/wav")));

        await Assert.ThrowsAsync<ArgumentException>(() => client.DownloadAudioAsync(FileUrl, new AudioDestination(_folder.Path, stem)));

        Assert.Empty(_folder.Files());
    }

    public void Dispose() => _folder.Dispose();

    private static HttpResponseMessage Audio(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
