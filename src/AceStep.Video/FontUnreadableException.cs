namespace AceStep.Video;

/// <summary>The font file given is missing or not a font.</summary>
public sealed class FontUnreadableException : MusicVideoException
{
    public FontUnreadableException(string path, string reason)
        : base($"cannot use the font '{path}': {reason}. Give a TrueType or OpenType file (.ttf, .otf, .ttc), or leave it out to use the machine's fonts.")
    {
        FontPath = path;
    }

    public string FontPath { get; }
}
