using AceStep.Providers.Transport;

namespace AceStep.Providers.Tests.Transport;

public sealed class ErrorBodyReaderTests
{
    [Theory]
    [InlineData("""{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""", "Incorrect API key provided.", "invalid_api_key")]
    [InlineData("""{"error":{"message":"Server overloaded","type":"server_error","param":null,"code":null}}""", "Server overloaded", "server_error")]
    [InlineData("""{"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}""", "The model is overloaded. Please try again later.", "UNAVAILABLE")]
    [InlineData("""{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}""", "Invalid API key", "invalid_api_key")]
    [InlineData("""{"detail":{"type":"validation_error","code":"invalid_file","message":"File is corrupt","request_id":"r1"}}""", "File is corrupt", "invalid_file")]
    [InlineData("""{"detail":"Must provide either file or cloud_storage_url parameter."}""", "Must provide either file or cloud_storage_url parameter.", null)]
    [InlineData("""{"detail":[{"type":"missing","loc":["body","model_id"],"msg":"Field required","input":null},{"type":"enum","loc":["body","timestamps_granularity"],"msg":"Input should be 'word'"}]}""", "body.model_id: Field required; body.timestamps_granularity: Input should be 'word'", "missing")]
    [InlineData("""{"error":"quota exhausted"}""", "quota exhausted", null)]
    [InlineData("""{"message":"Bad gateway","code":"BAD_GATEWAY"}""", "Bad gateway", "BAD_GATEWAY")]
    public void Every_json_shape_the_providers_use_gives_its_message_and_code(string body, string message, string? code)
    {
        var error = ErrorBodyReader.Read(body, "application/json");

        Assert.Equal((message, code), (error.Message, error.Code));
    }

    [Fact]
    public void Geminis_invalid_key_reason_is_recognised_behind_a_400()
    {
        var error = ErrorBodyReader.Read(
            """{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""",
            "application/json");

        Assert.True(error.KeyInvalid);
        Assert.Equal("API_KEY_INVALID", error.Code);
    }

    [Fact]
    public void An_html_page_is_described_by_its_title_and_visible_text_never_its_markup()
    {
        var error = ErrorBodyReader.Read(
            "<!DOCTYPE html><html><head><title>Just a moment...</title><script>var secret = 1;</script></head><body><h1>Checking your browser</h1>\n\n<p>Ray ID: 42</p></body></html>",
            "text/html");

        Assert.Equal("an HTML page instead of an API answer (a proxy or gateway in between?): Just a moment... — Checking your browser Ray ID: 42", error.Message);
    }

    [Fact]
    public void Plain_text_is_quoted_short_on_one_line_without_control_characters()
    {
        var error = ErrorBodyReader.Read("upstream connect error\u001b[31m or disconnect/reset before headers\n" + new string('x', 400), "text/plain");

        Assert.StartsWith("a non-JSON answer: upstream connect error [31m or disconnect/reset before headers xxx", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("…", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.Message!);
        Assert.True(error.Message!.Length < 200);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("""{"status":"weird"}""", "a JSON answer without an error message: {\"status\":\"weird\"}")]
    [InlineData("{\"error\": {\"mess", "a non-JSON answer: {\"error\": {\"mess")]
    public void Empty_broken_or_unknown_bodies_still_say_something_useful(string body, string? message)
    {
        Assert.Equal(message, ErrorBodyReader.Read(body, null).Message);
    }
}
