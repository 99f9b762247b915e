namespace AceStep.Client;

/// <summary>Input of <c>POST /v1/create_sample</c> (version B): the language model invents a song from a description.</summary>
public sealed record CreateSampleRequest
{
    public string? Query { get; init; }

    public bool? Instrumental { get; init; }

    public string? VocalLanguage { get; init; }

    public double? Temperature { get; init; }
}
