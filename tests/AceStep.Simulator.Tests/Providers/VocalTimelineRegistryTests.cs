using AceStep.Simulator.Providers.Vocals;

namespace AceStep.Simulator.Tests.Providers;

public sealed class VocalTimelineRegistryTests
{
    private static readonly VocalTimeline Song = VocalTimelinePlanner.Plan("Hold my hand tonight", 30, 120, "en");
    private static readonly VocalTimeline Other = VocalTimelinePlanner.Plan("Sing it loud", 30, 120, "en");

    [Fact]
    public void A_song_is_recognised_after_tags_are_added_in_front_and_behind()
    {
        var registry = new VocalTimelineRegistry();
        var audio = Bytes(200_000, 1);
        Assert.True(registry.Register(audio, Song));
        byte[] tagged = [.. "ID3"u8, .. new byte[3000], .. audio, .. "TAG"u8, .. new byte[125]];

        Assert.Same(Song, registry.Find(tagged));
        Assert.Same(Song, registry.Find(audio));
    }

    [Fact]
    public void Audio_it_never_made_is_not_recognised()
    {
        var registry = new VocalTimelineRegistry();
        registry.Register(Bytes(200_000, 1), Song);

        Assert.Null(registry.Find(Bytes(200_000, 2)));
    }

    [Fact]
    public void Silence_cannot_be_registered_because_every_quiet_song_would_match_it()
    {
        var registry = new VocalTimelineRegistry();

        Assert.False(registry.Register(new byte[200_000], Song));
        Assert.False(registry.Register(Bytes(1000, 1), Song));
        Assert.Equal(0, registry.Count);
    }

    [Fact]
    public void When_two_songs_share_their_audio_the_newest_wins()
    {
        var registry = new VocalTimelineRegistry();
        var audio = Bytes(100_000, 3);

        registry.Register(audio, Song);
        registry.Register(audio, Other);

        Assert.Same(Other, registry.Find(audio));
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
