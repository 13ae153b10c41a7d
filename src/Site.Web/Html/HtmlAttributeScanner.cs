namespace Site.Web.Html;

/// <summary>
/// A small scanner that finds the attributes of start tags in HTML text — links (href, src) and
/// anchors (id, name) — without building a DOM. Every page is scanned after rendering, so it
/// works on spans and allocates only the values it returns. It understands comments, quoted and
/// unquoted values, and skips the contents of script and style elements; it decodes character
/// references in the values it returns.
/// </summary>
public static class HtmlAttributeScanner
{
    /// <summary>Adds to <paramref name="found"/> every attribute named in <paramref name="names"/> (lower case).</summary>
    public static void Scan(ReadOnlySpan<char> html, ReadOnlySpan<string> names, List<AttributeValue> found)
    {
        var collector = new Collector(found);
        Scan(html, names, ref collector);
    }

    /// <summary>
    /// Hands every attribute named in <paramref name="names"/> (lower case) to <paramref name="visitor"/>
    /// as spans of the HTML: nothing is copied unless the visitor copies it. Values are as written
    /// (see <see cref="Decode"/>); tag names as written, in any case.
    /// </summary>
    public static void Scan<TVisitor>(ReadOnlySpan<char> html, ReadOnlySpan<string> names, ref TVisitor visitor)
        where TVisitor : struct, IAttributeVisitor
    {
        var i = 0;
        while (i < html.Length)
        {
            var next = html[i..].IndexOf('<');
            if (next < 0)
            {
                return;
            }

            var lt = i + next;
            if (lt + 1 >= html.Length)
            {
                return;
            }

            if (html[lt..].StartsWith("<!--"))
            {
                var end = html[(lt + 4)..].IndexOf("-->");
                i = end < 0 ? html.Length : lt + 4 + end + 3;
                continue;
            }

            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = lt + 1;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var tag = html[(lt + 1)..nameEnd];
            i = ReadAttributes(html, nameEnd, tag, names, ref visitor);
            if (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html[i..].IndexOf(tag.Length == 6 ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : i + close;
            }
        }
    }

    /// <summary>The same for a string, returning what it found.</summary>
    public static List<AttributeValue> Scan(string html, params string[] names)
    {
        var found = new List<AttributeValue>();
        Scan(html.AsSpan(), names, found);
        return found;
    }

    private static int ReadAttributes<TVisitor>(ReadOnlySpan<char> html, int i, ReadOnlySpan<char> tag, ReadOnlySpan<string> names, ref TVisitor visitor)
        where TVisitor : struct, IAttributeVisitor
    {
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return i;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = html[nameStart..i];
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            int valueStart, valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                var close = html[valueStart..].IndexOf(quote);
                if (close < 0)
                {
                    return html.Length;
                }

                valueEnd = valueStart + close;
                i = valueEnd + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            if (Wanted(name, names) is { } wanted)
            {
                visitor.Visit(tag, wanted, html[valueStart..valueEnd], valueStart);
            }
        }

        return i;
    }

    private static string? Wanted(ReadOnlySpan<char> name, ReadOnlySpan<string> names)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A value as a browser reads it: character references decoded (a new string only when there are any).</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<char> value) => value.Contains('&') ? DecodeUrlEntities(value) : value;

    // The list-making visitor behind the list overloads.
    private readonly struct Collector(List<AttributeValue> found) : IAttributeVisitor
    {
        public void Visit(ReadOnlySpan<char> tag, string name, ReadOnlySpan<char> value, int valueOffset)
            => found.Add(new AttributeValue(tag.ToString().ToLowerInvariant(), name, DecodeUrlEntities(value), valueOffset));
    }

    /// <summary>Decodes the character references that occur in attribute values written by HTML encoders.</summary>
    public static string DecodeUrlEntities(ReadOnlySpan<char> value)
        => value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value.ToString()) : value.ToString();
}

/// <summary>Receives the wanted attributes of <see cref="HtmlAttributeScanner"/> as spans of the HTML.</summary>
public interface IAttributeVisitor
{
    /// <param name="tag">The element's name as written.</param>
    /// <param name="name">The attribute's name, as the caller spelled it (lower case).</param>
    /// <param name="value">The value as written (character references not decoded).</param>
    /// <param name="valueOffset">Where the value starts in the HTML.</param>
    void Visit(ReadOnlySpan<char> tag, string name, ReadOnlySpan<char> value, int valueOffset);
}
