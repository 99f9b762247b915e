using AceStep.Batch;

/// <summary>Handles each event on the runner's thread, in order of arrival.</summary>
internal sealed class InlineProgress(Action<BatchEvent> handler) : IProgress<BatchEvent>
{
    public void Report(BatchEvent value) => handler(value);
}
