using AceStep.Lyrics;
using AceStep.Video.Text;

namespace AceStep.Video.Tests;

public sealed class TextLayoutTests
{
    [Fact]
    public void Chinese_breaks_between_characters_and_latin_words_stay_whole()
    {
        var tokens = TextTokenizer.Tokens("夜空 shine on 星", wordIndex: -1);

        Assert.Equal(["夜", "空", "shine", "on", "星"], tokens.Select(token => token.Text));
        Assert.Equal([false, false, true, true, true], tokens.Select(token => token.SpaceBefore));
    }

    [Fact]
    public void Timed_words_become_tokens_tied_to_their_word_unless_they_leave_out_part_of_the_line()
    {
        var spelled = new TimedLine(0, 2, "hold on", [new("hold", 0, 1), new("on", 1, 2)]);
        var partial = new TimedLine(0, 2, "I hold on", [new("hold", 0, 1), new("on", 1, 2)]);

        Assert.Equal([0, 1], TextTokenizer.Tokens(spelled).Select(token => token.WordIndex));
        Assert.All(TextTokenizer.Tokens(partial), token => Assert.Equal(-1, token.WordIndex));
        Assert.Equal(3, TextTokenizer.Tokens(partial).Count);
    }

    [Fact]
    public void A_long_line_wraps_into_centred_rows_within_the_width()
    {
        using var fonts = FontSet.Load(null, useSystemFonts: true);
        var tokens = TextTokenizer.Tokens("neon rain is falling on the empty avenue tonight", wordIndex: -1);

        using var block = TextBlock.Build(fonts, tokens, 40, bold: false, maxWidth: 400, maxRows: 4);

        Assert.True(block.Words.Select(word => word.Baseline).Distinct().Count() >= 2);
        Assert.All(block.Words, word => Assert.InRange(word.Right, 0, 400.5));
        Assert.False(block.Truncated);
    }

    [Fact]
    public void A_line_too_long_for_the_rows_shrinks_then_ends_in_an_ellipsis()
    {
        using var fonts = FontSet.Load(null, useSystemFonts: true);
        var tokens = TextTokenizer.Tokens(string.Join(' ', Enumerable.Repeat("afterglow", 40)), wordIndex: -1);

        using var block = TextBlock.Build(fonts, tokens, 40, bold: false, maxWidth: 400, maxRows: 2);

        Assert.True(block.Truncated);
        Assert.Equal(40 * TextBlock.MinimumScale, block.FontSize, 0);
        Assert.Equal(2, block.Words.Select(word => word.Baseline).Distinct().Count());
    }

    [Fact]
    public void Right_to_left_text_fills_its_row_from_the_right()
    {
        using var fonts = FontSet.Load(null, useSystemFonts: true);
        var tokens = TextTokenizer.Tokens("שלום עולם", wordIndex: -1);

        using var block = TextBlock.Build(fonts, tokens, 40, bold: false, maxWidth: 1000, maxRows: 1);

        Assert.True(TextScript.IsRightToLeft("שלום עולם"));
        Assert.True(block.Words[0].X > block.Words[1].X, "the first word should sit right of the second");
    }
}
