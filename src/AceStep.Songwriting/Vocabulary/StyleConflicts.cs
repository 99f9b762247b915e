namespace AceStep.Songwriting.Vocabulary;

/// <summary>Style pairs the model cannot fuse well when a caption asks for both at once.</summary>
internal static class StyleConflicts
{
    public static IReadOnlyList<(string[] First, string[] Second)> Pairs { get; } =
    [
        (["classical", "orchestral", "baroque", "chamber music", "string quartet"], ["hardcore", "metal", "heavy metal", "death metal", "thrash", "grindcore", "metalcore"]),
        (["lo-fi", "lofi"], ["hi-fi", "high-fidelity", "studio-polished", "polished"]),
        (["ambient", "peaceful", "calm", "lullaby", "meditative", "soothing"], ["aggressive", "brutal", "hardcore", "screamo", "thrash"]),
        (["slow", "slow tempo", "ballad", "downtempo"], ["fast", "fast-paced", "uptempo", "high tempo"]),
        (["unplugged"], ["edm", "dubstep", "techno", "electronic"]),
        (["instrumental"], ["vocal", "vocals", "female vocal", "male vocal", "singer", "rap", "choir"]),
        (["a cappella", "acapella"], ["full band", "instrumental", "band"]),
    ];
}
