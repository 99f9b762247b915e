using AceStep.Cli.Configuration;

namespace AceStep.Cli.Tags;

/// <summary>Whether saved audio is tagged, and the fields the user sets rather than the job: title, artist, album.</summary>
internal sealed record TagOptions(bool Enabled, string? Title, string? Artist, string? Album)
{
    public static TagOptions Off { get; } = new(false, null, null, null);

    /// <summary>The flags, else the configuration (tags.enabled, tags.artist, tags.album).</summary>
    public static TagOptions Resolve(TagFlagValues flags, SettingsResolver resolver) => new(
        !flags.NoTags && resolver.Resolve(ConfigKeys.TagsEnabled).Value != "false",
        Blank(flags.Title),
        Blank(flags.Artist) ?? Blank(resolver.Resolve(ConfigKeys.TagsArtist).Value),
        Blank(flags.Album) ?? Blank(resolver.Resolve(ConfigKeys.TagsAlbum).Value));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>--no-tags, --title, --artist, --album as typed.</summary>
internal sealed record TagFlagValues(bool NoTags, string? Title, string? Artist, string? Album)
{
    public static TagFlagValues None { get; } = new(false, null, null, null);
}
