namespace Site.Web.Html;

/// <summary>
/// A small, allocation-light scanner that finds the attributes of start tags in HTML text — links
/// (href, src) and anchors (id, name) — without building a DOM. Pages are scanned after they are
/// rendered, thousands at a time, so a full parser would dominate the link check. It understands
/// comments, quoted and unquoted values, and skips the contents of script and style elements;
/// it does not decode entities other than the few that appear in URLs (&amp; and numeric ones).
/// </summary>
public static class HtmlAttributeScanner
{
    public static IEnumerable<AttributeValue> Scan(string html, Func<string, bool> wantAttribute)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                yield break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
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

            var tag = html[(lt + 1)..nameEnd].ToLowerInvariant();
            var attributes = new List<AttributeValue>();
            i = ReadAttributes(html, nameEnd, tag, wantAttribute, attributes);
            foreach (var attribute in attributes)
            {
                yield return attribute;
            }

            if (tag is "script" or "style")
            {
                var close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
    }

    private static int ReadAttributes(string html, int i, string tag, Func<string, bool> want, List<AttributeValue> found)
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
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0)
                {
                    return html.Length;
                }

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

            if (want(name))
            {
                found.Add(new AttributeValue(tag, name.ToLowerInvariant(), DecodeUrlEntities(html[valueStart..valueEnd]), valueStart));
            }
        }

        return i;
    }

    /// <summary>Decodes the character references that occur in attribute values written by HTML encoders.</summary>
    public static string DecodeUrlEntities(string value)
        => value.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(value) : value;
}
