namespace AceStep.Cli.Json;

/// <summary>The --json document of <c>acestep doctor</c>.</summary>
internal sealed record DoctorReport(bool Ok, int ExitCode, string? Server, IReadOnlyList<DoctorLine> Checks);

/// <summary>One check: <c>outcome</c> is pass, fail, warn or info; <c>fix</c> is a command or an instruction.</summary>
internal sealed record DoctorLine(string Name, string Outcome, string Message, string? Fix);
