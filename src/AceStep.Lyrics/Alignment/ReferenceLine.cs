namespace AceStep.Lyrics.Alignment;

/// <summary>One written line to show, and its words.</summary>
internal sealed record ReferenceLine(string Text, IReadOnlyList<ReferenceWord> Words);
