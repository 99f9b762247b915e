namespace AceStep.Simulator.Providers.Gemini;

/// <summary>The pixel sizes Gemini's image models produce for each aspect ratio at 1K; 2K and 4K double and quadruple them.</summary>
internal static class ImageDimensions
{
    private static readonly Dictionary<string, (int Width, int Height)> OneK = new()
    {
        ["1:1"] = (1024, 1024), ["2:3"] = (848, 1264), ["3:2"] = (1264, 848), ["3:4"] = (896, 1200), ["4:3"] = (1200, 896),
        ["4:5"] = (928, 1152), ["5:4"] = (1152, 928), ["9:16"] = (768, 1376), ["16:9"] = (1376, 768), ["21:9"] = (1584, 672),
    };

    public static IEnumerable<string> AspectRatios => OneK.Keys;

    public static (int Width, int Height)? For(string aspectRatio, string size)
    {
        var factor = size switch { "1K" => 1, "2K" => 2, "4K" => 4, _ => 0 };
        return factor > 0 && OneK.TryGetValue(aspectRatio, out var oneK) ? (oneK.Width * factor, oneK.Height * factor) : null;
    }
}
