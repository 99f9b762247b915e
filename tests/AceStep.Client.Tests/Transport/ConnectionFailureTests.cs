using System.Text;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Transport;

public sealed class ConnectionFailureTests
{
    [Fact]
    public async Task A_reset_after_the_submission_was_sent_is_not_retried()
    {
        await using var server = new RawTcpServer((_, stream) => RawTcpServer.Reset(stream));
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAsync<AceStepUnreachableException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.True(error.JobMayStillRun);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task A_reset_on_a_read_is_retried()
    {
        var answered = 0;
        await using var server = new RawTcpServer(async (_, stream) =>
        {
            if (Interlocked.Increment(ref answered) <= 2)
            {
                await RawTcpServer.Reset(stream);
                return;
            }

            var body = """{"data":{"status":"ok","service":"ACE-Step API","version":"1.0"},"code":200,"error":null,"timestamp":1,"extra":null}""";
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
        });
        using var client = Client(server.BaseAddress);

        var health = await client.GetHealthAsync();

        Assert.Equal("ok", health.Status);
        Assert.Equal(3, server.Connections);
    }

    [Fact]
    public async Task A_truncated_json_answer_is_a_protocol_or_connection_error_never_a_crash()
    {
        await using var server = new RawTcpServer(async (_, stream) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"data\":{\"sta")));
        using var client = Client(server.BaseAddress);

        var error = await Assert.ThrowsAnyAsync<AceStepException>(() => client.GetHealthAsync());

        Assert.True(error is AceStepUnreachableException or AceStepProtocolException, error.GetType().Name);
    }

    private static AceStepClient Client(Uri endpoint) => new(new AceStepClientOptions
    {
        Endpoint = endpoint,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(10),
    });
}
