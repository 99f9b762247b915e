using AceStep.Simulator.Providers.Vocals;

namespace AceStep.Simulator.Tests.Providers;

public sealed class FakeListenerTests
{
    private static readonly VocalTimeline Timeline = VocalTimelinePlanner.Plan(
        string.Join('\n', Enumerable.Repeat("Morning light arrives, the open road is calling me home tonight", 20)), 240, 120, "en");

    [Fact]
    public void About_the_seeded_share_of_words_is_misheard_and_each_misheard_word_differs()
    {
        var heard = FakeListener.Hear(Timeline, seed: 5, misheardShare: 0.2, missedShare: 0);
        var sung = Timeline.Words.ToList();

        Assert.Equal(sung.Count, heard.Count);
        var misheard = heard.Where(word => word.Misheard).ToList();
        Assert.InRange(misheard.Count, sung.Count * 0.13, sung.Count * 0.27);
        Assert.All(heard.Zip(sung), pair => Assert.Equal(!pair.First.Misheard, pair.First.Text == pair.Second.Text));
    }

    [Fact]
    public void Heard_words_are_within_a_few_hundredths_of_a_second_of_when_they_were_sung()
    {
        var heard = FakeListener.Hear(Timeline, seed: 5, misheardShare: 0, missedShare: 0);

        Assert.All(heard.Zip(Timeline.Words), pair => Assert.InRange(pair.First.Start - pair.Second.Start, -0.031, 0.031));
    }

    [Fact]
    public void Missed_words_are_left_out_and_the_same_seed_hears_the_same()
    {
        var first = FakeListener.Hear(Timeline, seed: 9, misheardShare: 0.1, missedShare: 0.1);
        var again = FakeListener.Hear(Timeline, seed: 9, misheardShare: 0.1, missedShare: 0.1);

        Assert.True(first.Count < Timeline.Words.Count());
        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData("arrives,", "eyes,")]
    [InlineData("Source", "Sores")]
    [InlineData("night.", "knight.")]
    [InlineData("calling", "celling")]
    [InlineData("的", "得")]
    [InlineData("歌，", "哥，")]
    [InlineData("rhythm", "rhythms")]
    public void A_misheard_word_is_a_sound_alike_with_its_punctuation_and_capital(string word, string heard)
    {
        Assert.Equal(heard, SoundAlikes.Mishear(word));
    }
}
