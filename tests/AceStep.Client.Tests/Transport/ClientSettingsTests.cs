using AceStep.Client.Transport;

namespace AceStep.Client.Tests.Transport;

public sealed class ClientSettingsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8001", "http://127.0.0.1:8001/health")]
    [InlineData("http://127.0.0.1:8001/", "http://127.0.0.1:8001/health")]
    [InlineData("https://proxy.example/acestep/", "https://proxy.example/acestep/health")]
    public void Paths_join_without_double_slashes(string endpoint, string expected) =>
        Assert.Equal(expected, Settings(endpoint).Resolve("/health").AbsoluteUri);

    [Fact]
    public void Audio_urls_are_used_verbatim()
    {
        var uri = Settings("http://127.0.0.1:8001/").Resolve("/v1/audio?path=%2Fsrv%2Fa%20b%3A.mp3");

        Assert.Equal("http://127.0.0.1:8001/v1/audio?path=%2Fsrv%2Fa%20b%3A.mp3", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://host/")]
    [InlineData("file:///tmp/x")]
    public void Only_http_and_https_endpoints_are_accepted(string endpoint) =>
        Assert.Throws<ArgumentException>(() => Settings(endpoint));

    [Fact]
    public void Credentials_in_the_endpoint_never_reach_messages()
    {
        var settings = Settings("http://user:secret@127.0.0.1:8001/");

        Assert.DoesNotContain("secret", settings.DisplayEndpoint, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_in_a_rejected_endpoint_never_reach_the_message()
    {
        var error = Assert.Throws<ArgumentException>(() => Settings("ftp://user:secret@host/"));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("ftp://host/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_not_printed()
    {
        var settings = ClientSettings.From(new AceStepClientOptions { ApiKey = "sk-never-print" });

        Assert.DoesNotContain("sk-never-print", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_is_recognised_for_the_local_path_fallback()
    {
        Assert.True(Settings("http://127.0.0.1:8001/").IsLoopback);
        Assert.True(Settings("http://localhost:8001/").IsLoopback);
        Assert.False(Settings("https://api.acemusic.ai/").IsLoopback);
    }

    [Fact]
    public void Defaults_follow_the_spec()
    {
        var options = new AceStepClientOptions();

        Assert.Equal(new Uri("http://127.0.0.1:8001/"), options.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(660), options.CompletionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(300), options.DownloadTimeout);
        Assert.True(options.PollMaxInterval <= TimeSpan.FromSeconds(5));
    }

    private static ClientSettings Settings(string endpoint) => ClientSettings.From(new AceStepClientOptions { Endpoint = new Uri(endpoint) });
}
