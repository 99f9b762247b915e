namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>
/// A string writer that tells a waiting test when a text has been written, so a test can act at a point of a
/// running command (a job was submitted) without polling or sleeping.
/// </summary>
internal sealed class SignallingWriter : StringWriter
{
    private readonly Lock _gate = new();
    private readonly List<(string Text, TaskCompletionSource Written)> _waiting = [];

    /// <summary>Completes once the text written so far contains <paramref name="text"/>.</summary>
    public Task WrittenAsync(string text)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting.Add((text, written));
            Signal();
        }

        return written.Task;
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
            Signal();
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
            Signal();
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
            Signal();
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.Write(buffer);
            Signal();
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
            Signal();
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.WriteLine(buffer);
            Signal();
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }

    // Called with the gate held (a Lock may be entered again by the thread that holds it).
    private void Signal()
    {
        if (_waiting.Count == 0)
        {
            return;
        }

        var text = base.ToString();
        foreach (var waiter in _waiting.Where(w => text.Contains(w.Text, StringComparison.Ordinal)).ToList())
        {
            waiter.Written.TrySetResult();
            _waiting.Remove(waiter);
        }
    }
}
