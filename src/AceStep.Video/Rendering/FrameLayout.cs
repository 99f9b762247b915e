using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// Where everything sits for one frame size. Sizes are in units of the short side over 1080 (so 1080p and 1080×1920
/// share type sizes); the arrangement follows the shape: landscape keeps the old renderer's proportions, portrait
/// leaves room for the captions and buttons that vertical-video apps lay over the top and bottom, square sits between.
/// </summary>
internal sealed record FrameLayout
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public required float Unit { get; init; }

    public required float TitleTop { get; init; }

    public required float TitleSize { get; init; }

    public required float SubtitleSize { get; init; }

    public required float TitleMaxWidth { get; init; }

    public required float LyricCentreY { get; init; }

    public required float LyricSize { get; init; }

    public required float LyricMaxWidth { get; init; }

    public required int LyricMaxRows { get; init; }

    public required SKRect Spectrum { get; init; }

    public required SKRect SideBars { get; init; }

    public required float SideBarMaxLength { get; init; }

    public required float CreditBaseline { get; init; }

    public required float CreditSize { get; init; }

    public float CentreX => Width / 2f;

    public static FrameLayout For(VideoFrameSize size)
    {
        var width = size.Width;
        var height = size.Height;
        var unit = Math.Min(width, height) / 1080f;
        var aspect = (float)width / height;
        return aspect >= 1.3f ? Landscape(width, height, unit) : aspect <= 0.77f ? Portrait(width, height, unit) : Square(width, height, unit);
    }

    private static FrameLayout Landscape(int width, int height, float unit) => new()
    {
        Width = width,
        Height = height,
        Unit = unit,
        TitleTop = 60 * unit,
        TitleSize = 96 * unit,
        SubtitleSize = 52 * unit,
        TitleMaxWidth = width * 0.7f,
        LyricCentreY = (height / 2f) + (40 * unit),
        LyricSize = 56 * unit,
        LyricMaxWidth = width * 0.7f,
        LyricMaxRows = 2,
        Spectrum = new SKRect(width * 0.12f, height - (170 * unit) - (300 * unit), width * 0.88f, height - (170 * unit)),
        SideBars = new SKRect(40 * unit, height * 0.14f, width - (40 * unit), height * 0.86f),
        SideBarMaxLength = 170 * unit,
        CreditBaseline = height - (50 * unit),
        CreditSize = 32 * unit,
    };

    private static FrameLayout Portrait(int width, int height, float unit) => new()
    {
        Width = width,
        Height = height,
        Unit = unit,
        TitleTop = height * 0.1f,
        TitleSize = 88 * unit,
        SubtitleSize = 48 * unit,
        TitleMaxWidth = width * 0.88f,
        LyricCentreY = height * 0.46f,
        LyricSize = 64 * unit,
        LyricMaxWidth = width * 0.82f,
        LyricMaxRows = 4,
        Spectrum = new SKRect(width * 0.05f, (height * 0.82f) - (420 * unit), width * 0.95f, height * 0.82f),
        SideBars = new SKRect(24 * unit, height * 0.2f, width - (24 * unit), height * 0.58f),
        SideBarMaxLength = 70 * unit,
        CreditBaseline = height * 0.885f,
        CreditSize = 34 * unit,
    };

    private static FrameLayout Square(int width, int height, float unit) => new()
    {
        Width = width,
        Height = height,
        Unit = unit,
        TitleTop = 56 * unit,
        TitleSize = 80 * unit,
        SubtitleSize = 44 * unit,
        TitleMaxWidth = width * 0.8f,
        LyricCentreY = height * 0.5f,
        LyricSize = 52 * unit,
        LyricMaxWidth = width * 0.8f,
        LyricMaxRows = 3,
        Spectrum = new SKRect(width * 0.05f, height - (120 * unit) - (220 * unit), width * 0.95f, height - (120 * unit)),
        SideBars = new SKRect(28 * unit, height * 0.2f, width - (28 * unit), height * 0.66f),
        SideBarMaxLength = 80 * unit,
        CreditBaseline = height - (40 * unit),
        CreditSize = 28 * unit,
    };
}
