using AceStep.Songwriting.Duration;
using AceStep.Songwriting.Parsing;
using AceStep.Songwriting.Text;
using AceStep.Songwriting.Vocabulary;

namespace AceStep.Songwriting.Rules;

/// <summary>The draft read once for all rules: the caption prepared for matching, the parsed lyrics and the duration estimate.</summary>
internal sealed class LintContext
{
    public LintContext(SongDraft draft)
    {
        Draft = draft;
        Caption = new NormalizedText(draft.Caption ?? "");
        Lyrics = LyricsDocument.Parse(draft.Lyrics);
        Estimate = DurationEstimator.Estimate(Lyrics, draft.Bpm);
    }

    public SongDraft Draft { get; }

    public NormalizedText Caption { get; }

    public LyricsDocument Lyrics { get; }

    public DurationEstimate Estimate { get; }

    public bool HasCaption => !string.IsNullOrWhiteSpace(Draft.Caption);

    /// <summary>
    /// True when the song will have no voice: flagged so, or lyrics that hold tags but no sung line. Empty lyrics are
    /// not counted: the language model may still write lyrics for them.
    /// </summary>
    public bool IsInstrumental => Draft.Instrumental || (Lyrics.Tags.Count > 0 && !Lyrics.HasSungLines);

    /// <summary>
    /// English syllable rules (silent e, -es, -ed) apply unless the draft names another language written in Latin letters
    /// (Spanish "noche" sings its final e). A non-Latin language over Latin lyrics is a mismatch of its own; the words are
    /// still most likely English.
    /// </summary>
    public bool UsesEnglishSyllableRules
    {
        get
        {
            var language = Draft.VocalLanguage?.Trim();
            return language is null || LanguageVocabulary.IsAutomatic(language) || !LanguageVocabulary.IsKnown(language)
                || string.Equals(language, "en", StringComparison.OrdinalIgnoreCase)
                || !LanguageVocabulary.ScriptsOf(language).Contains(WritingScript.Latin);
        }
    }

    /// <summary>Does the caption describe a change over time ("starts soft…, becomes…", "building to")?</summary>
    public bool CaptionDescribesEvolution => Caption.Contains(EnergyVocabulary.Evolution);
}
