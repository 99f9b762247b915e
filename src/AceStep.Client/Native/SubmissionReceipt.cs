namespace AceStep.Client.Native;

/// <summary>What <c>/release_task</c> answered, plus what the client had to do to get there.</summary>
internal sealed record SubmissionReceipt(string JobId, int? QueuePosition, IReadOnlyList<string> Warnings);
