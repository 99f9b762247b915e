namespace AceStep.Video;

/// <summary>The background image is missing or not an image the renderer can decode.</summary>
public sealed class ImageUnreadableException : MusicVideoException
{
    public ImageUnreadableException(string path, string reason)
        : base($"cannot use the background image '{path}': {reason}. Use a PNG, JPEG, WebP, BMP or GIF file, or leave it out for the animated gradient.")
    {
        ImagePath = path;
    }

    public string ImagePath { get; }
}
