using AceStep.Songwriting.Rules.Caption;
using AceStep.Songwriting.Rules.Lyrics;
using AceStep.Songwriting.Rules.Metadata;

namespace AceStep.Songwriting.Rules;

/// <summary>Every rule, in the order findings are reported: caption, lyrics, metadata.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<LintRule> All { get; } =
    [
        new MetadataInCaptionRule(),
        new ConflictingStylesRule(),
        new VagueCaptionRule(),
        new CaptionLengthRule(),
        new InstrumentConsistencyRule(),
        new EnergyConsistencyRule(),
        new VocalConsistencyRule(),
        new TempoConsistencyRule(),
        new UnknownTagRule(),
        new ModifierChainRule(),
        new MalformedTagRule(),
        new SyllablesPerLineRule(),
        new SectionSpreadRule(),
        new TagOnOwnLineRule(),
        new BlankLineBetweenSectionsRule(),
        new MissingStructureRule(),
        new IntensityMarksRule(),
        new AdjectiveStackingRule(),
        new BreathRule(),
        new MixedMetaphorRule(),
        new LyricsLengthRule(),
        new PlaceholderRule(),
        new RepeatShorthandRule(),
        new InstrumentalWithLyricsRule(),
        new PlainInstrumentalMarkerRule(),
        new EmptyLyricsRule(),
        new BpmRangeRule(),
        new BpmStabilityRule(),
        new KeyScaleFormatRule(),
        new RareKeyRule(),
        new TimeSignatureFormatRule(),
        new AdvancedMeterRule(),
        new LanguageCodeRule(),
        new LanguageScriptRule(),
        new DurationRangeRule(),
        new DurationTooShortRule(),
        new DurationFitRule(),
    ];
}
