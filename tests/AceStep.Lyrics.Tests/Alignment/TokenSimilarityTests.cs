using AceStep.Lyrics.Alignment;

namespace AceStep.Lyrics.Tests.Alignment;

public class TokenSimilarityTests
{
    private static double Words(string heard, string written) =>
        TokenSimilarity.Of(new(heard, TokenKind.Word, 1), new(written, TokenKind.Word, 1), SoundKey.Of(heard), SoundKey.Of(written));

    private static double Characters(string heard, string written) =>
        TokenSimilarity.Of(new(heard, TokenKind.Character, 1), new(written, TokenKind.Character, 1), heard, written);

    [Theory]
    [InlineData("ac", "ace")]
    [InlineData("sores", "source")]
    [InlineData("nite", "night")]
    [InlineData("lite", "light")]
    [InlineData("dreamin", "dreaming")]
    [InlineData("gonna", "gona")]
    public void Mishearings_that_look_or_sound_alike_count_as_matches(string heard, string written) =>
        Assert.True(Words(heard, written) >= 0.6, $"{heard}/{written}: {Words(heard, written):0.00}");

    [Theory]
    [InlineData("eyes", "arrives")]
    [InlineData("the", "light")]
    [InlineData("oh", "machine")]
    public void Different_words_do_not(string heard, string written) =>
        Assert.True(Words(heard, written) < 0.6, $"{heard}/{written}: {Words(heard, written):0.00}");

    [Fact]
    public void Equal_tokens_are_fully_similar_and_words_never_match_characters()
    {
        Assert.Equal(1.0, Words("light", "light"));
        Assert.Equal(0.0, TokenSimilarity.Of(new("光", TokenKind.Character, 1), new("光", TokenKind.Word, 1), "光", "光"));
    }

    [Fact]
    public void Hangul_blocks_that_share_sounds_are_partly_similar_but_not_matches()
    {
        Assert.InRange(Characters("나", "너"), 0.5, 0.59);
        Assert.Equal(0.0, Characters("각", "너"));
    }

    [Fact]
    public void Thai_letters_that_differ_only_in_marks_are_half_similar() =>
        Assert.Equal(0.5, Characters("ก่", "ก้"));

    [Theory]
    [InlineData("sores", "srs")]
    [InlineData("source", "srs")]
    [InlineData("ace", "as")]
    [InlineData("phone", "fn")]
    [InlineData("night", "nt")]
    [InlineData("knight", "nt")]
    [InlineData("you", "a")]
    [InlineData("box", "pks")]
    [InlineData("свет", "свет")]
    public void Sound_keys_keep_consonants_and_merge_what_sounds_alike(string word, string key) =>
        Assert.Equal(key, SoundKey.Of(word));
}
