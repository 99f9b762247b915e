using AceStep.Simulator.Audio;
using BenchmarkDotNet.Attributes;

namespace AceStep.Benchmarks.Micro;

/// <summary>The simulator's engine rendering a 30 s song as MP3: what every simulated MP3 job costs the server.</summary>
[MemoryDiagnoser]
public class Mp3EncodingBenchmark
{
    private readonly SongSpec _song = new(30, 120, "C major", 4, 42);

    [Benchmark(Description = "render 30 s MP3")]
    public long Render30SecondMp3()
    {
        using var stream = new MemoryStream(600 * 1024);
        SongRenderer.Render(_song, AudioContainer.Mp3, stream);
        return stream.Length;
    }
}
