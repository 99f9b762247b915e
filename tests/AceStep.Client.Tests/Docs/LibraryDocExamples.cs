namespace AceStep.Client.Tests.Docs;

/// <summary>
/// The code of docs/library.md, compiled and run against the simulator (LibraryDocExamplesTests) so that the
/// documentation cannot drift from the library. Keep each method body identical to its snippet in the doc.
/// </summary>
internal static class LibraryDocExamples
{
    public static AceStepClient CreateClient(Uri endpoint, string? apiKey)
    {
        var client = new AceStepClient(new AceStepClientOptions
        {
            Endpoint = endpoint,                          // e.g. http://127.0.0.1:8001/
            ApiKey = apiKey,                              // null when the server has no key
            UserAgent = "my-app/1.0",
            RequestTimeout = TimeSpan.FromSeconds(60),
            DefaultJobTimeout = TimeSpan.FromMinutes(30),
        });
        return client;
    }

    public static async Task<IReadOnlyList<SavedAudio>> GenerateNativelyAsync(AceStepClient client, string outputFolder, CancellationToken cancellationToken)
    {
        var request = new GenerationRequest
        {
            Caption = "upbeat synth-pop, female vocal, bright synths",
            Lyrics = "[Verse]\nNeon rivers in the night\n[Chorus]\nWe are the light",
            DurationSeconds = 30,
            Bpm = 120,
            KeyScale = "C major",
            TimeSignature = "4/4",
            BatchSize = 1,
        };

        GenerationOperation operation = await client.StartGenerationAsync(request, cancellationToken);
        Console.WriteLine($"Job {operation.Id} queued at position {operation.QueuePositionAtSubmission}");

        var progress = new Progress<JobProgress>(p =>
            Console.WriteLine($"{p.State} {p.Stage} {p.Percent}% queue={p.QueuePosition} eta={p.EstimatedRemaining}"));
        GenerationResult result = await operation.WaitForCompletionAsync(progress, TimeSpan.FromMinutes(10), cancellationToken);

        Console.WriteLine($"Lyrics used: {result.Lyrics}");
        Console.WriteLine($"BPM {result.Metadata.Bpm}, key {result.Metadata.KeyScale}, seeds {result.SeedValue}");

        var destination = new AudioDestination(outputFolder, JobIdSanitizer.ToFileStem(operation.Id));
        IReadOnlyList<SavedAudio> files = await operation.DownloadAudioAsync(destination, cancellationToken);
        foreach (var file in files)
        {
            Console.WriteLine($"{file.Path}: {file.Format}, {file.Bytes} bytes, {file.Duration}");
        }

        return files;
    }

    public static async Task<GenerationResult> ReattachAsync(AceStepClient client, string savedJobId, CancellationToken cancellationToken)
    {
        var operation = GenerationOperation.Rehydrate(client, savedJobId);

        JobStatus status = await operation.UpdateStatusAsync(cancellationToken);
        Console.WriteLine($"{status.JobId}: {status.State} ({status.Stage})");

        return await operation.WaitForCompletionAsync(cancellationToken: cancellationToken);
    }

    public static async Task<CompletionGenerationResult> GenerateWithCompletionAsync(AceStepClient client, string outputFolder, CancellationToken cancellationToken)
    {
        var health = await client.GetHealthAsync(cancellationToken);
        if (health.ModelsInitialized == false)
        {
            // A version-B server loads its models lazily; chat requests get 503 until then.
            await client.InitializeModelsAsync(new InitializeModelsRequest(), cancellationToken);
        }

        CompletionGenerationResult outcome = await client.GenerateWithCompletionAsync(
            new GenerationRequest { Caption = "lofi hip hop, rainy night", Instrumental = true, DurationSeconds = 20, BatchSize = 2 },
            new CompletionOptions { Stream = true },
            new AudioDestination(outputFolder, "lofi"),
            cancellationToken);

        foreach (var file in outcome.Files)
        {
            Console.WriteLine($"{file.Path} ({file.Format}, {file.Duration})");
        }

        Console.WriteLine($"Caption used: {outcome.Result.Prompt}");
        return outcome;
    }

    public static async Task<GenerationResult> CoverAsync(AceStepClient client, string songPath, CancellationToken cancellationToken)
    {
        var request = new GenerationRequest
        {
            Caption = "jazz cover, saxophone lead",
            SourceAudio = AudioSource.FromFile(songPath),  // uploaded, never sent as a path
            TaskType = "cover",
            CoverStrength = 0.6,
            BatchSize = 1,
        };

        var operation = await client.StartGenerationAsync(request, cancellationToken);
        foreach (var warning in operation.Warnings)
        {
            Console.WriteLine($"note: {warning}");
        }

        return await operation.WaitForCompletionAsync(cancellationToken: cancellationToken);
    }

    public static async Task<string> HandleErrorsAsync(AceStepClient client, GenerationRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var operation = await client.StartGenerationAsync(request, cancellationToken);
            await operation.WaitForCompletionAsync(cancellationToken: cancellationToken);
            return "done";
        }
        catch (AceStepUnauthorizedException)
        {
            return "Check the API key.";
        }
        catch (AceStepQueueFullException)
        {
            return "The server is busy; try again later.";
        }
        catch (AceStepJobFailedException error)
        {
            return $"The job failed: {error.Reason ?? "no reason given"}";
        }
        catch (AceStepJobLostException error)
        {
            return $"The server forgot job {error.JobId} (restart?); submit it again.";
        }
        catch (AceStepTimeoutException error) when (error.JobId is not null)
        {
            return $"Still running; re-attach later with GenerationOperation.Rehydrate(client, \"{error.JobId}\").";
        }
        catch (AceStepException error) when (error.JobMayStillRun)
        {
            return "The answer was lost but the job may exist; check before submitting again.";
        }
        catch (AceStepException error)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }
    }
}
