using AceStep.Simulator.Http;

namespace AceStep.Simulator.Endpoints;

/// <summary>The errors of the routes that run the LM on request (see docs/protocol.md, "Other routes").</summary>
internal static class LanguageModelAvailability
{
    public static RequestFailure? Check(SimulatorFaults faults)
    {
        if (faults.LmLoadError is { } reason)
        {
            return new RequestFailure(StatusCodes.Status500InternalServerError, $"LLM init failed: {reason}");
        }

        return faults.LmUnavailable
            ? new RequestFailure(StatusCodes.Status503ServiceUnavailable, "LLM not initialized. Set ACESTEP_INIT_LLM=true in .env to enable.")
            : null;
    }
}
