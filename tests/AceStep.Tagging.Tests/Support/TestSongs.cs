using AceStep.Lyrics;

namespace AceStep.Tagging.Tests.Support;

/// <summary>Song tags as a generation would give them, with Chinese lyrics so that every text path carries UTF-8.</summary>
internal static class TestSongs
{
    public static readonly TimedLyrics Timed = new(
    [
        new TimedLine(0.5, 1.2, "月光洒在窗前"),
        new TimedLine(1.2, 1.8, "Neon lights are calling"),
        new TimedLine(4.0, 5.5, "我们一起唱"),
    ]);

    public static SongTags Full(CoverImage? cover = null) => new()
    {
        Title = "月光 Neon",
        Artist = "ACE-Step 测试",
        Album = "Tagging Tests",
        Genre = "Synthwave",
        Bpm = 120,
        Key = MusicalKey.TryParse("F# minor", out var key) ? key : null,
        Lyrics = "[Verse]\n月光洒在窗前\nNeon lights are calling\n\n[Chorus]\n我们一起唱",
        TimedLyrics = Timed,
        Seed = 3_141_592_653,
        JobId = "2f1c0a9e-7b1d-4c55-9e0f-1a2b3c4d5e6f",
        DitModel = "acestep-v15-turbo",
        LmModel = "acestep-5Hz-lm-1.7B",
        Caption = "synthwave, dreamy female vocals, 80s drum machine, 中文",
        Cover = cover,
    };

    public static SongTags Minimal(string title) => new() { Title = title };
}
