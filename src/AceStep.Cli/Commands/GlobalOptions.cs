using AceStep.Cli.Configuration;

namespace AceStep.Cli.Commands;

/// <summary>The global flags, parsed: setting overrides for the run context, and how the reporter writes.</summary>
internal sealed record GlobalOptions(SettingFlags Settings, bool Json, bool Quiet);
