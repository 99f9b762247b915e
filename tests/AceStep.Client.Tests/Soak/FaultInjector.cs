using AceStep.Simulator;

namespace AceStep.Client.Tests.Soak;

/// <summary>
/// Plays a soak plan's faults against a running simulator at their planned times. Response faults are kept so
/// that their hits (how many requests they actually answered) can be read afterwards.
/// </summary>
internal sealed class FaultInjector(SimulatorServer server, TimeSpan windowLength)
{
    private const string Poll = "/query_result";
    private const string Submit = "/release_task";
    private const string Download = "/v1/audio";

    private readonly List<(SoakFaultKind Kind, ResponseFault Fault)> _responseFaults = [];
    private readonly Dictionary<SoakFaultKind, int> _switches = [];

    public async Task RunAsync(IReadOnlyList<SoakFaultEvent> faults, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var windows = new List<Task>();
        foreach (var fault in faults)
        {
            var wait = fault.At - TimeProvider.System.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            switch (fault.Kind)
            {
                case SoakFaultKind.PlainText500OnPoll:
                    AddResponseFault(fault.Kind, new ResponseFault(Poll, ResponseFaultKind.PlainText500, count: fault.Count));
                    break;
                case SoakFaultKind.Status503OnPoll:
                    AddResponseFault(fault.Kind, new ResponseFault(Poll, ResponseFaultKind.Status, 503, fault.Count));
                    break;
                case SoakFaultKind.Status502OnDownload:
                    AddResponseFault(fault.Kind, new ResponseFault(Download, ResponseFaultKind.Status, 502, fault.Count));
                    break;
                case SoakFaultKind.PlainText500OnSubmit:
                    AddResponseFault(fault.Kind, new ResponseFault(Submit, ResponseFaultKind.PlainText500, count: fault.Count));
                    break;
                case SoakFaultKind.Status503OnSubmit:
                    AddResponseFault(fault.Kind, new ResponseFault(Submit, ResponseFaultKind.Status, 503, fault.Count));
                    break;
                case SoakFaultKind.QueueFullWindow:
                    windows.Add(WindowAsync(fault.Kind, on: () => server.Faults.QueueFull = true, off: () => server.Faults.QueueFull = false, cancellationToken));
                    break;
                case SoakFaultKind.DroppedDownloadWindow:
                    windows.Add(WindowAsync(fault.Kind, on: () => server.Faults.DropDownloadAfterBytes = 4096, off: () => server.Faults.DropDownloadAfterBytes = null, cancellationToken));
                    break;
                case SoakFaultKind.SlowDownloadWindow:
                    windows.Add(WindowAsync(fault.Kind, on: () => server.Faults.DownloadBytesPerSecond = 256 * 1024, off: () => server.Faults.DownloadBytesPerSecond = 0, cancellationToken));
                    break;
                case SoakFaultKind.Restart:
                    Count(fault.Kind);
                    await server.RestartAsync();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(faults), fault.Kind, "unknown fault kind");
            }
        }

        await Task.WhenAll(windows);
    }

    /// <summary>How many requests each response fault answered, and how many times each switch was turned on.</summary>
    public IReadOnlyDictionary<SoakFaultKind, int> Hits()
    {
        var hits = new Dictionary<SoakFaultKind, int>(_switches);
        foreach (var (kind, fault) in _responseFaults)
        {
            hits[kind] = hits.GetValueOrDefault(kind) + (fault.Count - fault.Remaining);
        }

        return hits;
    }

    private void AddResponseFault(SoakFaultKind kind, ResponseFault fault)
    {
        _responseFaults.Add((kind, fault));
        server.Faults.AddResponseFault(fault);
    }

    private async Task WindowAsync(SoakFaultKind kind, Action on, Action off, CancellationToken cancellationToken)
    {
        Count(kind);
        on();
        try
        {
            await Task.Delay(windowLength, cancellationToken);
        }
        finally
        {
            off();
        }
    }

    private void Count(SoakFaultKind kind) => _switches[kind] = _switches.GetValueOrDefault(kind) + 1;
}
