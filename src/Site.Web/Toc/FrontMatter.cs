namespace Site.Web.Toc;

/// <summary>
/// Finds front matter as doctoc's parser does (remark-frontmatter with textlint's settings): on
/// the first line a fence alone (trailing spaces or tabs allowed), then lines up to the matching
/// closing fence. YAML <c>---</c>, TOML <c>+++</c>, and JSON as <c>;;;</c>, <c>---json</c> … <c>---</c>
/// or <c>{</c> … <c>}</c>. Without a closing fence there is no front matter.
/// </summary>
internal static class FrontMatter
{
    private static readonly (string Open, string Close)[] Fences =
    [
        ("---", "---"),
        ("---json", "---"),
        ("+++", "+++"),
        (";;;", ";;;"),
        ("{", "}"),
    ];

    /// <summary>The end (exclusive, before its line ending) of the closing fence, or -1.</summary>
    public static int FindEnd(string text)
    {
        foreach (var (open, close) in Fences)
        {
            var lineEnd = FenceLineEnd(text, 0, open);
            if (lineEnd < 0 || lineEnd == text.Length)
            {
                continue;
            }

            var position = SkipLineEnding(text, lineEnd);
            while (position < text.Length)
            {
                var closeEnd = FenceLineEnd(text, position, close);
                if (closeEnd >= 0)
                {
                    return closeEnd;
                }

                var endOfLine = EndOfLine(text, position);
                if (endOfLine == text.Length)
                {
                    break;
                }

                position = SkipLineEnding(text, endOfLine);
            }
        }

        return -1;
    }

    /// <summary>If the line at <paramref name="start"/> is the fence alone, where it ends; else -1.</summary>
    private static int FenceLineEnd(string text, int start, string fence)
    {
        if (start + fence.Length > text.Length || string.CompareOrdinal(text, start, fence, 0, fence.Length) != 0)
        {
            return -1;
        }

        var position = start + fence.Length;
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        return position == text.Length || IsLineEnding(text[position]) ? position : -1;
    }

    private static int EndOfLine(string text, int position)
    {
        while (position < text.Length && !IsLineEnding(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Skips the one line ending (CRLF, CR or LF) at <paramref name="position"/>.</summary>
    private static int SkipLineEnding(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            return position + 1 < text.Length && text[position + 1] == '\n' ? position + 2 : position + 1;
        }

        return position < text.Length && text[position] == '\n' ? position + 1 : position;
    }

    private static bool IsLineEnding(char c) => c is '\n' or '\r';
}
