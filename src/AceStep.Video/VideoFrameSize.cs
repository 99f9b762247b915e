using System.Globalization;

namespace AceStep.Video;

/// <summary>
/// The picture size in pixels. The presets are <see cref="Landscape"/> (16:9, 1920×1080), <see cref="Portrait"/>
/// (9:16, 1080×1920, for vertical feeds) and <see cref="Square"/> (1:1, 1080×1080); any even size from 320 to 4096
/// pixels a side works too (720×1280 renders twice as fast as 1080×1920).
/// </summary>
public readonly record struct VideoFrameSize
{
    public const int MinimumSide = 320;
    public const int MaximumSide = 4096;

    public VideoFrameSize(int width, int height)
    {
        if (width is < MinimumSide or > MaximumSide || height is < MinimumSide or > MaximumSide)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{width}x{height}: each side must be {MinimumSide} to {MaximumSide} pixels");
        }

        if (width % 2 != 0 || height % 2 != 0)
        {
            throw new ArgumentException($"{width}x{height}: both sides must be even (the video encoders need it)", nameof(width));
        }

        Width = width;
        Height = height;
    }

    public static VideoFrameSize Landscape { get; } = new(1920, 1080);

    public static VideoFrameSize Portrait { get; } = new(1080, 1920);

    public static VideoFrameSize Square { get; } = new(1080, 1080);

    public int Width { get; }

    public int Height { get; }

    public bool IsPortrait => Height > Width;

    /// <summary>
    /// Reads a preset (<c>16:9</c>, <c>9:16</c>, <c>1:1</c>, or <c>landscape</c>, <c>portrait</c>, <c>square</c>) or a size
    /// <c>WIDTHxHEIGHT</c> such as <c>720x1280</c>.
    /// </summary>
    public static bool TryParse(string? text, out VideoFrameSize size, out string? error)
    {
        size = Landscape;
        error = null;
        var value = text?.Trim().ToLowerInvariant() ?? string.Empty;
        switch (value)
        {
            case "16:9" or "landscape":
                return true;
            case "9:16" or "portrait" or "vertical":
                size = Portrait;
                return true;
            case "1:1" or "square":
                size = Square;
                return true;
        }

        var parts = value.Split('x', '×', '*');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            try
            {
                size = new VideoFrameSize(width, height);
                return true;
            }
            catch (ArgumentException exception)
            {
                error = exception.Message.Split(" (Parameter", 2)[0];
                return false;
            }
        }

        error = $"'{text}' is not a size: use 16:9, 9:16, 1:1 or WIDTHxHEIGHT (for example 720x1280)";
        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
