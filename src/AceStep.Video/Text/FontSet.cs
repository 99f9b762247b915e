using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace AceStep.Video.Text;

/// <summary>
/// The fonts a render draws with: a main face (the font file given, else the first installed family of a short list
/// of clean sans-serifs) and, for characters it lacks, the machine's fonts. Those are found through Skia's font manager,
/// which asks fontconfig on Linux (the database <c>fc-list</c> and <c>fc-match</c> read), DirectWrite on Windows and
/// Core Text on macOS, preferring the CJK families the old renderer listed. Answers are cached per character.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly string[] MainFamilies =
        ["Inter", "Noto Sans", "Roboto", "Open Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"];

    private static readonly string[] FallbackFamilies =
    [
        "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR", "Source Han Sans SC",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei", "SimHei",
        "Hiragino Sans GB", "PingFang SC", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans Arabic", "Noto Sans Hebrew",
    ];

    private readonly bool useSystemFonts;
    private readonly List<SKTypeface> fallbacks = [];
    private readonly Dictionary<int, SKTypeface?> byCodepoint = [];
    private readonly Dictionary<SKTypeface, SKShaper> shapers = [];
    private readonly Dictionary<SKTypeface, SKTypeface> boldFaces = [];
    private readonly Lock gate = new();

    private FontSet(SKTypeface main, bool useSystemFonts)
    {
        Main = main;
        this.useSystemFonts = useSystemFonts;
        if (useSystemFonts)
        {
            foreach (var family in FallbackFamilies)
            {
                if (SKFontManager.Default.MatchFamily(family) is { } typeface && !fallbacks.Any(face => face.FamilyName == typeface.FamilyName))
                {
                    fallbacks.Add(typeface);
                }
            }
        }
    }

    public SKTypeface Main { get; }

    /// <exception cref="FontUnreadableException">The font file is missing or not a font.</exception>
    public static FontSet Load(string? fontFile, bool useSystemFonts)
    {
        if (fontFile is not null)
        {
            if (!File.Exists(fontFile))
            {
                throw new FontUnreadableException(fontFile, "there is no such file");
            }

            var typeface = SKTypeface.FromFile(fontFile) ?? throw new FontUnreadableException(fontFile, "it is not a font Skia can read");
            return new FontSet(typeface, useSystemFonts);
        }

        var main = useSystemFonts
            ? MainFamilies.Select(family => SKFontManager.Default.MatchFamily(family)).FirstOrDefault(face => face is not null)
            : null;
        return new FontSet(main ?? SKTypeface.Default, useSystemFonts);
    }

    /// <summary>The face that draws <paramref name="codepoint"/>: the main one when it can, else a fallback; null when none can.</summary>
    public SKTypeface? FaceFor(int codepoint)
    {
        lock (gate)
        {
            if (!byCodepoint.TryGetValue(codepoint, out var face))
            {
                face = Find(codepoint);
                byCodepoint[codepoint] = face;
            }

            return face;
        }
    }

    /// <summary>The bold face of the same family, or the face itself when the family has none (it is then emboldened when drawn).</summary>
    public SKTypeface BoldOf(SKTypeface face)
    {
        lock (gate)
        {
            if (!boldFaces.TryGetValue(face, out var bold))
            {
                var match = face.FontWeight >= (int)SKFontStyleWeight.SemiBold || !useSystemFonts
                    ? null
                    : SKFontManager.Default.MatchFamily(face.FamilyName, SKFontStyle.Bold);
                bold = match is not null && match.FamilyName == face.FamilyName ? match : face;
                boldFaces[face] = bold;
            }

            return bold;
        }
    }

    public SKShaper ShaperFor(SKTypeface face)
    {
        lock (gate)
        {
            if (!shapers.TryGetValue(face, out var shaper))
            {
                shaper = new SKShaper(face);
                shapers[face] = shaper;
            }

            return shaper;
        }
    }

    /// <summary>The characters of <paramref name="text"/> that no face covers (each once), in order of appearance.</summary>
    public IReadOnlyList<Rune> Uncovered(string text)
    {
        var missing = new List<Rune>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsInvisible(rune) && FaceFor(rune.Value) is null && !missing.Contains(rune))
            {
                missing.Add(rune);
            }
        }

        return missing;
    }

    public void Dispose()
    {
        foreach (var shaper in shapers.Values)
        {
            shaper.Dispose();
        }
    }

    internal static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format;

    private SKTypeface? Find(int codepoint)
    {
        if (Covers(Main, codepoint))
        {
            return Main;
        }

        if (!useSystemFonts)
        {
            return null;
        }

        foreach (var face in fallbacks)
        {
            if (Covers(face, codepoint))
            {
                return face;
            }
        }

        var match = SKFontManager.Default.MatchCharacter(codepoint);
        if (match is not null && Covers(match, codepoint))
        {
            fallbacks.Add(match);
            return match;
        }

        return null;
    }

    private static bool Covers(SKTypeface face, int codepoint)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyph(codepoint);
    }
}
