namespace AceStep.Client;

/// <summary>An audio container/codec recognised from a file's first bytes.</summary>
public enum AudioFormat
{
    Unknown,
    Mp3,

    /// <summary>RIFF/WAVE with integer PCM samples.</summary>
    Wav,

    /// <summary>RIFF/WAVE with 32-bit IEEE float samples (the server's <c>wav32</c>).</summary>
    WavFloat,
    Flac,

    /// <summary>Opus in an Ogg container.</summary>
    Opus,

    /// <summary>An Ogg container with another codec (Vorbis, FLAC).</summary>
    Ogg,

    /// <summary>AAC in ADTS frames.</summary>
    Aac,

    /// <summary>
    /// An ISO base media (MP4/M4A) file. The server never writes one, but its decoder reads it, so it is a valid
    /// source for cover and repaint.
    /// </summary>
    Mp4,
}
