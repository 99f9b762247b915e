using System.Text;
using AceStep.Cli.Tests.FaultMatrix;
using AceStep.Cli.Tests.Infrastructure;

namespace AceStep.Cli.Tests;

/// <summary>
/// An address where something answers, but not ACE-Step (a web server's HTML 404, a JSON "Not Found" on /health):
/// the user hears that no ACE-Step API is there and which port ACE-Step uses, with the connection exit code 5.
/// </summary>
public sealed class WrongServerTests : IDisposable
{
    private static readonly HostileAnswer HtmlNotFound = new(
        404, "text/html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"));

    private static readonly HostileAnswer HtmlNotImplemented = new(
        501, "text/html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Error response</title></head><body>Unsupported method ('POST')</body></html>"));

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("native")]
    [InlineData("completion")]
    public async Task A_web_server_404_page_on_health_says_no_ACE_Step_API_answers_there(string mode)
    {
        await using var server = Serve(_ => HtmlNotFound, mode);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        AssertWrongServer(result, server);
    }

    [Fact]
    public async Task The_health_command_says_no_ACE_Step_API_answers_there()
    {
        await using var server = Serve(_ => HtmlNotFound, "native");

        var result = await _sandbox.RunAsync("health");

        AssertWrongServer(result, server);
    }

    [Theory]
    [InlineData("native")]
    [InlineData("completion")]
    public async Task A_submission_answered_by_a_web_page_says_no_ACE_Step_API_answers_there(string mode)
    {
        // Only /health passes (a proxy that forwards it, say); the submission gets the web server's own error page.
        await using var server = Serve(path => path == "/health" ? HostileServer.Health : HtmlNotImplemented, mode);

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        AssertWrongServer(result, server);
        Assert.Empty(ResultFiles.AudioFiles(_sandbox));
    }

    [Fact]
    public async Task A_JSON_not_found_on_health_is_not_an_ACE_Step_server_either()
    {
        await using var server = Serve(_ => HostileAnswer.NotFound, "native");

        var result = await _sandbox.RunAsync("generate", "Rock", "--duration", "10");

        AssertWrongServer(result, server);
    }

    private static void AssertWrongServer(CliResult result, HostileServer server)
    {
        Assert.True(result.ExitCode == 5, result.ToString());
        Assert.Contains($"No ACE-Step API answers at {server.BaseAddress.ToString().TrimEnd('/')}", result.StandardError);
        Assert.Contains("ACE-Step listens on port 8001 by default", result.StandardError);
        Assert.DoesNotContain("rejected the request", result.StandardError);
    }

    private HostileServer Serve(Func<string, HostileAnswer> answer, string mode)
    {
        var server = new HostileServer(answer);
        _sandbox.Variables["ACESTEP_API_URL"] = server.BaseAddress.ToString();
        _sandbox.Variables["ACESTEP_API_MODE"] = mode;
        return server;
    }
}
