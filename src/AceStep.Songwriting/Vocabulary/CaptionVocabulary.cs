namespace AceStep.Songwriting.Vocabulary;

/// <summary>The words that show which dimensions a caption covers (instruments come from <see cref="InstrumentVocabulary"/>).</summary>
internal static class CaptionVocabulary
{
    public static IReadOnlyDictionary<CaptionDimension, string[]> Terms { get; } = new Dictionary<CaptionDimension, string[]>
    {
        [CaptionDimension.Genre] =
        [
            "pop", "rock", "jazz", "electronic", "edm", "hip hop", "hip-hop", "rap", "r&b", "rnb", "soul", "funk", "folk",
            "country", "classical", "lo-fi", "lofi", "synthwave", "synth-pop", "house", "techno", "trance", "dubstep",
            "drum and bass", "metal", "punk", "indie", "blues", "reggae", "latin", "k-pop", "j-pop", "c-pop", "ballad",
            "disco", "gospel", "ambient", "orchestral", "cinematic", "trap", "grunge", "bossa nova", "swing", "bluegrass",
            "emo", "shoegaze", "dream pop", "city pop", "afrobeat", "afrobeats", "reggaeton", "opera", "waltz", "lullaby",
            "chiptune", "soundtrack", "anthem", "hardcore", "drill", "garage", "downtempo", "chillwave", "vaporwave",
        ],
        [CaptionDimension.Emotion] =
        [
            "melancholic", "uplifting", "energetic", "dreamy", "dark", "nostalgic", "euphoric", "intimate", "sad", "happy",
            "joyful", "romantic", "emotional", "hopeful", "angry", "aggressive", "calm", "peaceful", "chill", "playful",
            "epic", "bittersweet", "haunting", "moody", "tender", "cheerful", "somber", "triumphant", "mellow", "upbeat",
            "anthemic", "heartfelt", "longing", "lonely", "fierce", "serene", "soothing", "mysterious", "tense", "gentle",
        ],
        [CaptionDimension.Timbre] =
        [
            "warm", "bright", "crisp", "muddy", "airy", "punchy", "lush", "raw", "polished", "gritty", "smooth", "clean",
            "distorted", "fuzzy", "glossy", "atmospheric", "spacious", "deep", "heavy", "soft", "shimmering", "dusty",
        ],
        [CaptionDimension.Era] =
        [
            "50s", "60s", "70s", "80s", "90s", "2000s", "2010s", "2020s", "1950s", "1960s", "1970s", "1980s", "1990s",
            "vintage", "retro", "modern", "old school", "y2k",
        ],
        [CaptionDimension.Production] =
        [
            "lo-fi", "hi-fi", "high-fidelity", "live", "live recording", "studio-polished", "studio", "bedroom pop",
            "analog", "minimal", "minimalist", "layered", "reverb", "tape", "sidechain", "wall of sound", "unplugged",
        ],
        [CaptionDimension.Vocals] = VocalVocabulary.CaptionVocals,
        [CaptionDimension.TempoFeel] =
        [
            "slow", "mid-tempo", "fast-paced", "fast", "groovy", "driving", "laid-back", "uptempo", "downtempo", "bouncy",
            "slow tempo", "swaying", "steady",
        ],
        [CaptionDimension.Structure] =
        [
            "building intro", "catchy chorus", "dramatic bridge", "fade-out ending", "fade out", "build-up", "drop",
            "building to", "builds to", "crescendo", "big chorus", "outro", "intro",
        ],
    };
}
