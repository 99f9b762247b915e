namespace AceStep.Tagging.Tests;

public class MusicalKeyTests
{
    [Theory]
    [InlineData("C major", "C", "C major")]
    [InlineData("F# minor", "F#m", "F# minor")]
    [InlineData("B♭ major", "Bb", "Bb major")]
    [InlineData("C♯ Minor", "C#m", "C# minor")]
    [InlineData("  eb min ", "Ebm", "Eb minor")]
    [InlineData("Am", "Am", "A minor")]
    [InlineData("AM", "A", "A major")]
    [InlineData("G", "G", "G major")]
    [InlineData("Bbm", "Bbm", "Bb minor")]
    [InlineData("D Maj", "D", "D major")]
    public void Keys_as_people_write_them_become_the_id3_notation(string text, string notation, string display)
    {
        Assert.True(MusicalKey.TryParse(text, out var key));
        Assert.Equal(notation, key.Value.ToString());
        Assert.Equal(display, key.Value.ToDisplayString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("H minor")]
    [InlineData("C dorian")]
    [InlineData("C# minor please")]
    public void Text_that_is_not_a_key_is_refused(string? text) =>
        Assert.False(MusicalKey.TryParse(text, out _));
}
