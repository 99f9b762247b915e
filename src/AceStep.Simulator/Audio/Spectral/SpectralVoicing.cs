namespace AceStep.Simulator.Audio.Spectral;

/// <summary>
/// What differs between codecs when <see cref="SpectrumComposer"/> writes the song as spectra: the block size,
/// where notes sit, the loudness and the lines the beat uses. Magnitudes must stay within the codec's table.
/// </summary>
internal sealed record SpectralVoicing
{
    /// <summary>MDCT lines per block, which is also the samples each block advances.</summary>
    public required int BlockLines { get; init; }

    /// <summary>Notes are raised by octaves to this pitch or more, where the line spacing is well under a semitone.</summary>
    public required double LowestToneHertz { get; init; }

    /// <summary>global_gain between beats; accents ride on top of it.</summary>
    public required int BaseGain { get; init; }

    public required int ChordMagnitude { get; init; }

    public required StepEnvelope Melody { get; init; }

    public required StepEnvelope Kick { get; init; }

    public required int FirstKickLine { get; init; }

    public required int LastKickLine { get; init; }

    public required int FirstClickLine { get; init; }

    /// <summary>The click's lines stop below this one.</summary>
    public required int ClickLineLimit { get; init; }

    public required int ClickLineStep { get; init; }
}
