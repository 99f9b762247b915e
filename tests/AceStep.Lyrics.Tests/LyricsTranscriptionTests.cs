using AceStep.Lyrics.Estimation;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests;

public class LyricsTranscriptionTests
{
    private static readonly Transcript Heard = new(
        [new("we", 1.0, 1.3), new("are", 1.3, 1.6), new("the", 1.6, 1.8), new("life", 1.8, 2.4)],
        [],
        "en",
        "openai",
        "whisper-1");

    [Fact]
    public void Lines_from_a_transcript_keep_the_provider_and_have_no_match_rate()
    {
        var transcription = LyricsTranscription.FromLines(Heard);

        Assert.Equal(("openai", "whisper-1", "en"), (transcription.Provider, transcription.Model, transcription.Language));
        Assert.Null(transcription.MatchRate);
        Assert.False(transcription.IsEstimated);
        Assert.Equal("we are the life", Assert.Single(transcription.Lyrics.Lines).Text);
    }

    [Fact]
    public void An_alignment_carries_the_lyrics_text_and_the_match_rate()
    {
        var transcription = LyricsTranscription.FromAlignment(Heard, "[Chorus]\nWe are the light");

        // "life" takes the place and time of "light" but is too different to count as heard.
        Assert.Equal("We are the light", Assert.Single(transcription.Lyrics.Lines).Text);
        Assert.Equal(0.75, transcription.MatchRate);
        Assert.False(transcription.UsedFallback);
    }

    [Fact]
    public void An_estimate_names_the_estimate_provider_and_is_estimated()
    {
        var transcription = LyricsTranscription.FromEstimate("[Verse]\nWe are the light", new SongTiming(30, 120));

        Assert.Equal(LyricsTranscription.EstimateProvider, transcription.Provider);
        Assert.True(transcription.IsEstimated);
        Assert.Contains("estimated", transcription.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_without_words_warns()
    {
        var transcription = LyricsTranscription.FromLines(Heard with { Words = [] });

        Assert.Empty(transcription.Lyrics.Lines);
        Assert.Equal(["the provider heard no words"], transcription.Warnings);
    }

    [Fact]
    public void The_full_text_joins_words_as_their_script_is_written() =>
        Assert.Equal("我们是光and we are", (Heard with { Words = [new(" 我们", 0, 1), new("是光", 1, 2), new(" and", 2, 3), new(" we", 3, 4), new(" are", 4, 5)] }).FullText);
}
