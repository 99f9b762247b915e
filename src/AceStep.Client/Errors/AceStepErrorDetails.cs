namespace AceStep.Client;

/// <summary>What is known about a failed exchange with the server; carried by every <see cref="AceStepException"/>.</summary>
/// <param name="Endpoint">The request that failed, e.g. <c>POST /release_task</c>.</param>
/// <param name="StatusCode">The HTTP status, or null when no response arrived.</param>
/// <param name="ServerMessage">The server's own message, already shortened to one readable line.</param>
/// <param name="JobMayStillRun">True when the server may have accepted work despite the failure.</param>
public sealed record AceStepErrorDetails(
    string? Endpoint,
    int? StatusCode = null,
    string? ServerMessage = null,
    bool JobMayStillRun = false);
