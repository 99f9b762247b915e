using AceStep.Lyrics.Formats;
using AceStep.Lyrics.Lines;
using AceStep.Lyrics.Transcription;

namespace AceStep.Lyrics.Tests.Formats;

/// <summary>Lines built from recognised words in five languages survive LRC (with word times), SRT and JSON.</summary>
public class RoundTripTests
{
    public static TheoryData<string, string[]> Songs => new()
    {
        { "en", ["We are the light,", "inside the machine.", "Sing it loud!"] },
        { "zh", ["我们", "是光，", "照亮", "每一个梦。"] },
        { "ja", ["君の", "名は。", "夢の", "中で"] },
        { "ko", ["사랑해", "너를.", "영원히", "함께"] },
        { "th", ["ฉัน", "รัก", "เธอ.", "ตลอด", "ไป"] },
    };

    private static TimedLyrics Built(string[] words) =>
        LineBuilder.Build(new Transcript([.. words.Select((word, index) => new RecognizedWord(word, 1 + (index * 0.5), 1.4 + (index * 0.5)))], [], null, "test", null));

    [Theory]
    [MemberData(nameof(Songs))]
    public void Lrc_with_word_times_keeps_lines_text_and_words(string language, string[] words)
    {
        var lyrics = Built(words);

        var read = LrcReader.Read(LrcWriter.Write(lyrics, new LrcWriterOptions { WordTimes = true })).Lyrics;

        Assert.True(lyrics.Lines.Count >= 2, language);
        Assert.Equal(lyrics.Lines.Select(line => (line.Start, line.Text)), read.Lines.Select(line => (line.Start, line.Text)));
        Assert.Equal(lyrics.Lines.Select(line => line.Words.Select(word => word.Text)), read.Lines.Select(line => line.Words.Select(word => word.Text)));
    }

    [Theory]
    [MemberData(nameof(Songs))]
    public void Srt_keeps_lines_and_times(string language, string[] words)
    {
        var lyrics = Built(words);

        var read = SrtReader.Read(SrtWriter.Write(lyrics)).Lyrics;

        Assert.Equal(lyrics.Lines.Select(line => (line.Start, line.End, line.Text)), read.Lines.Select(line => (line.Start, line.End, line.Text)));
        Assert.NotNull(language);
    }

    [Theory]
    [MemberData(nameof(Songs))]
    public void Json_keeps_lines_and_words(string language, string[] words)
    {
        var lyrics = Built(words);

        var read = LyricsJson.Read(LyricsJson.Write(lyrics)).Lyrics;

        Assert.Equal(lyrics.Lines.Select(line => (line.Start, line.End, line.Text)), read.Lines.Select(line => (line.Start, line.End, line.Text)));
        Assert.Equal(lyrics.Lines.SelectMany(line => line.Words), read.Lines.SelectMany(line => line.Words));
        Assert.NotNull(language);
    }
}
