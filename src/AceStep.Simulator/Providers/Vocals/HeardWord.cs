namespace AceStep.Simulator.Providers.Vocals;

/// <summary>A word as a fake speech-to-text service heard it: possibly misheard, timed near when it was sung, with its line.</summary>
internal sealed record HeardWord(string Text, double Start, double End, int Line, bool Misheard);
