using System.Net.Http.Headers;
using System.Text;

namespace AceStep.Providers.Transport;

/// <summary>
/// Sends one logical request to a provider: the key in the provider's header (never the URL), a deadline on every
/// attempt from the injected clock, retries with backoff and jitter on 429, 5xx, timeouts and network failures
/// (transcription and image requests change nothing on the provider's side, so resending them is safe), and typed
/// errors with the provider's own message, the key removed.
/// </summary>
internal sealed class ProviderTransport : IDisposable
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    private readonly HttpClient http;
    private readonly ProviderSettings settings;
    private readonly bool ownsHttp;

    /// <param name="http">The caller's client (not disposed here), or null to make and own one.</param>
    public ProviderTransport(ProviderSettings settings, HttpClient? http)
    {
        this.settings = settings;
        ownsHttp = http is null;
        this.http = http ?? ProviderHttp.Create(settings);
    }

    public ProviderSettings Settings => settings;

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    public async Task<ProviderResponse> SendAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            AttemptFailure failure;
            try
            {
                return await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (AttemptFailure caught)
            {
                failure = caught;
            }

            var delay = failure.Retryable && attempt <= settings.MaxRetries ? settings.Retry.DelayFor(attempt - 1, failure.RetryAfter) : null;
            if (delay is null)
            {
                throw ProviderErrorFactory.Create(failure, settings, request.Operation, attempt);
            }

            await Task.Delay(delay.Value, settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ProviderResponse> SendOnceAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(settings.RequestTimeout, settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var message = CreateMessage(request);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ReadFailureAsync(response, linked.Token).ConfigureAwait(false);
            }

            var body = await BoundedBody.ReadAsync(response.Content, request.MaxResponseBytes, linked.Token).ConfigureAwait(false)
                ?? throw new ProviderProtocolException(
                    $"{settings.Identity.DisplayName} answered {request.Operation} with more than {ByteSize.Format(request.MaxResponseBytes)}; refusing to read it.",
                    new ProviderErrorDetails(settings.Identity.Name, request.Operation, (int)response.StatusCode));
            return new ProviderResponse(body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested)
        {
            throw AttemptFailure.FromTimeout(exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
        {
            // HttpClient's own timeout is off, so a cancellation here is a transport failure, not the caller's.
            throw AttemptFailure.FromNetwork(exception);
        }
    }

    private HttpRequestMessage CreateMessage(ProviderRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseAddress, request.RelativePath));
        message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation(settings.Identity.KeyHeader, settings.Identity.KeyPrefix + settings.ApiKey);
        message.Content = request.CreateContent();
        return message;
    }

    private async Task<AttemptFailure> ReadFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? body = null;
        try
        {
            var bytes = await BoundedBody.ReadAsync(response.Content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
            body = bytes is null ? null : Encoding.UTF8.GetString(bytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // The status alone still says what happened; an unreadable error page adds nothing.
        }

        var parsed = ErrorBodyReader.Read(body, response.Content.Headers.ContentType?.MediaType);
        var safe = parsed with { Message = parsed.Message is null ? null : TextExcerpt.OneLine(SecretRedactor.Redact(parsed.Message, settings.ApiKey)) };
        return AttemptFailure.FromStatus((int)response.StatusCode, safe, RetryAfter(response));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - settings.TimeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
