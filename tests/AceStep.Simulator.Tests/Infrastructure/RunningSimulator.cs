using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AceStep.Simulator.Tests.Infrastructure;

/// <summary>
/// A simulator on 127.0.0.1 with a free port and an HttpClient pointed at it: every contract test talks real HTTP.
/// Jobs take no time unless a test says otherwise.
/// </summary>
internal sealed class RunningSimulator : IAsyncDisposable
{
    private RunningSimulator(SimulatorServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatorServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<RunningSimulator> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { FixedGenerationTime = TimeSpan.Zero };
        configure?.Invoke(options);
        return new RunningSimulator(await SimulatorServer.StartAsync(options));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? authorization = null) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), authorization);

    public Task<HttpResponseMessage> GetAsync(string path, string? authorization = null) =>
        SendAsync(HttpMethod.Get, path, null, authorization);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? authorization = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Submits a /release_task JSON body and returns the task id.</summary>
    public async Task<string> SubmitAsync(string json, string? authorization = null)
    {
        using var response = await PostJsonAsync("/release_task", json, authorization);
        var envelope = await Json.ReadAsync(response, 200);
        return envelope.GetProperty("data").GetProperty("task_id").GetString()!;
    }

    /// <summary>The /query_result entry of one task.</summary>
    public async Task<JsonElement> QueryAsync(string taskId, string? authorization = null)
    {
        using var response = await PostJsonAsync("/query_result", $$"""{"task_id_list":["{{taskId}}"]}""", authorization);
        var envelope = await Json.ReadAsync(response, 200);
        return envelope.GetProperty("data")[0].Clone();
    }

    /// <summary>Polls until the task is no longer 0 (queued/running) and returns its entry.</summary>
    public Task<JsonElement> WaitForFinishAsync(string taskId, string? authorization = null) =>
        WaitForEntryAsync(taskId, static entry => entry.GetProperty("status").GetInt32() != 0, authorization);

    /// <summary>Polls until the task's entry satisfies <paramref name="isReached"/> (or a minute passes) and returns it.</summary>
    public async Task<JsonElement> WaitForEntryAsync(string taskId, Func<JsonElement, bool> isReached, string? authorization = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var entry = await QueryAsync(taskId, authorization);
            if (isReached(entry) || DateTime.UtcNow > deadline)
            {
                return entry;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The parsed <c>result</c> string of a finished task.</summary>
    public async Task<JsonElement[]> WaitForItemsAsync(string taskId, string? authorization = null) =>
        Json.ResultItems(await WaitForFinishAsync(taskId, authorization));

    public static AuthenticationHeaderValue Bearer(string key) => new("Bearer", key);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
