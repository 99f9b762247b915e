namespace AceStep.Video.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that handles each report on the reporting thread, in order (Progress&lt;T&gt; posts them).</summary>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            handler(value);
        }
    }
}
