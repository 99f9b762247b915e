using System.Text;

namespace AceStep.Songwriting.Tests;

/// <summary>
/// The songwriting guide's duration ranges for its example structures, with sections of typical length (an 8-line
/// verse, a 6-line chorus, a 4-line bridge): 2 verses + 2 choruses need at least 120–150 s, with a bridge
/// 180–240 s, a full song with intro and outro 210–270 s.
/// </summary>
public class DurationEstimateTests
{
    private static string Section(string tag, int lines)
    {
        var text = new StringBuilder($"[{tag}]\n");
        for (var line = 1; line <= lines; line++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{tag} line {line} with a few more words\n");
        }

        return text.ToString();
    }

    private static string Song(params string[] sections) => string.Join("\n", sections);

    private static readonly string TwoVersesTwoChoruses = Song(Section("Verse 1", 8), Section("Chorus", 6), Section("Verse 2", 8), Section("Chorus", 6));

    private static readonly string WithBridge = Song(Section("Verse 1", 8), Section("Chorus", 6), Section("Verse 2", 8), Section("Chorus", 6), Section("Bridge", 4), Section("Chorus", 6));

    private static readonly string FullSong = Song("[Intro]\n", Section("Verse 1", 8), Section("Chorus", 6), Section("Verse 2", 8), Section("Chorus", 6), Section("Bridge", 4), Section("Chorus", 6), "[Outro]\n");

    [Fact]
    public void Two_verses_and_two_choruses_fall_in_the_guides_120_to_150_seconds()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = TwoVersesTwoChoruses });

        Assert.InRange(estimate.Seconds, 120, 150);
        Assert.Equal((145, 28), (estimate.Seconds, estimate.SungLines));
    }

    [Fact]
    public void Adding_a_bridge_falls_in_the_guides_180_to_240_seconds()
    {
        var seconds = SongLinter.EstimateDuration(new SongDraft { Lyrics = WithBridge }).Seconds;

        Assert.InRange(seconds, 180, 240);
        Assert.Equal(200, seconds);
    }

    [Fact]
    public void A_full_song_with_intro_and_outro_falls_in_the_guides_210_to_270_seconds()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = FullSong });

        Assert.InRange(estimate.Seconds, 210, 270);
        Assert.Equal(220, estimate.Seconds);
        Assert.Equal([SectionRole.Intro, SectionRole.Outro], estimate.Sections.Where(section => section.Role != SectionRole.Vocal).Select(section => section.Role));
    }

    [Fact]
    public void Ten_lines_with_intro_and_outro_get_at_least_the_guides_60_seconds()
    {
        var lyrics = Song("[Intro]\n", Section("Verse", 6), Section("Chorus", 4), "[Outro]\n");

        Assert.True(SongLinter.EstimateDuration(new SongDraft { Lyrics = lyrics }).Seconds >= 60);
    }

    [Fact]
    public void A_slower_tempo_needs_more_time_for_the_same_lyrics()
    {
        var slow = SongLinter.EstimateDuration(new SongDraft { Lyrics = WithBridge, Bpm = 70 });
        var medium = SongLinter.EstimateDuration(new SongDraft { Lyrics = WithBridge, Bpm = 115 });
        var fast = SongLinter.EstimateDuration(new SongDraft { Lyrics = WithBridge, Bpm = 170 });

        Assert.True(slow.Seconds > medium.Seconds && medium.Seconds > fast.Seconds, $"{slow.Seconds} > {medium.Seconds} > {fast.Seconds}");
        Assert.False(slow.BpmAssumed);
        Assert.Equal(70, slow.Bpm);
    }

    [Fact]
    public void Without_a_bpm_it_assumes_100_and_says_so()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = TwoVersesTwoChoruses });

        Assert.Equal((100, true), (estimate.Bpm, estimate.BpmAssumed));
        Assert.Contains("100 BPM (assumed", estimate.Basis, StringComparison.Ordinal);
        var outOfRange = SongLinter.EstimateDuration(new SongDraft { Lyrics = TwoVersesTwoChoruses, Bpm = 999 });
        Assert.Equal((estimate.Seconds, 100, true), (outOfRange.Seconds, outOfRange.Bpm, outOfRange.BpmAssumed));
    }

    [Fact]
    public void The_estimate_is_a_multiple_of_five_inside_its_own_range()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = WithBridge, Bpm = 93 });

        Assert.Equal(0, estimate.Seconds % 5);
        Assert.InRange(estimate.Seconds, estimate.Minimum, estimate.Maximum);
        Assert.True(estimate.Seconds >= estimate.Sections.Sum(section => section.Seconds));
        Assert.True(estimate.Seconds < estimate.Sections.Sum(section => section.Seconds) + 5);
    }

    [Fact]
    public void Each_section_carries_its_share_in_order()
    {
        var lyrics = "[Intro - piano]\n\n[Verse]\nOne\nTwo\n\n[Guitar Solo]\n\n[Silence]\n\n[Outro - fade out]";

        var sections = SongLinter.EstimateDuration(new SongDraft { Lyrics = lyrics, Bpm = 120 }).Sections;

        Assert.Equal(
            [("[Intro - piano]", 1, SectionRole.Intro, 0, 8.0), ("[Verse]", 3, SectionRole.Vocal, 2, 10.0), ("[Guitar Solo]", 7, SectionRole.Instrumental, 0, 15.0), ("[Silence]", 9, SectionRole.Silence, 0, 2.0), ("[Outro - fade out]", 11, SectionRole.Outro, 0, 8.0)],
            sections.Select(section => (section.Name, section.Line, section.Role, section.SungLines, Math.Round(section.Seconds, 1))));
    }

    [Fact]
    public void Intros_and_instrumental_sections_stay_within_the_guides_ranges_at_any_tempo()
    {
        var lyrics = "[Intro]\n\n[Instrumental]\n\n[Verse]\nOne line\n\n[Outro]";

        foreach (var bpm in new[] { 30, 60, 300 })
        {
            var sections = SongLinter.EstimateDuration(new SongDraft { Lyrics = lyrics, Bpm = bpm }).Sections;
            Assert.All(sections.Where(section => section.Role is SectionRole.Intro or SectionRole.Outro), section => Assert.InRange(section.Seconds, 5, 10));
            Assert.InRange(sections.Single(section => section.Role == SectionRole.Instrumental).Seconds, 5, 15);
        }
    }

    [Theory]
    [InlineData("[Instrumental]")]
    [InlineData("")]
    [InlineData("[Intro]\n\n[Build]\n\n[Drop]\n\n[Breakdown]\n\n[Drop]\n\n[Outro]")]
    public void An_instrumental_piece_is_estimated_within_30_to_180_seconds(string lyrics)
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = lyrics, Instrumental = true });

        Assert.InRange(estimate.Seconds, 60, 180);
        Assert.Equal((30, 180), (estimate.Minimum, estimate.Maximum));
        Assert.Contains("instrumental piece", estimate.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_song_is_capped_at_the_servers_600_seconds()
    {
        var lyrics = string.Join("\n", Enumerable.Range(1, 40).Select(number => Section($"Verse {number}", 8)));

        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = lyrics, Bpm = 60 });

        Assert.Equal((600, 600), (estimate.Seconds, estimate.Maximum));
    }

    [Fact]
    public void The_basis_explains_the_arithmetic()
    {
        var estimate = SongLinter.EstimateDuration(new SongDraft { Lyrics = "[Intro]\n\n[Verse]\nOne line\nTwo lines\n\n[Outro]", Bpm = 120 });

        Assert.Equal("2 sung lines × 8 beats at 120 BPM = 8 s; 1 section turnaround of 4 beats = 2 s; 1 intro 8 s; 1 outro 8 s; total 26 s, rounded up to 30 s (range 18–32 s).", estimate.Basis);
    }
}
