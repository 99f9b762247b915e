using System.Net;
using System.Net.Http;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Native;

public sealed class SubmissionTests : IDisposable
{
    private const string Accepted = """{"task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","status":"queued","queue_position":1}""";
    private const string CanaryKey = "sk-canary-3f9d1c0e";

    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task A_connection_that_was_never_established_is_retried()
    {
        var attempts = 0;
        var handler = new StubHandler(_ =>
        {
            if (++attempts == 1)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
            }

            return StubHandler.Envelope(Accepted);
        });
        var time = TestClients.NewClock();
        using var client = TestClients.Create(handler, time);

        var operation = await TestClients.RunAsync(client.StartGenerationAsync(new GenerationRequest { Caption = "x" }), time, TimeSpan.FromMilliseconds(100));

        Assert.Equal("7c9e6679-7425-40de-944b-e07fc1f90ae7", operation.Id);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_connection_lost_after_sending_is_not_retried_and_says_the_job_may_exist()
    {
        var handler = new StubHandler(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepUnreachableException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.Single(handler.Requests);
        Assert.True(error.JobMayStillRun);
        Assert.Contains("may have reached the server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_timeout_is_not_retried_and_says_the_job_may_exist()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return StubHandler.Envelope(Accepted);
        });
        var time = TestClients.NewClock();
        using var client = TestClients.Create(handler, time, o => o.RequestTimeout = TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<AceStepTimeoutException>(() =>
            TestClients.RunAsync(client.StartGenerationAsync(new GenerationRequest { Caption = "x" }), time, TimeSpan.FromSeconds(1)));

        Assert.Single(handler.Requests);
        Assert.True(error.JobMayStillRun);
        Assert.Null(error.JobId);
    }

    [Fact]
    public async Task Queue_full_on_submission_is_not_retried()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"detail":"Server busy: queue is full"}""", HttpStatusCode.TooManyRequests));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepQueueFullException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.Single(handler.Requests);
        Assert.Equal("Server busy: queue is full", error.ServerMessage);
    }

    [Fact]
    public async Task The_key_travels_as_a_bearer_header_and_never_in_messages()
    {
        var handler = new StubHandler(_ => StubHandler.Json("""{"detail":"Invalid API key"}""", HttpStatusCode.Unauthorized));
        using var client = TestClients.Create(handler, configure: o => o.ApiKey = CanaryKey);

        var error = await Assert.ThrowsAsync<AceStepUnauthorizedException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.Equal("Bearer " + CanaryKey, handler.Requests[0].Headers["Authorization"]);
        Assert.DoesNotContain(CanaryKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryKey, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryKey, handler.Requests[0].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent_and_the_user_agent_is_set()
    {
        var handler = new StubHandler(_ => StubHandler.Envelope(Accepted));
        using var client = TestClients.Create(handler, configure: o => o.UserAgent = "acestep-cli/1.0");

        await client.StartGenerationAsync(new GenerationRequest { Caption = "x" });

        Assert.False(handler.Requests[0].Headers.ContainsKey("Authorization"));
        Assert.Equal("acestep-cli/1.0", handler.Requests[0].Headers["User-Agent"]);
    }

    [Fact]
    public async Task Source_audio_is_uploaded_as_a_multipart_file_part_with_its_name()
    {
        var source = _folder.Combine("My Song.MP3");
        await File.WriteAllBytesAsync(source, AudioSamples.Mp3(3));
        var handler = new StubHandler(_ => StubHandler.Envelope(Accepted));
        using var client = TestClients.Create(handler);

        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "rock", SourceAudio = AudioSource.FromFile(source), CoverStrength = 0.6 });

        var request = handler.Requests[0];
        Assert.StartsWith("multipart/form-data", request.ContentType, StringComparison.Ordinal);
        var body = request.BodyText;
        Assert.Contains("name=src_audio; filename=\"My Song.MP3\"", body, StringComparison.Ordinal);
        Assert.Contains("name=task_type", body, StringComparison.Ordinal);
        Assert.Contains("cover", body, StringComparison.Ordinal);
        Assert.Contains("name=audio_cover_strength", body, StringComparison.Ordinal);
        Assert.DoesNotContain("src_audio_path", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Path, body, StringComparison.Ordinal);
        Assert.Empty(operation.Warnings);
    }

    [Fact]
    public async Task A_loopback_version_A_server_that_rejects_multipart_gets_the_local_path_with_a_warning()
    {
        var source = _folder.Combine("song.mp3");
        await File.WriteAllBytesAsync(source, AudioSamples.Mp3(3));
        var handler = new StubHandler(request => request.ContentType!.StartsWith("multipart/", StringComparison.Ordinal)
            ? StubHandler.Text("Internal Server Error", HttpStatusCode.InternalServerError)
            : StubHandler.Envelope(Accepted));
        using var client = TestClients.Create(handler);

        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "rock", SourceAudio = AudioSource.FromFile(source) });

        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains($"\"src_audio_path\":\"{source}\"", handler.Requests[1].BodyText, StringComparison.Ordinal);
        Assert.Contains("local path", Assert.Single(operation.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_server_never_receives_a_local_path()
    {
        var source = _folder.Combine("song.mp3");
        await File.WriteAllBytesAsync(source, AudioSamples.Mp3(3));
        var handler = new StubHandler(_ => StubHandler.Text("Internal Server Error", HttpStatusCode.InternalServerError));
        using var client = TestClients.Create(handler, configure: o => o.Endpoint = new Uri("http://music.example.com:8001/"));

        var error = await Assert.ThrowsAsync<AceStepServerErrorException>(() =>
            client.StartGenerationAsync(new GenerationRequest { Caption = "rock", SourceAudio = AudioSource.FromFile(source) }));

        Assert.Single(handler.Requests);
        Assert.Equal("Internal Server Error", error.ServerMessage);
    }

    [Fact]
    public async Task A_hostile_job_id_is_refused()
    {
        var handler = new StubHandler(_ => StubHandler.Envelope("""{"task_id":"../../etc/passwd","status":"queued","queue_position":1}"""));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<AceStepProtocolException>(() => client.StartGenerationAsync(new GenerationRequest { Caption = "x" }));

        Assert.True(error.JobMayStillRun);
        Assert.DoesNotContain("..", error.Message.Replace("...", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_sends_many_ids_in_one_request_and_keeps_their_order()
    {
        var handler = new StubHandler(_ => StubHandler.Envelope("""[{"task_id":"a","status":1,"result":"[{\"file\": \"\", \"status\": 1}]"},{"task_id":"b","result":"[]","status":0}]"""));
        using var client = TestClients.Create(handler);

        var statuses = await client.QueryJobsAsync(["a", "b"]);

        Assert.Equal("""{"task_id_list":["a","b"]}""", handler.Requests[0].BodyText);
        Assert.Equal([JobState.Succeeded, JobState.Unknown], statuses.Select(s => s.State));
    }

    public void Dispose() => _folder.Dispose();
}
