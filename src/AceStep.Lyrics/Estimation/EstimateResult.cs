namespace AceStep.Lyrics.Estimation;

/// <summary>
/// Lyrics timed by estimate (<see cref="TimedLyrics.IsEstimated"/> is true), the tempo and length the estimate used, and
/// warnings that say so and what was assumed.
/// </summary>
public sealed record EstimateResult(TimedLyrics Lyrics, double BpmUsed, double DurationSeconds, IReadOnlyList<string> Warnings);
