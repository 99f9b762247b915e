using System.CommandLine;
using AceStep.Cli.Configuration;

namespace AceStep.Cli.Commands;

/// <summary>The flags every command accepts, before or after the command name.</summary>
internal sealed class GlobalFlags
{
    public Option<string> ApiUrl { get; } = new("--api-url")
    {
        Description = "Server address (overrides ACESTEP_API_URL and api_url)",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string> Mode { get; } = new("--mode")
    {
        Description = "Protocol: completion or native (overrides ACESTEP_API_MODE and api_mode)",
        HelpName = "completion|native",
        Recursive = true,
    };

    public Option<string> OutputDir { get; } = new("--output-dir", "-o")
    {
        Description = "Folder for results (overrides ACESTEP_OUTPUT_DIR and output_dir)",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Audio format: mp3, wav, flac, opus, aac, wav32 (overrides generation.audio_format)",
        HelpName = "FORMAT",
        Recursive = true,
    };

    public Option<string> Config { get; } = new("--config")
    {
        Description = "Config file to use (overrides ACESTEP_CONFIG)",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print exactly one JSON document on stdout; human messages go to stderr",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only results and errors",
        Recursive = true,
    };

    public IEnumerable<Option> All => [ApiUrl, Mode, OutputDir, Format, Config, Json, Quiet];

    public GlobalOptions Read(ParseResult parse) => new(
        new SettingFlags
        {
            ConfigFile = parse.GetValue(Config),
            ApiUrl = parse.GetValue(ApiUrl),
            Mode = parse.GetValue(Mode),
            OutputDir = parse.GetValue(OutputDir),
            AudioFormat = parse.GetValue(Format),
        },
        Json: parse.GetValue(Json),
        Quiet: parse.GetValue(Quiet));
}
