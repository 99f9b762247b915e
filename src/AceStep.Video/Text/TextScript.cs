using System.Text;

namespace AceStep.Video.Text;

/// <summary>What the layout needs to know of a script: which characters break lines without spaces and which read right to left.</summary>
internal static class TextScript
{
    /// <summary>Han, kana and full-width forms: written without spaces, so a line may break between any two of them.</summary>
    public static bool BreaksAnywhere(Rune rune) => rune.Value switch
    {
        >= 0x3000 and <= 0x30FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => false,
    };

    /// <summary>Whether the first letter of <paramref name="text"/> belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko).</summary>
    public static bool IsRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeftLetter(rune))
            {
                return true;
            }

            if (Rune.IsLetter(rune))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRightToLeftLetter(Rune rune) => rune.Value switch
    {
        >= 0x0590 and <= 0x08FF => true,
        >= 0xFB1D and <= 0xFDFF => true,
        >= 0xFE70 and <= 0xFEFF => true,
        >= 0x10800 and <= 0x10FFF => true,
        >= 0x1E800 and <= 0x1EFFF => true,
        _ => false,
    };
}
