namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// Hears a vocal timeline the way speech recognition hears singing: most words right and on time (within a few
/// tens of milliseconds), a seeded share misheard as a sound-alike, a few missed. The same seed hears the same.
/// </summary>
internal static class FakeListener
{
    private const double TimingJitterSeconds = 0.03;

    public static IReadOnlyList<HeardWord> Hear(VocalTimeline timeline, int seed, double misheardShare, double missedShare)
    {
        var random = new Random(seed);
        var heard = new List<HeardWord>();
        for (var line = 0; line < timeline.Lines.Count; line++)
        {
            foreach (var word in timeline.Lines[line].Words)
            {
                var draw = random.NextDouble();
                var start = Math.Max(0, word.Start + Jitter(random));
                var end = Math.Max(start, word.End + Jitter(random));
                if (draw < missedShare)
                {
                    continue;
                }

                var misheard = draw < missedShare + misheardShare;
                heard.Add(new HeardWord(misheard ? SoundAlikes.Mishear(word.Text) : word.Text, Math.Round(start, 3), Math.Round(end, 3), line, misheard));
            }
        }

        return heard;
    }

    private static double Jitter(Random random) => ((random.NextDouble() * 2) - 1) * TimingJitterSeconds;
}
