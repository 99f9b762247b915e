namespace AceStep.Batch;

/// <summary>
/// The fields of a plan line: the same as <c>acestep generate</c>'s flags. Names are matched without case, and
/// <c>-</c> and <c>_</c> are the same character, so <c>key-scale</c>, <c>key_scale</c> and <c>KEY_SCALE</c> agree.
/// </summary>
internal static class PlanFields
{
    public const string Caption = "caption";
    public const string Lyrics = "lyrics";
    public const string LyricsFile = "lyrics_file";
    public const string Description = "description";
    public const string SampleMode = "sample_mode";
    public const string Instrumental = "instrumental";
    public const string Thinking = "thinking";
    public const string UseFormat = "use_format";
    public const string UseCotCaption = "use_cot_caption";
    public const string UseCotLanguage = "use_cot_language";
    public const string Model = "model";
    public const string Language = "language";
    public const string Steps = "steps";
    public const string Guidance = "guidance";
    public const string Seed = "seed";
    public const string Duration = "duration";
    public const string Bpm = "bpm";
    public const string Batch = "batch";
    public const string KeyScale = "key_scale";
    public const string TimeSignature = "time_signature";
    public const string TaskType = "task_type";
    public const string SourceAudio = "src_audio";
    public const string ReferenceAudio = "reference_audio";
    public const string CoverStrength = "cover_strength";
    public const string RepaintStart = "repaint_start";
    public const string RepaintEnd = "repaint_end";
    public const string Format = "format";

    public static IReadOnlyList<PlanField> All { get; } =
    [
        new(Caption, FieldKind.Text, ["c"]),
        new(Lyrics, FieldKind.Text, ["l"]),
        new(LyricsFile, FieldKind.LyricsFile, []),
        new(Description, FieldKind.Text, ["d"]),
        new(SampleMode, FieldKind.Flag, ["random"]),
        new(Instrumental, FieldKind.Flag, []),
        new(Thinking, FieldKind.Flag, ["t"]),
        new(UseFormat, FieldKind.Flag, []),
        new(UseCotCaption, FieldKind.Flag, []),
        new(UseCotLanguage, FieldKind.Flag, []),
        new(Model, FieldKind.Text, ["m"]),
        new(Language, FieldKind.Text, ["vocal_language"]),
        new(Steps, FieldKind.WholeNumber, []) { Minimum = 1, Maximum = 1000 },
        new(Guidance, FieldKind.Number, []) { Minimum = 0, Maximum = 100 },
        new(Seed, FieldKind.Seeds, ["seeds"]),
        new(Duration, FieldKind.Number, []) { Minimum = 0, MinimumExcluded = true, Maximum = 3600 },
        new(Bpm, FieldKind.WholeNumber, []) { Minimum = 30, Maximum = 300 },
        new(Batch, FieldKind.WholeNumber, ["batch_size"]) { Minimum = 1, Maximum = 8 },
        new(KeyScale, FieldKind.Text, ["key"]),
        new(TimeSignature, FieldKind.Text, ["time_sig"]),
        new(TaskType, FieldKind.TaskType, []),
        new(SourceAudio, FieldKind.AudioPath, []),
        new(ReferenceAudio, FieldKind.AudioPath, []),
        new(CoverStrength, FieldKind.Number, []) { Minimum = 0, Maximum = 1 },
        new(RepaintStart, FieldKind.Number, []) { Minimum = 0 },
        new(RepaintEnd, FieldKind.Number, []) { Minimum = 0 },
        new(Format, FieldKind.AudioFormat, ["audio_format"]),
    ];

    public static IReadOnlyList<string> AudioFormats { get; } = ["mp3", "wav", "flac", "opus", "aac", "wav32"];

    private static readonly Dictionary<string, PlanField> ByName = BuildIndex();

    /// <summary>The field a user's name refers to, or null.</summary>
    public static PlanField? Find(string name) => ByName.GetValueOrDefault(Normalize(name));

    public static string Normalize(string name) => name.Trim().Replace('-', '_').ToLowerInvariant();

    private static Dictionary<string, PlanField> BuildIndex()
    {
        var index = new Dictionary<string, PlanField>(StringComparer.Ordinal);
        foreach (var field in All)
        {
            index[field.Name] = field;
            foreach (var alias in field.Aliases)
            {
                index[alias] = field;
            }
        }

        return index;
    }
}
