using System.Text;
using AceStep.Client.Audio;
using AceStep.Client.Completion;
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

    [Fact]
    public async Task A_split_at_any_offset_decodes_the_same_bytes()
    {
        // 10 bytes -> 16 base64 characters with '/' in them; every split point, including inside a "\/" escape
        // and inside each 4-character quantum, must give the same file.
        var audio = new byte[] { 0xFF, 0xFB, 0xFF, 0xFF, 0xF0, 0x3F, 0xFF, 0xFF, 0xFF, 0xFE };
        var base64 = Convert.ToBase64String(audio).Replace("/", "\\/", StringComparison.Ordinal);
        var json = Encoding.UTF8.GetBytes($$"""{"u":"data:audio/mpeg;base64,{{base64}}","n":1}""");
        Assert.Contains("\\/", base64, StringComparison.Ordinal);

        for (var split = 0; split <= json.Length; split++)
        {
            using var folder = new TempDirectory();
            await using var scanner = new DataUrlScanner(folder.Path, 1 << 20, 1 << 20, "test");
            await scanner.WriteAsync(json.AsMemory(0, split), CancellationToken.None);
            await scanner.WriteAsync(json.AsMemory(split), CancellationToken.None);

            Assert.Equal("""{"u":"acestep-audio:0","n":1}""", Encoding.UTF8.GetString(scanner.Complete()));
            Assert.Equal(audio, await ReadBackAsync(scanner.Files[0]));
        }
    }

    [Theory]
    [InlineData(4093)]
    [InlineData(ReadAheadPump.DefaultBufferSize)]
    public async Task A_payload_of_several_decode_blocks_survives_the_read_ahead_pump(int readSize)
    {
        // 3 MiB of audio is 4 MiB of base64 plus escapes: several 1 MiB blocks, with block edges falling at
        // varying places relative to escapes and quanta.
        var audio = new byte[(3 * 1024 * 1024) + 2];
        new Random(11).NextBytes(audio);
        var base64 = Convert.ToBase64String(audio).Replace("/", "\\/", StringComparison.Ordinal);
        var json = Encoding.UTF8.GetBytes($$"""{"u":"data:audio/wav;base64,{{base64}}"}""");
        await using var scanner = new DataUrlScanner(_folder.Path, 8 << 20, 1 << 20, "test");

        await ReadAheadPump.PumpAsync(new MemoryStream(json), scanner.WriteAsync, CancellationToken.None, readSize, 3);

        Assert.Equal("""{"u":"acestep-audio:0"}""", Encoding.UTF8.GetString(scanner.Complete()));
        Assert.Equal(audio, await ReadBackAsync(scanner.Files[0]));
    }

    [Fact]
    public async Task Invalid_base64_after_the_first_decode_block_is_a_protocol_error()
    {
        var base64 = Convert.ToBase64String(new byte[2 * 1024 * 1024]) + "!!!!";
        await using var scanner = new DataUrlScanner(_folder.Path, 8 << 20, 1 << 20, "test");

        await Assert.ThrowsAsync<AceStepProtocolException>(async () =>
        {
            await FeedAsync(scanner, Encoding.UTF8.GetBytes($$"""{"u":"data:audio/mpeg;base64,{{base64}}"}"""), 65536);
            scanner.Complete();
        });
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<byte[]> ReadBackAsync(PendingAudioFile file)
    {
        await file.Stream.FlushAsync();
        file.Stream.Position = 0;
        using var copy = new MemoryStream();
        await file.Stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task FeedAsync(DataUrlScanner scanner, byte[] bytes, int chunkSize)
    {
        for (var i = 0; i < bytes.Length; i += chunkSize)
        {
            await scanner.WriteAsync(bytes.AsMemory(i, Math.Min(chunkSize, bytes.Length - i)), CancellationToken.None);
        }
    }
}
