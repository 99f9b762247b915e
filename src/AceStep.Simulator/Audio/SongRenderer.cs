using AceStep.Simulator.Audio.Aac;
using AceStep.Simulator.Audio.Flac;
using AceStep.Simulator.Audio.Mp3;
using AceStep.Simulator.Audio.Opus;
using AceStep.Simulator.Audio.Synthesis;
using AceStep.Simulator.Audio.Wav;

namespace AceStep.Simulator.Audio;

/// <summary>
/// The simulator's audio engine: plans a short song from a <see cref="SongSpec"/>, synthesizes it and encodes it,
/// entirely in managed code. Deterministic: the same spec and container always give the same bytes.
/// </summary>
public static class SongRenderer
{
    /// <summary>Writes a complete file of the given container to <paramref name="destination"/>.</summary>
    public static void Render(SongSpec spec, AudioContainer container, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(destination);
        var plan = SongPlanner.Plan(spec);
        switch (container)
        {
            case AudioContainer.Wav16:
                WavWriter.WritePcm16(new PcmSynthesizer(plan), destination);
                break;
            case AudioContainer.Wav32Float:
                WavWriter.WriteFloat32(new PcmSynthesizer(plan), destination);
                break;
            case AudioContainer.Flac:
                FlacEncoder.Write(new PcmSynthesizer(plan), destination);
                break;
            case AudioContainer.Mp3:
                Mp3Encoder.Write(plan, destination);
                break;
            case AudioContainer.Opus:
                OggOpusWriter.Write(new PcmSynthesizer(plan), destination);
                break;
            case AudioContainer.Aac:
                AdtsAacEncoder.Write(plan, destination);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(container), container, "Unsupported audio container.");
        }
    }
}
