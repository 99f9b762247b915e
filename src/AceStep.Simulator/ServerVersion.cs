namespace AceStep.Simulator;

/// <summary>Which upstream ACE-Step server the simulator imitates (protocol spec §0 and §15).</summary>
public enum ServerVersion
{
    /// <summary>Upstream commit f30aee4 (2026-02-08): one-file server, models loaded at start-up.</summary>
    A,

    /// <summary>Upstream commit 6d467e4 (2026-06-26): modular server, lazy model loading. The default.</summary>
    B,
}
