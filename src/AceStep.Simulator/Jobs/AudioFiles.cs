using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Providers.Vocals;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Jobs;

/// <summary>Writes a job's audio files into the output folder and builds their /v1/audio URLs (see docs/protocol.md, "Job lifecycle").</summary>
internal static class AudioFiles
{
    public static IReadOnlyList<string> Render(SimulatorContext context, GenerationParameters p, SongDecision song, long[] seeds)
    {
        var (container, extension) = OutputFormat.For(p.AudioFormat, context.Options.Version);
        var beatsPerBar = TimeSignatures.BeatsPerBar(song.RenderTimeSignature);
        var files = new List<string>(seeds.Length);
        var timeline = VocalTimelinePlanner.Plan(song.Lyrics, song.RenderDuration, song.RenderBpm, song.VocalLanguage);
        foreach (var seed in seeds)
        {
            var path = Path.Combine(context.Paths.OutputDirectory, $"{NameFor(p, song, seed)}.{extension}");
            var spec = new SongSpec(song.RenderDuration, song.RenderBpm, song.RenderKeyScale, beatsPerBar, seed);
            WriteWhole(path, stream => SongRenderer.Render(spec, container, stream));
            // What the fake transcription services will hear in this file, wherever it is uploaded from.
            context.Providers.Timelines.RegisterFile(path, timeline);
            files.Add(path);
        }

        return files;
    }

    /// <summary>
    /// Writes beside <paramref name="path"/> and moves the finished file into place, so that a download of an earlier
    /// job's same-named file never sees it half-rewritten, and a failed render leaves nothing in the output folder.
    /// </summary>
    private static void WriteWhole(string path, Action<Stream> write)
    {
        var partial = path + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            TemporaryFiles.Delete([partial]);
            throw;
        }
    }

    /// <summary>Relative URL with the absolute path fully percent-encoded, as upstream's <c>quote(path, safe="")</c>.</summary>
    public static string UrlFor(string path) => "/v1/audio?path=" + Uri.EscapeDataString(path);

    /// <summary>A UUID-formatted SHA-256 of the generation parameters and seed: same inputs, same name (upstream overwrites).</summary>
    private static string NameFor(GenerationParameters p, SongDecision song, long seed)
    {
        var key = string.Join('\u001f',
            song.Prompt, song.Lyrics, song.RenderBpm.ToString(CultureInfo.InvariantCulture), song.RenderKeyScale, song.RenderTimeSignature,
            song.RenderDuration.ToString("R", CultureInfo.InvariantCulture), p.AudioFormat, p.TaskType, p.InferenceSteps.ToString(CultureInfo.InvariantCulture),
            seed.ToString(CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
