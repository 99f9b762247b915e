namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// Recognises a song's audio in an upload: a run of bytes from the middle of the file, where the encoded frames are
/// and no tag ever is. Tags added later (ID3v2 in front, ID3v1 or APE behind, a renamed file) shift those bytes but
/// do not change them, so the upload is searched for the run wherever it now sits.
/// </summary>
internal static class AudioFingerprint
{
    public const int Length = 2048;

    /// <returns>The fingerprint, or null when the file is too short or its middle too uniform (silence) to tell songs apart.</returns>
    public static byte[]? Take(ReadOnlySpan<byte> audio)
    {
        if (audio.Length < Length * 4)
        {
            return null;
        }

        for (var offset = (audio.Length / 2) - (Length / 2); offset + Length <= audio.Length * 3 / 4; offset += Length)
        {
            var candidate = audio.Slice(offset, Length);
            if (IsVaried(candidate))
            {
                return candidate.ToArray();
            }
        }

        return null;
    }

    public static bool IsIn(ReadOnlySpan<byte> upload, ReadOnlySpan<byte> fingerprint) => upload.IndexOf(fingerprint) >= 0;

    /// <summary>Silence or a constant pattern would match any other quiet song: at least 64 distinct byte values are required.</summary>
    private static bool IsVaried(ReadOnlySpan<byte> bytes)
    {
        Span<bool> seen = stackalloc bool[256];
        var distinct = 0;
        foreach (var b in bytes)
        {
            if (!seen[b])
            {
                seen[b] = true;
                distinct++;
            }
        }

        return distinct >= 64;
    }
}
