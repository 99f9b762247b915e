using System.Threading.Channels;

namespace AceStep.Client.Completion;

/// <summary>
/// Reads a body on one task while the caller consumes what has already arrived, so the network read overlaps the
/// consumer's work (decoding base64, writing the file) instead of alternating with it. Memory stays bounded: a fixed
/// set of buffers circulates between the two sides, and the reader waits for a free one when the consumer lags.
/// </summary>
internal static class ReadAheadPump
{
    /// <summary>Large enough that one read drains what a fast socket holds; four of them are 1 MiB in flight.</summary>
    public const int DefaultBufferSize = 256 * 1024;

    public const int DefaultBufferCount = 4;

    /// <summary>
    /// Feeds every byte of <paramref name="body"/>, in order, to <paramref name="consume"/>. A read failure
    /// (dropped connection, cancellation) surfaces after the bytes read before it were consumed; a consumer
    /// failure stops the reader, waits for it, and surfaces unchanged.
    /// </summary>
    public static async Task PumpAsync(
        Stream body,
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> consume,
        CancellationToken cancellationToken,
        int bufferSize = DefaultBufferSize,
        int bufferCount = DefaultBufferCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bufferSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bufferCount);
        var free = Channel.CreateBounded<byte[]>(bufferCount);
        var filled = Channel.CreateBounded<(byte[] Buffer, int Length)>(bufferCount);
        for (var i = 0; i < bufferCount; i++)
        {
            free.Writer.TryWrite(new byte[bufferSize]);
        }

        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAllAsync(body, free.Reader, filled.Writer, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var chunk in filled.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await consume(chunk.Buffer.AsMemory(0, chunk.Length), cancellationToken).ConfigureAwait(false);
                free.Writer.TryWrite(chunk.Buffer);
            }
        }
        catch
        {
            // The reader must be finished before the caller disposes the body it reads.
            await stopReading.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        // The reader ended the channel: at the end of the body, or with a failure that surfaces here.
        await reader.ConfigureAwait(false);
    }

    private static async Task ReadAllAsync(Stream body, ChannelReader<byte[]> free, ChannelWriter<(byte[] Buffer, int Length)> filled, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var buffer = await free.ReadAsync(cancellationToken).ConfigureAwait(false);
                var read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                // Never waits: the channel holds as many entries as there are buffers.
                await filled.WriteAsync((buffer, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            filled.Complete();
        }
    }
}
