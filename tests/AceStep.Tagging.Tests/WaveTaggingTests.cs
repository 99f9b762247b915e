using System.Buffers.Binary;
using AceStep.Tagging.Tests.Support;

namespace AceStep.Tagging.Tests;

[Collection(SampleCollection.Name)]
public class WaveTaggingTests(SampleFiles samples)
{
    public static TheoryData<string> Kinds => ["wav16", "wavfloat"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_info_list_and_an_id3_chunk_go_before_the_unchanged_data_chunk_and_the_riff_size_fits(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        var original = RiffChunks.Read(File.ReadAllBytes(path));

        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));
        await AudioTagger.WriteAsync(path, TestSongs.Full(await CoverImage.FromFileAsync(samples.SmallCover)));

        var bytes = File.ReadAllBytes(path);
        var chunks = RiffChunks.Read(bytes);
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        var expectedIds = original.Where(chunk => chunk.Id is not "LIST/INFO").Select(chunk => chunk.Id).ToList();
        expectedIds.Insert(expectedIds.IndexOf("data"), "id3 ");
        expectedIds.Insert(expectedIds.IndexOf("id3 "), "LIST/INFO");
        Assert.Equal(expectedIds, chunks.Select(chunk => chunk.Id));
        Assert.Equal(original.Single(chunk => chunk.Id == "data").Body, chunks.Single(chunk => chunk.Id == "data").Body);
        Assert.Equal(original.Single(chunk => chunk.Id == "fmt ").Body, chunks.Single(chunk => chunk.Id == "fmt ").Body);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task TagLib_reads_the_info_fields_and_the_id3_tag(string kind)
    {
        var path = samples.CopyOf(samples.Audio(kind));
        var cover = await CoverImage.FromFileAsync(samples.SmallCover);

        await AudioTagger.WriteAsync(path, TestSongs.Full(cover));

        using var file = TagLibRead.Open(path);
        var info = Assert.IsType<TagLib.Riff.InfoTag>(file.GetTag(TagLib.TagTypes.RiffInfo, create: false));
        string Info(string id) => Assert.Single(info.GetValuesAsStrings(TagLib.ByteVector.FromString(id, TagLib.StringType.Latin1)));
        Assert.Equal("月光 Neon", Info("INAM"));
        Assert.Equal("ACE-Step 测试", Info("IART"));
        Assert.Equal("Tagging Tests", Info("IPRD"));
        Assert.Equal("Synthwave", Info("IGNR"));
        Assert.Equal(TestSongs.Full().Caption, Info("ICMT"));
        var id3 = TagLibRead.Id3v2(file);
        Assert.Equal(4, id3.Version);
        Assert.Equal(120u, id3.BeatsPerMinute);
        Assert.Equal("F#m", id3.InitialKey);
        Assert.Equal(TestSongs.Full().Lyrics, id3.Lyrics);
        Assert.Equal("acestep-5Hz-lm-1.7B", TagLibRead.UserText(id3, "ACESTEP_LM_MODEL"));
        Assert.Equal(cover.Data.ToArray(), Assert.Single(id3.Pictures).Data.Data);
        Assert.Equal(48000, file.Properties.AudioSampleRate);
    }

    /// <summary>
    /// ffprobe shows a WAV's INFO fields and ignores its id3 chunk when both exist ("Discarding ID3 tags because more
    /// suitable tags were found"), so the chunk's tag is put in front of MP3 frames for ffprobe to read on its own.
    /// </summary>
    [Fact]
    public async Task Ffprobe_reads_the_id3_chunk_as_a_complete_id3v2_tag()
    {
        var path = samples.CopyOf(samples.Wav16);
        await AudioTagger.WriteAsync(path, TestSongs.Full());
        var id3 = RiffChunks.Read(File.ReadAllBytes(path)).Single(chunk => chunk.Id == "id3 ").Body;
        var mp3 = File.ReadAllBytes(samples.Mp3);
        var spliced = Path.Combine(Path.GetDirectoryName(path)!, "spliced.mp3");

        File.WriteAllBytes(spliced, [.. id3, .. mp3[Id3TagLength.Of(mp3)..]]);

        var tags = Media.Tags(spliced);
        Assert.Equal("月光 Neon", tags["title"]);
        Assert.Equal("120", tags["TBPM"]);
        Assert.Equal("3141592653", tags["ACESTEP_SEED"]);
        Assert.Equal(TestSongs.Full().Lyrics, tags["lyrics-XXX"]);
    }

    [Fact]
    public async Task Other_chunks_keep_their_place_and_bytes()
    {
        var path = samples.CopyOf(samples.Wav16);
        var bytes = File.ReadAllBytes(path);
        byte[] extra = [.. "bext"u8, 3, 0, 0, 0, 1, 2, 3, 0];
        var withExtra = InsertAfterFormatChunk(bytes, extra);
        File.WriteAllBytes(path, withExtra);

        await AudioTagger.WriteAsync(path, TestSongs.Minimal("kept"));

        var chunks = RiffChunks.Read(File.ReadAllBytes(path));
        Assert.Equal(["fmt ", "bext", "LIST/INFO", "id3 ", "data"], chunks.Select(chunk => chunk.Id));
        Assert.Equal(new byte[] { 1, 2, 3 }, chunks.Single(chunk => chunk.Id == "bext").Body);
    }

    private static byte[] InsertAfterFormatChunk(byte[] wave, byte[] chunk)
    {
        var formatSize = BinaryPrimitives.ReadInt32LittleEndian(wave.AsSpan(16));
        var insertAt = 12 + 8 + formatSize;
        var result = (byte[])[.. wave[..insertAt], .. chunk, .. wave[insertAt..]];
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
