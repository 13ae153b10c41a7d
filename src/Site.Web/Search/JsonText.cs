using System.Globalization;
using System.Text;

namespace Site.Web.Search;

/// <summary>
/// JSON string literals: quote, backslash and control characters escaped as JSON.stringify does,
/// lone surrogates as \u escapes (UTF-8 cannot carry them), and '&lt;', '&gt;', '&amp;', U+2028,
/// U+2029 as \u escapes too, so the files stay inert even if something serves them as HTML.
/// </summary>
public static class JsonText
{
    // Everything that is not copied as is: a string without any of these is quoted in one copy.
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\<>&\u2028\u2029"
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    public static string Quote(string? value)
        => value is null ? "null" : AppendQuoted(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <paramref name="value"/> as a JSON string literal (or null) to <paramref name="json"/>.</summary>
    public static StringBuilder AppendQuoted(StringBuilder json, string? value)
    {
        if (value is null)
        {
            return json.Append("null");
        }

        json.Append('"');

        // Runs of plain characters are copied whole; only the special ones are looked at one by one.
        var rest = value.AsSpan();
        while (rest.IndexOfAny(Special) is var next and >= 0)
        {
            json.Append(rest[..next]);
            var c = rest[next];
            var used = 1;
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    Escape(json, c);
                    break;
                default:
                    // A surrogate: a well-formed pair is copied, a lone one escaped.
                    if (char.IsHighSurrogate(c) && next + 1 < rest.Length && char.IsLowSurrogate(rest[next + 1]))
                    {
                        json.Append(c).Append(rest[next + 1]);
                        used = 2;
                    }
                    else
                    {
                        Escape(json, c);
                    }

                    break;
            }

            rest = rest[(next + used)..];
        }

        json.Append(rest);
        return json.Append('"');
    }

    private static void Escape(StringBuilder json, char c)
        => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
