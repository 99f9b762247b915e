using System.Text.Json.Serialization.Metadata;
using AceStep.Cli.Configuration;
using AceStep.Cli.Errors;
using AceStep.Cli.Json;
using AceStep.Cli.Platform;

namespace AceStep.Cli.Rendering;

/// <summary>
/// The one way commands talk to the user. Human text goes to stderr (status, warnings, errors) or stdout
/// (the command's own result). With --json, stdout carries exactly one JSON document and nothing else.
/// </summary>
internal sealed class Reporter
{
    private readonly ICliConsole _console;
    private readonly List<string> _warnings = [];
    private readonly List<string> _secrets = [];
    private bool _documentWritten;

    public Reporter(ICliConsole console, bool json, bool quiet, bool color, CommandHints? hints = null)
    {
        _console = console;
        Hints = hints ?? new CommandHints(CommandHints.DefaultCommand);
        IsJson = json;
        IsQuiet = quiet;
        Palette = new Palette(color);
    }

    public bool IsJson { get; }

    public bool IsQuiet { get; }

    public Palette Palette { get; }

    /// <summary>How suggested commands name the tool (the wrapper's command when run through one).</summary>
    public CommandHints Hints { get; }

    /// <summary>Warnings so far, repeated in the JSON document so that agents see them too.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// Registers a secret that must never be printed. Everything written is scrubbed of it: a last line of
    /// defence should a server echo the key back in an error message.
    /// </summary>
    public void AddSecret(string secret)
    {
        if (secret.Length >= 4 && !_secrets.Contains(secret))
        {
            _secrets.Add(secret);
        }
    }

    /// <summary>Progress and narration on stderr.</summary>
    public void Status(string message)
    {
        if (!IsQuiet)
        {
            WriteLine(_console.Error, Hints.Rewrite(message));
        }
    }

    public void Success(string message) => Status(Palette.Green(message));

    public void Warning(string message)
    {
        message = Hints.Rewrite(message);
        _warnings.Add(message);
        if (!IsQuiet)
        {
            WriteLine(_console.Error, Palette.Yellow("Warning: ") + message);
        }
    }

    /// <summary>The command's human result on stdout (in JSON mode it moves to stderr, out of the document's way).</summary>
    public void Result(string line)
    {
        if (IsJson)
        {
            Status(line);
            return;
        }

        WriteLine(_console.Out, line);
    }

    /// <summary>An error: always on stderr with what to do next; with --json also as the stdout document.</summary>
    public void Error(CliException error)
    {
        WriteLine(_console.Error, Palette.Red("Error: ") + Hints.Rewrite(error.Message));
        var hint = error.Hint is null ? null : Hints.Rewrite(error.Hint);
        if (!string.IsNullOrEmpty(hint))
        {
            foreach (var line in hint.Split('\n'))
            {
                WriteLine(_console.Error, "  " + line);
            }
        }

        if (IsJson && !_documentWritten)
        {
            var body = new ErrorBody(error.ErrorCode, Hints.Rewrite(error.Message), hint, (int)error.ExitCode, error.JobId);
            Document(new ErrorReport(body), CliJson.Context.ErrorReport);
        }
    }

    /// <summary>Writes the single JSON document of a --json run.</summary>
    public void Document<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        if (_documentWritten)
        {
            throw new InvalidOperationException("A --json run writes exactly one document.");
        }

        _documentWritten = true;
        WriteLine(_console.Out, System.Text.Json.JsonSerializer.Serialize(value, typeInfo));
    }

    /// <summary>Writes the single JSON document of a --json run, already serialized (by a library's own writer).</summary>
    public void Document(string json)
    {
        if (_documentWritten)
        {
            throw new InvalidOperationException("A --json run writes exactly one document.");
        }

        _documentWritten = true;
        WriteLine(_console.Out, json);
    }
    /// <summary>
    /// One line of a --json event stream on stdout (a streaming command writes events instead of one document;
    /// an error still ends the stream as its last line).
    /// </summary>
    public void StreamLine(string json) => WriteLine(_console.Out, json);

    /// <summary>Text on stderr as it is, without a line end: a live display that redraws itself.</summary>
    public void Raw(string text) => _console.Error.Write(Scrub(text));

    public bool IsLive => _console.IsErrorTerminal && !IsJson && !IsQuiet;

    public int Width => _console.ErrorWidth;

    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, SecretMask.Shown, StringComparison.Ordinal);
        }

        return text;
    }

    public ProgressRenderer CreateProgress() =>
        new(_console, live: _console.IsErrorTerminal && !IsJson, silent: IsQuiet);

    private void WriteLine(TextWriter writer, string text) => writer.WriteLine(Scrub(text));
}
