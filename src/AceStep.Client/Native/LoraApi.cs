using System.Text.Json;
using AceStep.Client.Native.Wire;
using AceStep.Client.Transport;

namespace AceStep.Client.Native;

/// <summary>
/// The <c>/v1/lora/*</c> routes of version B (header auth, primary model only). Version A has none of them and
/// answers 404 (an <see cref="AceStepInvalidRequestException"/> with status 404); every route answers 500
/// "Model not initialized" until the models are loaded. Changes are sent once (never retried after sending).
/// </summary>
internal sealed class LoraApi(RequestExecutor executor)
{
    public async Task<LoraStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "GET /v1/lora/status";
        var request = new ServerRequest(HttpMethod.Get, "/v1/lora/status", endpoint) { Timeout = executor.Settings.RequestTimeout };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.LoraStatusData, endpoint);
        return new LoraStatus
        {
            Loaded = data.LoraLoaded ?? false,
            Enabled = data.UseLora ?? false,
            Scale = data.LoraScale,
            AdapterType = data.AdapterType,
            ActiveAdapter = data.ActiveAdapter,
            Adapters = data.Adapters ?? [],
            Scales = data.Scales ?? [],
        };
    }

    public Task<LoraChange> LoadAsync(string loraPath, string? adapterName, CancellationToken cancellationToken) =>
        ChangeAsync("/v1/lora/load", writer =>
        {
            writer.WriteString("lora_path", loraPath);
            if (!string.IsNullOrWhiteSpace(adapterName))
            {
                writer.WriteString("adapter_name", adapterName);
            }
        }, cancellationToken);

    public Task<LoraChange> UnloadAsync(CancellationToken cancellationToken) =>
        ChangeAsync("/v1/lora/unload", null, cancellationToken);

    public Task<LoraChange> SetEnabledAsync(bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync("/v1/lora/toggle", writer => writer.WriteBoolean("use_lora", enabled), cancellationToken);

    public Task<LoraChange> SetScaleAsync(double scale, string? adapterName, CancellationToken cancellationToken) =>
        ChangeAsync("/v1/lora/scale", writer =>
        {
            writer.WriteNumber("scale", scale);
            if (!string.IsNullOrWhiteSpace(adapterName))
            {
                writer.WriteString("adapter_name", adapterName);
            }
        }, cancellationToken);

    private async Task<LoraChange> ChangeAsync(string path, Action<Utf8JsonWriter>? writeMembers, CancellationToken cancellationToken)
    {
        var endpoint = $"POST {path}";
        var request = new ServerRequest(HttpMethod.Post, path, endpoint)
        {
            CreateContent = writeMembers is null ? null : () => JsonRequestContent.Create(writeMembers),
            // Loading an adapter reads it from the server's disk and patches the model: longer than a plain request.
            Timeout = executor.Settings.LongOperationTimeout,
            Retry = RetryMode.ConnectFailuresOnly,
        };
        var body = await executor.SendForBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var data = EnvelopeReader.ReadData(body, NativeJsonContext.Default.LoraChangeData, endpoint);
        return new LoraChange
        {
            Message = data.Message,
            LoraPath = data.LoraPath,
            AdapterName = data.AdapterName,
            Enabled = data.UseLora,
            Scale = data.Scale,
        };
    }
}
