namespace AceStep.Simulator.Providers.Vocals;

/// <summary>One word as the song sings it, punctuation as the lyrics write it, with its time in seconds.</summary>
public sealed record VocalWord(string Text, double Start, double End);
