using AceStep.Client.Completion;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Completion;

public sealed class ReadAheadPumpTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(4096, 4)]
    public async Task Every_byte_reaches_the_consumer_in_order(int bufferSize, int bufferCount)
    {
        var body = new byte[100_003];
        new Random(5).NextBytes(body);
        using var received = new MemoryStream();

        await ReadAheadPump.PumpAsync(new MemoryStream(body), (chunk, _) =>
        {
            received.Write(chunk.Span);
            return ValueTask.CompletedTask;
        }, CancellationToken.None, bufferSize, bufferCount);

        Assert.Equal(body, received.ToArray());
    }

    [Fact]
    public async Task A_read_failure_surfaces_after_the_bytes_before_it_were_consumed()
    {
        var body = new byte[10_000];
        new Random(6).NextBytes(body);
        using var received = new MemoryStream();

        var error = await Assert.ThrowsAsync<IOException>(() => ReadAheadPump.PumpAsync(new BrokenStream(body, 6_000), (chunk, _) =>
        {
            received.Write(chunk.Span);
            return ValueTask.CompletedTask;
        }, CancellationToken.None, 1000, 2));

        Assert.Equal("connection reset by peer", error.Message);
        Assert.Equal(body[..6_000], received.ToArray());
    }

    [Fact]
    public async Task A_consumer_failure_surfaces_unchanged_and_stops_the_reader()
    {
        var body = new HangingStream(new string('x', 100));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAheadPump.PumpAsync(
            body, (_, _) => throw new InvalidOperationException("bad data"), CancellationToken.None, 10, 2));

        Assert.Equal("bad data", error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_a_reader_waiting_on_the_network()
    {
        using var cancellation = new CancellationTokenSource();
        var firstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var pump = ReadAheadPump.PumpAsync(new HangingStream("abc"), (_, _) =>
        {
            firstChunk.TrySetResult();
            return ValueTask.CompletedTask;
        }, cancellation.Token);
        await firstChunk.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pump);
    }

    [Fact]
    public async Task The_reader_runs_at_most_the_buffer_count_ahead_of_a_slow_consumer()
    {
        const int bufferCount = 3;
        var reads = 0;
        var consumed = 0;
        var mostAhead = 0;
        var readerFullyAhead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var body = new GeneratedStream(64 * 20, (_, buffer) =>
        {
            // Only the reader calls this, one read at a time.
            var ahead = ++reads - Volatile.Read(ref consumed);
            mostAhead = Math.Max(mostAhead, ahead);
            if (ahead == bufferCount)
            {
                readerFullyAhead.TrySetResult();
            }

            buffer.Span.Fill(1);
            return buffer.Length;
        });

        await ReadAheadPump.PumpAsync(body, async (_, token) =>
        {
            // The consumer holds its first chunk until the reader has filled every buffer it may.
            await readerFullyAhead.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
            Interlocked.Increment(ref consumed);
        }, CancellationToken.None, 64, bufferCount);

        Assert.Equal(20, reads);
        Assert.Equal(bufferCount, mostAhead);
    }
}
