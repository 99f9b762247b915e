using AceStep.Client.Transport;

namespace AceStep.Client.Native;

/// <summary>
/// <c>POST /v1/init</c> with a deadline and progress: while the request is in flight (it waits behind a running job
/// and may download models for minutes), <c>/health</c> is probed about once a second and reported.
/// </summary>
internal sealed class ModelLoader(NativeApi native, ClientSettings settings)
{
    private const string Endpoint = "POST /v1/init";
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<InitializeModelsResult> LoadAsync(
        InitializeModelsRequest request, IProgress<ModelLoadProgress>? progress, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var clock = settings.TimeProvider;
        var started = clock.GetTimestamp();
        using var deadlineSource = new CancellationTokenSource(deadline, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineSource.Token);
        var load = native.InitializeModelsAsync(request, linked.Token);
        try
        {
            while (!load.IsCompleted)
            {
                await Task.WhenAny(load, Task.Delay(ProbeInterval, clock, linked.Token)).ConfigureAwait(false);
                if (load.IsCompleted || linked.IsCancellationRequested)
                {
                    break;
                }

                if (progress is not null)
                {
                    progress.Report(await ProbeAsync(clock.GetElapsedTime(started), linked.Token).ConfigureAwait(false));
                }
            }

            return await load.ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadlineSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new AceStepTimeoutException(
                $"{Endpoint}: the models did not finish loading within {deadline.TotalSeconds:0} s; the server may still be loading them.",
                new AceStepErrorDetails(Endpoint),
                innerException: exception);
        }
    }

    private async Task<ModelLoadProgress> ProbeAsync(TimeSpan elapsed, CancellationToken cancellationToken)
    {
        try
        {
            var health = await native.GetHealthAsync(cancellationToken, ProbeTimeout).ConfigureAwait(false);
            return new ModelLoadProgress(elapsed, true, health.ModelsInitialized, health.LoadedModel);
        }
        catch (AceStepException)
        {
            // A version-B server loading its models lazily blocks every request; the load itself is what is awaited.
            return new ModelLoadProgress(elapsed, false, null, null);
        }
    }
}
