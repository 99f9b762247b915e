using System.Runtime.InteropServices;
using SkiaSharp;

namespace AceStep.Video.Encoding;

/// <summary>One frame's pixels in memory the garbage collector never moves, with a Skia surface that draws straight into them.</summary>
internal sealed class FrameBuffer : IDisposable
{
    private readonly byte[] pixels;

    public FrameBuffer(VideoFrameSize size)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        // Allocated on the pinned object heap: the address Skia draws to stays valid for the buffer's life.
        pixels = GC.AllocateUninitializedArray<byte>(info.BytesSize, pinned: true);
        Surface = SKSurface.Create(info, Marshal.UnsafeAddrOfPinnedArrayElement(pixels, 0), info.RowBytes)
            ?? throw new InvalidOperationException($"Skia could not make a {size} drawing surface");
    }

    public SKSurface Surface { get; }

    public ReadOnlyMemory<byte> Pixels => pixels;

    public void Dispose() => Surface.Dispose();
}
