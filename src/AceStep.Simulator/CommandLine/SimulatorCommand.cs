using System.CommandLine;
using System.CommandLine.Parsing;

namespace AceStep.Simulator.CommandLine;

/// <summary>The simulator's command line: every <see cref="SimulatorOptions"/> and <see cref="SimulatorFaults"/> switch.</summary>
internal static class SimulatorCommand
{
    public const string ApiKeyVariable = "ACESTEP_API_KEY";

    private static readonly Option<string> Host = Declare("--host", "127.0.0.1",
        "Address to bind (an IP address or localhost).");
    private static readonly Option<int> Port = Declare("--port", 8001,
        "Port to bind; 0 picks a free port.");
    private static readonly Option<string?> ApiKey = Declare<string?>("--api-key",
        $"Turn authentication on with this key (default: ${ApiKeyVariable}; set but empty = auth on with the empty key).");
    private static readonly Option<ServerVersion> Version = Declare("--server-version", ServerVersion.B,
        "Imitate upstream version A (2026-02) or B (2026-06).");
    private static readonly Option<bool> TranscribeRoute = Declare<bool>("--transcribe-route",
        "[B] Imitate the later upstream that adds POST /v1/transcribe (off: 404, as A and B).");
    private static readonly Option<string?> OutputDir = Declare<string?>("--output-dir",
        "Folder for generated audio (default: a fresh temp folder, removed on exit).");
    private static readonly Option<double> GenerationSeconds = Declare("--generation-seconds", 0.2,
        "Fixed time every job takes.");
    private static readonly Option<double> SecondsPerAudioSecond = Declare("--seconds-per-audio-second", 0.0,
        "Extra generation seconds per second of requested audio.");
    private static readonly Option<int> QueueCapacity = Declare("--queue-capacity", 200,
        "Waiting jobs before submissions get 429.");
    private static readonly Option<double> ChatTimeout = Declare("--chat-timeout", 600.0,
        "Seconds a non-streaming chat completion waits before 504.");
    private static readonly Option<double> HeartbeatInterval = Declare("--heartbeat-interval", 2.0,
        "Seconds between streaming heartbeats.");
    private static readonly Option<int> RandomSeed = Declare("--random-seed", 12345,
        "Seed for random audio seeds, failure draws and samples.");
    private static readonly Option<bool> Verbose = Declare<bool>("--verbose",
        "Log every request (off by default).");
    private static readonly Option<double> ModelLoadDelay = Declare<double>("--model-load-delay",
        "[B] Fault: the first job's lazy model load takes this many seconds, hanging every request.");
    private static readonly Option<string?> ModelLoadError = Declare<string?>("--model-load-error",
        "[B] Fault: model initialisation fails with this message.");
    private static readonly Option<bool> LmUnavailable = Declare<bool>("--lm-unavailable",
        "Fault: the 5Hz LM is disabled (LM jobs fail, /format_input 503).");
    private static readonly Option<string?> LmLoadError = Declare<string?>("--lm-load-error",
        "Fault: the LM failed to load with this reason (LM jobs fail, /format_input 500).");
    private static readonly Option<double> JobFailureRate = Declare<double>("--job-failure-rate",
        "Fault: probability 0–1 that a job fails while running.");
    private static readonly Option<bool> QueueFull = Declare<bool>("--queue-full",
        "Fault: every submission gets 429.");
    private static readonly Option<long> DownloadBytesPerSecond = Declare<long>("--download-bytes-per-second",
        "Fault: throttle /v1/audio downloads.");
    private static readonly Option<long?> DropDownloadAfter = Declare<long?>("--drop-download-after-bytes",
        "Fault: drop /v1/audio connections after this many bytes.");
    private static readonly Option<string[]> FailRequest = Declare<string[]>("--fail-request",
        "Fault: PATH[,STATUS|text[,COUNT]] answers PATH with STATUS (or a plain-text 500) COUNT times (default 1; 0 = always). Repeatable.");
    private static readonly Option<string[]> MalformedJson = Declare<string[]>("--malformed-json",
        "Fault: PATH[,COUNT] answers PATH with truncated JSON COUNT times (default 1; 0 = always). Repeatable.");

    static SimulatorCommand() => AddValidators();

    public static RootCommand Create(Func<SimulatorOptions, CancellationToken, Task<int>> run)
    {
        var command = new RootCommand("ACE-Step 1.5 API simulator: a protocol-faithful fake server that writes synthesized audio.");
        Option[] options =
        [
            Host, Port, ApiKey, Version, TranscribeRoute, OutputDir, GenerationSeconds, SecondsPerAudioSecond, QueueCapacity, ChatTimeout,
            HeartbeatInterval, RandomSeed, Verbose, ModelLoadDelay, ModelLoadError, LmUnavailable, LmLoadError, JobFailureRate,
            QueueFull, DownloadBytesPerSecond, DropDownloadAfter, FailRequest, MalformedJson,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellation) => run(ToOptions(parse), cancellation));
        return command;
    }

    private static Option<T> Declare<T>(string name, string description) => new(name) { Description = description };

    private static Option<T> Declare<T>(string name, T defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    /// <summary>Bad values become usage errors (exit code 1 with a message) instead of exceptions.</summary>
    private static void AddValidators()
    {
        Port.Validators.Add(result => RequireRange(result, result.GetValueOrDefault<int>(), 0, 65535));
        QueueCapacity.Validators.Add(result => RequireRange(result, result.GetValueOrDefault<int>(), 1, int.MaxValue));
        JobFailureRate.Validators.Add(result => RequireRange(result, result.GetValueOrDefault<double>(), 0, 1));
        FailRequest.Validators.Add(result => RequireParsable(result, ResponseFaultSyntax.ParseFailure));
        MalformedJson.Validators.Add(result => RequireParsable(result, ResponseFaultSyntax.ParseMalformedJson));
    }

    private static void RequireRange(OptionResult result, double value, double minimum, double maximum)
    {
        if (value < minimum || value > maximum)
        {
            result.AddError($"{result.Option.Name} must be between {minimum} and {maximum}.");
        }
    }

    private static void RequireParsable(OptionResult result, Func<string, ResponseFault> parse)
    {
        foreach (var token in result.Tokens)
        {
            try
            {
                parse(token.Value);
            }
            catch (FormatException exception)
            {
                result.AddError($"{result.Option.Name}: {exception.Message}");
            }
        }
    }

    private static SimulatorOptions ToOptions(ParseResult parse)
    {
        var options = new SimulatorOptions
        {
            Host = parse.GetValue(Host)!,
            Port = parse.GetValue(Port),
            ApiKey = parse.GetResult(ApiKey) is not null ? parse.GetValue(ApiKey) ?? string.Empty : Environment.GetEnvironmentVariable(ApiKeyVariable),
            Version = parse.GetValue(Version),
            TranscribeRoute = parse.GetValue(TranscribeRoute),
            OutputDirectory = parse.GetValue(OutputDir),
            FixedGenerationTime = TimeSpan.FromSeconds(parse.GetValue(GenerationSeconds)),
            GenerationSecondsPerAudioSecond = parse.GetValue(SecondsPerAudioSecond),
            QueueCapacity = parse.GetValue(QueueCapacity),
            ChatGenerationTimeout = TimeSpan.FromSeconds(parse.GetValue(ChatTimeout)),
            HeartbeatInterval = TimeSpan.FromSeconds(parse.GetValue(HeartbeatInterval)),
            RandomSeed = parse.GetValue(RandomSeed),
            VerboseLogging = parse.GetValue(Verbose),
        };
        var faults = options.Faults;
        faults.ModelLoadDelay = TimeSpan.FromSeconds(parse.GetValue(ModelLoadDelay));
        faults.ModelLoadError = parse.GetValue(ModelLoadError);
        faults.LmUnavailable = parse.GetValue(LmUnavailable);
        faults.LmLoadError = parse.GetValue(LmLoadError);
        faults.JobFailureRate = parse.GetValue(JobFailureRate);
        faults.QueueFull = parse.GetValue(QueueFull);
        faults.DownloadBytesPerSecond = parse.GetValue(DownloadBytesPerSecond);
        faults.DropDownloadAfterBytes = parse.GetValue(DropDownloadAfter);
        faults.ResponseFaults =
        [
            .. (parse.GetValue(FailRequest) ?? []).Select(ResponseFaultSyntax.ParseFailure),
            .. (parse.GetValue(MalformedJson) ?? []).Select(ResponseFaultSyntax.ParseMalformedJson),
        ];
        return options;
    }
}
