namespace AceStep.Simulator.Providers.Vocals;

/// <summary>
/// The songs the fake transcription services can "hear": each registered audio file's fingerprint with its vocal
/// timeline. The newest registration wins when two songs share their audio (the same seed and settings render the
/// same bytes whatever the lyrics). Bounded: the oldest songs are forgotten first.
/// </summary>
public sealed class VocalTimelineRegistry
{
    private const int Capacity = 1000;

    private readonly LinkedList<(byte[] Fingerprint, VocalTimeline Timeline)> _songs = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _songs.Count;
            }
        }
    }

    /// <returns>False when the audio is too short or too uniform to be recognised later.</returns>
    public bool Register(ReadOnlySpan<byte> audio, VocalTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var fingerprint = AudioFingerprint.Take(audio);
        if (fingerprint is null)
        {
            return false;
        }

        lock (_gate)
        {
            _songs.AddFirst((fingerprint, timeline));
            if (_songs.Count > Capacity)
            {
                _songs.RemoveLast();
            }
        }

        return true;
    }

    public bool RegisterFile(string path, VocalTimeline timeline) => Register(File.ReadAllBytes(path), timeline);

    /// <returns>The timeline of the newest registered song found in <paramref name="upload"/>, or null for audio it has never made.</returns>
    public VocalTimeline? Find(ReadOnlySpan<byte> upload)
    {
        lock (_gate)
        {
            foreach ((var fingerprint, var timeline) in _songs)
            {
                if (AudioFingerprint.IsIn(upload, fingerprint))
                {
                    return timeline;
                }
            }
        }

        return null;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _songs.Clear();
        }
    }
}
