using System.Text.Json.Nodes;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Jobs;

namespace AceStep.Simulator.Tests.Units;

/// <summary>Format mapping, time signatures and seed planning.</summary>
public sealed class JobRulesTests
{
    [Theory]
    [InlineData("mp3", ServerVersion.B, AudioContainer.Mp3, "mp3")]
    [InlineData("WAV", ServerVersion.B, AudioContainer.Wav16, "wav")]
    [InlineData("flac", ServerVersion.A, AudioContainer.Flac, "flac")]
    [InlineData("wav32", ServerVersion.B, AudioContainer.Wav32Float, "wav")]
    [InlineData("opus", ServerVersion.B, AudioContainer.Opus, "opus")]
    [InlineData("aac", ServerVersion.B, AudioContainer.Aac, "aac")]
    [InlineData("opus", ServerVersion.A, AudioContainer.Flac, "flac")]
    [InlineData("ogg", ServerVersion.B, AudioContainer.Flac, "flac")]
    public void Audio_format_maps_to_container_and_extension(string format, ServerVersion version, AudioContainer container, string extension)
    {
        Assert.Equal((container, extension), OutputFormat.For(format, version));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("3", 3)]
    [InlineData("4", 4)]
    [InlineData("6", 6)]
    [InlineData("3/4", 3)]
    [InlineData("6/8", 6)]
    [InlineData("", 4)]
    [InlineData("waltz", 4)]
    public void Time_signature_gives_beats_per_bar(string timeSignature, int beats) => Assert.Equal(beats, TimeSignatures.BeatsPerBar(timeSignature));

    [Fact]
    public void Seeds_are_deterministic_for_a_random_seed()
    {
        var first = SeedPlanner.Plan(ServerVersion.B, true, null, 3, new SeededRandom(7));
        var second = SeedPlanner.Plan(ServerVersion.B, true, null, 3, new SeededRandom(7));

        Assert.Equal(first, second);
        Assert.All(first, seed => Assert.InRange(seed, 0, uint.MaxValue));
    }

    [Fact]
    public void Version_A_ignores_requested_seeds()
    {
        var seeds = SeedPlanner.Plan(ServerVersion.A, false, JsonValue.Create("42,43"), 2, new SeededRandom(1));

        Assert.NotEqual([42L, 43L], seeds);
    }

    [Fact]
    public void Comma_list_fills_in_order()
    {
        Assert.Equal([42L, 43L], SeedPlanner.Plan(ServerVersion.B, false, JsonValue.Create(" 42, 43 ,99"), 2, new SeededRandom(1)));
    }
}
