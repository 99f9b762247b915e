using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

/// <summary>
/// Ogg Opus: opusinfo (from opus-tools, built on libogg and libopus) checks every page, checksum, sequence number
/// and granule position and the picture; TagLib# reads the comments again on its own.
/// </summary>
[Collection(SampleCollection.Name)]
public class OpusTaggingTests(SampleFiles samples)
{
    [Fact]
    public async Task Opusinfo_finds_a_valid_stream_with_every_comment()
    {
        var path = samples.CopyOf(samples.Opus);

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));

        var report = OpusInfo(path);
        Assert.Contains("Encoded with Lavf", report, StringComparison.Ordinal);
        Assert.Contains("\tTITLE=月光 Neon\n", report, StringComparison.Ordinal);
        Assert.Contains("\tINITIALKEY=F#m\n", report, StringComparison.Ordinal);
        Assert.Contains("\tACESTEP_SEED=3141592653\n", report, StringComparison.Ordinal);
        Assert.Contains("\tACESTEP_JOB_ID=2f1c0a9e-7b1d-4c55-9e0f-1a2b3c4d5e6f\n", report, StringComparison.Ordinal);
        Assert.Contains("\tMETADATA_BLOCK_PICTURE=", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_cover_spreads_the_comment_over_many_pages_and_the_stream_stays_valid()
    {
        var path = samples.CopyOf(samples.Opus);
        var pagesBefore = PageCount(path);
        var timings = Media.PacketTimings(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.LargeCover)));

        Assert.True(PageCount(path) > pagesBefore + 100, "a 6 MB picture needs over a hundred 64 KB pages");
        OpusInfo(path);
        Assert.Equal(timings, Media.PacketTimings(path));
    }

    [Fact]
    public async Task Shrinking_the_comment_again_renumbers_the_audio_pages_back()
    {
        var path = samples.CopyOf(samples.Opus);
        var original = File.ReadAllBytes(path);
        var timings = Media.PacketTimings(path);

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.LargeCover)));
        await AudioTagger.WriteAsync(path, TestSongs.Minimal("small again"));

        OpusInfo(path);
        Assert.Equal(timings, Media.PacketTimings(path));
        Assert.Equal(PageCount(samples.Opus), PageCount(path));

        // Both comments fit on one page, so the audio pages are numbered as they were and come back byte for byte.
        var retagged = File.ReadAllBytes(path);
        Assert.Equal(original[AudioPagesStart(original)..], retagged[AudioPagesStart(retagged)..]);
    }

    [Fact]
    public async Task TagLib_reads_the_comments_and_the_picture()
    {
        var path = samples.CopyOf(samples.Opus);
        var cover = await CoverImage.FromFileAsync(samples.JpegCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        using var file = TagLibRead.Open(path);
        var xiph = TagLibRead.Xiph(file);
        Assert.Equal("月光 Neon", xiph.Title);
        Assert.Equal(120u, xiph.BeatsPerMinute);
        Assert.Equal(["3141592653"], xiph.GetField("ACESTEP_SEED"));
        Assert.StartsWith("[00:00.50]月光洒在窗前", xiph.Lyrics, StringComparison.Ordinal);
        var picture = Assert.Single(xiph.Pictures);
        Assert.Equal("image/jpeg", picture.MimeType);
        Assert.Equal(cover.Data.ToArray(), picture.Data.Data);
        Assert.Equal(48000, file.Properties.AudioSampleRate);
        Assert.Equal(2, file.Properties.AudioChannels);
    }

    /// <summary>opusinfo's report; any warning or error in it fails the test.</summary>
    private static string OpusInfo(string path)
    {
        var result = ExternalTool.RunChecked("opusinfo", path);
        var report = result.Text + result.Errors;
        Assert.DoesNotContain("WARNING", report, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", report, StringComparison.OrdinalIgnoreCase);
        return report;
    }

    private static int PageCount(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var count = 0;
        for (var index = bytes.AsSpan().IndexOf("OggS"u8); index >= 0; index = NextPage(bytes, index))
        {
            count++;
        }

        return count;
    }

    // Walks page headers by their lengths (27 bytes, the lacing table, the payload) rather than searching for
    // "OggS", which can occur inside a picture.
    private static int NextPage(byte[] bytes, int page)
    {
        var segments = bytes[page + 26];
        var next = page + 27 + segments + bytes.AsSpan(page + 27, segments).ToArray().Sum(value => value);
        return next < bytes.Length ? next : -1;
    }

    // Page 0 holds OpusHead, page 1 the comment (one page for small comments); audio starts on page 2.
    private static int AudioPagesStart(byte[] file) => NextPage(file, NextPage(file, 0));
}
