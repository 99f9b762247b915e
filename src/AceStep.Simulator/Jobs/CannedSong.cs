namespace AceStep.Simulator.Jobs;

/// <summary>One hand-written example song: what the simulated LM "invents" and what /create_random_sample returns.</summary>
internal sealed record CannedSong(
    string Description,
    bool Instrumental,
    string Caption,
    string Lyrics,
    int Bpm,
    int Duration,
    string KeyScale,
    string Language,
    string TimeSignature);
