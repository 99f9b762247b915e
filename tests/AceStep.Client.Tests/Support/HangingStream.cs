using System.Text;

namespace AceStep.Client.Tests.Support;

/// <summary>A stream that delivers a prefix and then blocks until cancelled, like a server that stops talking.</summary>
internal sealed class HangingStream(string prefix) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < _prefix.Length)
        {
            var n = Math.Min(buffer.Length, _prefix.Length - _position);
            _prefix.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
