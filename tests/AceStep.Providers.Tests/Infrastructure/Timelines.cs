using AceStep.Simulator.Providers.Vocals;

namespace AceStep.Providers.Tests.Infrastructure;

internal static class Timelines
{
    public const string EnglishLyrics = """
        [Verse]
        Morning light arrives, the open road is calling,
        Hold my hand tonight, we run until the dawn.

        [Chorus]
        Sing it loud, sing it free!
        Every heart a melody.
        """;

    public const string ChineseLyrics = """
        [Verse]
        我们一起唱歌，
        星光照亮夜空。

        [Chorus]
        你的心在风中飞，
        梦里有一片天。
        """;

    public static VocalTimeline English(double duration = 40, int bpm = 120) => VocalTimelinePlanner.Plan(EnglishLyrics, duration, bpm, "en");

    public static VocalTimeline Chinese(double duration = 30, int bpm = 100) => VocalTimelinePlanner.Plan(ChineseLyrics, duration, bpm, "zh");
}
