namespace AceStep.Client.Models.Wire;

/// <summary>One entry of <c>GET /v1/models</c>.</summary>
internal sealed class OpenRouterModel
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
