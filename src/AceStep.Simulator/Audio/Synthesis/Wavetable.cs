namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>
/// One period of a waveform in a lookup table. Oscillators read it instead of calling Math.Sin per sample, which
/// keeps a minute of audio well under a second; a waveform with overtones costs no more than a sine.
/// </summary>
internal sealed class Wavetable
{
    private const int Size = 4096;

    private readonly double[] _values;

    private Wavetable(params double[] harmonicAmplitudes)
    {
        _values = new double[Size + 1];
        for (var i = 0; i <= Size; i++)
        {
            for (var harmonic = 0; harmonic < harmonicAmplitudes.Length; harmonic++)
            {
                _values[i] += harmonicAmplitudes[harmonic] * Math.Sin(2 * Math.PI * (harmonic + 1) * i / Size);
            }
        }
    }

    /// <summary>A pure sine of amplitude 1.</summary>
    public static Wavetable Sine { get; } = new(1.0);

    /// <summary>The chord pad's timbre: a fundamental with a soft octave overtone.</summary>
    public static Wavetable Pad { get; } = new(1.0, 0.3);

    /// <summary>The waveform at a phase in [0, 1), linearly interpolated.</summary>
    public double At(double phase)
    {
        var position = phase * Size;
        var index = (int)position;
        var fraction = position - index;
        return _values[index] + ((_values[index + 1] - _values[index]) * fraction);
    }
}
