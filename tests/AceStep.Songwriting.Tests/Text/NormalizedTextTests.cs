using AceStep.Songwriting.Text;

namespace AceStep.Songwriting.Tests.Text;

public class NormalizedTextTests
{
    [Fact]
    public void Terms_match_whole_words_across_hyphen_and_case_differences()
    {
        var text = new NormalizedText("Lo-Fi Hip Hop, poppy synth-pop");

        Assert.Equal([("lo fi", 0), ("hip-hop", 6), ("pop", 27)], text.Find(["lo fi", "hip-hop", "pop"]).Select(match => (match.Term, match.Index)));
    }

    [Theory]
    [InlineData("instrumental, no vocals")]
    [InlineData("instrumental, without any vocals")]
    [InlineData("non-vocals instrumental")]
    public void A_negated_term_is_not_a_match_but_is_seen_as_negated(string caption)
    {
        var text = new NormalizedText(caption);

        Assert.False(text.Contains(["vocals"]));
        Assert.True(text.ContainsNegated(["vocals"]));
    }

    [Fact]
    public void A_negation_in_another_phrase_does_not_carry_over()
    {
        Assert.True(new NormalizedText("no drums, warm vocals").Contains(["vocals"]));
    }
}
