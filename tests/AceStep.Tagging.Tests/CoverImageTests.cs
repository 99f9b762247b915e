using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

[Collection(SampleCollection.Name)]
public class CoverImageTests(SampleFiles samples)
{
    [Fact]
    public async Task A_png_or_jpeg_file_is_recognised_by_its_content()
    {
        Assert.Equal("image/png", (await CoverImage.FromFileAsync(samples.SmallCover)).MimeType);
        Assert.Equal("image/jpeg", (await CoverImage.FromFileAsync(samples.JpegCover)).MimeType);
    }

    [Fact]
    public async Task A_file_that_is_no_picture_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CoverImage.FromFileAsync(samples.Mp3));

        Assert.Equal($"'{samples.Mp3}' is not a PNG or JPEG image, so it cannot be used as a cover.", error.Message);
    }

    [Fact]
    public void A_picture_over_the_limit_is_refused_with_the_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => new CoverImage(new byte[CoverImage.MaxBytes + 1], "image/png"));

        Assert.StartsWith("The cover image is 16,000,001 bytes; at most 16,000,000 fit in a tag.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("image/ png")]
    [InlineData("image/пнг")]
    public void A_mime_type_that_is_not_an_image_type_is_refused(string mimeType) =>
        Assert.Throws<ArgumentException>(() => new CoverImage(new byte[] { 1 }, mimeType));

    [Fact]
    public void An_empty_picture_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CoverImage(ReadOnlyMemory<byte>.Empty, "image/png"));

    [Fact]
    public void The_size_and_depth_are_read_from_png_and_jpeg_headers_as_ffprobe_sees_them()
    {
        Assert.Equal(new ImageInfo(64, 48, 24), ImageInfo.Of(File.ReadAllBytes(samples.SmallCover)));
        Assert.Equal(new ImageInfo(320, 200, 24), ImageInfo.Of(File.ReadAllBytes(samples.JpegCover)));
        Assert.Equal(default, ImageInfo.Of([1, 2, 3]));
    }
}
