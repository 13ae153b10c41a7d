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
    Func<string, T?> hrefTarget,
    string extraLinkText,
    string linkClass = "xref") where T : class
{
    private static readonly HashSet<string> Untouchable = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "title", "textarea", "button", "kbd", "samp", "summary",
    };

    public string Link(string html, ISet<T> mentioned, T? self = null)
    {
        var output = new StringBuilder(html.Length + (html.Length / 16));
        Link(html, output, mentioned, self);
        return output.ToString();
    }

    /// <summary>Writes the linked HTML into <paramref name="output"/> (e.g. a builder reused page after page).</summary>
    public void Link(string html, StringBuilder output, ISet<T> mentioned, T? self = null)
    {
        var linkedInSection = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var skipDepth = 0;
        T? pendingAfterAnchor = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                var text = html[i..textEnd];
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

            var gt = TagEnd(html, lt);
            var tag = html[lt..gt];
            var (name, closing) = TagName(tag);

            if (!closing && name == "code" && skipDepth == 0 && TryLinkCode(html, gt, output, tag, mentioned, linkedInSection, self, out var after))
            {
                i = after;
                continue;
            }

            output.Append(tag);
            if (name.Length > 0 && Untouchable.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal))
            {
                if (closing)
                {
                    skipDepth = Math.Max(0, skipDepth - 1);
                    if (name == "a" && pendingAfterAnchor is not null)
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
                    if (name is ['h', >= '1' and <= '6'])
                    {
                        linkedInSection.Clear();
                    }

                    if (name == "a" && AnchorHref(tag) is { } target && hrefTarget(target) is { } known)
                    {
                        mentioned.Add(known);
                        pendingAfterAnchor = ReferenceEquals(known, self) ? null : known;
                    }
                }
            }

            i = gt;
        }

    }

    private void LinkText(string text, StringBuilder output, ISet<T> mentioned, HashSet<T> linkedInSection, T? self)
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

            output.Append(text, copied, i - copied);
            AppendLink(output, target, text.Substring(i, match.Length));
            i += match.Length - 1;
            copied = i + 1;
        }

        output.Append(text, copied, text.Length - copied);
    }

    private bool TryLinkCode(string html, int contentStart, StringBuilder output, string openTag, ISet<T> mentioned, HashSet<T> linkedInSection, T? self, out int after)
    {
        after = contentStart;
        var close = html.IndexOf("</code>", contentStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0 || html.IndexOf('<', contentStart, close - contentStart) >= 0)
        {
            return false;
        }

        var inner = WebUtility.HtmlDecode(html[contentStart..close]);
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
        AppendLink(output, target, openTag + html[contentStart..close] + "</code>");
        return true;
    }

    // The content is HTML already (text as it stood in the page, or a whole code element).
    private void AppendLink(StringBuilder output, T target, string content)
    {
        output.Append("<a class=\"").Append(linkClass).Append("\" href=\"").Append(WebUtility.HtmlEncode(href(target)))
            .Append("\" title=\"").Append(WebUtility.HtmlEncode(title(target))).Append("\">")
            .Append(content).Append("</a>");
    }

    private static int TagEnd(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
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

    private static (string Name, bool Closing) TagName(string tag)
    {
        var start = tag.Length > 1 && tag[1] == '/' ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return (tag[start..end].ToLowerInvariant(), start == 2);
    }

    private static string? AnchorHref(string tag)
        => HtmlAttributeScanner.Scan(tag, "href").Select(a => a.Value).FirstOrDefault();
}
