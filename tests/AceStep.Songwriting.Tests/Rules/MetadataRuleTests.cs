using AceStep.Songwriting.Tests.Support;

namespace AceStep.Songwriting.Tests.Rules;

public class MetadataRuleTests
{
    private static SongDraft Song => Lint.CleanSong;

    [Theory]
    [InlineData(29, "M1a")]
    [InlineData(30, "M1b")]
    [InlineData(59, "M1b")]
    [InlineData(60, null)]
    [InlineData(180, null)]
    [InlineData(181, "M1b")]
    [InlineData(300, "M1b")]
    [InlineData(301, "M1a")]
    public void M1_bpm_errors_outside_30_to_300_and_advises_outside_60_to_180(int bpm, string? rule)
    {
        var fired = Lint.Ids(Song with { Bpm = bpm }).Where(id => id.StartsWith("M1", StringComparison.Ordinal));

        Assert.Equal(rule is null ? [] : [rule], fired);
    }

    [Fact]
    public void M1b_suggests_half_or_double_time()
    {
        Assert.Contains("100", Assert.Single(Lint.Rule(Song with { Bpm = 200 }, "M1b")).Fix, StringComparison.Ordinal);
        Assert.Contains("100", Assert.Single(Lint.Rule(Song with { Bpm = 50 }, "M1b")).Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C Major")]
    [InlineData("c major")]
    [InlineData("Am")]
    [InlineData("F# Minor")]
    [InlineData("Bb")]
    [InlineData("E♭ minor")]
    [InlineData("D min")]
    public void M2a_reads_the_usual_key_spellings(string key)
    {
        Assert.Empty(Lint.Rule(Song with { KeyScale = key }, "M2a"));
    }

    [Theory]
    [InlineData("H major")]
    [InlineData("C dorian")]
    [InlineData("sad")]
    [InlineData("")]
    public void M2a_errors_on_a_key_the_model_cannot_read(string key)
    {
        var finding = Assert.Single(Lint.Rule(Song with { KeyScale = key }, "M2a"));

        Assert.Equal((LintTarget.KeyScale, LintSeverity.Error), (finding.Target, finding.Severity));
    }

    [Theory]
    [InlineData("C# Major", "7 sharps")]
    [InlineData("Db major", "5 flats")]
    [InlineData("G#m", "5 sharps")]
    [InlineData("D# major", "9 sharps")]
    public void M2b_notes_keys_with_five_or_more_accidentals(string key, string count)
    {
        Assert.Contains(count, Assert.Single(Lint.Rule(Song with { KeyScale = key }, "M2b")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("Em")]
    [InlineData("F# Minor")]
    [InlineData("Ab major")]
    public void M2b_is_quiet_for_common_keys(string key)
    {
        Assert.Empty(Lint.Rule(Song with { KeyScale = key }, "M2b"));
    }

    [Theory]
    [InlineData("4/4", null)]
    [InlineData("3/4", null)]
    [InlineData("6/8", null)]
    [InlineData("2/4", null)]
    [InlineData("4", null)]
    [InlineData("6", null)]
    [InlineData("5/4", "M3b")]
    [InlineData("7/8", "M3b")]
    [InlineData("12/8", "M3b")]
    [InlineData("4-4", "M3a")]
    [InlineData("common time", "M3a")]
    [InlineData("4/3", "M3a")]
    public void M3_time_signatures(string meter, string? rule)
    {
        var fired = Lint.Ids(Song with { TimeSignature = meter }).Where(id => id.StartsWith("M3", StringComparison.Ordinal));

        Assert.Equal(rule is null ? [] : [rule], fired);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("unknown")]
    [InlineData("EN")]
    [InlineData("pt")]
    public void M4a_accepts_iso_codes_and_unknown(string language)
    {
        Assert.Empty(Lint.Rule(Song with { VocalLanguage = language }, "M4a"));
    }

    [Theory]
    [InlineData("english", "--language en")]
    [InlineData("zh-CN", "two-letter code")]
    [InlineData("xx", "two-letter code")]
    public void M4a_errors_on_anything_else_and_suggests_the_code(string language, string fix)
    {
        Assert.Contains(fix, Assert.Single(Lint.Rule(Song with { VocalLanguage = language }, "M4a")).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void M4b_suggests_the_language_of_the_lyrics_script()
    {
        var draft = new SongDraft { Caption = "female vocal, piano ballad, tender", Lyrics = "[Verse]\n窗外的雨下了一夜\n桌上的茶已经凉了", VocalLanguage = "en" };

        var finding = Assert.Single(Lint.Rule(draft, "M4b"));

        Assert.Contains("Han", finding.Message, StringComparison.Ordinal);
        Assert.Contains("--language zh", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "[Verse]\n月の光が窓辺に落ちる\n君の声が聞こえる")]
    [InlineData("ja", "[Verse]\n東京夜景美麗\n雨中漫步回家")]
    [InlineData("ko", "[Verse]\n창밖에 비가 내리고\n너를 기다리고 있어")]
    [InlineData("es", "[Verse]\nCaminando por la noche\nBajo la luna llena")]
    [InlineData("en", "[Verse]\nOh")]
    public void M4b_accepts_lyrics_in_the_languages_script_and_too_few_letters_to_judge(string language, string lyrics)
    {
        Assert.Empty(Lint.Rule(new SongDraft { Caption = "pop ballad, piano", Lyrics = lyrics, VocalLanguage = language }, "M4b"));
    }

    [Theory]
    [InlineData(9.9, "M5a")]
    [InlineData(601, "M5a")]
    [InlineData(20, "M5b")]
    [InlineData(38, null)]
    [InlineData(50, null)]
    [InlineData(118, null)]
    [InlineData(119, "M5c")]
    public void M5_durations_against_the_server_range_and_the_estimate(double seconds, string? rule)
    {
        var fired = Lint.Ids(Song with { DurationSeconds = seconds }).Where(id => id.StartsWith("M5", StringComparison.Ordinal));

        Assert.Equal(rule is null ? [] : [rule], fired);
    }

    [Fact]
    public void M5b_names_the_estimate_in_its_fix()
    {
        var finding = Assert.Single(Lint.Rule(Song with { DurationSeconds = 20 }, "M5b"));

        Assert.Contains("--duration 50", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("8 sung lines at 100 BPM", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(30, false)]
    [InlineData(180, false)]
    [InlineData(240, true)]
    public void M5c_keeps_instrumentals_within_30_to_180_seconds(double seconds, bool fires)
    {
        var draft = new SongDraft { Caption = "ambient electronic, airy synth pads, calm", Lyrics = "[Instrumental]", Instrumental = true, DurationSeconds = seconds };

        Assert.Equal(fires, Lint.Rule(draft, "M5c").Count == 1);
    }
}
