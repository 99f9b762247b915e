using System.Text;

namespace AceStep.Cli.Platform;

/// <summary>The process's real console, always UTF-8 whatever the platform default is.</summary>
internal sealed class SystemConsole : ICliConsole
{
    private SystemConsole(TextWriter output, TextWriter error, TextReader input)
    {
        Out = output;
        Error = error;
        In = input;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    public bool IsErrorTerminal => !Console.IsErrorRedirected;

    public bool IsInputTerminal => !Console.IsInputRedirected;

    public int ErrorWidth
    {
        get
        {
            try
            {
                return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
            }
            catch (IOException)
            {
                return 80;
            }
        }
    }

    public static SystemConsole Create()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var input = new StreamReader(Console.OpenStandardInput(), utf8);
        return new SystemConsole(output, error, input);
    }
}
