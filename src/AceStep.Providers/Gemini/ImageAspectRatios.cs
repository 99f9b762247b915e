namespace AceStep.Providers.Gemini;

/// <summary>The aspect ratios Gemini's image models accept in <c>imageConfig.aspectRatio</c>.</summary>
public static class ImageAspectRatios
{
    /// <summary>16:9, the shape of a music-video background.</summary>
    public const string Default = "16:9";

    public static IReadOnlyList<string> All { get; } = ["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "4:5", "5:4", "21:9"];

    public static bool IsSupported(string? ratio) => ratio is not null && All.Contains(ratio.Trim());
}
