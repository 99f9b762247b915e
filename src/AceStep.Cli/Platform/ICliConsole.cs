namespace AceStep.Cli.Platform;

/// <summary>
/// The three standard streams and what they are connected to. Commands never touch
/// <see cref="System.Console"/> directly so that tests can assert what a person would see.
/// </summary>
internal interface ICliConsole
{
    TextWriter Out { get; }

    TextWriter Error { get; }

    TextReader In { get; }

    bool IsErrorTerminal { get; }

    bool IsInputTerminal { get; }

    /// <summary>Columns of the terminal behind stderr, used to fit the live status line.</summary>
    int ErrorWidth { get; }
}
