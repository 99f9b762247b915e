using AceStep.Cli.Generation;
using AceStep.Client;

namespace AceStep.Cli.Commands.Doctor;

/// <summary>What answered at one address.</summary>
internal enum ProbeKind
{
    /// <summary>The ACE-Step API server (native envelope).</summary>
    Native,

    /// <summary>The stand-alone OpenRouter-compatible server: chat completions only.</summary>
    OpenRouterOnly,

    /// <summary>Connection refused, or the host cannot be reached.</summary>
    NotListening,

    /// <summary>Connected, but no answer within the deadline (a version-B server loading its models answers nothing).</summary>
    Silent,

    /// <summary>Something answered, but not the ACE-Step API (e.g. the Gradio UI without --enable-api).</summary>
    Foreign,
}

/// <summary>One <c>/health</c> probe: its kind, the health answer, and the clock difference it showed.</summary>
internal sealed record ProbeResult(Uri Url, ProbeKind Kind, HealthInfo? Health = null, string? Detail = null, TimeSpan? ClockSkew = null)
{
    public bool Answers => Kind is ProbeKind.Native or ProbeKind.OpenRouterOnly;
}

/// <summary>Short-deadline clients for the doctor: one attempt, a second to connect, two to answer (a silent server gets one more chance).</summary>
internal static class ServerProbe
{
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(2);

    public static AceStepClient Client(Uri url, string? apiKey, TimeProvider clock, TimeSpan? deadline = null) => new(new AceStepClientOptions
    {
        Endpoint = url,
        ApiKey = apiKey,
        UserAgent = ClientFactory.UserAgent,
        ConnectTimeout = TimeSpan.FromSeconds(1),
        RequestTimeout = deadline ?? AnswerDeadline,
        MaxRetries = 0,
        TimeProvider = clock,
    });

    /// <summary>A second, longer chance for a server that stayed silent: a cold or busy machine answers its first request slowly.</summary>
    public static readonly TimeSpan SecondChance = TimeSpan.FromSeconds(3);

    /// <summary>The longest a silent server is waited for, both chances together.</summary>
    public static TimeSpan SilenceLimit => AnswerDeadline + SecondChance;

    public static async Task<ProbeResult> HealthAsync(Uri url, TimeProvider clock, CancellationToken cancellation)
    {
        var first = await HealthOnceAsync(url, AnswerDeadline, clock, cancellation);
        return first.Kind == ProbeKind.Silent ? await HealthOnceAsync(url, SecondChance, clock, cancellation) : first;
    }

    private static async Task<ProbeResult> HealthOnceAsync(Uri url, TimeSpan deadline, TimeProvider clock, CancellationToken cancellation)
    {
        using var client = Client(url, apiKey: null, clock, deadline);
        var sent = clock.GetUtcNow();
        try
        {
            var health = await client.GetHealthAsync(cancellation);
            var received = clock.GetUtcNow();
            var skew = health.ServerTime is { } serverTime ? serverTime - (sent + ((received - sent) / 2)) : (TimeSpan?)null;
            return new ProbeResult(url, health.IsNativeServer ? ProbeKind.Native : ProbeKind.OpenRouterOnly, health, ClockSkew: skew);
        }
        catch (AceStepUnreachableException error)
        {
            return new ProbeResult(url, ProbeKind.NotListening, Detail: error.Message);
        }
        catch (AceStepTimeoutException)
        {
            return new ProbeResult(url, ProbeKind.Silent);
        }
        catch (AceStepException error)
        {
            var status = error.StatusCode is { } code ? $"HTTP {code} on /health" : "an answer that is not the ACE-Step API's";
            return new ProbeResult(url, ProbeKind.Foreign, Detail: status);
        }
    }
}
