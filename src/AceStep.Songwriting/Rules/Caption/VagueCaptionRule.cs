using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules.Caption;

/// <summary>C3: a caption that names fewer than two dimensions (genre, emotion, instruments, timbre, era, production, vocals, tempo feel, structure) leaves the model guessing.</summary>
internal sealed class VagueCaptionRule()
    : LintRule("C3", LintSeverity.Warning, LintTarget.Caption, "The caption combines at least two dimensions (genre, emotion, instruments, timbre, vocals…)")
{
    public const int MinimumDimensions = 2;

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        const string Example = "e.g. \"sad piano ballad, female breathy vocal, warm strings, intimate\"";
        if (!context.HasCaption)
        {
            yield return InCaption(null, "There is no caption; it is the input that shapes the song most.", $"Write a caption that combines genre, emotion, instruments and vocals, {Example}.");
            yield break;
        }

        var covered = CoveredDimensions(context);
        if (covered.Count < MinimumDimensions)
        {
            var named = covered.Count == 0 ? "no recognised dimension" : $"only {Describe(covered[0])}";
            yield return InCaption(
                null,
                $"The caption is vague: it names {named}, so the model fills in the rest at random.",
                $"Combine genre, emotion, instruments, timbre and vocals, {Example}.");
        }
    }

    internal static List<CaptionDimension> CoveredDimensions(LintContext context)
    {
        var covered = CaptionVocabulary.Terms
            .Where(dimension => context.Caption.Contains(dimension.Value))
            .Select(dimension => dimension.Key)
            .ToList();
        if (InstrumentVocabulary.NamedIn(context.Caption).Count > 0)
        {
            covered.Add(CaptionDimension.Instruments);
        }

        return covered;
    }

    private static string Describe(CaptionDimension dimension) => dimension switch
    {
        CaptionDimension.TempoFeel => "a tempo feel",
        CaptionDimension.Emotion => "an emotion",
        CaptionDimension.Era => "an era",
        CaptionDimension.Instruments => "instruments",
        CaptionDimension.Vocals => "the vocals",
        _ => $"a {dimension.ToString().ToLowerInvariant()}",
    };
}
