namespace AceStep.Lyrics.Alignment;

/// <summary>One written word as shown, and where its tokens are in the layout (none for a word that is only punctuation).</summary>
internal sealed record ReferenceWord(string Text, int FirstToken, int TokenCount);
