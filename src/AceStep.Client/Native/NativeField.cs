using System.Globalization;
using System.Text.Json;

namespace AceStep.Client.Native;

/// <summary>One <c>/release_task</c> parameter with its natural JSON type (string, integer, number or boolean).</summary>
internal readonly record struct NativeField(string Name, object Value)
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Value)
        {
            case string text:
                writer.WriteString(Name, text);
                break;
            case bool flag:
                writer.WriteBoolean(Name, flag);
                break;
            case int number:
                writer.WriteNumber(Name, number);
                break;
            case long number:
                writer.WriteNumber(Name, number);
                break;
            case double number:
                writer.WriteNumber(Name, number);
                break;
            default:
                throw new InvalidOperationException($"Unsupported field type {Value.GetType().Name} for '{Name}'.");
        }
    }

    /// <summary>The form-field text: the server coerces it back (see docs/protocol.md, "Parameters of /release_task"), so booleans are <c>true</c>/<c>false</c> and numbers invariant.</summary>
    public string ToFormValue() => Value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unsupported field type {Value.GetType().Name} for '{Name}'."),
    };
}
