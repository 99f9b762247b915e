using AceStep.Cli.Platform;

namespace AceStep.Cli.Tests.Infrastructure;

/// <summary>A console whose streams are strings, with switchable terminal detection.</summary>
internal sealed class TestConsole : ICliConsole
{
    private readonly StringWriter _out = new();
    private readonly SignallingWriter _error = new();

    public TestConsole(string input = "", bool terminal = false)
    {
        In = new StringReader(input);
        IsErrorTerminal = terminal;
        IsInputTerminal = terminal;
    }

    public TextWriter Out => _out;

    public TextWriter Error => _error;

    public TextReader In { get; }

    public bool IsErrorTerminal { get; init; }

    public bool IsInputTerminal { get; init; }

    public int ErrorWidth => 100;

    public string StandardOutput => _out.ToString();

    public string StandardError => _error.ToString();

    /// <summary>Completes once the command has written <paramref name="text"/> to stderr.</summary>
    public Task ErrorWrittenAsync(string text) => _error.WrittenAsync(text);
}
