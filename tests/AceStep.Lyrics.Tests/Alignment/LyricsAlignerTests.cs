using AceStep.Lyrics.Alignment;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Alignment;

public class LyricsAlignerTests
{
    private static Transcript Heard(params (string Text, double Start, double End)[] words) =>
        new([.. words.Select(word => new RecognizedWord(word.Text, word.Start, word.End))], [], "en", "openai", "whisper-1");

    [Fact]
    public void Misheard_words_take_the_written_text_and_keep_the_heard_times()
    {
        var transcript = Heard(("built", 1.0, 1.3), ("with", 1.3, 1.5), ("AC", 1.5, 1.8), ("step", 1.8, 2.2), ("open", 3.0, 3.4), ("sores", 3.4, 4.0));

        var result = LyricsAligner.Align(transcript, "[Verse]\nBuilt with ACE-Step,\nOpen source\n");

        Assert.False(result.UsedFallback);
        Assert.Equal(["Built with ACE-Step", "Open source"], result.Lyrics.Lines.Select(line => line.Text));
        Assert.Equal([(1.0, 2.2), (3.0, 4.0)], result.Lyrics.Lines.Select(line => (line.Start, line.End)));
        Assert.Equal(("ACE-Step", 1.5, 2.2), (result.Lyrics.Lines[0].Words[2].Text, result.Lyrics.Lines[0].Words[2].Start, result.Lyrics.Lines[0].Words[2].End));
        Assert.Equal(1.0, result.MatchRate, 3);
    }
}
