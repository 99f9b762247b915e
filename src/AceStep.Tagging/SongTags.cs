using AceStep.Lyrics;

namespace AceStep.Tagging;

/// <summary>
/// What a saved song says about itself: the fields players show (title, artist, album, genre, BPM, key, lyrics,
/// cover) and the fields that reproduce it (seed, job id, models, caption). Null or empty fields are not written.
/// </summary>
public sealed record SongTags
{
    public string? Title { get; init; }

    public string? Artist { get; init; }

    public string? Album { get; init; }

    /// <summary>A free-text genre; <see cref="CaptionGenre.FromCaption"/> picks one from a caption.</summary>
    public string? Genre { get; init; }

    /// <summary>Beats per minute; written only when positive.</summary>
    public int? Bpm { get; init; }

    public MusicalKey? Key { get; init; }

    /// <summary>The plain lyrics. When null, the text of <see cref="TimedLyrics"/> (one line each) is used.</summary>
    public string? Lyrics { get; init; }

    /// <summary>Lines with their times: ID3 SYLT in MP3, WAV and AAC; an LRC in the Vorbis LYRICS field.</summary>
    public TimedLyrics? TimedLyrics { get; init; }

    public long? Seed { get; init; }

    public string? JobId { get; init; }

    /// <summary>The diffusion (DiT) model that made the audio.</summary>
    public string? DitModel { get; init; }

    /// <summary>The language model that planned the song, when one was used.</summary>
    public string? LmModel { get; init; }

    /// <summary>The caption (style prompt) the song was generated from.</summary>
    public string? Caption { get; init; }

    public CoverImage? Cover { get; init; }

    /// <summary>The plain lyrics to write: <see cref="Lyrics"/>, else the timed lines' text, else null.</summary>
    internal string? PlainLyrics =>
        !string.IsNullOrEmpty(Lyrics) ? Lyrics
        : TimedLyrics is { Lines.Count: > 0 } timed ? string.Join('\n', timed.Lines.Select(line => line.Text))
        : null;

    internal bool HasTimedLines => TimedLyrics is { Lines.Count: > 0 };
}
