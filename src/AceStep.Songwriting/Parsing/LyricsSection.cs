namespace AceStep.Songwriting.Parsing;

/// <summary>A section of the lyrics: the tag that opens it (null for lines before any tag), its sung lines and its cue tags.</summary>
internal sealed class LyricsSection(SectionTag? tag, int startLine)
{
    public SectionTag? Tag { get; } = tag;

    public int StartLine { get; } = startLine;

    public List<LyricLine> Lines { get; } = [];

    public List<SectionTag> Cues { get; } = [];

    /// <summary>What matching sections share ("verse" for Verse 1 and Verse 2); untagged lines form their own group.</summary>
    public string Family => Tag?.Family ?? "(untagged)";

    public string Name => Tag?.Display ?? "(untagged lines)";

    /// <summary>How the section spends time: any section with sung lines is vocal; an empty one keeps its tag's role or is instrumental.</summary>
    public SectionRole Role
    {
        get
        {
            var tagged = Tag?.Role ?? SectionRole.Vocal;
            return (tagged, Lines.Count > 0) switch
            {
                (SectionRole.Silence, _) => tagged,
                (_, true) => SectionRole.Vocal,
                (SectionRole.Intro or SectionRole.Outro, false) => tagged,
                _ => SectionRole.Instrumental,
            };
        }
    }
}
