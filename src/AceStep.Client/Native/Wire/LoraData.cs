namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of the <c>/v1/lora/*</c> changes (load, unload, toggle, scale).</summary>
internal sealed class LoraChangeData
{
    public string? Message { get; set; }

    public string? LoraPath { get; set; }

    public string? AdapterName { get; set; }

    public bool? UseLora { get; set; }

    public double? Scale { get; set; }
}

/// <summary><c>data</c> of <c>GET /v1/lora/status</c>.</summary>
internal sealed class LoraStatusData
{
    public bool? LoraLoaded { get; set; }

    public bool? UseLora { get; set; }

    public double? LoraScale { get; set; }

    public string? AdapterType { get; set; }

    public Dictionary<string, double>? Scales { get; set; }

    public string? ActiveAdapter { get; set; }

    public List<string>? Adapters { get; set; }
}
