using AceStep.Client.Errors;

namespace AceStep.Client.Tests.Errors;

public sealed class ServerMessageExtractorTests
{
    [Fact]
    public void Detail_string_is_the_message() =>
        Assert.Equal("Server busy: queue is full", ServerMessageExtractor.Extract("""{"detail":"Server busy: queue is full"}""", "application/json"));

    [Fact]
    public void Validation_items_name_their_location() =>
        Assert.Equal(
            "query.path: Field required",
            ServerMessageExtractor.Extract("""{"detail":[{"type":"missing","loc":["query","path"],"msg":"Field required","input":null}]}""", "application/json"));

    [Fact]
    public void Plain_text_500_is_its_first_line() =>
        Assert.Equal("Internal Server Error", ServerMessageExtractor.Extract("Internal Server Error", "text/plain"));

    [Fact]
    public void A_traceback_is_summarised_by_its_last_line()
    {
        const string traceback = "Traceback (most recent call last):\n  File \"handler.py\", line 10, in run\n    raise RuntimeError(\"CUDA out of memory\")\nRuntimeError: CUDA out of memory\n";

        Assert.Equal("RuntimeError: CUDA out of memory", ServerMessageExtractor.Extract($$"""{"detail":{{System.Text.Json.JsonSerializer.Serialize(traceback, Json.TestJsonContext.Default.String)}}}""", "application/json"));
    }

    [Fact]
    public void Html_error_pages_are_named_by_their_title() =>
        Assert.Equal("HTML page: 502 Bad Gateway", ServerMessageExtractor.Extract("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html"));

    [Fact]
    public void OpenAI_style_errors_are_understood() =>
        Assert.Equal("Invalid API key", ServerMessageExtractor.Extract("""{"error":{"message":"Invalid API key","type":"auth"}}""", "application/json"));

    [Fact]
    public void Control_characters_and_length_are_tamed()
    {
        var message = ServerMessageExtractor.Extract("bad\u001b[31m" + new string('x', 2000), "text/plain")!;

        Assert.DoesNotContain('\u001b', message);
        Assert.True(message.Length <= 501);
    }
}
