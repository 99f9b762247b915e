namespace AceStep.Simulator.Audio;

/// <summary>What a generated song should sound like.</summary>
/// <param name="DurationSeconds">Length of the audio; the file holds exactly round(duration × 48000) samples per channel.</param>
/// <param name="Bpm">Tempo in beats per minute; clamped to 30–300.</param>
/// <param name="KeyScale">Key such as "C major", "F# minor" or "B♭ major"; anything unrecognised means C major.</param>
/// <param name="BeatsPerBar">Beats in one bar (the time signature's numerator).</param>
/// <param name="Seed">Varies voicings, arpeggio pattern and melody deterministically.</param>
public sealed record SongSpec(double DurationSeconds, int Bpm, string KeyScale, int BeatsPerBar, long Seed);
