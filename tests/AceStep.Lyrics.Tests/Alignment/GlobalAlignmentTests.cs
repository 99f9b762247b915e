using AceStep.Lyrics.Alignment;

namespace AceStep.Lyrics.Tests.Alignment;

public class GlobalAlignmentTests
{
    private static int[] Align(string heard, string written)
    {
        static List<AlignmentToken> Tokens(string text) =>
            [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => new AlignmentToken(word, TokenKind.Word, 1))];

        return GlobalAlignment.Align(new SimilarityTable(Tokens(heard), Tokens(written)));
    }

    [Fact]
    public void Equal_sequences_pair_one_to_one() =>
        Assert.Equal([0, 1, 2], Align("a b c", "a b c"));

    [Fact]
    public void A_missed_word_is_a_gap_in_the_heard_sequence() =>
        Assert.Equal([0, -1, 1], Align("alpha gamma", "alpha beta gamma"));

    [Fact]
    public void An_extra_heard_word_is_skipped() =>
        Assert.Equal([0, 2], Align("alpha yeah gamma", "alpha gamma"));

    [Fact]
    public void A_wrong_word_in_place_is_paired_rather_than_skipped_on_both_sides() =>
        Assert.Equal([0, 1, 2], Align("alpha zzz gamma", "alpha beta gamma"));

    [Fact]
    public void A_run_of_missed_words_is_kept_together() =>
        Assert.Equal([0, -1, -1, -1, 1, 2], Align("one five six", "one two three four five six"));

    [Fact]
    public void Nothing_heard_leaves_every_written_word_unpaired() =>
        Assert.Equal([-1, -1], Align("", "a b"));

    [Fact]
    public void Nothing_written_pairs_nothing() =>
        Assert.Empty(Align("a b", ""));
}
