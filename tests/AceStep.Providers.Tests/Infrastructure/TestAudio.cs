namespace AceStep.Providers.Tests.Infrastructure;

/// <summary>Files that stand for songs: seeded bytes, varied enough for the fakes' fingerprint, in a temp folder of their own.</summary>
internal sealed class TestAudio : IDisposable
{
    public TestAudio()
    {
        Folder = Directory.CreateTempSubdirectory("acestep-providers-").FullName;
    }

    public string Folder { get; }

    public string Write(string name, int bytes = 64 * 1024, int seed = 1)
    {
        var content = new byte[bytes];
        new Random(seed).NextBytes(content);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A file of the given size that takes no disk space (a sparse file), for size limits.</summary>
    public string WriteSparse(string name, long bytes)
    {
        var path = Path.Combine(Folder, name);
        using var stream = new FileStream(path, FileMode.Create);
        stream.SetLength(bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
