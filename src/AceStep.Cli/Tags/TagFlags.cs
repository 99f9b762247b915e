using System.CommandLine;

namespace AceStep.Cli.Tags;

/// <summary>The tag flags of generate, cover and random (all but --no-tags also on 'acestep tag').</summary>
internal sealed class TagFlags
{
    public Option<bool> NoTags { get; } = new("--no-tags") { Description = "Leave saved audio exactly as the server sent it (default: tags.enabled, true)" };

    public Option<string> Title { get; } = new("--title") { Description = "Title tag (default: from the caption)", HelpName = "TEXT" };

    public Option<string> Artist { get; } = new("--artist") { Description = "Artist tag (default: tags.artist)", HelpName = "TEXT" };

    public Option<string> Album { get; } = new("--album") { Description = "Album tag (default: tags.album)", HelpName = "TEXT" };

    public void AddTo(Command command, bool includeNoTags = true)
    {
        if (includeNoTags)
        {
            command.Options.Add(NoTags);
        }

        command.Options.Add(Title);
        command.Options.Add(Artist);
        command.Options.Add(Album);
    }

    public TagFlagValues Read(ParseResult parse) =>
        new(parse.GetValue(NoTags), parse.GetValue(Title), parse.GetValue(Artist), parse.GetValue(Album));
}
