namespace AceStep.Tagging.Tests.Support;

/// <summary>TagLib# (test-only) as the second, independent reader of what our writer produced.</summary>
internal static class TagLibRead
{
    public static TagLib.File Open(string path) => TagLib.File.Create(path, TagLib.ReadStyle.Average);

    public static TagLib.Id3v2.Tag Id3v2(TagLib.File file) =>
        Assert.IsType<TagLib.Id3v2.Tag>(file.GetTag(TagLib.TagTypes.Id3v2, create: false));

    public static string? UserText(TagLib.Id3v2.Tag tag, string description) =>
        TagLib.Id3v2.UserTextInformationFrame.Get(tag, description, create: false)?.Text.Single();

    public static TagLib.Ogg.XiphComment Xiph(TagLib.File file) =>
        Assert.IsType<TagLib.Ogg.XiphComment>(file.GetTag(TagLib.TagTypes.Xiph, create: false));
}
