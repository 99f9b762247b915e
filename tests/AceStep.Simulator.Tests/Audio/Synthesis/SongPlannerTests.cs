using AceStep.Simulator.Audio;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Tests.Audio.Synthesis;

public sealed class SongPlannerTests
{
    [Theory]
    [InlineData(10.0, 480_000)]
    [InlineData(1.23456, 59_259)]
    [InlineData(0.00001, 0)]
    [InlineData(0.00002, 1)]
    public void The_sample_count_is_the_rounded_duration_at_forty_eight_kilohertz(double seconds, long samples) =>
        Assert.Equal(samples, SongPlanner.Plan(new SongSpec(seconds, 120, "C major", 4, 1)).SampleCount);

    [Theory]
    [InlineData(0, 30)]
    [InlineData(29, 30)]
    [InlineData(120, 120)]
    [InlineData(301, 300)]
    public void The_tempo_is_clamped(int bpm, int expected) =>
        Assert.Equal(expected, SongPlanner.Plan(new SongSpec(5, bpm, "C major", 4, 1)).Bpm);

    [Fact]
    public void Major_keys_follow_one_five_six_four()
    {
        var plan = SongPlanner.Plan(new SongSpec(20, 120, "D major", 4, 1));

        // D major: I = D F# A, V = A C# E, vi = B D F#, IV = G B D.
        int[][] expected = [[2, 6, 9], [9, 1, 4], [11, 2, 6], [7, 11, 2]];
        for (var bar = 0; bar < 8; bar++)
        {
            Assert.Equal(expected[bar % 4].ToHashSet(), PitchClasses(plan.Bars[bar].ChordNotes));
        }
    }

    [Fact]
    public void Minor_keys_follow_one_six_three_seven()
    {
        var plan = SongPlanner.Plan(new SongSpec(20, 120, "A minor", 4, 1));

        // A minor: i = A C E, VI = F A C, III = C E G, VII = G B D.
        int[][] expected = [[9, 0, 4], [5, 9, 0], [0, 4, 7], [7, 11, 2]];
        for (var bar = 0; bar < 4; bar++)
        {
            Assert.Equal(expected[bar].ToHashSet(), PitchClasses(plan.Bars[bar].ChordNotes));
        }
    }

    [Fact]
    public void The_first_bar_melody_uses_only_tonic_chord_tones()
    {
        for (long seed = 0; seed < 20; seed++)
        {
            var plan = SongPlanner.Plan(new SongSpec(10, 100, "F minor", 6, seed));

            Assert.Equal(6, plan.Bars[0].MelodyNotes.Count);
            Assert.Subset(new HashSet<int> { 5, 8, 0 }, PitchClasses(plan.Bars[0].MelodyNotes));
        }
    }

    [Fact]
    public void The_seed_varies_the_melody_but_not_the_harmony()
    {
        SongPlan[] plans = [.. Enumerable.Range(0, 10).Select(seed => SongPlanner.Plan(new SongSpec(30, 120, "E major", 4, seed)))];

        Assert.True(plans.Select(p => string.Join(",", p.Bars.SelectMany(b => b.MelodyNotes))).Distinct().Count() > 1);
        Assert.All(plans, p => Assert.Equal(PitchClasses(plans[0].Bars[1].ChordNotes), PitchClasses(p.Bars[1].ChordNotes)));
    }

    [Fact]
    public void Enough_bars_cover_the_whole_song()
    {
        var plan = SongPlanner.Plan(new SongSpec(61, 97, "C major", 3, 1));

        Assert.True(plan.Bars.Count * plan.BeatsPerBar >= plan.BeatCount);
        Assert.True(plan.BeatStartSample(plan.BeatCount) >= plan.SampleCount);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Impossible_durations_are_rejected(double seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SongPlanner.Plan(new SongSpec(seconds, 120, "C major", 4, 1)));

    private static HashSet<int> PitchClasses(IEnumerable<int> midiNotes) => midiNotes.Select(n => n % 12).ToHashSet();
}
