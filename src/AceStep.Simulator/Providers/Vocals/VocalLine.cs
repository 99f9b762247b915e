namespace AceStep.Simulator.Providers.Vocals;

/// <summary>One lyric line as the song sings it: its text as written (tags removed), when it starts and ends, and its words.</summary>
public sealed record VocalLine(string Text, double Start, double End, IReadOnlyList<VocalWord> Words);
