namespace AceStep.Simulator.Audio.Aac;

/// <summary>Scalefactor band boundaries of a 1024-line long window at 48 kHz (ISO/IEC 14496-3, table 4.129).</summary>
internal static class ScalefactorBands
{
    /// <summary>The first line of each of the 49 bands, followed by 1024.</summary>
    public static ReadOnlySpan<short> Offsets =>
    [
        0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 48, 56, 64, 72, 80, 88, 96, 108, 120, 132, 144, 160, 176, 196,
        216, 240, 264, 292, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832,
        864, 896, 928, 1024,
    ];

    public static int Count => Offsets.Length - 1;

    /// <summary>How many bands it takes to include <paramref name="line"/>.</summary>
    public static int BandsCovering(int line)
    {
        for (var band = 0; band < Count; band++)
        {
            if (line < Offsets[band + 1])
            {
                return band + 1;
            }
        }

        return Count;
    }
}
