using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using AceStep.Client.Errors;
using AceStep.Client.Transport;

namespace AceStep.Client.Audio;

/// <summary>
/// Downloads one generated file: streamed to a temporary file beside its destination, resumed with
/// <c>Range</c> after a dropped connection when the server answers 206, checked against the announced length
/// and the size cap, then named after its real format and renamed into place.
/// </summary>
internal sealed class AudioDownloader(RequestExecutor executor)
{
    private const string Endpoint = "GET /v1/audio";

    public async Task<SavedAudio> DownloadAsync(string fileUrl, AudioDestination destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var url = AudioFileUrl.Validate(fileUrl, Endpoint);
        PendingAudioFile.RequirePlainFileName(destination.FileStem);
        await using var pending = PendingAudioFile.Create(destination.Directory);
        var progress = new DownloadProgress();
        var request = new ServerRequest(HttpMethod.Get, url, Endpoint)
        {
            Timeout = executor.Settings.DownloadTimeout,
            Retry = RetryMode.Idempotent,
            RetryBodyFailures = false,
            Configure = message =>
            {
                if (progress.Written > 0)
                {
                    message.Headers.Range = new RangeHeaderValue(progress.Written, null);
                }
            },
        };

        var stalls = 0;
        while (true)
        {
            var before = progress.Written;
            try
            {
                await executor.SendAsync(
                    request,
                    async (response, token) =>
                    {
                        await ReceiveAsync(response, pending.Stream, progress, token).ConfigureAwait(false);
                        return true;
                    },
                    cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (LocalFileFailure failure)
            {
                failure.Rethrow();
            }
            catch (AceStepException error) when (error is AceStepUnreachableException or AceStepTimeoutException)
            {
                // A body that stopped after moving the file forward resumes at once; attempts that deliver
                // nothing back off and give up after the usual number of retries.
                if (progress.Written > before)
                {
                    stalls = 0;
                    continue;
                }

                if (++stalls > executor.Settings.Retry.MaxRetries)
                {
                    throw;
                }

                var delay = executor.Settings.Retry.DelayFor(stalls - 1, executor.Settings.Random, retryAfter: null);
                await Task.Delay(delay, executor.Settings.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        return await pending.CommitAsync(destination.FileStem, destination.Overwrite, Endpoint, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReceiveAsync(HttpResponseMessage response, FileStream file, DownloadProgress progress, CancellationToken cancellationToken)
    {
        await RejectNonAudioAsync(response, cancellationToken).ConfigureAwait(false);
        var expectedTotal = StartPosition(response, file, progress);
        var cap = executor.Settings.MaxAudioBytes;
        if (expectedTotal > cap)
        {
            throw TooLarge(cap);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (progress.Written + read > cap)
                {
                    throw TooLarge(cap);
                }

                await LocalFileFailure.GuardAsync(file.WriteAsync(buffer.AsMemory(0, read), cancellationToken)).ConfigureAwait(false);
                progress.Written += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (expectedTotal is { } total && progress.Written != total)
        {
            // A short body is a dropped connection: the retry resumes from here with a Range request.
            throw new IOException($"the download ended after {progress.Written} of {total} bytes");
        }
    }

    /// <summary>Positions the file for this response and returns the full file length the server announced, if any.</summary>
    private static long? StartPosition(HttpResponseMessage response, FileStream file, DownloadProgress progress)
    {
        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            var range = response.Content.Headers.ContentRange;
            if (range?.From != progress.Written)
            {
                throw new AceStepProtocolException($"{Endpoint}: the server resumed at byte {range?.From} instead of {progress.Written}.", new AceStepErrorDetails(Endpoint, 206));
            }

            file.Position = progress.Written;
            return range.Length;
        }

        // A full answer (the server ignored Range, or this is the first attempt): start over.
        file.SetLength(0);
        file.Position = 0;
        progress.Written = 0;
        return response.Content.Headers.ContentLength;
    }

    private static async Task RejectNonAudioAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !(mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        string? body = null;
        try
        {
            body = await BoundedBodyReader.ReadStringAsync(response.Content, 64 * 1024, Endpoint, cancellationToken).ConfigureAwait(false);
        }
        catch (AceStepProtocolException)
        {
            // Too large to quote; the media type alone says enough.
        }

        var said = ServerMessageExtractor.Extract(body, mediaType);
        throw new AceStepProtocolException(
            $"{Endpoint}: the server answered {mediaType} instead of audio{(said is null ? string.Empty : $" ({said})")}; nothing was saved.",
            new AceStepErrorDetails(Endpoint, (int)response.StatusCode, said));
    }

    private static AceStepProtocolException TooLarge(long cap) =>
        new($"{Endpoint}: the file is larger than the {cap / (1024 * 1024)} MiB allowed; nothing was saved.", new AceStepErrorDetails(Endpoint));

    private sealed class DownloadProgress
    {
        public long Written { get; set; }
    }
}
