using AceStep.Client.Json;
using AceStep.Client.Models.Wire;
using AceStep.Client.Transport;

namespace AceStep.Client.Models;

/// <summary>
/// <c>GET /v1/models</c>: the OpenRouter-style model list, which both protocols share. The native routes answer
/// inside an envelope; this one answers the bare list.
/// </summary>
internal sealed class ModelListApi(RequestExecutor executor)
{
    private const string Endpoint = "GET /v1/models";

    public async Task<IReadOnlyList<ModelInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var request = new ServerRequest(HttpMethod.Get, "/v1/models", Endpoint) { Timeout = executor.Settings.RequestTimeout };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var list = JsonBody.Deserialize(body, ModelListJsonContext.Default.OpenRouterModelList, Endpoint);
        return [.. (list.Data ?? [])
            .Where(static model => !string.IsNullOrWhiteSpace(model.Id))
            .Select(static model => new ModelInfo(model.Id!, model.Name, GenerationVocabulary.ToNativeModelName(model.Id!)))];
    }
}
