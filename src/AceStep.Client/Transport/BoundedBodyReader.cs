using System.Buffers;
using System.Text;

namespace AceStep.Client.Transport;

/// <summary>Reads a response body as text without ever holding more than a cap: a hostile or broken server cannot exhaust memory.</summary>
internal static class BoundedBodyReader
{
    public static async Task<byte[]> ReadBytesAsync(HttpContent content, int maxBytes, string endpoint, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw TooLarge(endpoint, maxBytes);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(endpoint, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    public static async Task<string> ReadStringAsync(HttpContent content, int maxBytes, string endpoint, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(content, maxBytes, endpoint, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(bytes);
    }

    private static AceStepProtocolException TooLarge(string endpoint, int maxBytes) =>
        new($"{endpoint}: the response is larger than the {maxBytes / 1024} KiB allowed for it; refusing to read it.", new AceStepErrorDetails(endpoint));
}
