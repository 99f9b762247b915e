namespace AceStep.Batch;

/// <summary>Something that happened in a run, for an application to render or stream (see <see cref="BatchEventJson"/>).</summary>
/// <param name="At">When, by the run's clock.</param>
public abstract record BatchEvent(DateTimeOffset At);
