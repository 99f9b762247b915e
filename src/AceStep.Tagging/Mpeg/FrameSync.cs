namespace AceStep.Tagging.Mpeg;

/// <summary>Recognises the header of an MPEG audio frame (MP3) and of an ADTS frame (raw AAC).</summary>
internal static class FrameSync
{
    /// <summary>
    /// An MPEG-1/2/2.5 audio frame: 11 sync bits, a version and layer that are not reserved, a bitrate index that
    /// is not "bad" and a sample-rate index that is not reserved.
    /// </summary>
    public static bool IsMpegAudioFrame(ReadOnlySpan<byte> header) =>
        header.Length >= 4
        && header[0] == 0xFF
        && (header[1] & 0xE0) == 0xE0
        && ((header[1] >> 3) & 0x03) != 0x01
        && ((header[1] >> 1) & 0x03) != 0x00
        && (header[2] >> 4) != 0x0F
        && ((header[2] >> 2) & 0x03) != 0x03;

    /// <summary>An ADTS frame: 12 sync bits, layer 0, a known sample-rate index and a frame at least as long as its header.</summary>
    public static bool IsAdtsFrame(ReadOnlySpan<byte> header)
    {
        if (header.Length < 7 || header[0] != 0xFF || (header[1] & 0xF6) != 0xF0 || ((header[2] >> 2) & 0x0F) > 12)
        {
            return false;
        }

        var frameLength = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5);
        return frameLength >= 7;
    }
}
