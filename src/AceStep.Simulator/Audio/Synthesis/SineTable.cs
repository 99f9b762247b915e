namespace AceStep.Simulator.Audio.Synthesis;

/// <summary>A sine lookup table: oscillators read it instead of calling Math.Sin per sample, which keeps a minute of audio well under a second.</summary>
internal static class SineTable
{
    private const int Size = 4096;
    private static readonly double[] Values = Build();

    /// <summary>sin(2π·phase) for a phase in [0, 1), linearly interpolated.</summary>
    public static double Sin(double phase)
    {
        double position = phase * Size;
        int index = (int)position;
        double fraction = position - index;
        return Values[index] + ((Values[index + 1] - Values[index]) * fraction);
    }

    private static double[] Build()
    {
        var values = new double[Size + 1];
        for (int i = 0; i <= Size; i++)
        {
            values[i] = Math.Sin(2 * Math.PI * i / Size);
        }

        return values;
    }
}
