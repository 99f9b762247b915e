namespace AceStep.Client.Errors;

/// <summary>Chooses the exception type for an HTTP error status (docs/architecture.md lists the mapping).</summary>
internal static class HttpErrorMapper
{
    /// <summary>Statuses worth retrying for an idempotent request: the server or a gateway may recover.</summary>
    public static bool IsTransient(int status) => status is 429 or 502 or 503 or 504 || IsCloudflareStatus(status);

    public static AceStepException Create(int status, string? serverMessage, string endpoint, bool jobMayStillRun = false)
    {
        var details = new AceStepErrorDetails(endpoint, status, serverMessage, jobMayStillRun);
        var said = serverMessage is null ? string.Empty : $": {serverMessage}";
        var message = $"{endpoint} failed with HTTP {status}{said}";
        return status switch
        {
            401 => new AceStepUnauthorizedException($"{message}. Check the API key.", details),
            429 => new AceStepQueueFullException($"{message}. The server's queue is full; retry later.", details),
            503 => new AceStepNotReadyException($"{message}. The server is not ready; if its models are not loaded, warm it up with POST /v1/init or run one native job.", details),
            502 or 504 => new AceStepGatewayException(message, details),
            _ when IsCloudflareStatus(status) => new AceStepGatewayException(message, details),
            >= 400 and < 500 => new AceStepInvalidRequestException(message, details),
            _ => new AceStepServerErrorException(message, details),
        };
    }

    /// <summary>
    /// Whether an error answer shows that no ACE-Step API is at the address: ACE-Step (FastAPI) answers every error in
    /// JSON, so a 404, 405 or 501 that is a web page, plain text or nothing comes from another server. (A JSON
    /// "Not Found" may be an older ACE-Step without that route, so it stays a rejected request.)
    /// </summary>
    public static bool ShowsNoAceStepApi(int status, string? body) =>
        status is 404 or 405 or 501 && !(body is not null && body.TrimStart().StartsWith('{'));

    public static AceStepWrongServerException WrongServer(int status, string? serverMessage, string endpoint, string address)
    {
        var said = serverMessage is null ? string.Empty : $" ({serverMessage})";
        return new AceStepWrongServerException(
            $"No ACE-Step API answers at {address}: {endpoint} got HTTP {status}{said}.",
            new AceStepErrorDetails(endpoint, status, serverMessage));
    }

    private static bool IsCloudflareStatus(int status) => status is >= 520 and <= 529;
}
