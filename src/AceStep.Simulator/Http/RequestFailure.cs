namespace AceStep.Simulator.Http;

/// <summary>An error answer decided while reading a request: a FastAPI detail, or (detail null) the plain-text 500.</summary>
internal sealed record RequestFailure(int StatusCode, string? Detail)
{
    public static RequestFailure PlainText500 { get; } = new(StatusCodes.Status500InternalServerError, null);

    public Task WriteAsync(HttpContext context) =>
        Detail is null ? JsonResponses.WritePlainTextErrorAsync(context) : JsonResponses.WriteDetailAsync(context, StatusCode, Detail);
}
