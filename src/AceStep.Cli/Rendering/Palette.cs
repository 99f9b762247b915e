namespace AceStep.Cli.Rendering;

/// <summary>ANSI colours, or plain text when colour is off (not a terminal, or NO_COLOR set).</summary>
internal sealed class Palette
{
    private readonly bool _enabled;

    public Palette(bool enabled) => _enabled = enabled;

    public string Red(string text) => Wrap("31", text);

    public string Green(string text) => Wrap("32", text);

    public string Yellow(string text) => Wrap("33", text);

    private string Wrap(string code, string text) => _enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
