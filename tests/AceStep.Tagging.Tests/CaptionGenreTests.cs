namespace AceStep.Tagging.Tests;

public class CaptionGenreTests
{
    [Theory]
    [InlineData("synthwave, dreamy female vocals, 80s drum machine", "Synthwave")]
    [InlineData("A melancholic lo-fi hip-hop beat with warm piano", "Lo-Fi")]
    [InlineData("energetic 80s synth-pop with a catchy chorus", "Synth-Pop")]
    [InlineData("indie rock anthem, driving guitars, pop hooks", "Indie Rock")]
    [InlineData("Upbeat K-POP dance track", "K-Pop")]
    [InlineData("smooth r&b, late night", "R&B")]
    [InlineData("warm acoustic folk ballad, then jazz brushes", "Folk")]
    public void The_first_genre_named_in_the_caption_is_chosen(string caption, string genre) =>
        Assert.Equal(genre, CaptionGenre.FromCaption(caption));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("sad song with female vocals")]
    [InlineData("a popular tune about rocks")]
    public void A_caption_that_names_no_genre_gives_none(string? caption) =>
        Assert.Null(CaptionGenre.FromCaption(caption));
}
