namespace AceStep.Video;

/// <summary>The output file exists and the spec does not allow replacing it.</summary>
public sealed class OutputExistsException : MusicVideoException
{
    public OutputExistsException(string path)
        : base($"'{path}' already exists: choose another output path or allow overwriting it.")
    {
        OutputPath = path;
    }

    public string OutputPath { get; }
}
