namespace AceStep.Cli.Errors;

/// <summary>
/// A failure the CLI explains to the user: what went wrong, what to do next, and the exit code.
/// The message must never contain a secret.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(ExitCode exitCode, string errorCode, string message, string? hint = null, string? jobId = null)
        : base(message)
    {
        ExitCode = exitCode;
        ErrorCode = errorCode;
        Hint = hint;
        JobId = jobId;
    }

    public ExitCode ExitCode { get; }

    /// <summary>A stable machine-readable code, e.g. <c>usage</c>, <c>config_invalid</c>, <c>unauthorized</c>.</summary>
    public string ErrorCode { get; }

    public string? Hint { get; }

    public string? JobId { get; }

    public static CliException Usage(string message, string? hint = null) =>
        new(ExitCode.Usage, "usage", message, hint);

    public static CliException InvalidInput(string message, string? hint = null) =>
        new(ExitCode.Usage, "invalid_input", message, hint);

    public static CliException Configuration(string message, string? hint = null) =>
        new(ExitCode.Configuration, "config_invalid", message, hint);

    public static CliException Output(string message, string? hint = null, string? jobId = null) =>
        new(ExitCode.OutputNotWritable, "output_not_writable", message, hint, jobId);
}
