namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>One bar of the song: the chord held through it and the melody note struck on each beat (MIDI numbers).</summary>
internal sealed record BarPlan(IReadOnlyList<int> ChordNotes, IReadOnlyList<int> MelodyNotes);
