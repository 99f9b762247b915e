using System.Text.Json.Nodes;

namespace AceStep.Simulator.Chat;

/// <summary>One Pydantic validation error: where, what, and the offending input.</summary>
internal sealed record ValidationIssue(string Location, string Type, string Message, JsonNode? Input)
{
    /// <summary>Formats issues as Pydantic's <c>ValidationError</c> text for <c>ChatCompletionRequest</c>.</summary>
    public static string Describe(IReadOnlyList<ValidationIssue> issues)
    {
        var header = issues.Count == 1
            ? "1 validation error for ChatCompletionRequest"
            : $"{issues.Count} validation errors for ChatCompletionRequest";
        var lines = issues.Select(issue =>
            (issue.Location.Length > 0 ? issue.Location + "\n" : string.Empty) +
            $"  {issue.Message} [type={issue.Type}, input_value={PythonRepr.Of(issue.Input)}, input_type={PythonRepr.TypeName(issue.Input)}]\n" +
            $"    For further information visit https://errors.pydantic.dev/2.12/v/{issue.Type}");
        return header + "\n" + string.Join("\n", lines);
    }
}
