using System.Text.Json;

namespace AceStep.Simulator.Tests.Infrastructure;

/// <summary>Assertions on response shapes.</summary>
internal static class Json
{
    /// <summary>Checks status and <c>application/json</c>, then parses the body.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Checks a FastAPI error: status, <c>{"detail":"…"}</c> exactly.</summary>
    public static async Task AssertDetailAsync(HttpResponseMessage response, int expectedStatus, string detail)
    {
        var body = await ReadAsync(response, expectedStatus);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(["detail"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    /// <summary>Checks uvicorn's plain-text 500.</summary>
    public static async Task AssertPlainText500Async(HttpResponseMessage response)
    {
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Checks the envelope's key order and fields and returns its <c>data</c>.</summary>
    public static async Task<JsonElement> ReadEnvelopeAsync(HttpResponseMessage response, int expectedCode = 200)
    {
        var body = await ReadAsync(response, 200);
        Assert.Equal(["data", "code", "error", "timestamp", "extra"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expectedCode, body.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("extra").ValueKind);
        var timestamp = body.GetProperty("timestamp").GetInt64();
        Assert.InRange(timestamp, 1_600_000_000_000, 9_999_999_999_999);
        return body.GetProperty("data").Clone();
    }

    public static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static JsonElement[] ResultItems(JsonElement entry)
    {
        using var document = JsonDocument.Parse(entry.GetProperty("result").GetString()!);
        return [.. document.RootElement.EnumerateArray().Select(item => item.Clone())];
    }
}
