using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>
/// generate, cover and random, parsed: the library's <see cref="GenerationRequest"/> exactly as the flags give it
/// (an unset flag stays null, so the configured default applies later), and what only the CLI uses: the source
/// file as typed (checked and opened before sending) and how to wait and save.
/// </summary>
internal sealed record GenerateOptions(GenerationRequest Request, string? SourcePath, WaitOptions Wait)
{
    /// <summary>The reference (style) audio file as typed; checked and opened before sending, like the source.</summary>
    public string? ReferencePath { get; init; }

    /// <summary>acestep random: sample mode without a description, the server's LM writes everything.</summary>
    public bool IsRandomSong => Request.SampleMode == true && Request.Description is null;
}
