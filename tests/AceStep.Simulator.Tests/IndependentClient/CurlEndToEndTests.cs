using System.Text.Json;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.IndependentClient;

/// <summary>
/// The simulator driven by an independent client (curl with the documented example requests):
/// health, models, native generation with polling and download, cover with an uploaded file, and a chat completion,
/// on both server versions and with auth on.
/// </summary>
public sealed class CurlEndToEndTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("acestep-curl-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Theory]
    [InlineData(ServerVersion.A, null)]
    [InlineData(ServerVersion.B, null)]
    [InlineData(ServerVersion.B, "curl-secret")]
    public async Task Native_generation_cover_and_chat_work_unchanged(ServerVersion version, string? apiKey)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Version = version, ApiKey = apiKey });
        var curl = new CurlClient(server.BaseAddress, apiKey);

        var (healthStatus, health) = await curl.RunAsync("/health");
        Assert.Equal(200, healthStatus);
        Assert.Equal("ok", Data(health).GetProperty("status").GetString());

        var jobId = await SubmitJsonAsync(curl);
        var files = await WaitForFilesAsync(curl, jobId, expectedFiles: 1);
        var downloaded = Path.Combine(_work, "song.mp3");
        var (downloadStatus, _) = await curl.RunAsync(files[0], downloaded);
        Assert.Equal(200, downloadStatus);
        var probe = MediaTools.Probe(downloaded);
        Assert.Equal("mp3", probe.CodecName);
        Assert.InRange(probe.DurationSeconds, 3.9, 4.1);

        var (modelsStatus, models) = await curl.RunAsync("/v1/models");
        Assert.Equal(200, modelsStatus);
        using (var list = JsonDocument.Parse(models))
        {
            Assert.Equal("list", list.RootElement.GetProperty("object").GetString());
            Assert.StartsWith("acestep/", list.RootElement.GetProperty("data")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        var source = Path.Combine(_work, "source.wav");
        await using (var stream = File.Create(source))
        {
            SongRenderer.Render(new SongSpec(3, 100, "A minor", 4, 7), AudioContainer.Wav16, stream);
        }

        var (coverStatus, cover) = await curl.RunAsync(
            "/release_task", null,
            "-F", "task_type=cover", "-F", "prompt=Rock cover style", "-F", "batch_size=1",
            "-F", $"src_audio=@{source};type=audio/wav");
        Assert.Equal(200, coverStatus);
        var coverId = Data(cover).GetProperty("task_id").GetString()!;
        Assert.Single(await WaitForFilesAsync(curl, coverId, expectedFiles: 1));

        var (chatStatus, chat) = await curl.RunAsync(
            "/v1/chat/completions", null,
            "-H", "Content-Type: application/json",
            "-d", """{"model":"acestep/acestep-v15-turbo","messages":[{"role":"user","content":"<prompt>lofi beat</prompt><lyrics>[inst]</lyrics>"}],"audio_config":{"duration":3,"format":"mp3"}}""");
        Assert.Equal(200, chatStatus);
        using var completion = JsonDocument.Parse(chat);
        var message = completion.RootElement.GetProperty("choices")[0].GetProperty("message");
        var url = message.GetProperty("audio")[0].GetProperty("audio_url").GetProperty("url").GetString()!;
        Assert.StartsWith("data:audio/mpeg;base64,", url, StringComparison.Ordinal);
        var audio = Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        Assert.True(audio.Length > 1000);
        Assert.StartsWith("## Metadata", message.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_auth_on_curl_without_the_key_is_refused_with_the_documented_messages()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { ApiKey = "curl-secret" });
        var curl = new CurlClient(server.BaseAddress);

        var (status, body) = await curl.RunAsync(
            "/release_task", null, "-H", "Content-Type: application/json", "-d", """{"prompt":"x"}""");

        Assert.Equal(401, status);
        Assert.Equal("""{"detail":"Missing ai_token or Authorization header"}""", body);
    }

    private static async Task<string> SubmitJsonAsync(CurlClient curl)
    {
        var (status, body) = await curl.RunAsync(
            "/release_task", null,
            "-H", "Content-Type: application/json",
            "-d", """{"prompt":"upbeat synth-pop, female vocal","lyrics":"[Verse]\nHello world","audio_duration":4,"bpm":120,"batch_size":1}""");
        Assert.Equal(200, status);
        var data = Data(body);
        Assert.Equal("queued", data.GetProperty("status").GetString());
        return data.GetProperty("task_id").GetString()!;
    }

    private static async Task<string[]> WaitForFilesAsync(CurlClient curl, string jobId, int expectedFiles)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var (status, body) = await curl.RunAsync(
                "/query_result", null, "-H", "Content-Type: application/json", "-d", $$"""{"task_id_list":["{{jobId}}"]}""");
            Assert.Equal(200, status);
            var entry = Data(body)[0];
            var jobStatus = entry.GetProperty("status").GetInt32();
            Assert.NotEqual(2, jobStatus);
            if (jobStatus == 1)
            {
                using var items = JsonDocument.Parse(entry.GetProperty("result").GetString()!);
                string[] files = [.. items.RootElement.EnumerateArray().Select(item => item.GetProperty("file").GetString()!)];
                Assert.Equal(expectedFiles, files.Length);
                Assert.All(files, file => Assert.StartsWith("/v1/audio?path=", file, StringComparison.Ordinal));
                return files;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"job {jobId} did not finish");
    }

    private static JsonElement Data(string envelope)
    {
        using var document = JsonDocument.Parse(envelope);
        Assert.Equal(200, document.RootElement.GetProperty("code").GetInt32());
        return document.RootElement.GetProperty("data").Clone();
    }
}
