namespace AceStep.Client;

/// <summary>Where downloaded or decoded audio goes. The extension is chosen from the bytes, not from the request.</summary>
/// <param name="Directory">The output folder; created when missing.</param>
/// <param name="FileStem">
/// The file name without extension. Operations with several files append <c>_1</c>, <c>_2</c>, …
/// It must be a plain file name (see <see cref="JobIdSanitizer"/>).
/// </param>
/// <param name="Overwrite">Replace an existing file of the same name; otherwise an existing file is an error.</param>
public sealed record AudioDestination(string Directory, string FileStem, bool Overwrite = false);
