namespace AceStep.Simulator.Http;

/// <summary>How a download is slowed or cut short, to imitate a slow link or a connection that dies mid-file.</summary>
/// <param name="BytesPerSecond">The bandwidth limit; 0 sends at full speed.</param>
/// <param name="DropAfterBytes">Ends the connection after this many bytes of the body; null sends it all.</param>
internal readonly record struct DownloadThrottle(long BytesPerSecond, long? DropAfterBytes);
