using System.Text;
using AceStep.Client.Native;
using AceStep.Client.Native.Wire;

namespace AceStep.Client.Tests.Native;

public sealed class EnvelopeReaderTests
{
    [Fact]
    public void Success_needs_code_200_and_returns_data()
    {
        var data = EnvelopeReader.ReadData(Bytes("""{"data":{"task_id":"abc","status":"queued","queue_position":3},"code":200,"error":null,"timestamp":1,"extra":null}"""), NativeJsonContext.Default.SubmitData, "POST /release_task");

        Assert.Equal("abc", data.TaskId);
        Assert.Equal(3, data.QueuePosition);
    }

    [Fact]
    public void Soft_error_with_code_500_keeps_the_servers_message()
    {
        var error = Assert.Throws<AceStepServerErrorException>(() => EnvelopeReader.ReadData(
            Bytes("""{"data":null,"code":500,"error":"format_sample failed: LM exploded","timestamp":1,"extra":null}"""),
            NativeJsonContext.Default.SketchData,
            "POST /format_input"));

        Assert.Equal("format_sample failed: LM exploded", error.ServerMessage);
        Assert.Equal("POST /format_input failed with HTTP 500: format_sample failed: LM exploded", error.Message);
        Assert.Equal("POST /format_input", error.Endpoint);
    }

    [Fact]
    public void Soft_error_with_code_400_is_an_invalid_request()
    {
        var error = Assert.Throws<AceStepInvalidRequestException>(() => EnvelopeReader.ReadData(
            Bytes("""{"data":null,"code":400,"error":"Slot 2 is not available","timestamp":1,"extra":null}"""),
            NativeJsonContext.Default.InitData,
            "POST /v1/init"));

        Assert.Equal(400, error.StatusCode);
    }

    [Theory]
    [InlineData("Internal Server Error")]
    [InlineData("<!DOCTYPE html><html><title>502 Bad Gateway</title></html>")]
    [InlineData("""{"detail":"x"}""")]
    public void Anything_but_an_envelope_is_a_protocol_error(string body) =>
        Assert.Throws<AceStepProtocolException>(() => EnvelopeReader.ReadData(Bytes(body), NativeJsonContext.Default.HealthData, "GET /health"));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
