namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>Equal-tempered pitch helpers (A4 = MIDI 69 = 440 Hz).</summary>
internal static class Pitch
{
    public static double MidiToHertz(int midi) => 440.0 * Math.Pow(2, (midi - 69) / 12.0);
}
