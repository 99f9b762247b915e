using System.Text.Json;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>What one run of the CLI produced.</summary>
internal sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(StandardOutput);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
