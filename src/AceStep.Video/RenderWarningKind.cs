namespace AceStep.Video;

public enum RenderWarningKind
{
    /// <summary>A text has characters that no font on the machine (nor the font file given) can draw: they show as boxes.</summary>
    MissingGlyphs,

    /// <summary>The video could not be brought under the size limit; the full-quality render was kept.</summary>
    SizeLimitNotMet,

    /// <summary>A lyric line is too long for the frame even at the smallest lyric size; its end is cut with "…".</summary>
    TextTooLong,
}
