using System.Net;
using System.Text;

namespace Site.Web.Html;

/// <summary>
/// Turns mentions of known terms in rendered HTML into links, in one pass over the text:
/// <list type="bullet">
/// <item>text inside links, headings, preformatted code, scripts and styles is never touched;</item>
/// <item>an inline &lt;code&gt; whose whole text is a term (`kubectl diff`) becomes a link;</item>
/// <item>each target is linked once per section (the first mention after each heading);</item>
/// <item>an existing link whose href the <c>hrefTarget</c> function recognises (an upstream issue)
///   keeps its href and gets a small extra link to the target right after it.</item>
/// </list>
/// Every target met is reported, linked or not, so pages can list what mentions them.
/// </summary>
public sealed class TermLinker<T>(
    TermTrie<T> terms,
    Func<T, string> href,
    Func<T, string> title,
    TermLinker<T>.HrefTarget hrefTarget,
    string extraLinkText,
    string linkClass = "xref") where T : class
{
    private static readonly HashSet<string> Untouchable = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "title", "textarea", "button", "kbd", "samp", "summary",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UntouchableByName = Untouchable.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Link(string html, ISet<T> mentioned, T? self = null)
    {
        var output = new StringBuilder(html.Length + (html.Length / 16));
        Link(html.AsSpan(), output, mentioned, self);
        return output.ToString();
    }

    /// <summary>Writes the linked HTML into <paramref name="output"/> (e.g. a builder reused page after page).</summary>
    public void Link(ReadOnlySpan<char> source, StringBuilder output, ISet<T> mentioned, T? self = null)
    {
        // Text runs and tags are read as spans of the page: nothing is copied but what is written.
        var linkedInSection = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var skipDepth = 0;
        T? pendingAfterAnchor = null;
        var i = 0;
        while (i < source.Length)
        {
            var next = source[i..].IndexOf('<');
            var lt = next < 0 ? -1 : i + next;
            var textEnd = lt < 0 ? source.Length : lt;
            if (textEnd > i)
            {
                var text = source[i..textEnd];
                if (skipDepth == 0)
                {
                    LinkText(text, output, mentioned, linkedInSection, self);
                }
                else
                {
                    output.Append(text);
                }
            }

            if (lt < 0)
            {
                break;
            }

            var gt = TagEnd(source, lt);
            var tag = source[lt..gt];
            var name = TagName(tag, out var closing);

            if (!closing && name.Equals("code", StringComparison.OrdinalIgnoreCase) && skipDepth == 0
                && TryLinkCode(source, gt, output, tag, mentioned, linkedInSection, self, out var after))
            {
                i = after;
                continue;
            }

            output.Append(tag);
            if (name.Length > 0 && UntouchableByName.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                var isAnchor = name is ['a' or 'A'];
                if (closing)
                {
                    skipDepth = Math.Max(0, skipDepth - 1);
                    if (isAnchor && pendingAfterAnchor is not null)
                    {
                        output.Append(" <a class=\"").Append(linkClass).Append(" xref-extra\" href=\"").Append(WebUtility.HtmlEncode(href(pendingAfterAnchor)))
                            .Append("\" title=\"").Append(WebUtility.HtmlEncode(title(pendingAfterAnchor))).Append("\">")
                            .Append(WebUtility.HtmlEncode(extraLinkText)).Append("</a>");
                        pendingAfterAnchor = null;
                    }
                }
                else
                {
                    skipDepth++;
                    if (name is ['h' or 'H', >= '1' and <= '6'])
                    {
                        linkedInSection.Clear();
                    }

                    if (isAnchor && FirstHref(tag) is { } range && hrefTarget(HtmlAttributeScanner.Decode(tag[range])) is { } known)
                    {
                        mentioned.Add(known);
                        pendingAfterAnchor = ReferenceEquals(known, self) ? null : known;
                    }
                }
            }

            i = gt;
        }

    }

    private void LinkText(ReadOnlySpan<char> text, StringBuilder output, ISet<T> mentioned, HashSet<T> linkedInSection, T? self)
    {
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            if (terms.LongestAt(text, i) is not { } match)
            {
                continue;
            }

            var target = match.Term.Target;
            mentioned.Add(target);
            if (ReferenceEquals(target, self) || !linkedInSection.Add(target))
            {
                i += match.Length - 1;
                continue;
            }

            output.Append(text[copied..i]);
            OpenLink(output, target).Append(text.Slice(i, match.Length)).Append("</a>");
            i += match.Length - 1;
            copied = i + 1;
        }

        output.Append(text[copied..]);
    }

    private bool TryLinkCode(ReadOnlySpan<char> html, int contentStart, StringBuilder output, ReadOnlySpan<char> openTag, ISet<T> mentioned, HashSet<T> linkedInSection, T? self, out int after)
    {
        after = contentStart;
        var closeOffset = html[contentStart..].IndexOf("</code>", StringComparison.OrdinalIgnoreCase);
        if (closeOffset < 0 || html.Slice(contentStart, closeOffset).Contains('<'))
        {
            return false;
        }

        var close = contentStart + closeOffset;
        var inner = WebUtility.HtmlDecode(html[contentStart..close].ToString());
        if (terms.LongestAt(inner, 0) is not { } match || match.Length != inner.Length)
        {
            return false;
        }

        var target = match.Term.Target;
        mentioned.Add(target);
        if (ReferenceEquals(target, self) || !linkedInSection.Add(target))
        {
            return false;
        }

        after = close + "</code>".Length;
        OpenLink(output, target).Append(openTag).Append(html[contentStart..close]).Append("</code></a>");
        return true;
    }

    // What follows is HTML already (text as it stood in the page, or a whole code element).
    private StringBuilder OpenLink(StringBuilder output, T target)
        => output.Append("<a class=\"").Append(linkClass).Append("\" href=\"").Append(WebUtility.HtmlEncode(href(target)))
            .Append("\" title=\"").Append(WebUtility.HtmlEncode(title(target))).Append("\">");

    private static int TagEnd(ReadOnlySpan<char> html, int lt)
    {
        if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = html[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
            return end < 0 ? html.Length : lt + 4 + end + 3;
        }

        var quote = '\0';
        for (var i = lt + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    /// <summary>The element name of a tag as written (compare it ignoring case).</summary>
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        closing = tag.Length > 1 && tag[1] == '/';
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[start..end];
    }

    /// <summary>The target an existing link's href (character references decoded) leads to, or null.</summary>
    public delegate T? HrefTarget(ReadOnlySpan<char> href);

    // Where the tag's first href value is, as written: no string for the hrefs of every link of every page.
    private static Range? FirstHref(ReadOnlySpan<char> tag)
    {
        var first = new FirstValue();
        HtmlAttributeScanner.Scan(tag, HrefName, ref first);
        return first.Found ? first.Start..(first.Start + first.Length) : null;
    }

    private struct FirstValue : IAttributeVisitor
    {
        public bool Found;
        public int Start;
        public int Length;

        public void Visit(ReadOnlySpan<char> tag, string name, ReadOnlySpan<char> value, int valueOffset)
        {
            if (!Found)
            {
                (Found, Start, Length) = (true, valueOffset, value.Length);
            }
        }
    }

    private static readonly string[] HrefName = ["href"];
}
