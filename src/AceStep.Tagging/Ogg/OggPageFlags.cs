namespace AceStep.Tagging.Ogg;

[Flags]
internal enum OggPageFlags : byte
{
    None = 0,

    /// <summary>The page starts with the rest of a packet begun on an earlier page.</summary>
    Continued = 1,

    /// <summary>The first page of a logical stream.</summary>
    BeginningOfStream = 2,

    /// <summary>The last page of a logical stream.</summary>
    EndOfStream = 4,
}
