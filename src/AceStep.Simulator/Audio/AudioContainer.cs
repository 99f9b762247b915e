namespace AceStep.Simulator.Audio;

/// <summary>The file formats the simulator can write, mirroring the real server's <c>audio_format</c> values.</summary>
public enum AudioContainer
{
    /// <summary>MPEG-1 Layer III, 48 kHz stereo, 128 kbit/s CBR.</summary>
    Mp3,

    /// <summary>RIFF WAVE, 16-bit integer PCM, 48 kHz stereo.</summary>
    Wav16,

    /// <summary>RIFF WAVE, 32-bit IEEE float PCM, 48 kHz stereo (the real server's "wav32").</summary>
    Wav32Float,

    /// <summary>FLAC, 16 bits per sample, 48 kHz stereo, lossless.</summary>
    Flac,

    /// <summary>Ogg Opus, 48 kHz stereo.</summary>
    Opus,

    /// <summary>ADTS AAC-LC, 48 kHz stereo.</summary>
    Aac,
}
