namespace AceStep.Tagging.Tests.Support;

/// <summary>
/// Real audio made once per test run with ffmpeg (a two-second stereo tone in every format the server saves), and
/// cover pictures. Tests tag copies, never these originals.
/// </summary>
public sealed class SampleFiles : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("acestep-tagging-samples-").FullName;

    public SampleFiles()
    {
        Mp3 = Make("tone.mp3", "libmp3lame", "-b:a", "128k");
        Flac = Make("tone.flac", "flac");

        // A seek table, so that the tests see blocks other than STREAMINFO kept.
        ExternalTool.RunChecked("metaflac", "--add-seekpoint=1s", Flac);
        Opus = Make("tone.opus", "libopus", "-b:a", "96k");
        Wav16 = Make("tone16.wav", "pcm_s16le");
        WavFloat = Make("tone32f.wav", "pcm_f32le");
        Aac = Make("tone.aac", "aac", "-b:a", "128k");
        SmallCover = Picture("small.png", "color=c=0x3050a0:s=64x48", []);
        JpegCover = Picture("cover.jpg", "color=c=0xa05030:s=320x200", []);

        // Random pixels do not compress: about 6 MB, a hundred Ogg pages and far past any 16-bit size field.
        LargeCover = Picture("large.png", "nullsrc=s=1600x1600", ["-vf", "geq=random(1)*255:random(1)*255:random(1)*255"]);
    }

    public string Mp3 { get; }

    public string Flac { get; }

    public string Opus { get; }

    public string Wav16 { get; }

    public string WavFloat { get; }

    public string Aac { get; }

    public string SmallCover { get; }

    public string JpegCover { get; }

    public string LargeCover { get; }

    /// <summary>The sample audio file of a kind: mp3, flac, opus, wav16, wavfloat, aac.</summary>
    public string Audio(string kind) => kind switch
    {
        "mp3" => Mp3,
        "flac" => Flac,
        "opus" => Opus,
        "wav16" => Wav16,
        "wavfloat" => WavFloat,
        "aac" => Aac,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such sample"),
    };

    /// <summary>A fresh copy of a sample in a folder of its own, for one test to change.</summary>
    public string CopyOf(string sample)
    {
        var destination = Path.Combine(NewFolder(), Path.GetFileName(sample));
        File.Copy(sample, destination);
        return destination;
    }

    /// <summary>An empty folder for one test, removed with the samples at the end of the run.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(folder, Path.GetRandomFileName())).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Make(string name, string codec, params string[] extra)
    {
        var path = Path.Combine(folder, name);
        Media.Generate(path, codec, extra);
        return path;
    }

    private string Picture(string name, string source, string[] filter)
    {
        var path = Path.Combine(folder, name);
        ExternalTool.RunChecked("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", source, .. filter, "-frames:v", "1", path]);
        return path;
    }
}
