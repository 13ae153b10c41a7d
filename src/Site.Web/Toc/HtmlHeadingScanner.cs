using System.Net;

namespace Site.Web.Toc;

/// <summary>
/// Finds the HTML headings (<c>&lt;h1&gt;</c>…) in the top-level HTML blocks of a document with
/// doctoc's rules, which read HTML through an htmlparser2 event stream: a heading keeps only the
/// text on the line of its opening tag (text on a later line drops the heading but not what it
/// gathered so far, which then starts the next heading), nothing inside <c>&lt;pre&gt;</c> counts,
/// and entities are decoded. Comments, declarations and processing instructions are skipped.
/// </summary>
internal sealed class HtmlHeadingScanner
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
        "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private readonly List<HtmlHeading> _headings = [];
    private readonly List<string> _openElements = [];
    private readonly List<(string Tag, int Line, string? Id)> _grabbing = [];
    private List<string> _text = [];
    private int _line = 1;

    private HtmlHeadingScanner()
    {
    }

    public static IReadOnlyList<HtmlHeading> Scan(string html)
    {
        var scanner = new HtmlHeadingScanner();
        scanner.Tokenize(html);
        for (var i = scanner._openElements.Count - 1; i >= 0; i--)
        {
            scanner.OnCloseTag(scanner._openElements[i]);
        }

        return scanner._headings;
    }

    private void Tokenize(string html)
    {
        var textStart = 0;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<' || i + 1 >= html.Length)
            {
                i++;
                continue;
            }

            var markupEnd = MarkupEnd(html, i);
            if (markupEnd < 0)
            {
                i++;
                continue;
            }

            EmitText(html, textStart, i);
            HandleMarkup(html, i, markupEnd);
            i = markupEnd;
            textStart = i;
        }

        EmitText(html, textStart, html.Length);
    }

    /// <summary>Where the tag, comment or declaration at <paramref name="start"/> ends, or -1 if it is text.</summary>
    private static int MarkupEnd(string html, int start)
    {
        var next = html[start + 1];
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        if (next is '!' or '?' || char.IsAsciiLetter(next) || (next == '/' && start + 2 < html.Length && char.IsAsciiLetter(html[start + 2])))
        {
            return TagEnd(html, start + 1);
        }

        return -1;
    }

    // Quoted attribute values may hold '>'.
    private static int TagEnd(string html, int position)
    {
        char quote = '\0';
        for (var i = position; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && i > 0 && html[i - 1] == '=')
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

    private void HandleMarkup(string html, int start, int end)
    {
        var next = html[start + 1];
        if (next is '!' or '?')
        {
            return;
        }

        var closing = next == '/';
        var nameStart = closing ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < end && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            nameEnd++;
        }

        var name = html[nameStart..nameEnd].ToLowerInvariant();
        if (closing)
        {
            CloseElement(name);
            return;
        }

        OnOpenTag(name, IdAttribute(html, nameEnd, end));
        if (VoidElements.Contains(name))
        {
            OnCloseTag(name);
        }
        else
        {
            _openElements.Add(name);
        }
    }

    private void CloseElement(string name)
    {
        var index = _openElements.LastIndexOf(name);
        if (index < 0)
        {
            return;
        }

        for (var i = _openElements.Count - 1; i >= index; i--)
        {
            OnCloseTag(_openElements[i]);
            _openElements.RemoveAt(i);
        }
    }

    private static string? IdAttribute(string html, int position, int end)
    {
        while (position < end)
        {
            while (position < end && html[position] is ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                position++;
            }

            var nameStart = position;
            while (position < end && html[position] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '='))
            {
                position++;
            }

            var name = html[nameStart..position];
            if (name.Length == 0)
            {
                return null;
            }

            string? value = null;
            if (position < end && html[position] == '=')
            {
                position++;
                value = ReadAttributeValue(html, ref position, end);
            }

            if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.HtmlDecode(value ?? string.Empty);
            }
        }

        return null;
    }

    private static string ReadAttributeValue(string html, ref int position, int end)
    {
        if (position < end && html[position] is '"' or '\'')
        {
            var quote = html[position];
            var close = html.IndexOf(quote, position + 1);
            close = close < 0 || close > end ? end : close;
            var quoted = html[(position + 1)..close];
            position = Math.Min(close + 1, end);
            return quoted;
        }

        var start = position;
        while (position < end && html[position] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
        {
            position++;
        }

        return html[start..position];
    }

    // Entities arrive as pieces of their own, as htmlparser2 delivers them.
    private void EmitText(string html, int start, int end)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (html[i] != '&')
            {
                continue;
            }

            var entityEnd = EntityEnd(html, i, end);
            if (entityEnd < 0)
            {
                continue;
            }

            var decoded = WebUtility.HtmlDecode(html[i..entityEnd]);
            if (decoded == html[i..entityEnd])
            {
                continue;
            }

            OnText(html[pieceStart..i]);
            OnText(decoded);
            i = entityEnd - 1;
            pieceStart = entityEnd;
        }

        OnText(html[pieceStart..end]);
    }

    private static int EntityEnd(string html, int start, int end)
    {
        var i = start + 1;
        if (i < end && html[i] == '#')
        {
            i++;
            if (i < end && html[i] is 'x' or 'X')
            {
                i++;
            }
        }

        while (i < end && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        return i < end && html[i] == ';' && i > start + 1 ? i + 1 : -1;
    }

    private void OnOpenTag(string name, string? id)
    {
        if (_grabbing.Count > 0 && _grabbing[^1].Tag == "pre")
        {
            return;
        }

        if (name == "pre" || IsHeadingName(name))
        {
            _grabbing.Add((name, _line, id));
        }
    }

    private void OnText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        _line += text.AsSpan().Count('\n');
        if (_grabbing.Count == 0 || _grabbing[^1].Tag == "pre")
        {
            return;
        }

        if (_line == _grabbing[^1].Line)
        {
            _text.Add(text);
        }
        else
        {
            _grabbing.RemoveAt(_grabbing.Count - 1);
        }
    }

    private void OnCloseTag(string name)
    {
        if (_grabbing.Count == 0 || _grabbing[^1].Tag != name)
        {
            return;
        }

        var (tag, _, id) = _grabbing[^1];
        _grabbing.RemoveAt(_grabbing.Count - 1);
        _headings.Add(new HtmlHeading(LevelOf(tag), _text, id));
        _text = [];
    }

    // doctoc grabs every tag whose name contains 'h' and a digit.
    private static bool IsHeadingName(string name)
    {
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (name[i] == 'h' && char.IsAsciiDigit(name[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // parseInt of the name after its first letter; 0 stands for "not a number".
    private static int LevelOf(string tag)
    {
        var level = 0;
        var i = 1;
        while (i < tag.Length && char.IsAsciiDigit(tag[i]) && level < 1000)
        {
            level = (level * 10) + (tag[i] - '0');
            i++;
        }

        return i == 1 ? 0 : level;
    }
}
