using AceStep.Client.Audio;

namespace AceStep.Client.Completion;

/// <summary>A chat answer after scanning: the completion id, its Markdown, and the decoded audio still pending.</summary>
internal sealed record CompletionAnswer(string? Id, string? Content, IReadOnlyList<PendingAudioFile> Audio, IReadOnlyList<string> MediaTypes);
