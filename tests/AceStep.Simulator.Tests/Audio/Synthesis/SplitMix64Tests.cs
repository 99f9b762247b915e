using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Tests.Audio.Synthesis;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Matches_the_reference_sequence()
    {
        // The published SplitMix64 algorithm seeded with 0: its output must never change, or songs would.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
    }

    [Fact]
    public void Bounded_values_stay_in_range()
    {
        var random = new SplitMix64(123);

        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(random.NextInt(7), 0, 6);
            Assert.InRange(random.NextSignedUnit(), -1.0, 1.0);
        }
    }
}
