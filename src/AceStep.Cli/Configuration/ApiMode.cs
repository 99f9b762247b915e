namespace AceStep.Cli.Configuration;

/// <summary>The protocol used to generate: OpenRouter-style chat completion, or native submit-and-poll.</summary>
internal enum ApiMode
{
    Completion,
    Native,
}
