namespace AceStep.Cli.Generation;

/// <summary>What generate does with the songwriting lint before sending.</summary>
internal enum LintMode
{
    /// <summary>Print errors and warnings, send anyway.</summary>
    Warn,

    /// <summary>--strict: errors stop the generation before anything is sent (exit 11).</summary>
    Strict,

    /// <summary>--no-lint: no check.</summary>
    Off,
}
