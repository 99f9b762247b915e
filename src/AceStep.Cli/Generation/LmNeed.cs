namespace AceStep.Cli.Generation;

/// <summary>
/// One part of a request that only the server's 5 Hz LM can honour (thinking, use_format, a description, a random song),
/// and who asked for it: <paramref name="AskedBy"/> names the flag or setting, null when it is only the built-in default.
/// </summary>
internal sealed record LmNeed(string Name, string? AskedBy)
{
    public bool IsExplicit => AskedBy is not null;
}
