namespace AceStep.Simulator.Providers;

/// <summary>
/// What a provider fake received, for tests that check what a client sends: the path and query (a key must never be
/// there), the names of the headers, the form fields (the file part excluded) and the size of the uploaded file.
/// </summary>
public sealed record RecordedRequest(
    string Provider,
    string Path,
    string Query,
    IReadOnlyList<string> HeaderNames,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    long FileBytes,
    string? Body);
