namespace AceStep.Lyrics;

/// <summary>One sung word (or, for scripts written without spaces, one character) and when it is heard, in seconds from the start of the song.</summary>
public sealed record TimedWord(string Text, double Start, double End);
