using AceStep.Simulator.Requests;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// Decides what a job generates, standing in for the 5Hz LM: sample mode invents a song, <c>use_format</c> tidies the
/// caption, and the "CoT" phase fills missing bpm/key/time signature/duration. Deterministic from the job's seed.
/// Values the LM did not fill are still chosen for rendering but reported as "N/A", as upstream does.
/// </summary>
internal static class SongDecider
{
    private static readonly string[] Keys =
    [
        "C major", "G major", "D major", "A major", "E major", "F major", "B♭ major", "E♭ major",
        "A minor", "E minor", "B minor", "D minor", "G minor", "C minor", "F# minor", "C# minor",
    ];

    private static readonly string[] TimeSignaturesByWeight = ["4", "4", "4", "4", "4", "4", "3", "3", "6", "2"];
    private static readonly int[] Durations = [30, 40, 45, 50, 60];

    /// <param name="lmRuns">The LM is loaded and the task type does not skip it.</param>
    public static SongDecision Decide(GenerationParameters p, long seed, bool lmRuns)
    {
        var random = new Random(unchecked((int)(seed ^ (seed >> 32))));
        var bpmChoice = 70 + random.Next(71);
        var keyChoice = Keys[random.Next(Keys.Length)];
        var timeSignatureChoice = TimeSignaturesByWeight[random.Next(TimeSignaturesByWeight.Length)];
        var durationChoice = Durations[random.Next(Durations.Length)];

        if (lmRuns && p.UsesSampleMode)
        {
            return FromSample(p, CannedSongs.All[random.Next(CannedSongs.All.Count)]);
        }

        var prompt = lmRuns && p.UseFormat ? Tidy(p.Prompt) : p.Prompt;
        var lyrics = lmRuns && p.UseFormat ? p.Lyrics.Trim() : p.Lyrics;
        var timeSignature = NullIfEmpty(p.TimeSignature);
        var keyScale = NullIfEmpty(p.KeyScale);
        return new SongDecision
        {
            Prompt = prompt,
            Lyrics = lyrics,
            OriginalPrompt = p.Prompt,
            OriginalLyrics = p.Lyrics,
            RenderDuration = p.Duration ?? durationChoice,
            RenderBpm = p.Bpm ?? bpmChoice,
            RenderKeyScale = keyScale ?? keyChoice,
            RenderTimeSignature = timeSignature ?? timeSignatureChoice,
            ReportedBpm = p.Bpm ?? (lmRuns ? bpmChoice : null),
            ReportedDuration = p.Duration ?? (lmRuns ? durationChoice : null),
            DurationFromUser = p.Duration is not null,
            ReportedKeyScale = keyScale ?? (lmRuns ? keyChoice : null),
            ReportedTimeSignature = timeSignature ?? (lmRuns ? timeSignatureChoice : null),
            LmCaption = lmRuns && p.UseFormat ? prompt : null,
            UsedLm = lmRuns,
            VocalLanguage = p.VocalLanguage,
        };
    }

    /// <summary>Sample mode replaces the user's caption, lyrics and metadata with the LM's invention.</summary>
    private static SongDecision FromSample(GenerationParameters p, CannedSong song) => new()
    {
        Prompt = song.Caption,
        Lyrics = song.Lyrics,
        OriginalPrompt = string.Empty,
        OriginalLyrics = string.Empty,
        RenderDuration = song.Duration,
        RenderBpm = song.Bpm,
        RenderKeyScale = song.KeyScale,
        RenderTimeSignature = song.TimeSignature,
        ReportedBpm = song.Bpm,
        ReportedDuration = song.Duration,
        ReportedKeyScale = song.KeyScale,
        ReportedTimeSignature = song.TimeSignature,
        LmCaption = song.Caption,
        UsedLm = true,
        VocalLanguage = p.VocalLanguage is "en" or "unknown" or "" ? song.Language : p.VocalLanguage,
    };

    /// <summary>What the simulated LM's formatting does to a caption: trimmed, first letter upper-cased.</summary>
    public static string Tidy(string caption)
    {
        var trimmed = caption.Trim();
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
