namespace AceStep.Client.Native.Wire;

/// <summary><c>data</c> of the <c>POST /v1/transcribe</c> envelope.</summary>
internal sealed class TranscribeData
{
    public List<TranscribeWord>? Words { get; set; }

    public string? LrcText { get; set; }

    public string? LyricsText { get; set; }
}

/// <summary>One of Whisper's words as the server passes them on.</summary>
internal sealed class TranscribeWord
{
    public string? Word { get; set; }

    public double? Start { get; set; }

    public double? End { get; set; }
}
