using AceStep.Simulator.Audio;

namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>A song rendered to a temporary file, so external tools can read it; deleted on dispose.</summary>
internal sealed class RenderedFile : IDisposable
{
    private RenderedFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public static byte[] Render(SongSpec spec, AudioContainer container)
    {
        using var buffer = new MemoryStream();
        SongRenderer.Render(spec, container, buffer);
        return buffer.ToArray();
    }

    public static RenderedFile Create(SongSpec spec, AudioContainer container)
    {
        var bytes = Render(spec, container);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"acestep-audio-{Guid.NewGuid():N}{Extension(container)}");
        File.WriteAllBytes(path, bytes);
        return new RenderedFile(path, bytes);
    }

    public void Dispose() => File.Delete(Path);

    private static string Extension(AudioContainer container) => container switch
    {
        AudioContainer.Mp3 => ".mp3",
        AudioContainer.Flac => ".flac",
        AudioContainer.Opus => ".opus",
        AudioContainer.Aac => ".aac",
        _ => ".wav",
    };
}
