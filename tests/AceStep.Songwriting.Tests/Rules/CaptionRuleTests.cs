using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class CaptionRuleTests
{
    private static SongDraft Captioned(string caption) => Lint.CleanSong with { Caption = caption };

    [Theory]
    [InlineData("upbeat pop, 128 BPM, female vocal", "128 BPM", "--bpm")]
    [InlineData("upbeat pop, bpm: 90, female vocal", "bpm: 90", "--bpm")]
    [InlineData("upbeat pop, tempo 100, female vocal", "tempo 100", "--bpm")]
    [InlineData("upbeat pop in A minor, female vocal", "A minor", "--key-scale")]
    [InlineData("upbeat pop, key of F#, female vocal", "key of F#", "--key-scale")]
    [InlineData("upbeat pop in F#m, female vocal", "in F#m", "--key-scale")]
    [InlineData("upbeat pop, C Major, female vocal", "C Major", "--key-scale")]
    [InlineData("upbeat pop in 6/8, female vocal", "6/8", "--time-signature")]
    [InlineData("upbeat pop, 3 minutes, female vocal", "3 minutes", "--duration")]
    [InlineData("upbeat pop, 3:30 long, female vocal", "3:30", "--duration")]
    public void C1_finds_metadata_in_the_caption_and_names_the_parameter(string caption, string quoted, string parameter)
    {
        var finding = Assert.Single(Lint.Rule(Captioned(caption), "C1"));

        Assert.Equal(LintTarget.Caption, finding.Target);
        Assert.Null(finding.Line);
        Assert.Equal(caption.IndexOf(quoted, StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains($"\"{quoted}\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains(parameter, finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90s grunge, male vocal, raw guitars")]
    [InlineData("808 drums, trap, dark")]
    [InlineData("a minor-key mood, piano, intimate")]
    [InlineData("key of life, soul, warm organ")]
    [InlineData("24/7 party anthem, edm, bright synths")]
    public void C1_leaves_eras_instrument_numbers_and_ordinary_words_alone(string caption)
    {
        Assert.Empty(Lint.Rule(Captioned(caption), "C1"));
    }

    [Fact]
    public void C2_points_at_the_second_of_two_conflicting_styles()
    {
        const string Caption = "lo-fi bedroom pop, studio-polished vocals, dreamy";

        var finding = Assert.Single(Lint.Rule(Captioned(Caption), "C2"));

        Assert.Equal(Caption.IndexOf("studio-polished", StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains("\"lo-fi\" and \"studio-polished\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instrumental hip hop, no vocals, dusty drums")]
    [InlineData("slow piano intro then fast drum and bass, energetic")]
    public void C2_accepts_negated_terms_and_changes_over_time(string caption)
    {
        Assert.Empty(Lint.Rule(Captioned(caption), "C2"));
    }

    [Theory]
    [InlineData("sad song", "only an emotion")]
    [InlineData("Rock", "only a genre")]
    [InlineData("something nice", "no recognised dimension")]
    public void C3_calls_a_caption_with_fewer_than_two_dimensions_vague(string caption, string named)
    {
        var finding = Assert.Single(Lint.Rule(Captioned(caption), "C3"));

        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C3_asks_for_a_caption_when_there_is_none()
    {
        var finding = Assert.Single(Lint.Rule(Captioned("  "), "C3"));

        Assert.Contains("no caption", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C4_allows_512_characters_and_refuses_513_as_an_error()
    {
        var fits = new string('a', 507) + ", pop";
        var over = fits + "!";

        Assert.Empty(Lint.Rule(Captioned(fits), "C4"));
        var finding = Assert.Single(Lint.Rule(Captioned(over), "C4"));
        Assert.Equal((LintSeverity.Error, 513), (finding.Severity, finding.Column));
        Assert.Contains("513 characters", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C4_counts_characters_not_utf16_units()
    {
        var emoji = string.Concat(Enumerable.Repeat("🎸", 512));

        Assert.Empty(Lint.Rule(Captioned(emoji), "C4"));
    }

    [Fact]
    public void C5a_reports_an_instrument_tag_the_caption_does_not_cover_at_the_tag()
    {
        var draft = new SongDraft { Caption = "sad piano ballad, female vocal", Lyrics = "[Intro - piano]\n\n[Verse]\nOne line to sing for you tonight\n\n[Sax Solo]\n" };

        var finding = Assert.Single(Lint.Rule(draft, "C5a"));

        Assert.Equal((LintTarget.Lyrics, 6, 1), (finding.Target, finding.Line, finding.Column));
        Assert.Contains("sax", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hard rock, male vocal, anthemic", "[Guitar Solo]")]
    [InlineData("jazz trio, smoky, late night", "[Piano Interlude]")]
    [InlineData("warm ballad, rhodes, female vocal", "[Intro - piano]")]
    public void C5a_accepts_instruments_named_by_family_or_implied_by_the_genre(string caption, string tag)
    {
        var draft = new SongDraft { Caption = caption, Lyrics = $"{tag}\n\n[Verse]\nOne line to sing for you tonight" };

        Assert.Empty(Lint.Rule(draft, "C5a"));
    }

    [Fact]
    public void C5b_flags_a_high_energy_tag_under_a_calm_caption()
    {
        var draft = new SongDraft { Caption = "calm acoustic folk, gentle guitar", Lyrics = "[Verse]\nOne line to sing for you tonight\n\n[high energy]\nAnother line to sing for you" };

        var finding = Assert.Single(Lint.Rule(draft, "C5b"));

        Assert.Equal((4, 1), (finding.Line, finding.Column));
        Assert.Contains("\"high energy\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C5b_flags_a_low_energy_tag_under_an_energetic_caption()
    {
        var draft = new SongDraft { Caption = "energetic punk rock, shouted vocals", Lyrics = "[Chorus - melancholic]\nOne line to sing for you tonight" };

        Assert.Single(Lint.Rule(draft, "C5b"));
    }

    [Fact]
    public void C5b_accepts_a_caption_that_describes_the_build()
    {
        var draft = new SongDraft { Caption = "gentle piano, building to an explosive finale", Lyrics = "[Chorus - explosive]\nOne line to sing for you tonight" };

        Assert.Empty(Lint.Rule(draft, "C5b"));
    }

    [Fact]
    public void C5c_flags_an_instrumental_caption_over_sung_lyrics()
    {
        var draft = Lint.CleanSong with { Caption = "instrumental folk, gentle guitar, nostalgic" };

        var finding = Assert.Single(Lint.Rule(draft, "C5c"));

        Assert.Equal(LintTarget.Caption, finding.Target);
    }

    [Fact]
    public void C5c_flags_a_raspy_tag_for_a_smooth_voice()
    {
        var draft = new SongDraft { Caption = "smooth jazz, silky female vocal", Lyrics = "[Verse]\n[raspy vocal]\nOne line to sing for you tonight" };

        var finding = Assert.Single(Lint.Rule(draft, "C5c"));

        Assert.Equal((2, 1), (finding.Line, finding.Column));
    }

    [Fact]
    public void C5c_accepts_a_duet_with_both_voices_tagged()
    {
        var draft = new SongDraft { Caption = "country duet, male and female vocals", Lyrics = "[Verse]\n[male vocal]\nOne line to sing for you tonight\n\n[Chorus]\n[female vocal]\nAnother line to sing for you" };

        Assert.Empty(Lint.Rule(draft, "C5c"));
    }

    [Theory]
    [InlineData("slow ballad, piano", 160, "slow")]
    [InlineData("fast-paced drum and bass", 70, "fast-paced")]
    [InlineData("mid-tempo pop, bright synths", 150, "mid-tempo")]
    public void C5d_flags_tempo_words_against_the_bpm(string caption, int bpm, string word)
    {
        var finding = Assert.Single(Lint.Rule(Captioned(caption) with { Bpm = bpm }, "C5d"));

        Assert.Equal(caption.IndexOf(word, StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains(bpm.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slow ballad, piano", 72, null)]
    [InlineData("nostalgic waltz, accordion", null, "3/4")]
    [InlineData("nostalgic waltz, accordion", null, "6/8")]
    [InlineData("slow ballad, piano", null, null)]
    public void C5d_accepts_matching_tempo_and_meter(string caption, int? bpm, string? meter)
    {
        Assert.Empty(Lint.Rule(Captioned(caption) with { Bpm = bpm, TimeSignature = meter }, "C5d"));
    }
}
