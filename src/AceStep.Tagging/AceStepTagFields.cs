namespace AceStep.Tagging;

/// <summary>
/// The names of the fields that record how a song was made. The same names are used in every format: ID3 TXXX
/// descriptions (MP3, WAV, AAC) and Vorbis comment fields (FLAC, Opus), so one query finds them anywhere
/// (<c>ffprobe -show_entries format_tags=ACESTEP_SEED</c>).
/// </summary>
public static class AceStepTagFields
{
    public const string Seed = "ACESTEP_SEED";
    public const string JobId = "ACESTEP_JOB_ID";
    public const string DitModel = "ACESTEP_DIT_MODEL";
    public const string LmModel = "ACESTEP_LM_MODEL";
    public const string Caption = "ACESTEP_CAPTION";

    /// <summary>The fields of <paramref name="tags"/> that are set, in a fixed order.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Of(SongTags tags)
    {
        if (tags.Seed is { } seed)
        {
            yield return new(Seed, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in new[] { (JobId, tags.JobId), (DitModel, tags.DitModel), (LmModel, tags.LmModel), (Caption, tags.Caption) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                yield return new(name, value);
            }
        }
    }
}
