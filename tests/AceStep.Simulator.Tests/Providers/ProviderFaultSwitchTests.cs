using System.Net;
using System.Text;
using System.Text.Json;
using AceStep.Simulator.Providers;
using AceStep.Simulator.Providers.Faults;
using static AceStep.Simulator.Tests.Providers.ProviderFakeClient;

namespace AceStep.Simulator.Tests.Providers;

public sealed class ProviderFaultSwitchTests : IAsyncLifetime
{
    private ProviderFakesHost host = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        host = await ProviderFakesHost.StartAsync();
        http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_status_fault_answers_the_next_requests_in_the_providers_shape_then_stops()
    {
        host.Fakes.Faults.Add(new ProviderFault("gemini", ProviderFaultKind.Status, 503, Count: 2));

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("/v1beta/models/gemini-3.1-flash-image:generateContent?key=k", new StringContent("{}"));
            statuses.Add((int)response.StatusCode);
            if (i == 0)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(("UNAVAILABLE", "The model is overloaded. Please try again later."), (body.RootElement.GetProperty("error").GetProperty("status").GetString(), body.RootElement.GetProperty("error").GetProperty("message").GetString()));
            }
        }

        Assert.Equal([503, 503, 400], statuses);
    }

    [Fact]
    public async Task Rate_limiting_sends_Retry_After_and_an_html_fault_sends_a_cdn_page()
    {
        host.Fakes.Faults.Add(new ProviderFault("/v1/speech-to-text", ProviderFaultKind.RateLimited, Seconds: 3));
        host.Fakes.Faults.Add(new ProviderFault("openai", ProviderFaultKind.HtmlPage, 520));

        using var limited = await http.PostAsync("/v1/speech-to-text", Form(SongBytes()));
        using var page = await http.PostAsync("/v1/audio/transcriptions", Form(SongBytes()));

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3)), (limited.StatusCode, limited.Headers.RetryAfter?.Delta));
        Assert.Contains("too_many_concurrent_requests", await limited.Content.ReadAsStringAsync());
        Assert.Equal(("text/html", 520), (page.Content.Headers.ContentType?.MediaType, (int)page.StatusCode));
        Assert.Contains("<title>api.openai.com | 520: Web server is returning an unknown error</title>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_dropped_connection_gives_no_answer_at_all()
    {
        host.Fakes.Faults.Add(new ProviderFault("elevenlabs", ProviderFaultKind.DropConnection));

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("/v1/speech-to-text", Form(SongBytes())));
    }

    [Fact]
    public async Task The_admin_document_shows_changes_and_resets_the_faults()
    {
        var put = new StringContent("""{"misheard_share":0.3,"faults":[{"target":"openai","kind":"rate_limited","count":2,"seconds":5},{"target":"gemini","kind":"delay","count":0,"seconds":1.5}]}""", Encoding.UTF8, "application/json");

        using var changed = await http.PutAsync("/_simulator/providers/faults", put);
        var document = await http.GetStringAsync("/_simulator/providers/faults");
        using var bad = await http.PutAsync("/_simulator/providers/faults", new StringContent("""{"faults":[{"target":"openai","kind":"explode"}]}"""));
        using var reset = await http.DeleteAsync("/_simulator/providers/faults");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(
            """{"misheard_share":0.3,"missed_share":0.02,"faults":[{"target":"openai","kind":"rate_limited","status":500,"count":2,"seconds":5,"remaining":2},{"target":"gemini","kind":"delay","status":500,"count":0,"seconds":1.5,"remaining":null}]}""",
            document);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kind must be one of status, html_page, rate_limited", await bad.Content.ReadAsStringAsync());
        Assert.Equal("""{"misheard_share":0.15,"missed_share":0.02,"faults":[]}""", await reset.Content.ReadAsStringAsync());
    }
}
