using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AceStep.Providers.Transport;

/// <summary>Turns untrusted text (an error page, a model's words) into one short, printable line.</summary>
internal static partial class TextExcerpt
{
    public const int MaxLength = 300;

    public static string OneLine(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                return builder.ToString().TrimEnd() + "…";
            }

            // Control and format characters (terminal escapes, bidi overrides) never reach a message.
            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    /// <summary>The visible text of an HTML page: its title, then its body text without scripts, styles and tags.</summary>
    public static string FromHtml(string html)
    {
        var title = TitleElement().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
        var withoutCode = ScriptOrStyle().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tag().Replace(withoutCode, " "));
        var visible = OneLine(text, 160);
        if (title is { Length: > 0 })
        {
            var body = visible.StartsWith(title, StringComparison.Ordinal) ? visible[title.Length..].Trim() : visible;
            return body.Length == 0 ? OneLine(title, 160) : $"{OneLine(title, 160)} — {body}";
        }

        return visible;
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
