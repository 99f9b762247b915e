namespace AceStep.Simulator.Jobs;

/// <summary>
/// Imitates upstream's event loop being blocked by the lazy model load (see docs/protocol.md, "Job lifecycle"): while closed, every request
/// waits before it is processed, /health included.
/// </summary>
internal sealed class RequestGate
{
    private volatile TaskCompletionSource? _closed;

    public Task WaitAsync() => _closed?.Task ?? Task.CompletedTask;

    public void Close() => _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open()
    {
        var closed = _closed;
        _closed = null;
        closed?.TrySetResult();
    }
}
