using AceStep.Cli.Tests.Infrastructure;
using AceStep.Simulator;

namespace AceStep.Cli.Tests.Tags;

public sealed class SavedAudioTagsTests : IDisposable
{
    private const string Caption = "dreamy lo-fi hip-hop, warm piano, female vocal";
    private const string Lyrics = "[Verse]\nI walked the road my father knew\nBeneath a sky of faded blue";

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("mp3")]
    [InlineData("flac")]
    [InlineData("wav")]
    [InlineData("opus")]
    public async Task Every_saved_format_carries_the_song_tags_for_both_readers(string format)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (jobId, path) = await GenerateAsync(format, "--artist", "Test Artist", "--album", "Test Album");

        var ffprobe = AudioTagReaders.Ffprobe(path);
        Assert.Equal("Dreamy lo-fi hip-hop", ffprobe["title"]);
        Assert.Equal("Test Artist", ffprobe["artist"]);
        Assert.Equal("Lo-Fi", ffprobe["genre"]);
        if (format != "wav")
        {
            // ffprobe reads a WAV's LIST/INFO chunk only; TagLib# reads its id3 chunk below.
            Assert.Equal("42", ffprobe["ACESTEP_SEED"]);
            Assert.Equal(jobId, ffprobe["ACESTEP_JOB_ID"]);
            Assert.Equal(Caption, ffprobe["ACESTEP_CAPTION"]);
        }

        using var file = AudioTagReaders.TagLib(path);
        Assert.Equal("Dreamy lo-fi hip-hop", file.Tag.Title);
        Assert.Equal("Test Artist", file.Tag.FirstPerformer);
        Assert.Equal("Test Album", file.Tag.Album);
        Assert.Equal("Lo-Fi", file.Tag.FirstGenre);
        Assert.Equal(90u, file.Tag.BeatsPerMinute);
        // TagLib#'s Ogg grouping does not surface InitialKey; its Xiph comment reader does.
        var key = format == "opus" ? Assert.IsType<TagLib.Ogg.XiphComment>(file.GetTag(TagLib.TagTypes.Xiph, create: false)).GetFirstField("INITIALKEY") : file.Tag.InitialKey;
        Assert.Equal("F#m", key);
        Assert.Equal(Lyrics, file.Tag.Lyrics.ReplaceLineEndings("\n"));
        var saved = ResultFiles.ReadResult(_sandbox, jobId).GetProperty("files")[0];
        Assert.True(saved.GetProperty("tagged").GetBoolean());
        Assert.Equal(new FileInfo(path).Length, saved.GetProperty("bytes").GetInt64());
    }

    [Theory]
    [InlineData("mp3")]
    [InlineData("flac")]
    [InlineData("wav")]
    [InlineData("opus")]
    public async Task No_tags_leaves_the_servers_bytes_untouched(string format)
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (jobId, path) = await GenerateAsync(format, "--no-tags");

        Assert.Equal(ServerFile(server, path), File.ReadAllBytes(path));
        Assert.False(ResultFiles.ReadResult(_sandbox, jobId).GetProperty("files")[0].TryGetProperty("tagged", out _));
    }

    [Fact]
    public async Task A_tagged_mp3_holds_the_servers_audio_unchanged_after_its_tag()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var (_, path) = await GenerateAsync("mp3");

        var original = ServerFile(server, path);
        var tagged = File.ReadAllBytes(path);
        Assert.True(tagged.Length > original.Length);
        Assert.Equal(original, tagged[^original.Length..]);
        Assert.Equal("ID3", System.Text.Encoding.ASCII.GetString(tagged, 0, 3));
        Assert.Equal(4, tagged[3]);
    }

    [Fact]
    public async Task Completion_mode_files_are_tagged_too()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox, mode: "completion");

        var (jobId, path) = await GenerateAsync("mp3");

        var ffprobe = AudioTagReaders.Ffprobe(path);
        Assert.Equal("Dreamy lo-fi hip-hop", ffprobe["title"]);
        Assert.Equal(jobId, ffprobe["ACESTEP_JOB_ID"]);
    }

    [Fact]
    public async Task Configured_artist_and_album_and_a_title_flag_are_written()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        await _sandbox.RunAsync("config", "--set", "tags.artist", "Config Artist");
        await _sandbox.RunAsync("config", "--set", "tags.album", "Config Album");

        var (_, path) = await GenerateAsync("flac", "--title", "Night Drive");

        using var file = AudioTagReaders.TagLib(path);
        Assert.Equal("Night Drive", file.Tag.Title);
        Assert.Equal("Config Artist", file.Tag.FirstPerformer);
        Assert.Equal("Config Album", file.Tag.Album);
    }

    [Fact]
    public async Task Tags_enabled_false_in_the_config_keeps_the_servers_bytes()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var set = await _sandbox.RunAsync("config", "--set", "tags.enabled", "false");
        Assert.True(set.ExitCode == 0, set.ToString());

        var (_, path) = await GenerateAsync("mp3");

        Assert.Equal(ServerFile(server, path), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_batch_titles_each_take_and_gives_each_file_its_own_seed()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);

        var result = await _sandbox.RunAsync("generate", "-c", Caption, "-l", Lyrics, "--duration", "10", "--batch", "2", "--seed", "7,8", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = ResultFiles.AudioFiles(_sandbox);
        Assert.Equal(2, files.Length);
        Assert.Equal(["Dreamy lo-fi hip-hop (take 1)", "Dreamy lo-fi hip-hop (take 2)"], files.Select(f => AudioTagReaders.Ffprobe(f)["title"]));
        Assert.Equal(["7", "8"], files.Select(f => AudioTagReaders.Ffprobe(f)["ACESTEP_SEED"]));
    }

    [Fact]
    public async Task Tag_adds_the_cover_and_synced_lyrics_to_a_file_saved_without_tags()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var (jobId, path) = await GenerateAsync("mp3", "--no-tags");
        File.WriteAllBytes(Path.Combine(_sandbox.OutputDirectory, jobId + "_cover.png"), AudioTagReaders.TinyPng);
        File.WriteAllText(Path.Combine(_sandbox.OutputDirectory, jobId + "_1.lrc"), "[00:01.00]I walked the road my father knew\n[00:04.50]Beneath a sky of faded blue\n");

        var result = await _sandbox.RunAsync("tag", path, "--from", jobId, "--title", "My Song", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.Json();
        Assert.True(report.GetProperty("cover").GetBoolean());
        Assert.True(report.GetProperty("synced_lyrics").GetBoolean());
        using var file = AudioTagReaders.TagLib(path);
        Assert.Equal("My Song", file.Tag.Title);
        var picture = Assert.Single(file.Tag.Pictures);
        Assert.Equal("image/png", picture.MimeType);
        Assert.Equal(AudioTagReaders.TinyPng, picture.Data.Data);
        var id3 = Assert.IsType<TagLib.Id3v2.Tag>(file.GetTag(TagLib.TagTypes.Id3v2, create: false));
        var synced = Assert.Single(id3.GetFrames<TagLib.Id3v2.SynchronisedLyricsFrame>());
        Assert.Equal([1000L, 4500L], synced.Text.Select(line => line.Time));
        Assert.Equal("Beneath a sky of faded blue", synced.Text[1].Text);
        Assert.Equal("42", AudioTagReaders.Ffprobe(path)["ACESTEP_SEED"]);
    }

    [Fact]
    public async Task Tag_reads_the_job_from_a_result_file_path()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var (jobId, path) = await GenerateAsync("flac", "--no-tags");

        var result = await _sandbox.RunAsync("tag", path, "--from", Path.Combine(_sandbox.OutputDirectory, jobId + ".json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(path, result.StandardOutput.Trim());
        Assert.Equal(jobId, AudioTagReaders.Ffprobe(path)["ACESTEP_JOB_ID"]);
    }

    [Fact]
    public async Task A_cover_that_is_not_an_image_is_left_out_with_a_warning()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var (jobId, path) = await GenerateAsync("mp3", "--no-tags");
        File.WriteAllText(Path.Combine(_sandbox.OutputDirectory, jobId + "_cover.png"), "not a picture");

        var result = await _sandbox.RunAsync("tag", path, "--from", jobId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("cover", result.StandardError, StringComparison.Ordinal);
        using var file = AudioTagReaders.TagLib(path);
        Assert.Empty(file.Tag.Pictures);
        Assert.Equal("Dreamy lo-fi hip-hop", file.Tag.Title);
    }

    [Fact]
    public async Task Tag_without_a_saved_result_says_how_to_fetch_it()
    {
        var path = _sandbox.WriteFile("song.mp3", [0xFF, 0xFB, 0x90, 0x00]);

        var result = await _sandbox.RunAsync("tag", path, "--from", "7c9e6679-7425-40de-944b-e07fc1f90ae7");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("acestep status 7c9e6679-7425-40de-944b-e07fc1f90ae7", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_refuses_a_file_it_cannot_tag_and_leaves_it_unchanged()
    {
        await using var server = await SimulatorHost.StartAsync(_sandbox);
        var (jobId, _) = await GenerateAsync("mp3", "--no-tags");
        var notes = _sandbox.WriteText("notes.txt", "hello");
        var fakeMp3 = _sandbox.WriteText("fake.mp3", "this is not audio");

        var text = await _sandbox.RunAsync("tag", notes, "--from", jobId);
        var fake = await _sandbox.RunAsync("tag", fakeMp3, "--from", jobId);

        Assert.Equal(2, text.ExitCode);
        Assert.Contains("tags can be written to", text.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, fake.ExitCode);
        Assert.Equal("this is not audio", File.ReadAllText(fakeMp3));
    }

    private async Task<(string JobId, string Path)> GenerateAsync(string format, params string[] extra)
    {
        var result = await _sandbox.RunAsync(
            ["generate", "-c", Caption, "-l", Lyrics, "--bpm", "90", "--key-scale", "F# minor", "--seed", "42", "--duration", "10", "--format", format, "--json", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var jobId = result.Json().GetProperty("job_id").GetString()!;
        var path = Assert.Single(ResultFiles.AudioFiles(_sandbox), f => Path.GetFileName(f).StartsWith(jobId, StringComparison.Ordinal));
        return (jobId, path);
    }

    /// <summary>The file the server generated and served for this download: the one whose size and bytes match the untagged audio.</summary>
    private static byte[] ServerFile(SimulatorServer server, string savedPath)
    {
        var extension = Path.GetExtension(savedPath);
        var candidates = Directory.GetFiles(server.OutputDirectory, "*" + extension, SearchOption.AllDirectories);
        var bytes = Assert.Single(candidates.Select(File.ReadAllBytes));
        return bytes;
    }
}
