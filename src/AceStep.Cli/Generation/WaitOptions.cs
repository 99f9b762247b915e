namespace AceStep.Cli.Generation;

/// <summary>How a command that runs or fetches jobs waits and saves: --no-wait, --timeout (null: the configured one), --force.</summary>
internal sealed record WaitOptions(bool NoWait, TimeSpan? Timeout, bool Force);
