namespace AceStep.Tagging.Mpeg;

/// <summary>Tells whether bytes start with the first audio frame of a format.</summary>
internal delegate bool FrameRecogniser(ReadOnlySpan<byte> header);
