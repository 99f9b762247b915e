using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Tests.Audio.Synthesis;

public sealed class MusicalKeyTests
{
    [Theory]
    [InlineData("C major", 0, false)]
    [InlineData("F# minor", 6, true)]
    [InlineData("B♭ major", 10, false)]
    [InlineData("Bb minor", 10, true)]
    [InlineData("E minor", 4, true)]
    [InlineData("  g  MAJOR ", 7, false)]
    [InlineData("C♯ Minor", 1, true)]
    [InlineData("Am", 9, true)]
    [InlineData("Cb major", 11, false)]
    [InlineData("D", 2, false)]
    public void Reads_tonic_and_mode(string text, int tonic, bool isMinor) =>
        Assert.Equal(new MusicalKey(tonic, isMinor), MusicalKey.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("N/A")]
    [InlineData("hello")]
    public void Anything_else_is_C_major(string? text) => Assert.Equal(MusicalKey.CMajor, MusicalKey.Parse(text));
}
