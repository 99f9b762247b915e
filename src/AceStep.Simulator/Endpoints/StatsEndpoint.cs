using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;
using AceStep.Simulator.Wire;

namespace AceStep.Simulator.Endpoints;

/// <summary>GET /v1/stats (header auth): counts of the in-memory store, the queue, the average run time.</summary>
internal sealed class StatsEndpoint(SimulatorContext context)
{
    public Task HandleAsync(HttpContext http)
    {
        if (context.Authorization.CheckHeader(http.Request) is { } authError)
        {
            return JsonResponses.WriteDetailAsync(http, StatusCodes.Status401Unauthorized, authError);
        }

        var runtime = context.Runtime;
        var counts = new int[4];
        foreach (var job in runtime.Store.Live())
        {
            counts[(int)job.Status]++;
        }

        return JsonResponses.WriteEnvelopeAsync(http, context.Clock, (runtime, counts), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("jobs");
            w.WriteNumber("total", s.counts.Sum());
            w.WriteNumber("queued", s.counts[(int)JobStatus.Queued]);
            w.WriteNumber("running", s.counts[(int)JobStatus.Running]);
            w.WriteNumber("succeeded", s.counts[(int)JobStatus.Succeeded]);
            w.WriteNumber("failed", s.counts[(int)JobStatus.Failed]);
            w.WriteEndObject();
            w.WriteNumber("queue_size", s.runtime.Queue.Count);
            w.WriteNumber("queue_maxsize", s.runtime.Queue.Capacity);
            w.WritePythonFloat("avg_job_seconds", s.runtime.Statistics.AverageSeconds);
            w.WriteEndObject();
        });
    }
}
