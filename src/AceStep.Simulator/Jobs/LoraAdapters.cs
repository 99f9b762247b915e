using System.Globalization;

namespace AceStep.Simulator.Jobs;

/// <summary>
/// [B] The LoRA/LoKr adapters loaded into the primary model of the current "process"; a restart forgets them.
/// Success and failure are the backend's message texts, which start with ✅, ⚠️ or ❌ as upstream's do.
/// </summary>
internal sealed class LoraAdapters
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, double> _scales = new(StringComparer.Ordinal);
    private string? _active;
    private bool _enabled;

    public LoraSnapshot Snapshot()
    {
        lock (_lock)
        {
            var scale = _active is null ? 1.0 : _scales[_active];
            return new LoraSnapshot(_scales.Count > 0, _enabled, scale, _active, new Dictionary<string, double>(_scales));
        }
    }

    public string Load(string path, string adapterName)
    {
        lock (_lock)
        {
            _scales[adapterName] = 1.0;
            _active = adapterName;
            _enabled = true;
            return $"✅ LoRA '{adapterName}' loaded from {path}";
        }
    }

    public string Unload()
    {
        lock (_lock)
        {
            if (_scales.Count == 0)
            {
                return "⚠️ No LoRA adapter loaded.";
            }

            _scales.Clear();
            _active = null;
            _enabled = false;
            return "✅ LoRA unloaded, the base model is restored";
        }
    }

    public string Toggle(bool enabled)
    {
        lock (_lock)
        {
            if (_scales.Count == 0)
            {
                return "❌ No LoRA adapter loaded. Load a LoRA first.";
            }

            _enabled = enabled;
            return enabled ? "✅ LoRA enabled" : "✅ LoRA disabled, using the base model";
        }
    }

    public string Scale(double scale, string? adapterName)
    {
        lock (_lock)
        {
            if (_scales.Count == 0)
            {
                return "❌ No LoRA adapter loaded. Load a LoRA first.";
            }

            var name = adapterName ?? _active!;
            if (!_scales.ContainsKey(name))
            {
                return $"❌ Adapter '{name}' is not loaded. Loaded: {string.Join(", ", _scales.Keys)}";
            }

            _scales[name] = scale;
            var text = scale.ToString("0.00", CultureInfo.InvariantCulture);
            return _enabled
                ? $"✅ LoRA scale of '{name}' set to {text}"
                : $"⚠️ LoRA scale of '{name}' set to {text}, but the LoRA is disabled";
        }
    }
}

/// <summary>What <c>GET /v1/lora/status</c> reports.</summary>
internal sealed record LoraSnapshot(bool Loaded, bool Enabled, double Scale, string? ActiveAdapter, IReadOnlyDictionary<string, double> Scales);
