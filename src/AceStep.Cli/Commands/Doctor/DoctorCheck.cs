using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>How a check came out: only <see cref="Fail"/> changes the exit code.</summary>
internal enum CheckOutcome
{
    /// <summary>✔ works.</summary>
    Pass,

    /// <summary>✖ broken: acestep cannot do its main job until it is fixed.</summary>
    Fail,

    /// <summary>! works, but an optional feature is missing (videos, the LM, a provider key).</summary>
    Warn,

    /// <summary>- a state worth knowing, neither good nor bad.</summary>
    Info,
}

/// <summary>One line of <c>acestep doctor</c>: what was checked, what was found, and for a problem the command that fixes it.</summary>
internal sealed record DoctorCheck(string Name, CheckOutcome Outcome, string Message, string? Fix = null)
{
    /// <summary>The exit code a failure of this check gives (the first failed check decides).</summary>
    public ExitCode FailureCode { get; init; } = ExitCode.Unavailable;

    public static DoctorCheck Pass(string name, string message) => new(name, CheckOutcome.Pass, message);

    public static DoctorCheck Info(string name, string message, string? fix = null) => new(name, CheckOutcome.Info, message, fix);

    public static DoctorCheck Warn(string name, string message, string fix) => new(name, CheckOutcome.Warn, message, fix);

    public static DoctorCheck Fail(string name, string message, string fix, ExitCode code) => new(name, CheckOutcome.Fail, message, fix) { FailureCode = code };
}
