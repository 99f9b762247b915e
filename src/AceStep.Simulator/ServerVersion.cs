namespace AceStep.Simulator;

/// <summary>Which upstream ACE-Step server the simulator imitates (see docs/protocol.md, "Server versions").</summary>
public enum ServerVersion
{
    /// <summary>Upstream commit f30aee4 (2026-02-08): one-file server, models loaded at start-up.</summary>
    A,

    /// <summary>Upstream commit 6d467e4 (2026-06-26): modular server, lazy model loading. The default.</summary>
    B,
}
