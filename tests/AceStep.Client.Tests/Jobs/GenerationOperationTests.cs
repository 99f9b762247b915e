using System.Net;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Jobs;

public sealed class GenerationOperationTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Waits_through_queue_and_progress_to_the_result_reporting_estimates()
    {
        var server = new ScriptedServer().Then(0, ScriptedServer.Queued(), times: 3).Then(0, ScriptedServer.Running(0.5)).Then(1, ScriptedServer.Succeeded());
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);
        var operation = await client.StartGenerationAsync(new GenerationRequest { Caption = "x" });
        var reports = new List<JobProgress>();

        var result = await TestClients.RunAsync(operation.WaitForCompletionAsync(new SynchronousProgress<JobProgress>(reports.Add)), time, Step);

        Assert.Equal(ScriptedServer.JobId, result.JobId);
        Assert.True(operation.HasCompleted);
        Assert.Same(result, operation.Value);
        Assert.Equal(3, operation.QueuePositionAtSubmission);
        Assert.Equal(JobState.Queued, reports[0].State);
        Assert.Equal(3, reports[0].QueuePosition);
        Assert.Equal(TimeSpan.FromSeconds(30), reports[0].EstimatedRemaining);
        Assert.Contains(reports, r => r is { State: JobState.Running, Percent: 50 });
        Assert.Equal(JobState.Succeeded, reports[^1].State);
        Assert.Equal(5, server.PollCount);
    }

    [Fact]
    public async Task Poll_interval_starts_quick_and_backs_off_to_the_cap()
    {
        var server = new ScriptedServer { AverageJobSeconds = 1000 }.Then(0, ScriptedServer.Running(0.01), times: 40).Then(1, ScriptedServer.Succeeded());
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time, o => o.PollMaxInterval = TimeSpan.FromSeconds(5));
        var operation = GenerationOperation.Rehydrate(client, ScriptedServer.JobId);
        var start = time.GetUtcNow();

        await TestClients.RunAsync(operation.WaitForCompletionAsync(), time, TimeSpan.FromMilliseconds(300));

        var elapsed = time.GetUtcNow() - start;
        // 41 polls: the first ones every 0.3–2 s, then every 5 s: far fewer than at a fixed 0.3 s, far more than at 5 s.
        Assert.InRange(elapsed.TotalSeconds, 120, 205);
    }

    [Fact]
    public async Task An_id_unknown_past_the_grace_period_is_lost()
    {
        var server = new ScriptedServer().Then(0, "[]");
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time, o => o.LostJobGracePeriod = TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<AceStepJobLostException>(() =>
            TestClients.RunAsync(GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(), time, Step));

        Assert.Equal(ScriptedServer.JobId, error.JobId);
        Assert.Contains("lost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_young_failure_is_final_and_carries_the_servers_reason()
    {
        var server = new ScriptedServer().Then(2, ScriptedServer.Failed(createTime: 1780315200, error: "5Hz LM init failed: disabled"));
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);
        var operation = GenerationOperation.Rehydrate(client, ScriptedServer.JobId);

        var error = await Assert.ThrowsAsync<AceStepJobFailedException>(() => TestClients.RunAsync(operation.WaitForCompletionAsync(), time, Step));

        Assert.Equal("5Hz LM init failed: disabled", error.Reason);
        Assert.Equal($"Job {ScriptedServer.JobId} failed: 5Hz LM init failed: disabled", error.Message);
        Assert.True(operation.HasCompleted);
        Assert.Throws<AceStepJobFailedException>(() => operation.Value);
        Assert.Equal(1, server.PollCount);
    }

    [Fact]
    public async Task A_failure_reported_for_an_hour_old_submission_is_rechecked_and_may_turn_into_success()
    {
        var twoHoursAgo = TestClients.NewClock().GetUtcNow().AddHours(-2).ToUnixTimeSeconds();
        var server = new ScriptedServer().Then(2, ScriptedServer.Running(0.5, createTime: twoHoursAgo), times: 2).Then(1, ScriptedServer.Succeeded(twoHoursAgo));
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);
        var reports = new List<JobProgress>();

        var result = await TestClients.RunAsync(
            GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(new SynchronousProgress<JobProgress>(reports.Add)),
            time,
            Step);

        Assert.Equal(ScriptedServer.JobId, result.JobId);
        Assert.Contains(reports, r => r.Message?.Contains("checking again", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_persistent_failure_of_an_old_submission_is_reported_after_the_rechecks()
    {
        var twoHoursAgo = TestClients.NewClock().GetUtcNow().AddHours(-2).ToUnixTimeSeconds();
        var server = new ScriptedServer().Then(2, ScriptedServer.Failed(twoHoursAgo));
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time, o => o.OldJobFailureRechecks = 3);

        await Assert.ThrowsAsync<AceStepJobFailedException>(() =>
            TestClients.RunAsync(GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(), time, Step));

        Assert.Equal(4, server.PollCount);
    }

    [Fact]
    public async Task The_deadline_ends_the_wait_and_names_the_job()
    {
        var server = new ScriptedServer().Then(0, ScriptedServer.Running(0.1));
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);

        var error = await Assert.ThrowsAsync<AceStepTimeoutException>(() =>
            TestClients.RunAsync(GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(timeout: TimeSpan.FromMinutes(2)), time, Step));

        Assert.Equal(ScriptedServer.JobId, error.JobId);
        Assert.True(error.JobMayStillRun);
    }

    [Fact]
    public async Task A_hanging_server_is_waited_out_with_a_message()
    {
        var server = new ScriptedServer().Then(0, ScriptedServer.Queued()).ThenHang(times: 3).Then(1, ScriptedServer.Succeeded());
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time, o => o.RequestTimeout = TimeSpan.FromSeconds(10));
        var reports = new List<JobProgress>();

        var result = await TestClients.RunAsync(
            GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(new SynchronousProgress<JobProgress>(reports.Add)),
            time,
            Step);

        Assert.Equal(ScriptedServer.JobId, result.JobId);
        Assert.Contains(reports, r => r.Message?.Contains("loading its models", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Gateway_errors_while_polling_are_retried()
    {
        var server = new ScriptedServer().ThenStatus(HttpStatusCode.BadGateway, "<html><title>502</title></html>").ThenStatus(HttpStatusCode.ServiceUnavailable).Then(1, ScriptedServer.Succeeded());
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);

        var result = await TestClients.RunAsync(GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(), time, Step);

        Assert.Equal(ScriptedServer.JobId, result.JobId);
        Assert.Equal(3, server.PollCount);
    }

    [Fact]
    public async Task Unauthorized_while_polling_is_final()
    {
        var server = new ScriptedServer().ThenStatus(HttpStatusCode.Unauthorized, """{"detail":"Invalid API key"}""");
        var time = TestClients.NewClock();
        using var client = TestClients.Create(server.Handler, time);

        await Assert.ThrowsAsync<AceStepUnauthorizedException>(() =>
            TestClients.RunAsync(GenerationOperation.Rehydrate(client, ScriptedServer.JobId).WaitForCompletionAsync(), time, Step));
    }

    [Fact]
    public async Task Update_status_records_one_poll()
    {
        var server = new ScriptedServer().Then(0, ScriptedServer.Running(0.25, "Decoding audio..."));
        using var client = TestClients.Create(server.Handler);
        var operation = GenerationOperation.Rehydrate(client, ScriptedServer.JobId);

        var status = await operation.UpdateStatusAsync();

        Assert.Equal(JobState.Running, status.State);
        Assert.Equal("Decoding audio...", status.Stage);
        Assert.Equal(0.25, status.Progress);
        Assert.Same(status, operation.LastStatus);
        Assert.False(operation.HasCompleted);
        Assert.Throws<InvalidOperationException>(() => operation.Value);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("")]
    [InlineData("a/b")]
    public void Rehydrate_refuses_unsafe_ids(string id)
    {
        using var client = TestClients.Create(new ScriptedServer().Handler);

        Assert.Throws<ArgumentException>(() => GenerationOperation.Rehydrate(client, id));
    }
}
