namespace AceStep.Cli.Errors;

/// <summary>The documented exit codes (docs/architecture.md, docs/cli.md).</summary>
internal enum ExitCode
{
    Success = 0,
    InternalError = 1,
    Usage = 2,
    Configuration = 3,
    Authentication = 4,
    Unavailable = 5,
    Rejected = 6,
    JobFailed = 7,
    JobLost = 8,
    Timeout = 9,
    OutputNotWritable = 10,
    MissingTool = 11,
    RenderFailed = 12,
    Interrupted = 130,
}
