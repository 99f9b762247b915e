using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>Runs ffprobe and ffmpeg on files: an independent judge of what our encoders write.</summary>
internal static class MediaTools
{
    public static ProbeResult Probe(string path)
    {
        var json = Run("ffprobe", ["-v", "error", "-show_entries", "stream=codec_name,sample_rate,channels,duration:format=duration", "-of", "json", path]).Output;
        using var document = JsonDocument.Parse(json);
        var stream = document.RootElement.GetProperty("streams")[0];
        var duration = stream.TryGetProperty("duration", out var streamDuration)
            ? streamDuration.GetString()
            : document.RootElement.GetProperty("format").GetProperty("duration").GetString();
        return new ProbeResult(
            stream.GetProperty("codec_name").GetString() ?? string.Empty,
            int.Parse(stream.GetProperty("sample_rate").GetString() ?? "0", CultureInfo.InvariantCulture),
            stream.GetProperty("channels").GetInt32(),
            double.Parse(duration ?? "0", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Decodes any file to mono 32-bit float at 48 kHz, failing on any decoder error, checksums included
    /// (FLAC frame CRCs, Ogg page CRCs).
    /// </summary>
    public static DecodedAudio Decode(string path)
    {
        const int sampleRate = 48_000;
        var pcm = RunBinary("ffmpeg", [.. StrictInput(path), "-ac", "1", "-ar", "48000", "-f", "f32le", "-"]);
        var samples = new float[pcm.Length / 4];
        Buffer.BlockCopy(pcm, 0, samples, 0, samples.Length * 4);
        return new DecodedAudio(samples, sampleRate);
    }

    /// <summary>Decodes a file to interleaved 16-bit little-endian PCM in its own channel layout, checksums checked.</summary>
    public static byte[] DecodePcm16(string path) => RunBinary("ffmpeg", [.. StrictInput(path), "-f", "s16le", "-"]);

    private static string[] StrictInput(string path) => ["-v", "error", "-err_detect", "crccheck", "-xerror", "-i", path];

    private static (string Output, string Errors) Run(string tool, IEnumerable<string> arguments)
    {
        using var process = Start(tool, arguments);
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        EnsureSuccess(tool, process, errors.Result);
        return (output, errors.Result);
    }

    private static byte[] RunBinary(string tool, IEnumerable<string> arguments)
    {
        using var process = Start(tool, arguments);
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        EnsureSuccess(tool, process, errors.Result);
        return output.ToArray();
    }

    private static Process Start(string tool, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{tool}' is required by the audio tests but could not be started ({exception.Message}). Install ffmpeg (e.g. 'sudo apt-get install ffmpeg') so that ffprobe and ffmpeg are on PATH.",
                exception);
        }
    }

    private static void EnsureSuccess(string tool, Process process, string errors)
    {
        if (process.ExitCode != 0 || errors.Length > 0)
        {
            throw new InvalidOperationException($"{tool} failed (exit code {process.ExitCode}): {errors}");
        }
    }
}
