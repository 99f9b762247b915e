using AceStep.Cli.Tags;
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

    /// <summary>The songwriting pre-flight: print findings (the default), stop on errors (--strict), or skip it (--no-lint).</summary>
    public LintMode Lint { get; init; } = LintMode.Warn;

    /// <summary>--no-tags, --title, --artist, --album as typed (the configuration fills the rest when the job is saved).</summary>
    public TagFlagValues Tags { get; init; } = TagFlagValues.None;

    /// <summary>--duration auto: send the lint's duration estimate instead of a number.</summary>
    public bool AutoDuration { get; init; }

    /// <summary>A caption and lyrics the user wrote: the songwriting rules apply (not to a description or a random song).</summary>
    public bool HasOwnSongText => !IsRandomSong && Request.Description is null && (Request.Caption is not null || Request.Lyrics is not null);
}
