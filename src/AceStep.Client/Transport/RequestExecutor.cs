using System.Net.Http.Headers;
using AceStep.Client.Errors;

namespace AceStep.Client.Transport;

/// <summary>
/// Sends one logical request: adds authentication and User-Agent, enforces its timeout with the injected clock,
/// turns HTTP and transport failures into typed errors, and retries what may safely be retried.
/// </summary>
internal sealed class RequestExecutor(HttpClient http, ClientSettings settings)
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    public ClientSettings Settings => settings;

    /// <summary>
    /// Sends the request and hands a successful response to <paramref name="read"/> while the request's
    /// deadline still applies. <paramref name="read"/> runs once per attempt.
    /// </summary>
    public async Task<T> SendAsync<T>(ServerRequest request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(request, read, cancellationToken).ConfigureAwait(false);
            }
            catch (AttemptFailure failure) when (failure.Retryable && attempt < settings.Retry.MaxRetries)
            {
                var delay = settings.Retry.DelayFor(attempt, settings.Random, failure.RetryAfter);
                await Task.Delay(delay, settings.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (AttemptFailure failure)
            {
                throw failure.Error;
            }
        }
    }

    /// <summary>Sends the request and parses a JSON body of bounded size.</summary>
    public Task<byte[]> SendForBodyAsync(ServerRequest request, CancellationToken cancellationToken) =>
        SendAsync(
            request,
            (response, token) => BoundedBodyReader.ReadBytesAsync(response.Content, settings.MaxResponseBytes, request.EndpointName, token),
            cancellationToken);

    private async Task<T> SendOnceAsync<T>(ServerRequest request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var timeout = request.Timeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : new CancellationTokenSource(request.Timeout, settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var headersTimeout = request.HeadersTimeout is { } headersLimit
            ? new CancellationTokenSource(headersLimit, settings.TimeProvider)
            : new CancellationTokenSource();
        using var sendToken = CancellationTokenSource.CreateLinkedTokenSource(linked.Token, headersTimeout.Token);
        using var message = CreateMessage(request);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, sendToken.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested || headersTimeout.IsCancellationRequested)
        {
            throw new AttemptFailure(TimedOut(request, exception), request.Retry == RetryMode.Idempotent, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
        {
            var neverSent = TransportErrorMapper.NeverReachedServer(exception);
            var retryable = request.Retry == RetryMode.Idempotent || (request.Retry == RetryMode.ConnectFailuresOnly && neverSent);
            throw new AttemptFailure(TransportErrorMapper.Map(exception, request, settings.DisplayEndpoint), retryable, null);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadErrorAsync(request, response, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                var retryable = request.Retry == RetryMode.Idempotent && HttpErrorMapper.IsTransient(status);
                throw new AttemptFailure(error, retryable, RetryAfter(response));
            }

            try
            {
                return await read(response, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
            {
                throw new AttemptFailure(TimedOut(request, exception), request.Retry == RetryMode.Idempotent && request.RetryBodyFailures, null);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                var retryable = request.Retry == RetryMode.Idempotent && request.RetryBodyFailures;
                throw new AttemptFailure(TransportErrorMapper.Map(exception, request, settings.DisplayEndpoint), retryable, null);
            }
        }
    }

    private HttpRequestMessage CreateMessage(ServerRequest request)
    {
        var message = new HttpRequestMessage(request.Method, settings.Resolve(request.RelativeUrl));
        message.Headers.UserAgent.Clear();
        message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        if (settings.ApiKey is not null)
        {
            // Sent on every route, the chat route included: harmless on the main server (no auth there) and
            // needed by the hosted service and the stand-alone OpenRouter server.
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + settings.ApiKey);
        }

        request.Configure?.Invoke(message);
        message.Content = request.CreateContent?.Invoke();
        return message;
    }

    private async Task<AceStepException> ReadErrorAsync(ServerRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? body;
        try
        {
            body = await BoundedBodyReader.ReadStringAsync(response.Content, MaxErrorBodyBytes, request.EndpointName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AceStepProtocolException or HttpRequestException or IOException)
        {
            // The status alone still tells what happened; an unreadable or huge error page adds nothing.
            body = null;
        }

        var status = (int)response.StatusCode;
        var mayStillRun = request.StartsWork && status == 504;
        var serverMessage = ServerMessageExtractor.Extract(body, response.Content.Headers.ContentType?.MediaType);
        if (HttpErrorMapper.ShowsNoAceStepApi(status, body) || (status == 404 && request.EveryServerHasRoute))
        {
            return HttpErrorMapper.WrongServer(status, serverMessage, request.EndpointName, settings.DisplayEndpoint);
        }

        return HttpErrorMapper.Create(status, serverMessage, request.EndpointName, mayStillRun);
    }

    private AceStepTimeoutException TimedOut(ServerRequest request, Exception exception)
    {
        var mayExist = request.StartsWork;
        var suffix = mayExist ? " The server may have accepted the request and started a job: check before submitting again." : string.Empty;
        var limit = request.Timeout == Timeout.InfiniteTimeSpan ? request.HeadersTimeout ?? request.Timeout : request.Timeout;
        return new AceStepTimeoutException(
            $"{request.EndpointName} to {settings.DisplayEndpoint} got no answer within {limit.TotalSeconds:0.#} s.{suffix}",
            new AceStepErrorDetails(request.EndpointName, JobMayStillRun: mayExist),
            innerException: exception);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        return header?.Delta;
    }
}
