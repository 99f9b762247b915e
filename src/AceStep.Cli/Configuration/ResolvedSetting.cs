namespace AceStep.Cli.Configuration;

/// <summary>A key's effective canonical value (null: unset) and its origin, e.g. "env ACESTEP_API_URL".</summary>
internal sealed record ResolvedSetting(ConfigKey Key, string? Value, SettingSource Source, string Origin)
{
    /// <summary>The value the way <c>config --list</c> shows it: a secret masked, whatever the caller prints.</summary>
    public string? DisplayValue => Key.IsSecret ? SecretMask.Of(Value) : Value;

    /// <summary>Masks a secret value: the ToString a record generates would print it.</summary>
    public override string ToString() => $"{Key.Name} = {DisplayValue ?? "(unset)"} ({Origin})";
}
