namespace AceStep.Client.Tests.Support;

/// <summary>
/// A read-only stream whose bytes are produced on demand by a function of the position, so tests can send
/// hundreds of megabytes, or an endless body, without holding them.
/// </summary>
internal sealed class GeneratedStream(long length, Func<long, Memory<byte>, int> fill) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>An endless stream of one repeated byte.</summary>
    public static GeneratedStream Endless(byte value) => new(long.MaxValue, (_, buffer) =>
    {
        buffer.Span.Fill(value);
        return buffer.Length;
    });

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var array = new byte[buffer.Length];
        var n = ReadCore(array);
        array.AsSpan(0, n).CopyTo(buffer);
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReadCore(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int ReadCore(Memory<byte> buffer)
    {
        var remaining = length - _position;
        if (remaining <= 0)
        {
            return 0;
        }

        var slice = buffer[..(int)Math.Min(buffer.Length, remaining)];
        var n = fill(_position, slice);
        _position += n;
        return n;
    }
}
