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

    /// <summary>acestep lint (or generate --strict) found errors or warnings in the song draft.</summary>
    LintFindings = 11,

    /// <summary>The provider produced nothing usable: no words heard, no image made.</summary>
    NothingProduced = 13,

    /// <summary>acestep batch ended with items failed or not finished.</summary>
    BatchIncomplete = 12,

    /// <summary>A tool the command needs (ffmpeg, ffprobe) is not installed.</summary>
    MissingTool = 14,

    /// <summary>The music video could not be rendered (ffmpeg failed, unreadable audio).</summary>
    RenderFailed = 15,
    Interrupted = 130,
}
