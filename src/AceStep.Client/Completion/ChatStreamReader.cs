using System.Text;
using AceStep.Client.Audio;
using AceStep.Client.Transport;

namespace AceStep.Client.Completion;

/// <summary>
/// Reads a streamed chat answer (see docs/protocol.md, "Chat completions"): <c>data: {json}</c> lines separated by blank lines, a <c>.</c>
/// heartbeat every 2 s, the Markdown and the audio chunk at the end, then <c>finish_reason</c> and
/// <c>data: [DONE]</c>. Each line is scanned as it arrives, so the one very long audio line is decoded to disk
/// without being held in memory. Silence longer than the idle timeout ends the wait.
/// </summary>
internal sealed class ChatStreamReader(ClientSettings settings, string directory, IProgress<JobProgress>? progress) : IAsyncDisposable
{
    private static readonly byte[] DataField = "data:"u8.ToArray();

    private readonly List<DataUrlScanner> _scanners = [];
    private readonly List<PendingAudioFile> _audio = [];
    private readonly List<string> _mediaTypes = [];
    private readonly StringBuilder _content = new();
    private readonly List<byte> _lineStart = [];
    private DataUrlScanner? _current;
    private LineState _lineState = LineState.Start;
    private string? _id;
    private string? _finishReason;
    private bool _done;
    private DateTimeOffset _startedAt;

    private enum LineState
    {
        Start,
        Payload,
        Ignored,
    }

    public async Task<CompletionAnswer> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        _startedAt = settings.TimeProvider.GetUtcNow();
        using var idle = new CancellationTokenSource(settings.StreamIdleTimeout, settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        using var stopAtDone = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        try
        {
            // Reading runs ahead on its own task (as for a JSON answer), so the socket is drained while the long audio
            // line is decoded and written; every chunk that arrives restarts the idle clock.
            await ReadAheadPump.PumpAsync(
                body,
                async (chunk, token) =>
                {
                    idle.CancelAfter(settings.StreamIdleTimeout);
                    await ConsumeAsync(chunk, token).ConfigureAwait(false);
                    if (_done)
                    {
                        // Whatever follows [DONE] is not read: stop the reader instead of waiting for the server to close.
                        await stopAtDone.CancelAsync().ConfigureAwait(false);
                    }
                },
                stopAtDone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_done && !linked.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException exception) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AceStepTimeoutException(
                $"{ChatAnswerReader.Endpoint}: the stream was silent for {settings.StreamIdleTimeout.TotalSeconds:0} s (the server sends a heartbeat every 2 s). The job may still be running on the server.",
                new AceStepErrorDetails(ChatAnswerReader.Endpoint, JobMayStillRun: true),
                innerException: exception);
        }

        if (_lineState == LineState.Payload)
        {
            await EndLineAsync().ConfigureAwait(false);
        }

        return Finish();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scanner in _scanners)
        {
            await scanner.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask ConsumeAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        while (!chunk.IsEmpty && !_done)
        {
            var newline = chunk.Span.IndexOf((byte)'\n');
            var part = newline < 0 ? chunk : chunk[..newline];
            await ConsumeLinePartAsync(part, cancellationToken).ConfigureAwait(false);
            if (newline < 0)
            {
                return;
            }

            await EndLineAsync().ConfigureAwait(false);
            chunk = chunk[(newline + 1)..];
        }
    }

    private async ValueTask ConsumeLinePartAsync(ReadOnlyMemory<byte> part, CancellationToken cancellationToken)
    {
        if (_lineState == LineState.Start)
        {
            var needed = Math.Min(DataField.Length - _lineStart.Count, part.Length);
            foreach (var b in part.Span[..needed])
            {
                _lineStart.Add(b);
            }

            part = part[needed..];
            if (_lineStart.Count < DataField.Length)
            {
                return;
            }

            if (!_lineStart.SequenceEqual(DataField))
            {
                // Comments (":"), "event:"/"id:" fields and anything else carry nothing for us.
                _lineState = LineState.Ignored;
                return;
            }

            _current = new DataUrlScanner(directory, settings.MaxAudioBytes, settings.MaxResponseBytes, ChatAnswerReader.Endpoint);
            _scanners.Add(_current);
            _lineState = LineState.Payload;
        }

        if (_lineState == LineState.Payload && !part.IsEmpty)
        {
            await _current!.WriteAsync(part, cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask EndLineAsync()
    {
        var state = _lineState;
        _lineState = LineState.Start;
        _lineStart.Clear();
        if (state != LineState.Payload)
        {
            return ValueTask.CompletedTask;
        }

        var scanner = _current!;
        _current = null;
        var payload = scanner.Complete();
        if (ChatAnswerReader.IsDone(payload))
        {
            _done = true;
            return ValueTask.CompletedTask;
        }

        if (payload.AsSpan().Trim(" \r\n\t"u8).IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        HandleChunk(ChatAnswerReader.ParseChunk(payload), scanner);
        return ValueTask.CompletedTask;
    }

    private void HandleChunk(Wire.ChatCompletion chunk, DataUrlScanner scanner)
    {
        _id ??= chunk.Id;
        var choice = chunk.Choices is { Count: > 0 } choices ? choices[0] : null;
        var delta = choice?.Delta ?? choice?.Message;
        if (delta?.Content is { Length: > 0 } content)
        {
            if (_content.Length + content.Length > settings.MaxResponseBytes)
            {
                throw new AceStepProtocolException($"{ChatAnswerReader.Endpoint}: the streamed text exceeds the size allowed.", new AceStepErrorDetails(ChatAnswerReader.Endpoint));
            }

            _content.Append(content);
            if (content.Trim() == ".")
            {
                ReportHeartbeat();
            }
        }

        if (delta?.Audio is { Count: > 0 } parts)
        {
            _audio.AddRange(ChatAnswerReader.SelectAudio(parts, scanner));
            _mediaTypes.AddRange(scanner.MediaTypes);
        }

        if (choice?.FinishReason is { } finish)
        {
            _finishReason = finish;
        }
    }

    private CompletionAnswer Finish()
    {
        if (_finishReason == "error")
        {
            var text = _content.ToString();
            var at = text.IndexOf("Error:", StringComparison.Ordinal);
            var reason = Errors.ServerMessageExtractor.FromText(at >= 0 ? text[(at + "Error:".Length)..] : text);
            throw new AceStepJobFailedException(_id ?? "(chat)", reason, ChatAnswerReader.Endpoint);
        }

        if (_finishReason != "stop")
        {
            throw new AceStepProtocolException(
                $"{ChatAnswerReader.Endpoint}: the stream ended before the server finished (no finish_reason). The job may still be running on the server.",
                new AceStepErrorDetails(ChatAnswerReader.Endpoint, JobMayStillRun: true));
        }

        return new CompletionAnswer(_id, _content.ToString(), _audio, _mediaTypes);
    }

    private void ReportHeartbeat()
    {
        if (progress is null)
        {
            return;
        }

        var now = settings.TimeProvider.GetUtcNow();
        progress.Report(new JobProgress
        {
            JobId = _id ?? "(chat)",
            State = JobState.Running,
            Elapsed = now - _startedAt,
            Message = "Generating (the chat stream reports no progress, only that the server is alive).",
        });
    }
}
