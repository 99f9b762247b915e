namespace AceStep.Cli.Commands.Config;

/// <summary>
/// <c>acestep config</c>, parsed: the action, the key it names (--get, --set, --unset) and, for --set, the value
/// as typed (null or "-": an API key is read from stdin).
/// </summary>
internal sealed record ConfigOptions(ConfigAction Action, string? Key = null, string? Value = null);
