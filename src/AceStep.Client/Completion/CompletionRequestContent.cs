using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;

namespace AceStep.Client.Completion;

/// <summary>
/// A chat request body whose <c>input_audio.data</c> values are base64-encoded from the files while the request
/// is sent, never held in memory whole. The JSON around them is pre-rendered with a unique marker in their place;
/// the exact length is known in advance, so the body goes out with a Content-Length.
/// </summary>
internal sealed class CompletionRequestContent : HttpContent
{
    private const int ChunkBytes = 3 * 16 * 1024;

    private readonly List<byte[]> _segments;
    private readonly IReadOnlyList<AudioSource> _audio;

    public CompletionRequestContent(byte[] json, byte[] marker, IReadOnlyList<AudioSource> audio)
    {
        _audio = audio;
        _segments = Split(json, marker, audio.Count);
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    /// <summary>Writes the whole body, audio included, into a string; for tests of small bodies.</summary>
    public async Task<string> RenderAsync()
    {
        using var buffer = new MemoryStream();
        await SerializeToStreamAsync(buffer, context: null, CancellationToken.None).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var input = new byte[ChunkBytes];
        var output = new byte[Base64.GetMaxEncodedToUtf8Length(ChunkBytes)];
        for (var i = 0; i < _segments.Count; i++)
        {
            await stream.WriteAsync(_segments[i], cancellationToken).ConfigureAwait(false);
            if (i < _audio.Count)
            {
                await using var file = _audio[i].OpenRead();
                int read;
                while ((read = await file.ReadAtLeastAsync(input, ChunkBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    // Full chunks are multiples of 3 bytes, so only the last one carries padding.
                    Base64.EncodeToUtf8(input.AsSpan(0, read), output, out _, out var written, isFinalBlock: true);
                    await stream.WriteAsync(output.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _segments.Sum(static s => (long)s.Length) + _audio.Sum(static a => Base64Length(a.Length));
        return true;
    }

    private static long Base64Length(long bytes) => (bytes + 2) / 3 * 4;

    private static List<byte[]> Split(byte[] json, byte[] marker, int expected)
    {
        var segments = new List<byte[]>(expected + 1);
        var rest = json.AsSpan();
        for (var i = 0; i < expected; i++)
        {
            var at = rest.IndexOf(marker);
            segments.Add(rest[..at].ToArray());
            rest = rest[(at + marker.Length)..];
        }

        segments.Add(rest.ToArray());
        return segments;
    }
}
