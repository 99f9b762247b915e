namespace AceStep.Simulator.Jobs;

/// <summary>The simulator's own small example set (upstream ships 200 files per set in <c>examples/</c>).</summary>
internal static class CannedSongs
{
    public static readonly IReadOnlyList<CannedSong> All =
    [
        new("a soft Bengali love song for a quiet evening", false,
            "soft acoustic ballad, warm female vocal, gentle guitar, intimate",
            "[Verse]\nEvening light on the river\nYour name on the wind\n\n[Chorus]\nStay a little longer\nUntil the stars begin",
            72, 40, "A minor", "bn", "4"),
        new("an upbeat synth-pop anthem about summer nights", false,
            "upbeat synth-pop, bright synths, punchy drums, female vocal, catchy",
            "[Verse]\nNeon on the pavement\nHeartbeat in the bass\n\n[Chorus]\nSummer nights, we come alive\nDancing till the morning light",
            120, 45, "C major", "en", "4"),
        new("a calm lo-fi beat to study to, instrumental", true,
            "lo-fi hip hop, dusty drums, mellow electric piano, vinyl crackle, relaxed",
            "[inst]",
            84, 30, "F major", "en", "4"),
        new("a melancholic waltz played on piano solo", true,
            "melancholic piano waltz, solo piano, rubato, cinematic",
            "[instrumental]",
            96, 35, "D minor", "en", "3"),
        new("an energetic Japanese rock song with a big chorus", false,
            "energetic J-rock, distorted guitars, driving drums, male vocal, anthemic",
            "[Verse]\nHashiridasu yoake no michi\n\n[Chorus]\nMou ichido tobitate\nSora no mukou made",
            150, 40, "E minor", "ja", "4"),
        new("a folk tune in six-eight with fiddle and whistle", false,
            "celtic folk, fiddle, tin whistle, bodhran, lively jig",
            "[Verse]\nOver the hills the morning comes\n\n[Chorus]\nSing it loud and sing it long",
            110, 35, "G major", "en", "6"),
    ];
}
