namespace AceStep.Video.Rendering;

internal static class Easing
{
    /// <summary>Cubic ease-out over 0..1: fast at first, settling gently.</summary>
    public static float OutCubic(double progress)
    {
        var t = (float)Math.Clamp(progress, 0, 1);
        var rest = 1 - t;
        return 1 - (rest * rest * rest);
    }
}
