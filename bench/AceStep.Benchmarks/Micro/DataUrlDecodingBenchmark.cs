using AceStep.Benchmarks.Scenarios;
using AceStep.Client;
using AceStep.Client.Audio;
using AceStep.Client.Completion;
using BenchmarkDotNet.Attributes;

namespace AceStep.Benchmarks.Micro;

/// <summary>
/// The completion path's data-URL scanner and base64 decoder, end to end through the public API: an 8 MiB WAV
/// carried as base64 in a chat answer (held in memory), scanned, decoded to a temp file, sniffed and renamed.
/// Throughput = 8 MiB / mean.
/// </summary>
[MemoryDiagnoser]
public class DataUrlDecodingBenchmark
{
    private const int AudioMegabytes = 8;
    private AceStepClient _client = null!;
    private DirectoryInfo _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _output = Directory.CreateTempSubdirectory("acestep-bench-dataurl-");
        var bodyPath = Path.Combine(_output.FullName, "answer.json");
        CompletionBodyWriter.Write(bodyPath, AudioMegabytes);
        var body = File.ReadAllBytes(bodyPath);
        File.Delete(bodyPath);
        var endpoint = new Uri("http://127.0.0.1:9/");
        _client = new AceStepClient(
            new HttpClient(new CannedResponseHandler(body, "application/json")) { BaseAddress = endpoint },
            new AceStepClientOptions { Endpoint = endpoint });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _output.Delete(recursive: true);
    }

    [Benchmark(Description = "decode 8 MiB data URL to disk")]
    public Task<CompletionGenerationResult> DecodeToDisk() => _client.GenerateWithCompletionAsync(
        new GenerationRequest { Caption = "a song", AudioFormat = "wav" },
        new CompletionOptions { Model = "acestep/bench" },
        new AudioDestination(_output.FullName, "decoded", Overwrite: true));
}
