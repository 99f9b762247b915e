using System.Globalization;
using System.Text;

namespace AceStep.Simulator.Wire;

/// <summary>Encodes a string as a JSON literal exactly like Python's json with <c>ensure_ascii=False</c>.</summary>
internal static class JsonStringLiteral
{
    public static byte[] Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
