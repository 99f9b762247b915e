namespace AceStep.Client;

/// <summary>The outcome of <see cref="AceStepClient.GenerateWithCompletionAsync"/>.</summary>
public sealed record CompletionGenerationResult
{
    /// <summary>One result per chat request (several when a batch was delivered by sequential requests).</summary>
    public required IReadOnlyList<GenerationResult> Results { get; init; }

    /// <summary>Every audio file written, in order.</summary>
    public required IReadOnlyList<SavedAudio> Files { get; init; }

    /// <summary>The chat model id that was sent.</summary>
    public required string Model { get; init; }

    /// <summary>Things the caller should know, e.g. options the chat protocol cannot carry.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The first (usually only) result.</summary>
    public GenerationResult Result => Results[0];
}
