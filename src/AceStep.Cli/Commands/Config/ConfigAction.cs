namespace AceStep.Cli.Commands.Config;

/// <summary>What <c>acestep config</c> was asked to do: one action per run.</summary>
internal enum ConfigAction
{
    Summary,
    Get,
    Set,
    Unset,
    List,
    Reset,
    CheckKey,
    Path,
}
