namespace AceStep.Client.Models.Wire;

/// <summary>The body of <c>GET /v1/models</c> (OpenRouter list, no envelope).</summary>
internal sealed class OpenRouterModelList
{
    public List<OpenRouterModel>? Data { get; set; }
}
