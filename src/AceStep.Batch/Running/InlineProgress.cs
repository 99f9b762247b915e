namespace AceStep.Batch;

/// <summary>An <see cref="IProgress{T}"/> that handles each report at once on the reporting thread (no synchronisation context).</summary>
internal sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
