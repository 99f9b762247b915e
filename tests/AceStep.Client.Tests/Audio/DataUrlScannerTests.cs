using System.Text;
using AceStep.Client.Audio;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Audio;

public sealed class DataUrlScannerTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Data_urls_are_decoded_to_files_and_replaced_in_the_skeleton(int chunkSize)
    {
        var audio = AudioSamples.Wav(0.5);
        var json = """{"id":"chatcmpl-1","content":"say \"hi\"","audio":[{"type":"audio_url","audio_url":{"url":"data:audio/wav;base64,"""
            + Convert.ToBase64String(audio)
            + "\"}}],\"other\":\"data:text/plain,not base64\"}";
        await using var scanner = new DataUrlScanner(_folder.Path, 1 << 20, 1 << 20, "test");

        await FeedAsync(scanner, Encoding.UTF8.GetBytes(json), chunkSize);
        var skeleton = Encoding.UTF8.GetString(scanner.Complete());

        Assert.Equal("""{"id":"chatcmpl-1","content":"say \"hi\"","audio":[{"type":"audio_url","audio_url":{"url":"acestep-audio:0"}}],"other":"data:text/plain,not base64"}""", skeleton);
        Assert.Equal(["audio/wav"], scanner.MediaTypes);
        var saved = await scanner.Files[0].CommitAsync("song", overwrite: false, "test", CancellationToken.None);
        Assert.Equal(audio, await File.ReadAllBytesAsync(saved.Path));
    }

    [Fact]
    public async Task Escaped_slashes_in_base64_are_unescaped()
    {
        var audio = new byte[300];
        new Random(3).NextBytes(audio);
        audio[0] = (byte)'R';
        var base64 = Convert.ToBase64String(audio).Replace("/", "\\/", StringComparison.Ordinal);
        await using var scanner = new DataUrlScanner(_folder.Path, 1 << 20, 1 << 20, "test");

        await FeedAsync(scanner, Encoding.UTF8.GetBytes($$"""{"u":"data:audio/mpeg;base64,{{base64}}"}"""), 5);
        scanner.Complete();

        await scanner.Files[0].Stream.FlushAsync();
        scanner.Files[0].Stream.Position = 0;
        using var copy = new MemoryStream();
        await scanner.Files[0].Stream.CopyToAsync(copy);
        Assert.Equal(audio, copy.ToArray());
    }

    [Fact]
    public async Task Invalid_base64_is_a_protocol_error()
    {
        await using var scanner = new DataUrlScanner(_folder.Path, 1 << 20, 1 << 20, "test");

        await Assert.ThrowsAsync<AceStepProtocolException>(async () =>
        {
            await FeedAsync(scanner, Encoding.UTF8.GetBytes("""{"u":"data:audio/mpeg;base64,SUQz!!!!"}"""), 64);
            scanner.Complete();
        });
    }

    [Fact]
    public async Task Audio_over_the_cap_is_refused()
    {
        await using var scanner = new DataUrlScanner(_folder.Path, 1000, 1 << 20, "test");
        var base64 = Convert.ToBase64String(new byte[300_000]);

        await Assert.ThrowsAsync<AceStepProtocolException>(async () =>
            await FeedAsync(scanner, Encoding.UTF8.GetBytes($$"""{"u":"data:audio/mpeg;base64,{{base64}}"}"""), 8192));
    }

    [Fact]
    public async Task A_truncated_answer_is_a_protocol_error()
    {
        await using var scanner = new DataUrlScanner(_folder.Path, 1 << 20, 1 << 20, "test");
        await FeedAsync(scanner, Encoding.UTF8.GetBytes("""{"u":"data:audio/mpeg;base64,SUQzBAAA"""), 3);

        Assert.Throws<AceStepProtocolException>(() => scanner.Complete());
    }

    [Fact]
    public async Task Uncommitted_files_are_deleted_on_dispose()
    {
        var scanner = new DataUrlScanner(_folder.Path, 1 << 20, 1 << 20, "test");
        await FeedAsync(scanner, Encoding.UTF8.GetBytes("""{"u":"data:audio/mpeg;base64,SUQzBAAA"}"""), 3);

        await scanner.DisposeAsync();

        Assert.Empty(_folder.Files());
    }

    public void Dispose() => _folder.Dispose();

    private static async Task FeedAsync(DataUrlScanner scanner, byte[] bytes, int chunkSize)
    {
        for (var i = 0; i < bytes.Length; i += chunkSize)
        {
            await scanner.WriteAsync(bytes.AsMemory(i, Math.Min(chunkSize, bytes.Length - i)), CancellationToken.None);
        }
    }
}
