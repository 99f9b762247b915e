namespace AceStep.Simulator.Audio;

/// <summary>The file formats the simulator can write, mirroring the real server's <c>audio_format</c> values.</summary>
public enum AudioContainer
{
    /// <summary>
    /// MPEG-1 Layer III, 48 kHz, stereo with identical channels, 128 kbit/s CBR, led by an "Info" frame whose LAME
    /// tag trims decoding to the exact length. Composed directly as spectra: a bright, music-box rendering of the song.
    /// </summary>
    Mp3,

    /// <summary>RIFF WAVE, 16-bit integer PCM, 48 kHz stereo.</summary>
    Wav16,

    /// <summary>RIFF WAVE, 32-bit IEEE float PCM, 48 kHz stereo (the real server's "wav32").</summary>
    Wav32Float,

    /// <summary>FLAC, 16 bits per sample, 48 kHz stereo, lossless.</summary>
    Flac,

    /// <summary>Ogg Opus, 48 kHz stereo, 96 kbit/s (the managed Concentus encoder), exact length.</summary>
    Opus,

    /// <summary>
    /// ADTS AAC-LC, 48 kHz, stereo with identical channels, fixed 384-byte frames (144 kbit/s), whole 1024-sample
    /// frames. Composed directly as spectra, like <see cref="Mp3"/>.
    /// </summary>
    Aac,
}
