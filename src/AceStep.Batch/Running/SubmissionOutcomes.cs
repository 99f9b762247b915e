using AceStep.Client;

namespace AceStep.Batch;

/// <summary>Sorts a failed submission into its <see cref="SubmissionOutcome"/>.</summary>
internal static class SubmissionOutcomes
{
    public static SubmissionOutcome Of(Exception error) => error switch
    {
        AceStepException { JobMayStillRun: true } => SubmissionOutcome.Uncertain,
        AceStepUnreachableException or AceStepWrongServerException or AceStepQueueFullException or AceStepNotReadyException or AceStepGatewayException or AceStepUnauthorizedException
            => SubmissionOutcome.ServerUnavailable,
        AceStepInvalidRequestException { StatusCode: 404 or 405 } => SubmissionOutcome.ServerUnavailable,
        AceStepInvalidRequestException or AceStepServerErrorException => SubmissionOutcome.Rejected,
        ArgumentException or IOException or UnauthorizedAccessException => SubmissionOutcome.Rejected,
        _ => SubmissionOutcome.Uncertain,
    };
}
