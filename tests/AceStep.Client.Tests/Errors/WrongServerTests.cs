using System.Net;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Errors;

/// <summary>
/// An endpoint where something answers, but not ACE-Step: its pages are not JSON, which every ACE-Step error is.
/// A JSON "Not Found" stays a rejected request (an older ACE-Step lacks some routes).
/// </summary>
public sealed class WrongServerTests
{
    [Theory]
    [InlineData(HttpStatusCode.NotFound, "text/html", "<!DOCTYPE html><html><head><title>404 Not Found</title></head></html>")]
    [InlineData(HttpStatusCode.NotFound, "text/plain", "404 page not found")]
    [InlineData(HttpStatusCode.MethodNotAllowed, "text/html", "<html><body>Method Not Allowed</body></html>")]
    [InlineData(HttpStatusCode.NotImplemented, "text/html", "<html><title>Error response</title></html>")]
    public async Task A_page_that_is_not_JSON_means_no_ACE_Step_API_is_there(HttpStatusCode status, string mediaType, string body)
    {
        var handler = new StubHandler(_ => StubHandler.Text(body, status, mediaType));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepWrongServerException>(() => client.GetHealthAsync());

        Assert.StartsWith($"No ACE-Step API answers at {client.Endpoint.ToString().TrimEnd('/')}", error.Message);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal("GET /health", error.Endpoint);
    }

    [Fact]
    public async Task A_JSON_not_found_is_still_a_rejected_request()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"detail":"Not Found"}""", HttpStatusCode.NotFound));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepInvalidRequestException>(() => client.GetModelInventoryAsync());

        Assert.Equal(404, error.StatusCode);
    }
}
