using AceStep.Client;

namespace AceStep.Batch;

/// <summary>How a plan file is read.</summary>
public sealed record PlanReadOptions
{
    /// <summary>
    /// The batch's name in the queue. Re-running a plan under the same name resumes it: items already in the
    /// queue (same key) are not added again. Up to 200 characters.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>Where relative <c>src_audio</c>, <c>reference_audio</c> and <c>lyrics_file</c> paths start (usually the plan's folder).</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// Values every item starts from before its own fields apply (the application's configured defaults, e.g.
    /// thinking, batch size, audio format, vocal language). Null: only the item's fields and the server's defaults.
    /// </summary>
    public GenerationRequest? Defaults { get; init; }
}
