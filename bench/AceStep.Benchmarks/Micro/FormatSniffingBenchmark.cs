using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Simulator.Audio;
using BenchmarkDotNet.Attributes;

namespace AceStep.Benchmarks.Micro;

/// <summary>Format sniffing on the first bytes of real files of every container the simulator writes.</summary>
[MemoryDiagnoser]
public class FormatSniffingBenchmark
{
    private byte[][] _headers = null!;

    [GlobalSetup]
    public void Setup() => _headers = Enum.GetValues<AudioContainer>().Select(container =>
    {
        using var stream = new MemoryStream();
        SongRenderer.Render(new SongSpec(1, 120, "C major", 4, 7), container, stream);
        return stream.ToArray()[..AudioFormatSniffer.HeaderLength];
    }).Append(new byte[AudioFormatSniffer.HeaderLength]).ToArray();

    [Benchmark(Description = "sniff 7 headers (6 containers + unknown)")]
    public int SniffAll()
    {
        var recognised = 0;
        foreach (var header in _headers)
        {
            if (AudioFormatSniffer.Detect(header) != AudioFormat.Unknown)
            {
                recognised++;
            }
        }

        return recognised;
    }
}
