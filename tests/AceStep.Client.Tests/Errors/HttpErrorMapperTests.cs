using AceStep.Client.Errors;

namespace AceStep.Client.Tests.Errors;

public sealed class HttpErrorMapperTests
{
    [Theory]
    [InlineData(401, typeof(AceStepUnauthorizedException))]
    [InlineData(429, typeof(AceStepQueueFullException))]
    [InlineData(503, typeof(AceStepNotReadyException))]
    [InlineData(502, typeof(AceStepGatewayException))]
    [InlineData(504, typeof(AceStepGatewayException))]
    [InlineData(522, typeof(AceStepGatewayException))]
    [InlineData(400, typeof(AceStepInvalidRequestException))]
    [InlineData(415, typeof(AceStepInvalidRequestException))]
    [InlineData(422, typeof(AceStepInvalidRequestException))]
    [InlineData(500, typeof(AceStepServerErrorException))]
    public void Each_status_has_its_exception(int status, Type expected)
    {
        var error = HttpErrorMapper.Create(status, "msg", "POST /release_task");

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("msg", error.ServerMessage);
        Assert.Equal("POST /release_task", error.Endpoint);
    }

    [Fact]
    public void Messages_name_the_endpoint_status_and_server_text()
    {
        Assert.Equal(
            "POST /release_task failed with HTTP 401: Invalid API key. Check the API key.",
            HttpErrorMapper.Create(401, "Invalid API key", "POST /release_task").Message);
        Assert.Equal(
            "POST /release_task failed with HTTP 429: Server busy: queue is full. The server's queue is full; retry later.",
            HttpErrorMapper.Create(429, "Server busy: queue is full", "POST /release_task").Message);
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(524, true)]
    [InlineData(500, false)]
    [InlineData(401, false)]
    public void Only_recoverable_statuses_are_transient(int status, bool transient) =>
        Assert.Equal(transient, HttpErrorMapper.IsTransient(status));
}
