using AceStep.Cli.Generation;

namespace AceStep.Cli.Commands.Status;

/// <summary><c>acestep status</c>, parsed: the job to re-attach to (already checked) and how to wait for it.</summary>
internal sealed record StatusOptions(string JobId, WaitOptions Wait);
