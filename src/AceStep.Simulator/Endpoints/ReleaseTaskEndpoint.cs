using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.Requests;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Endpoints;

/// <summary>POST /release_task (see docs/protocol.md, "Submitting a job"), with the order of checks in docs/protocol.md, "Parameters of /release_task".</summary>
internal sealed class ReleaseTaskEndpoint(SimulatorContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        var version = context.Options.Version;
        var (body, failure) = await ReleaseTaskBodyReader.ReadAsync(http.Request, version);
        if (failure is not null)
        {
            await failure.WriteAsync(http);
            return;
        }

        if (!await BodyAuthorization.AdmitAsync(http, context.Authorization, AiToken.From(body!.Fields)))
        {
            return;
        }

        var sources = new ParameterSources(body.Fields);
        var parameters = GenerationParametersReader.Read(sources, version);
        (parameters, failure) = CheckTextPaths(parameters, body, version);
        if (failure is not null)
        {
            await failure.WriteAsync(http);
            return;
        }

        var temporaryFiles = new List<string>();
        try
        {
            parameters = await SaveUploadsAsync(parameters, body, temporaryFiles, http.RequestAborted);
        }
        catch
        {
            // An aborted or failed upload leaves no file behind, the part-written one included.
            TemporaryFiles.Delete(temporaryFiles);
            throw;
        }

        if (!TypedRequestCheck.Passes(sources, version))
        {
            TemporaryFiles.Delete(temporaryFiles);
            await JsonResponses.WritePlainTextErrorAsync(http);
            return;
        }

        await SubmitAsync(http, new Job(Guid.NewGuid().ToString("D"), JobKind.Native, parameters, context.Clock.GetUtcNow(), temporaryFiles));
    }

    private async Task SubmitAsync(HttpContext http, Job job)
    {
        var runtime = context.Runtime;
        runtime.Store.Add(job);
        if (context.Faults.QueueFull || !runtime.Queue.TryEnqueue(job, out var position))
        {
            // Upstream creates the record before checking capacity: it stays "queued" forever (see docs/protocol.md, "Parameters of /release_task").
            TemporaryFiles.Delete(job.TemporaryFiles);
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status429TooManyRequests, "Server busy: queue is full");
            return;
        }

        await JsonResponses.WriteEnvelopeAsync(http, context.Clock, (job.Id, position), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("task_id", s.Id);
            w.WriteString("status", "queued");
            w.WriteNumber("queue_position", s.position);
            w.WriteEndObject();
        });
    }

    /// <summary>[B] Text paths are checked; a file part for the same slot makes its path field irrelevant.</summary>
    private (GenerationParameters, RequestFailure?) CheckTextPaths(GenerationParameters p, ReleaseTaskBody body, ServerVersion version)
    {
        if (version == ServerVersion.A)
        {
            return (p, null);
        }

        var roots = context.Paths.AllowedAudioRoots;
        var (source, sourceError) = body.SourceFile is null ? AudioPathPolicy.Check(p.SourceAudioPath, roots) : (null, null);
        var (reference, referenceError) = body.ReferenceFile is null ? AudioPathPolicy.Check(p.ReferenceAudioPath, roots) : (null, null);
        var error = sourceError ?? referenceError;
        return error is null
            ? (p with { SourceAudioPath = source, ReferenceAudioPath = reference }, null)
            : (p, new RequestFailure(StatusCodes.Status400BadRequest, error));
    }

    private async Task<GenerationParameters> SaveUploadsAsync(
        GenerationParameters p, ReleaseTaskBody body, List<string> temporaryFiles, CancellationToken cancellationToken)
    {
        if (body.SourceFile is { } source)
        {
            p = p with { SourceAudioPath = await SaveAsync(source, "src_audio", temporaryFiles, cancellationToken) };
        }

        if (body.ReferenceFile is { } reference)
        {
            p = p with { ReferenceAudioPath = await SaveAsync(reference, "ref_audio", temporaryFiles, cancellationToken) };
        }

        return p;
    }

    private async Task<string> SaveAsync(IFormFile file, string prefix, List<string> temporaryFiles, CancellationToken cancellationToken)
    {
        var path = context.Paths.NewTempFile(prefix, Path.GetExtension(file.FileName));
        temporaryFiles.Add(path);
        await using var destination = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await file.CopyToAsync(destination, cancellationToken);
        return path;
    }
}
