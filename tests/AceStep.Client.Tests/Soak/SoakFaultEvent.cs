namespace AceStep.Client.Tests.Soak;

/// <summary>One planned fault: what, when (from the start of the run) and how many requests it hits.</summary>
internal sealed record SoakFaultEvent(SoakFaultKind Kind, TimeSpan At, int Count);
