using System.Text;
using AceStep.Simulator.Http;
using AceStep.Simulator.Jobs;
using AceStep.Simulator.State;

namespace AceStep.Simulator.Chat;

/// <summary>
/// POST /v1/chat/completions (no auth): the chat request becomes a job in the shared queue, and the answer
/// waits for it — as one JSON response (504 after the timeout, the job keeps running) or as an SSE stream with
/// heartbeats.
/// </summary>
internal sealed class ChatCompletionsEndpoint(SimulatorContext context)
{
    private const string QueueFullDetail = "Server busy: queue is full";

    public async Task HandleAsync(HttpContext http)
    {
        var runtime = context.Runtime;
        var version = context.Options.Version;
        if (!runtime.Models.ModelsInitialized)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status503ServiceUnavailable,
                $"Model not initialized. init_error={runtime.Models.InitError ?? "None"}");
            return;
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var (request, error) = ChatRequestReader.Read(await reader.ReadToEndAsync(http.RequestAborted), version);
        if (request is null)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, error!);
            return;
        }

        var parsed = ChatMessageParser.Parse(request.Messages, version);
        if (ChatJobFactory.Resolve(request, parsed) is not { } text)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status400BadRequest, ChatJobFactory.NothingToGenerate);
            return;
        }

        // B checks capacity before decoding the audio, A after; the client sees the same 429 either way.
        if (IsQueueFull(runtime))
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status429TooManyRequests, QueueFullDetail);
            return;
        }

        var input = ChatJobFactory.Create(context, request, parsed, text);
        var job = new Job(Guid.NewGuid().ToString("D"), JobKind.Chat, input.Parameters, context.Clock.GetUtcNow(), input.TemporaryFiles);
        runtime.Store.Add(job);
        if (!runtime.Queue.TryEnqueue(job, out _))
        {
            TemporaryFiles.Delete(input.TemporaryFiles);
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status429TooManyRequests, QueueFullDetail);
            return;
        }

        var id = ChatCompletionIds.New(version);
        var created = context.Clock.GetUtcNow().ToUnixTimeSeconds();
        var format = ChatJobFactory.RequestedFormat(request);
        try
        {
            if (request.Stream)
            {
                await StreamAsync(http, job, new ChatStreamWriter(http, id, created, request.Model), format);
            }
            else
            {
                await AnswerAsync(http, job, id, created, request.Model, format);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; upstream lets the job finish anyway.
        }
    }

    private bool IsQueueFull(ServerRuntime runtime) => context.Faults.QueueFull || runtime.Queue.IsFull;

    private async Task AnswerAsync(HttpContext http, Job job, string id, long created, string model, string format)
    {
        var timeout = context.Faults.ChatTimeout ?? context.Options.ChatGenerationTimeout;
        JobOutcome outcome;
        try
        {
            outcome = await job.Completion.WaitAsync(timeout, context.Clock, http.RequestAborted);
        }
        catch (TimeoutException)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status504GatewayTimeout, "Generation timeout");
            return;
        }
        catch (TaskCanceledException) when (job.Completion.IsCanceled)
        {
            http.Abort();
            return;
        }

        if (!outcome.Succeeded)
        {
            await JsonResponses.WriteDetailAsync(http, StatusCodes.Status500InternalServerError, outcome.Error!);
            return;
        }

        var audio = await ChatResponseWriter.FirstFileDataUrlAsync(outcome, format, http.RequestAborted);
        await ChatResponseWriter.WriteAsync(http, new ChatReply(id, created, model, context.Options.Version, outcome, audio));
    }

    private async Task StreamAsync(HttpContext http, Job job, ChatStreamWriter stream, string format)
    {
        await stream.StartAsync();
        var greeting = context.Options.Version == ServerVersion.A ? "Generating music" : string.Empty;
        await stream.WriteDeltaAsync(greeting, static (w, g) =>
        {
            w.WriteString("role", "assistant");
            w.WriteString("content", g);
        });
        await HeartbeatUntilDoneAsync(http, job, stream);
        if (job.Completion.IsCanceled)
        {
            http.Abort();
            return;
        }

        var outcome = await job.Completion;
        if (!outcome.Succeeded)
        {
            await stream.WriteContentAsync("\n\nError: " + outcome.Error);
            await stream.WriteDeltaAsync(0, static (_, _) => { }, "error");
            await stream.WriteDoneAsync();
            return;
        }

        await stream.WriteContentAsync("\n\n" + ChatContent.For(outcome.Song!));
        if (await ChatResponseWriter.FirstFileDataUrlAsync(outcome, format, http.RequestAborted) is { } audio)
        {
            await stream.WriteDeltaAsync(audio, static (w, url) =>
            {
                w.WritePropertyName("audio");
                ChatResponseWriter.WriteAudioList(w, url);
            });
        }

        await stream.WriteDeltaAsync(0, static (_, _) => { }, "stop");
        await stream.WriteDoneAsync();
    }

    /// <summary>A "." every heartbeat interval while the job is queued or running; no progress information.</summary>
    private async Task HeartbeatUntilDoneAsync(HttpContext http, Job job, ChatStreamWriter stream)
    {
        using var timer = new PeriodicTimer(context.Options.HeartbeatInterval, context.Clock);
        Task completion = job.Completion;
        while (!completion.IsCompleted)
        {
            Task tick = timer.WaitForNextTickAsync(http.RequestAborted).AsTask();
            if (await Task.WhenAny(completion, tick) == completion)
            {
                return;
            }

            await tick;
            await stream.WriteContentAsync(".");
        }
    }
}
