using AceStep.Songwriting.Parsing;

namespace AceStep.Songwriting.Tests.Parsing;

public class KeyScaleTests
{
    [Theory]
    [InlineData("C Major", "C Major", 0)]
    [InlineData("Am", "A Minor", 0)]
    [InlineData("f# minor", "F# Minor", 3)]
    [InlineData("Bb", "Bb Major", -2)]
    [InlineData("E♭ min", "Eb Minor", -6)]
    [InlineData("GM", "G Major", 1)]
    public void Keys_read_to_their_canonical_name_and_key_signature(string text, string canonical, int fifths)
    {
        var key = KeyScale.Parse(text);

        Assert.NotNull(key);
        Assert.Equal((canonical, fifths), (key.Canonical, key.Fifths));
    }
}
