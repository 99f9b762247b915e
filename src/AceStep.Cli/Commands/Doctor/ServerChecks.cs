using System.Globalization;
using AceStep.Cli.Commands.Stats;
using AceStep.Cli.Errors;
using AceStep.Client;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>
/// The server's lines: which address answers (the configured one, then 127.0.0.1 on the usual ports), what kind of
/// server it is, whether the key is accepted, its queue, its models and language model, its version, and its clock.
/// </summary>
internal sealed class ServerChecks(Uri configured, string? apiKey, bool nativeMode, TimeProvider clock)
{
    public const string StartCommand = "Start the ACE-Step API: cd ACE-Step-1.5 && uv run acestep-api (or: python -m acestep.api_server; on Windows start_api_server.bat)";
    private const string KeyFix = "printf %s \"$KEY\" | acestep config --set api_key";
    private const int GradioPort = 7860;
    private static readonly TimeSpan SkewTolerance = TimeSpan.FromMinutes(2);

    private readonly List<DoctorCheck> _checks = [];

    /// <summary>The address the rest of the checks used, when one answered.</summary>
    public Uri? Server { get; private set; }

    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(IReadOnlyList<int> ports, CancellationToken cancellation)
    {
        var others = ports.Select(port => new Uri($"http://127.0.0.1:{port}/")).Where(url => !SameAddress(url, configured)).ToList();
        var probes = await Task.WhenAll(new[] { configured }.Concat(others).Select(url => ServerProbe.HealthAsync(url, clock, cancellation)));
        var own = probes[0];
        var found = probes.Skip(1).Where(static p => p.Answers).ToList();
        ReportAddresses(own, probes.Skip(1).ToList(), found);

        var chosen = own.Answers ? own : found.FirstOrDefault(static p => p.Kind == ProbeKind.Native) ?? found.FirstOrDefault();
        if (chosen is not null)
        {
            Server = chosen.Url;
            await CheckServerAsync(chosen, cancellation);
        }

        return _checks;
    }

    private void ReportAddresses(ProbeResult own, IReadOnlyList<ProbeResult> others, IReadOnlyList<ProbeResult> found)
    {
        var display = Display(own.Url);
        var alternative = found.FirstOrDefault();
        var switchFix = alternative is null ? StartCommand : $"acestep config --set api_url {Display(alternative.Url)}";
        _checks.Add(own.Kind switch
        {
            ProbeKind.Native => DoctorCheck.Pass("server", $"Server {display}: the ACE-Step API answers"),
            ProbeKind.OpenRouterOnly => DoctorCheck.Pass("server", $"Server {display}: a stand-alone OpenRouter-compatible server answers (chat completions only)"),
            ProbeKind.Silent => DoctorCheck.Fail(
                "server",
                $"Server {display} accepted the connection but did not answer /health within {ServerProbe.SilenceLimit.TotalSeconds:0} s: a newer server answers nothing while it loads its models (minutes on the first job)",
                "Wait for the load to finish, then run acestep doctor again",
                ExitCode.Unavailable),
            ProbeKind.Foreign => DoctorCheck.Fail(
                "server",
                $"Server {display} answers, but not as the ACE-Step API ({own.Detail})",
                own.Url.Port == GradioPort ? "The Gradio UI serves the API only when started with --enable-api: restart it with --enable-api" : switchFix,
                ExitCode.Unavailable),
            _ => DoctorCheck.Fail("server", $"Nothing is listening at {display}", switchFix, ExitCode.Unavailable),
        });

        foreach (var other in found)
        {
            _checks.Add(DoctorCheck.Info("port", $"Also found: {(other.Kind == ProbeKind.Native ? "the ACE-Step API" : "an OpenRouter-compatible server")} at {Display(other.Url)}"));
        }

        foreach (var other in others.Where(static p => p.Kind == ProbeKind.Foreign))
        {
            _checks.Add(other.Url.Port == GradioPort
                ? DoctorCheck.Warn("port", $"Something answers on port {GradioPort} but not the API ({other.Detail}): the Gradio UI?", "Restart the Gradio UI with --enable-api to serve the API there too")
                : DoctorCheck.Info("port", $"{Display(other.Url)} answers, but not as the ACE-Step API ({other.Detail})"));
        }

        foreach (var other in others.Where(static p => p.Kind == ProbeKind.Silent))
        {
            _checks.Add(DoctorCheck.Info("port", $"{Display(other.Url)} accepts connections but did not answer in time (loading models?)"));
        }

        var closed = others.Where(static p => p.Kind == ProbeKind.NotListening).Select(static p => p.Url.Port.ToString(CultureInfo.InvariantCulture)).ToList();
        if (closed.Count > 0)
        {
            _checks.Add(DoctorCheck.Info("port", $"Nothing listening on 127.0.0.1 port {string.Join(", ", closed)}"));
        }
    }

    private async Task CheckServerAsync(ProbeResult probe, CancellationToken cancellation)
    {
        var health = probe.Health!;
        if (probe.Kind == ProbeKind.OpenRouterOnly)
        {
            _checks.Add(nativeMode
                ? DoctorCheck.Fail("protocol", "This server has no native routes, but api_mode is native", "acestep config --set api_mode completion", ExitCode.Configuration)
                : DoctorCheck.Pass("protocol", "Protocol: chat completions (api_mode completion)"));
            using var openRouter = ServerProbe.Client(probe.Url, apiKey, clock);
            await CheckKeyAsync(() => openRouter.ListModelsAsync(cancellation), null);
            CheckClock(probe);
            return;
        }

        var versionB = health.HasModelState;
        _checks.Add(DoctorCheck.Pass("protocol", "Protocol: native (/release_task) and chat completions both available"));
        _checks.Add(DoctorCheck.Pass("version", versionB
            ? "Server version B: models load lazily; /v1/init, /v1/model_inventory and /v1/lora are available"
            : "Server version A: models load at startup; no /v1/init, /v1/model_inventory or /v1/lora"));
        using var client = ServerProbe.Client(probe.Url, apiKey, clock);
        var stats = await CheckKeyAsync(() => client.GetStatsAsync(cancellation), ReportStats);
        if (versionB && stats is not null)
        {
            await CheckModelsAsync(client, health, cancellation);
        }
        else if (!versionB)
        {
            _checks.Add(DoctorCheck.Pass("models", "Models: loaded at startup (this version reports no model state)"));
        }

        CheckClock(probe);
    }

    /// <summary>An authenticated call: 401, 429 and 503 become advice.</summary>
    private async Task<T?> CheckKeyAsync<T>(Func<Task<T>> call, Action<T>? report)
        where T : class
    {
        try
        {
            var value = await call();
            _checks.Add(DoctorCheck.Pass("key", apiKey is null ? "API key: none configured, and the server needs none" : "API key: accepted by the server"));
            report?.Invoke(value);
            return value;
        }
        catch (AceStepUnauthorizedException error)
        {
            _checks.Add(apiKey is null
                ? DoctorCheck.Fail("key", $"API key: the server requires one and none is configured ({error.ServerMessage})", KeyFix, ExitCode.Authentication)
                : DoctorCheck.Fail("key", $"API key: rejected by the server ({error.ServerMessage})", $"Set the right key: {KeyFix}", ExitCode.Authentication));
        }
        catch (AceStepQueueFullException)
        {
            _checks.Add(DoctorCheck.Fail("key", "The server answers 429: its queue is full", "Wait for the queue to drain (acestep stats), or raise ACESTEP_QUEUE_MAXSIZE where the server starts", ExitCode.Unavailable));
        }
        catch (AceStepNotReadyException)
        {
            _checks.Add(DoctorCheck.Fail("key", "The server answers 503: it is not ready (models not loaded)", "acestep init", ExitCode.Unavailable));
        }
        catch (AceStepException error)
        {
            _checks.Add(DoctorCheck.Fail("key", $"The authenticated check failed: {error.Message}", "Look at the server's log, then run acestep doctor again", ExitCode.Unavailable));
        }

        return null;
    }

    private void ReportStats(ServerStats stats) =>
        _checks.Add(DoctorCheck.Pass(
            "queue",
            $"Queue: {stats.QueueSize} waiting (capacity {stats.QueueMaxSize}), {stats.RunningJobs} running; average job {StatsCommand.Seconds(stats.AverageJobSeconds)}, a new job would wait about {StatsCommand.Seconds(StatsCommand.EstimatedWait(stats))}"));

    private async Task CheckModelsAsync(AceStepClient client, HealthInfo health, CancellationToken cancellation)
    {
        if (health.ModelsInitialized != true)
        {
            _checks.Add(DoctorCheck.Info("models", $"Models: {health.LoadedModel ?? "the configured model"} is not loaded yet; it loads on the first job (minutes), or now with acestep init", "acestep init"));
            return;
        }

        ModelInventory inventory;
        try
        {
            inventory = await client.GetModelInventoryAsync(cancellation);
        }
        catch (AceStepException error)
        {
            _checks.Add(DoctorCheck.Warn("models", $"Models: {health.LoadedModel} loaded, but the inventory failed ({error.Message})", "acestep models --inventory"));
            return;
        }

        var loaded = inventory.Models.Where(static m => m.IsLoaded).Select(static m => m.Name).ToList();
        _checks.Add(DoctorCheck.Pass("models", $"Models: {(loaded.Count == 0 ? health.LoadedModel : string.Join(", ", loaded))} loaded; {inventory.Models.Count} available (acestep models --inventory)"));
        var languageModel = inventory.LmModels.FirstOrDefault(static m => m.IsLoaded)?.Name ?? inventory.LoadedLmModel;
        _checks.Add(inventory.LlmInitialized == true
            ? DoctorCheck.Pass("lm", $"Language model: {languageModel ?? "loaded"}")
            : DoctorCheck.Warn(
                "lm",
                "Language model: not loaded; thinking, -d/--description, --use-format and random need it (use --no-thinking meanwhile)",
                $"acestep init --lm {inventory.LmModels.FirstOrDefault()?.Name ?? "acestep-5Hz-lm-1.7B"}"));
    }

    private void CheckClock(ProbeResult probe)
    {
        if (probe.ClockSkew is not { } skew)
        {
            _checks.Add(DoctorCheck.Info("clock", "Clock: the server sends no timestamp to compare with"));
            return;
        }

        var seconds = Math.Abs(skew.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture);
        _checks.Add(skew.Duration() <= SkewTolerance
            ? DoctorCheck.Pass("clock", $"Clock: within {seconds} s of the server's")
            : DoctorCheck.Warn(
                "clock",
                $"Clock: {seconds} s {(skew > TimeSpan.Zero ? "behind" : "ahead of")} the server's; job ages and the server's one-hour rule will look wrong",
                "Synchronise the clocks of both machines (Linux: sudo timedatectl set-ntp true)"));
    }

    private static bool SameAddress(Uri a, Uri b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.AbsolutePath.TrimEnd('/') == b.AbsolutePath.TrimEnd('/');

    private static string Display(Uri url) => url.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
