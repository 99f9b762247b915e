using System.Buffers;

namespace AceStep.Tagging.Formats;

/// <summary>Copies exact byte counts between streams, for the audio that is carried over unchanged.</summary>
internal static class StreamCopy
{
    private const int BufferSize = 128 * 1024;

    /// <exception cref="InvalidDataException">The source ends before <paramref name="count"/> bytes.</exception>
    public static async Task CopyExactlyAsync(Stream source, Stream destination, long count, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (count > 0)
            {
                var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new InvalidDataException($"the file ends {count:N0} bytes before its own structure says it should (it is truncated)");
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes into a new array.</summary>
    /// <exception cref="InvalidDataException">The source ends first.</exception>
    public static async Task<byte[]> ReadExactlyAsync(Stream source, int count, CancellationToken cancellationToken)
    {
        var bytes = new byte[count];
        try
        {
            await source.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException("the file ends in the middle of its header (it is truncated)", exception);
        }

        return bytes;
    }
}
