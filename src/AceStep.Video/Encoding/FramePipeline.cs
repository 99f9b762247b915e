using System.Collections.Concurrent;
using System.Diagnostics;
using AceStep.Video.Media;
using AceStep.Video.Rendering;

namespace AceStep.Video.Encoding;

/// <summary>
/// Draws every frame and streams it to ffmpeg: one thread draws into a small ring of frame buffers while another
/// writes the finished ones to ffmpeg's stdin, so drawing frame N+1 overlaps sending frame N, and ffmpeg encodes on
/// its own threads meanwhile. Three buffers are all the frame memory a render uses, whatever the song's length.
/// </summary>
internal sealed class FramePipeline
{
    private const int BufferCount = 3;
    private readonly FrameComposer composer;
    private readonly VideoFrameSize size;
    private readonly int frameCount;

    public FramePipeline(FrameComposer composer, VideoFrameSize size, int frameCount)
    {
        this.composer = composer;
        this.size = size;
        this.frameCount = frameCount;
    }

    public TimeSpan Drawing { get; private set; }

    public TimeSpan WaitingForEncoder { get; private set; }

    /// <summary>Runs the whole video through <paramref name="encoder"/>; <paramref name="onFrame"/> hears each frame sent.</summary>
    public async Task RunAsync(FfmpegProcess encoder, Action<int> onFrame, CancellationToken cancellationToken)
    {
        var buffers = Enumerable.Range(0, BufferCount).Select(_ => new FrameBuffer(size)).ToArray();
        using var free = new BlockingCollection<int>(BufferCount);
        using var drawn = new BlockingCollection<int>(BufferCount);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        for (var i = 0; i < BufferCount; i++)
        {
            free.Add(i);
        }

        try
        {
            var drawing = Task.Factory.StartNew(() => DrawAll(buffers, free, drawn, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var writing = Task.Factory.StartNew(() => WriteAll(buffers, free, drawn, encoder.Input, onFrame, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            await WhenBothOrFirstFault(drawing, writing, stop).ConfigureAwait(false);
            await encoder.Input.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer.Dispose();
            }
        }
    }

    private static async Task WhenBothOrFirstFault(Task drawing, Task writing, CancellationTokenSource stop)
    {
        var first = await Task.WhenAny(drawing, writing).ConfigureAwait(false);
        if (first.IsFaulted || first.IsCanceled)
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(drawing, writing).ConfigureAwait(false);
    }

    private void DrawAll(FrameBuffer[] buffers, BlockingCollection<int> free, BlockingCollection<int> drawn, CancellationToken cancellationToken)
    {
        var clock = new Stopwatch();
        for (var frame = 0; frame < frameCount; frame++)
        {
            var index = free.Take(cancellationToken);
            clock.Start();
            var canvas = buffers[index].Surface.Canvas;
            composer.Draw(canvas, frame);
            canvas.Flush();
            clock.Stop();
            drawn.Add(index, cancellationToken);
        }

        drawn.CompleteAdding();
        Drawing = clock.Elapsed;
    }

    private void WriteAll(FrameBuffer[] buffers, BlockingCollection<int> free, BlockingCollection<int> drawn, Stream input, Action<int> onFrame, CancellationToken cancellationToken)
    {
        var clock = new Stopwatch();
        var sent = 0;
        foreach (var index in drawn.GetConsumingEnumerable(cancellationToken))
        {
            clock.Start();
            input.Write(buffers[index].Pixels.Span);
            clock.Stop();
            free.Add(index, cancellationToken);
            onFrame(++sent);
        }

        input.Flush();
        WaitingForEncoder = clock.Elapsed;
    }
}
