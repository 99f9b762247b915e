using SkiaSharp;

namespace AceStep.Video.Rendering;

/// <summary>
/// Loads the background image once: decoded at no more than the size it is needed (a 48-megapixel photo does not
/// become 190 MB of pixels), turned upright as its camera tagged it, scaled to cover the frame (cropping the overflow
/// evenly), and dimmed by 45 % so that white text stays readable on it.
/// </summary>
internal static class BackgroundPicture
{
    private const float Dim = 0.45f;

    /// <exception cref="ImageUnreadableException">The file is missing or not a decodable image.</exception>
    public static SKImage Load(string path, int width, int height)
    {
        if (!File.Exists(path))
        {
            throw new ImageUnreadableException(path, "there is no such file");
        }

        using var codec = SKCodec.Create(path) ?? throw new ImageUnreadableException(path, "it is not an image format the renderer can decode");
        using var decoded = Decode(codec, width, height) ?? throw new ImageUnreadableException(path, "its pixels could not be decoded (the file may be truncated)");
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Black);
        var scale = Math.Max((float)width / upright.Width, (float)height / upright.Height);
        var drawn = new SKSize(upright.Width * scale, upright.Height * scale);
        var target = SKRect.Create((width - drawn.Width) / 2, (height - drawn.Height) / 2, drawn.Width, drawn.Height);
        using (var image = SKImage.FromBitmap(upright))
        {
            canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        }

        using var dim = new SKPaint { Color = SKColors.Black.WithAlpha(Palette.ToByte(Dim)) };
        canvas.DrawRect(0, 0, width, height, dim);
        return surface.Snapshot();
    }

    private static SKBitmap? Decode(SKCodec codec, int width, int height)
    {
        var info = codec.Info;
        var sideways = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (shownWidth, shownHeight) = sideways ? (info.Height, info.Width) : (info.Width, info.Height);
        var needed = Math.Max((float)width / shownWidth, (float)height / shownHeight);
        var size = needed < 1 ? codec.GetScaledDimensions(needed) : info.Size;
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        var sideways = degrees is 90 or 270;
        var result = new SKBitmap(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default, null);
        return result;
    }
}
