namespace AceStep.Lyrics.Tests.Synthetic;

/// <summary>Lyrics written for these tests, shaped like the ones people send to ACE-Step (tags, repeats, punctuation).</summary>
internal static class SongLyrics
{
    private const string PreChorus = """
        [Pre-Chorus]
        So hold on, the morning never waits,
        Hear the city calling through the gates,
        When the quiet finally arrives,
        We will dance like we are still alive.
        """;

    private const string Chorus = """
        [Chorus]
        We are the light inside the machine,
        Brighter than anything we've ever seen,
        Sing it loud until the speakers break,
        Every heart is wide awake!
        We are the light, we are the sound,
        Feet above and hearts on solid ground.
        """;

    /// <summary>About three minutes of English when sung: 50 lines, a little over 300 words.</summary>
    public static readonly string English = $"""
        [Intro]

        [Verse 1]
        Neon rivers running through the night,
        Every window holds a borrowed light,
        I was counting shadows on the train,
        Whispering your name into the rain.
        Built a song with ACE-Step on my own,
        Open source and humming through the phone,
        Every chord a promise I could keep,
        Every beat a reason not to sleep.

        {PreChorus}

        {Chorus}

        [Verse 2]
        Paper planes are drifting through the hall,
        Painted dreams are dripping down the wall,
        You were laughing at the falling snow,
        Telling me the places we could go.
        Coffee cups and melodies at dawn,
        Every line we wrote is carried on,
        Broken strings and stories never told,
        Turning all our silver into gold.

        {PreChorus}

        {Chorus}

        [Guitar Solo]

        [Bridge]
        If the signal fades and the screens go dark,
        I will find you by the spark,
        Every echo leads me back to you,
        Every word I sing is true.
        Count to four and let the drums come in,
        This is where the brave begin.

        {Chorus}

        [Outro]
        """;

    private const string ChineseChorus = """
        [Chorus]
        我们是光，照亮每一个梦，
        唱出心中最美的歌声，
        不怕黑夜有多么漫长，
        因为有你在我身旁。
        """;

    /// <summary>A Chinese song of 24 lines, about 220 characters.</summary>
    public static readonly string Chinese = $"""
        [Intro]

        [Verse]
        夜色里的霓虹在闪烁，
        城市的风吹过我的窗，
        我在人群中寻找你的脸，
        雨水轻轻落在肩膀上。

        {ChineseChorus}

        [Verse]
        旧照片里藏着的时光，
        街角咖啡还是那么香，
        你说未来就在不远处，
        我们一起走向远方。

        {ChineseChorus}

        [Bridge]
        如果星星不再闪亮，
        我会点燃心中的火光，
        每一次回声都在说，
        爱是唯一的方向。

        {ChineseChorus}

        [Outro]
        """;
}
