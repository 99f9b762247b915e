namespace AceStep.Client;

/// <summary>Whether a server can run the 5 Hz LM that thinking, sample mode and <c>use_format</c> need.</summary>
public enum LanguageModelPresence
{
    /// <summary>The server does not say (version A says nothing until a job that needs the LM fails).</summary>
    Unknown,

    /// <summary>The LM is loaded.</summary>
    Loaded,

    /// <summary>The server runs without the LM: jobs that need it fail.</summary>
    Missing,
}
