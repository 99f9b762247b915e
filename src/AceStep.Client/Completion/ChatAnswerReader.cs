using AceStep.Client.Audio;
using AceStep.Client.Completion.Wire;
using AceStep.Client.Json;

namespace AceStep.Client.Completion;

/// <summary>Reads a non-streaming chat answer: audio is decoded to temporary files as the body arrives.</summary>
internal static class ChatAnswerReader
{
    public const string Endpoint = "POST /v1/chat/completions";

    public static async Task<CompletionAnswer> ReadAsync(Stream body, DataUrlScanner scanner, CancellationToken cancellationToken)
    {
        await ReadAheadPump.PumpAsync(body, scanner.WriteAsync, cancellationToken).ConfigureAwait(false);

        var completion = JsonBody.Deserialize(scanner.Complete(), CompletionJsonContext.Default.ChatCompletion, Endpoint);
        var message = completion.Choices is { Count: > 0 } choices ? choices[0].Message : null;
        var audio = SelectAudio(message?.Audio, scanner);
        return new CompletionAnswer(completion.Id, message?.Content, audio, scanner.MediaTypes);
    }

    /// <summary>The decoded files referenced from <c>message.audio</c>, in order; anything else is a protocol error.</summary>
    public static List<PendingAudioFile> SelectAudio(List<ChatAudioPart>? parts, DataUrlScanner scanner)
    {
        var selected = new List<PendingAudioFile>();
        foreach (var part in parts ?? [])
        {
            var url = part.AudioUrl?.Url;
            if (url is null || !url.StartsWith(DataUrlScanner.PlaceholderPrefix, StringComparison.Ordinal)
                || !int.TryParse(url.AsSpan(DataUrlScanner.PlaceholderPrefix.Length), out var index)
                || index < 0 || index >= scanner.Files.Count)
            {
                throw new AceStepProtocolException(
                    $"{Endpoint}: an audio part is not a base64 data URL; nothing was saved.",
                    new AceStepErrorDetails(Endpoint));
            }

            selected.Add(scanner.Files[index]);
        }

        return selected;
    }

    public static ChatCompletion ParseChunk(byte[] json) =>
        JsonBody.Deserialize(json, CompletionJsonContext.Default.ChatCompletion, Endpoint);

    public static bool IsDone(byte[] payload) =>
        payload.AsSpan().Trim(" \r\n\t"u8).SequenceEqual("[DONE]"u8);
}
