namespace AceStep.Simulator.Audio.Spectral;

/// <summary>
/// How to hold a steady sine with a single MDCT line in consecutive blocks (MP3 granules, AAC frames).
/// One line repeated in every block overlaps its neighbours in quadrature, which moves the sound half a line
/// spacing down (even lines) or up (odd lines); flipping the sign on every other block reverses that move.
/// Flipping odd lines therefore pins every tone to its line's lower edge, line × spacing Hz exactly, which is
/// what lets a note be placed within half a spacing of its true pitch.
/// </summary>
internal static class SteadyMdctTone
{
    /// <summary>The signed value to put on <paramref name="line"/> <paramref name="blocksSinceOnset"/> blocks after the note began.</summary>
    public static int SignedValue(int line, long blocksSinceOnset, int magnitude) =>
        line % 2 == 1 && blocksSinceOnset % 2 == 1 ? -magnitude : magnitude;

    /// <summary>The line whose lower edge is nearest to <paramref name="hertz"/>.</summary>
    public static int LineFor(double hertz, double lineSpacingHertz) => (int)Math.Round(hertz / lineSpacingHertz);
}
