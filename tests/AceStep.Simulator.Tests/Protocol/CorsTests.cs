using AceStep.Simulator.Tests.Infrastructure;

namespace AceStep.Simulator.Tests.Protocol;

/// <summary>Version B allows localhost origins only; version A sends no CORS headers (see docs/protocol.md, "Responses").</summary>
public sealed class CorsTests
{
    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("https://127.0.0.1", true)]
    [InlineData("null", true)]
    [InlineData("http://example.com", false)]
    public async Task Version_B_allows_only_local_origins(string origin, bool allowed)
    {
        await using var sim = await RunningSimulator.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", origin);

        using var response = await sim.Client.SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task Version_B_answers_preflights()
    {
        await using var sim = await RunningSimulator.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Options, "/release_task");
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await sim.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("GET,POST,OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task Version_A_sends_no_CORS_headers()
    {
        await using var sim = await RunningSimulator.StartAsync(o => o.Version = ServerVersion.A);
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("Origin", "http://localhost");

        using var response = await sim.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
