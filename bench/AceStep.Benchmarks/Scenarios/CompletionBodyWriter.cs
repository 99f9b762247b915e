using System.Buffers.Text;
using System.Text;

namespace AceStep.Benchmarks.Scenarios;

/// <summary>
/// Writes a non-streaming chat-completion answer that carries one WAV file of the given size as a base64 data URL,
/// the shape of spec §9.7, so the save scenarios have a realistic 100 MB answer to stream.
/// </summary>
internal static class CompletionBodyWriter
{
    private const int WavHeaderLength = 44;
    private const int SampleRate = 48_000;
    private const int Channels = 2;
    private const int BytesPerSample = 2;

    public static void Write(string path, int megabytes)
    {
        var audioBytes = (long)megabytes * 1024 * 1024;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write(Encoding.UTF8.GetBytes(
            "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1764000000,\"model\":\"acestep/bench\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"## Metadata\\n**BPM:** 120\\n**Duration:** 546s\\n\","
            + "\"audio\":[{\"type\":\"audio_url\",\"audio_url\":{\"url\":\"data:audio/wav;base64,"));
        WriteBase64Wav(file, audioBytes);
        file.Write("\"}}]},\"finish_reason\":\"stop\"}]}"u8);
    }

    /// <summary>
    /// The same audio as a streamed answer (spec §9.8): server-sent events in Python's json.dumps format — the role
    /// chunk, two heartbeats, the Markdown, the one very long audio chunk, the stop chunk and <c>data: [DONE]</c>.
    /// </summary>
    public static void WriteStream(string path, int megabytes)
    {
        const string Head = "data: {\"id\": \"chatcmpl-bench\", \"object\": \"chat.completion.chunk\", \"created\": 1764000000, \"model\": \"acestep/bench\", \"choices\": [{\"index\": 0, \"delta\": ";
        var audioBytes = (long)megabytes * 1024 * 1024;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        void Event(string delta, string finish) => file.Write(Encoding.UTF8.GetBytes($"{Head}{delta}, \"finish_reason\": {finish}}}]}}\n\n"));
        Event("{\"role\": \"assistant\", \"content\": \"\"}", "null");
        Event("{\"content\": \".\"}", "null");
        Event("{\"content\": \".\"}", "null");
        Event("{\"content\": \"\\n\\n## Metadata\\n**BPM:** 120\\n**Duration:** 546s\"}", "null");
        file.Write(Encoding.UTF8.GetBytes($"{Head}{{\"audio\": [{{\"type\": \"audio_url\", \"audio_url\": {{\"url\": \"data:audio/wav;base64,"));
        WriteBase64Wav(file, audioBytes);
        file.Write("\"}}]}, \"finish_reason\": null}]}\n\n"u8);
        Event("{}", "\"stop\"");
        file.Write("data: [DONE]\n\n"u8);
    }

    /// <summary>Base64 of a PCM WAV: a valid header, then a quiet deterministic waveform (incompressible enough).</summary>
    private static void WriteBase64Wav(Stream destination, long totalBytes)
    {
        // 3 × 64 KiB of input encodes to exactly 4 × 64 KiB: no padding until the very end.
        var raw = new byte[3 * 65536];
        var encoded = new byte[4 * 65536];
        WriteHeader(raw, totalBytes - WavHeaderLength);
        var filled = WavHeaderLength;
        long written = 0;
        var sample = 0u;
        while (written < totalBytes)
        {
            var chunk = (int)Math.Min(raw.Length, totalBytes - written);
            for (var i = filled; i < chunk; i++)
            {
                sample = (sample * 1_103_515_245) + 12_345;
                raw[i] = (byte)(sample >> 24);
            }

            filled = 0;
            var isFinal = written + chunk == totalBytes;
            Base64.EncodeToUtf8(raw.AsSpan(0, chunk), encoded, out _, out var encodedLength, isFinal);
            destination.Write(encoded, 0, encodedLength);
            written += chunk;
        }
    }

    private static void WriteHeader(Span<byte> header, long dataBytes)
    {
        var data = (uint)dataBytes;
        "RIFF"u8.CopyTo(header);
        BitConverter.TryWriteBytes(header[4..], data + 36);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BitConverter.TryWriteBytes(header[16..], 16);
        BitConverter.TryWriteBytes(header[20..], (short)1);
        BitConverter.TryWriteBytes(header[22..], (short)Channels);
        BitConverter.TryWriteBytes(header[24..], SampleRate);
        BitConverter.TryWriteBytes(header[28..], SampleRate * Channels * BytesPerSample);
        BitConverter.TryWriteBytes(header[32..], (short)(Channels * BytesPerSample));
        BitConverter.TryWriteBytes(header[34..], (short)(BytesPerSample * 8));
        "data"u8.CopyTo(header[36..]);
        BitConverter.TryWriteBytes(header[40..], data);
    }
}
