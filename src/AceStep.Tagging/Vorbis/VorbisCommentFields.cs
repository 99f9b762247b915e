using System.Globalization;
using AceStep.Lyrics.Formats;
using AceStep.Tagging.Flac;

namespace AceStep.Tagging.Vorbis;

/// <summary>
/// The Vorbis comment fields for a song (FLAC and Ogg Opus). Vorbis comments have no fixed field list, so the names
/// are the ones the widely used taggers and players read: KEY (MusicBrainz Picard) and INITIALKEY (Mp3tag, TagLib,
/// DJ software) both carry the key; LYRICS holds an LRC when the lines have times (players that understand LRC
/// scroll it) and the plain text otherwise; UNSYNCEDLYRICS keeps the plain text beside an LRC.
/// </summary>
internal static class VorbisCommentFields
{
    public const string PictureField = "METADATA_BLOCK_PICTURE";

    public static List<KeyValuePair<string, string>> Of(SongTags tags, bool withPicture)
    {
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                fields.Add(new(name, value));
            }
        }

        Add("TITLE", tags.Title);
        Add("ARTIST", tags.Artist);
        Add("ALBUM", tags.Album);
        Add("GENRE", tags.Genre);
        Add("BPM", tags.Bpm is > 0 and var bpm ? bpm.ToString(CultureInfo.InvariantCulture) : null);
        Add("KEY", tags.Key?.ToString());
        Add("INITIALKEY", tags.Key?.ToString());
        Add("COMMENT", tags.Caption);
        if (tags.HasTimedLines)
        {
            Add("LYRICS", LrcWriter.Write(tags.TimedLyrics!));
            Add("UNSYNCEDLYRICS", tags.PlainLyrics);
        }
        else
        {
            Add("LYRICS", tags.PlainLyrics);
        }

        foreach (var (name, value) in AceStepTagFields.Of(tags))
        {
            Add(name, value);
        }

        if (withPicture && tags.Cover is { } cover)
        {
            Add(PictureField, Convert.ToBase64String(FlacPicture.Build(cover)));
        }

        return fields;
    }
}
