using System.Text.Json.Nodes;

namespace AceStep.Simulator.Requests;

/// <summary>A parsed /release_task body: its fields as one JSON object, plus multipart file parts.</summary>
internal sealed record ReleaseTaskBody(JsonObject Fields, IFormFile? SourceFile, IFormFile? ReferenceFile)
{
    public static ReleaseTaskBody FromFields(JsonObject fields) => new(fields, null, null);
}
