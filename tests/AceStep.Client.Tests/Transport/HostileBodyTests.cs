using System.Net;
using System.Net.Http.Headers;
using AceStep.Client.Tests.Support;
using Xunit.Abstractions;

namespace AceStep.Client.Tests.Transport;

[Collection(SerialCollection.Name)]
public sealed class HostileBodyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _output = new();

    [Fact]
    public async Task An_endless_json_answer_is_cut_at_the_cap()
    {
        var handler = new StubHandler(_ => Endless("application/json"));
        using var client = TestClients.Create(handler, configure: o => o.MaxResponseBytes = 1 << 20);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GetHealthAsync());

        Assert.Contains("larger than the 1024 KiB allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_audio_body_is_cut_at_the_cap_and_leaves_nothing()
    {
        var handler = new StubHandler(_ => Endless("audio/mpeg"));
        using var client = TestClients.Create(handler, configure: o => o.MaxAudioBytes = 4 << 20);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.DownloadAudioAsync("/v1/audio?path=x", new AudioDestination(_output.Path, "a")));

        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task An_endless_chat_answer_is_cut_at_the_cap_and_leaves_nothing()
    {
        var handler = new StubHandler(_ => Endless("application/json"));
        using var client = TestClients.Create(handler, configure: o => o.MaxResponseBytes = 1 << 20);

        await Assert.ThrowsAsync<AceStepProtocolException>(() => client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "c")));

        Assert.Empty(_output.Files());
    }

    [Fact]
    public async Task A_huge_chat_answer_is_decoded_in_constant_memory()
    {
        const long audioBytes = 96L * 1024 * 1024;
        var handler = new StubHandler(_ => LargeChatAnswer(audioBytes));
        using var client = TestClients.Create(handler, configure: o => o.MaxAudioBytes = 1L << 30);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "x" }, new CompletionOptions { Model = "m/x" }, new AudioDestination(_output.Path, "big"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"decoded {audioBytes / (1024 * 1024)} MiB of audio from {(audioBytes + 2) / 3 * 4 / (1024 * 1024)} MiB of base64 in {started.ElapsedMilliseconds} ms, allocating {allocated / 1024} KiB");
        var file = Assert.Single(outcome.Files);
        Assert.Equal(audioBytes, file.Bytes);
        Assert.Equal(AudioFormat.Wav, file.Format);
        // The answer is 128 MiB of base64; what the client allocates stays a small fraction of it.
        Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MiB");
    }

    public void Dispose() => _output.Dispose();

    private static HttpResponseMessage Endless(string mediaType)
    {
        var content = new StreamContent(GeneratedStream.Endless((byte)'A'));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>A chat answer whose audio is a WAV of <paramref name="audioBytes"/> bytes, base64-encoded on the fly.</summary>
    private static HttpResponseMessage LargeChatAnswer(long audioBytes)
    {
        var head = System.Text.Encoding.UTF8.GetBytes("""{"id":"chatcmpl-big","choices":[{"index":0,"message":{"role":"assistant","content":"## Metadata\n**Caption:** x","audio":[{"type":"audio_url","audio_url":{"url":"data:audio/wav;base64,""");
        var tail = System.Text.Encoding.UTF8.GetBytes("\"}}]},\"finish_reason\":\"stop\"}]}");
        var header = AudioSamples.Wav(0)[..44];
        var base64Length = (audioBytes + 2) / 3 * 4;
        var total = head.Length + base64Length + tail.Length;
        var stream = new GeneratedStream(total, (position, buffer) =>
        {
            if (position < head.Length)
            {
                var n = (int)Math.Min(buffer.Length, head.Length - position);
                head.AsSpan((int)position, n).CopyTo(buffer.Span);
                return n;
            }

            var inBase64 = position - head.Length;
            if (inBase64 < base64Length)
            {
                // Whole 4-character groups, each encoding 3 audio bytes: the WAV header, then silence.
                var groups = Math.Min(buffer.Length / 4, (base64Length - inBase64) / 4);
                if (groups == 0 || inBase64 % 4 != 0)
                {
                    throw new InvalidOperationException("reads must stay aligned to base64 groups");
                }

                Span<byte> raw = stackalloc byte[3];
                for (var g = 0; g < groups; g++)
                {
                    var offset = (inBase64 / 4 + g) * 3;
                    for (var i = 0; i < 3; i++)
                    {
                        raw[i] = offset + i < header.Length ? header[offset + i] : (byte)0;
                    }

                    System.Buffers.Text.Base64.EncodeToUtf8(raw, buffer.Span.Slice(g * 4, 4), out _, out _);
                }

                return (int)groups * 4;
            }

            var inTail = (int)(position - head.Length - base64Length);
            var m = Math.Min(buffer.Length, tail.Length - inTail);
            tail.AsSpan(inTail, m).CopyTo(buffer.Span);
            return m;
        });
        var content = new StreamContent(stream, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
