using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace AceStep.Client.Audio;

/// <summary>
/// Reads a JSON document as it streams and pulls every <c>data:…;base64,…</c> string out of it: the base64 is
/// decoded straight into a temporary file, and the document keeps a short placeholder instead. The rest of the
/// document (the "skeleton") is small and parsed normally, so a 100 MB answer is handled in constant memory.
/// </summary>
internal sealed class DataUrlScanner : IAsyncDisposable
{
    /// <summary>Placeholders look like <c>acestep-audio:0</c>; the number indexes <see cref="Files"/>.</summary>
    public const string PlaceholderPrefix = "acestep-audio:";

    private const int MaxDataUrlHeader = 256;
    private static readonly byte[] DataPrefix = "data:"u8.ToArray();
    private static readonly byte[] Base64Marker = ";base64,"u8.ToArray();

    private readonly string _directory;
    private readonly long _maxAudioBytes;
    private readonly int _maxSkeletonBytes;
    private readonly string _endpoint;
    private readonly MemoryStream _skeleton = new();
    private readonly List<byte> _stringHead = [];
    private readonly List<PendingAudioFile> _files = [];
    private readonly List<string> _mediaTypes = [];
    /// <summary>
    /// Base64 is decoded in 1 MiB blocks (768 KiB of audio per file write): few, large writes. The buffers are
    /// allocated when the first data URL starts, so a streamed answer's many small event scanners cost nothing.
    /// </summary>
    private const int Base64BlockSize = 1024 * 1024;

    private byte[] _base64 = [];
    private byte[] _decoded = [];
    private int _base64Length;
    private long _decodedTotal;
    private State _state = State.Outside;
    private bool _escaped;

    public DataUrlScanner(string directory, long maxAudioBytes, int maxSkeletonBytes, string endpoint)
    {
        _directory = directory;
        _maxAudioBytes = maxAudioBytes;
        _maxSkeletonBytes = maxSkeletonBytes;
        _endpoint = endpoint;
    }

    private enum State
    {
        Outside,
        StringHead,
        StringBody,
        Base64,
    }

    /// <summary>The decoded files, in the order their data URLs appeared.</summary>
    public IReadOnlyList<PendingAudioFile> Files => _files;

    /// <summary>The MIME type each data URL declared (informational: the bytes decide the format).</summary>
    public IReadOnlyList<string> MediaTypes => _mediaTypes;

    /// <summary>True when nothing but whitespace has been seen.</summary>
    public bool IsEmpty => _skeleton.Length == 0;

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        var remaining = chunk;
        while (!remaining.IsEmpty)
        {
            int consumed;
            if (_state == State.Base64)
            {
                consumed = await ConsumeBase64Async(remaining, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                consumed = ConsumeText(remaining.Span);
            }

            remaining = remaining[consumed..];
        }
    }

    /// <summary>Ends the document and returns its skeleton.</summary>
    /// <exception cref="AceStepProtocolException">The document ended inside a string.</exception>
    public byte[] Complete()
    {
        if (_state != State.Outside)
        {
            throw Protocol("the answer ended in the middle of a string (truncated)");
        }

        return _skeleton.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }

        await _skeleton.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Handles bytes outside data URLs; returns how many were consumed (stops early when a data URL begins).</summary>
    private int ConsumeText(ReadOnlySpan<byte> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var b = span[i];
            switch (_state)
            {
                case State.Outside:
                    AppendSkeleton(b);
                    if (b == (byte)'"')
                    {
                        _state = State.StringHead;
                        _stringHead.Clear();
                        _escaped = false;
                    }

                    break;

                case State.StringHead:
                    if (!_escaped && b == (byte)'"')
                    {
                        FlushHead();
                        AppendSkeleton(b);
                        _state = State.Outside;
                        break;
                    }

                    _escaped = !_escaped && b == (byte)'\\';
                    _stringHead.Add(b);
                    if (!StillLooksLikeDataUrl())
                    {
                        FlushHead();
                        _state = State.StringBody;
                    }
                    else if (EndsWithBase64Marker())
                    {
                        StartAudio();
                        return i + 1;
                    }

                    break;

                case State.StringBody:
                    AppendSkeleton(b);
                    if (!_escaped && b == (byte)'"')
                    {
                        _state = State.Outside;
                    }

                    _escaped = !_escaped && b == (byte)'\\';
                    break;
            }
        }

        return span.Length;
    }

    private async ValueTask<int> ConsumeBase64Async(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        if (_escaped)
        {
            _escaped = false;
            return await ConsumeEscapedAsync(chunk.Span[0], 1, cancellationToken).ConfigureAwait(false);
        }

        var end = chunk.Span.IndexOfAny((byte)'"', (byte)'\\');
        var take = end < 0 ? chunk.Length : end;
        var consumed = 0;
        while (consumed < take)
        {
            var count = Math.Min(_base64.Length - _base64Length, take - consumed);
            chunk.Span.Slice(consumed, count).CopyTo(_base64.AsSpan(_base64Length));
            _base64Length += count;
            consumed += count;
            if (_base64Length == _base64.Length)
            {
                await DecodeAsync(isFinal: false, cancellationToken).ConfigureAwait(false);
            }
        }

        if (end < 0)
        {
            return consumed;
        }

        if (chunk.Span[end] == (byte)'\\')
        {
            if (end + 1 >= chunk.Length)
            {
                // The escaped character arrives with the next chunk.
                _escaped = true;
                return end + 1;
            }

            return await ConsumeEscapedAsync(chunk.Span[end + 1], end + 2, cancellationToken).ConfigureAwait(false);
        }

        await DecodeAsync(isFinal: true, cancellationToken).ConfigureAwait(false);
        AppendSkeleton((byte)'"');
        _state = State.Outside;
        return end + 1;
    }

    /// <summary>JSON may escape '/' as <c>\/</c>; no other escape belongs in base64.</summary>
    private async ValueTask<int> ConsumeEscapedAsync(byte escaped, int consumed, CancellationToken cancellationToken)
    {
        if (escaped != (byte)'/')
        {
            throw Protocol("the audio data URL contains characters that are not base64");
        }

        await AppendBase64ByteAsync((byte)'/', cancellationToken).ConfigureAwait(false);
        return consumed;
    }

    private async ValueTask AppendBase64ByteAsync(byte value, CancellationToken cancellationToken)
    {
        if (_base64Length == _base64.Length)
        {
            await DecodeAsync(isFinal: false, cancellationToken).ConfigureAwait(false);
        }

        _base64[_base64Length++] = value;
    }

    private async ValueTask DecodeAsync(bool isFinal, CancellationToken cancellationToken)
    {
        var file = _files[^1];
        var offset = 0;
        while (true)
        {
            var status = Base64.DecodeFromUtf8(_base64.AsSpan(offset, _base64Length - offset), _decoded, out var used, out var written, isFinal);
            offset += used;
            _decodedTotal += written;
            if (_decodedTotal > _maxAudioBytes)
            {
                throw Protocol($"the audio is larger than the {_maxAudioBytes / (1024 * 1024)} MiB allowed");
            }

            await LocalFileFailure.GuardAsync(file.Stream.WriteAsync(_decoded.AsMemory(0, written), cancellationToken)).ConfigureAwait(false);
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    continue;
                case OperationStatus.Done:
                case OperationStatus.NeedMoreData when !isFinal:
                    var left = _base64Length - offset;
                    _base64.AsSpan(offset, left).CopyTo(_base64);
                    _base64Length = left;
                    return;
                default:
                    throw Protocol("the audio data URL is not valid base64");
            }
        }
    }

    private void StartAudio()
    {
        var header = Encoding.ASCII.GetString([.. _stringHead]);
        _mediaTypes.Add(header["data:".Length..header.IndexOf(';', StringComparison.Ordinal)]);
        var placeholder = Encoding.ASCII.GetBytes(PlaceholderPrefix + _files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var b in placeholder)
        {
            AppendSkeleton(b);
        }

        _files.Add(PendingAudioFile.Create(_directory));
        if (_base64.Length == 0)
        {
            _base64 = new byte[Base64BlockSize];
            _decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(Base64BlockSize)];
        }

        _base64Length = 0;
        _decodedTotal = 0;
        _escaped = false;
        _state = State.Base64;
    }

    private bool StillLooksLikeDataUrl()
    {
        var count = _stringHead.Count;
        if (count <= DataPrefix.Length)
        {
            for (var i = 0; i < count; i++)
            {
                if (_stringHead[i] != DataPrefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        return count <= MaxDataUrlHeader && _stringHead[^1] is not (byte)'"' and not (byte)'\\';
    }

    private bool EndsWithBase64Marker()
    {
        var count = _stringHead.Count;
        if (count < DataPrefix.Length + Base64Marker.Length)
        {
            return false;
        }

        for (var i = 0; i < Base64Marker.Length; i++)
        {
            if (_stringHead[count - Base64Marker.Length + i] != Base64Marker[i])
            {
                return false;
            }
        }

        return true;
    }

    private void FlushHead()
    {
        foreach (var b in _stringHead)
        {
            AppendSkeleton(b);
        }

        _stringHead.Clear();
    }

    private void AppendSkeleton(byte b)
    {
        if (_skeleton.Length >= _maxSkeletonBytes)
        {
            throw Protocol($"the answer is larger than the {_maxSkeletonBytes / 1024} KiB allowed for its text");
        }

        _skeleton.WriteByte(b);
    }

    private AceStepProtocolException Protocol(string what) =>
        new($"{_endpoint}: {what}; nothing was saved.", new AceStepErrorDetails(_endpoint));
}
