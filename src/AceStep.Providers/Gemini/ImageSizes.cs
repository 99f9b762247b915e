namespace AceStep.Providers.Gemini;

/// <summary>The resolutions Gemini's image models accept in <c>imageConfig.imageSize</c>: about 1024, 2048 or 4096 pixels on the long edge.</summary>
public static class ImageSizes
{
    /// <summary>2K: a 1080p video background needs no upscaling.</summary>
    public const string Default = "2K";

    public static IReadOnlyList<string> All { get; } = ["1K", "2K", "4K"];

    /// <returns>The canonical spelling (the API wants an upper-case K), or null when the size is not one of <see cref="All"/>.</returns>
    public static string? Normalize(string? size) =>
        size is null ? null : All.FirstOrDefault(known => string.Equals(known, size.Trim(), StringComparison.OrdinalIgnoreCase));
}
