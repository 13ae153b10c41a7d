namespace Site.Web.Markdown;

/// <summary>
/// Finds markdown nested deeper than the parser's limit before the parser sees it. Markdig's block
/// parser does work proportional to the nesting depth on every line, and its own limit fires only
/// after that work (a list nested 3,200 levels deep takes minutes). One linear pass over the
/// lines estimates each line's depth — blockquote markers, list markers, and indentation (two
/// columns per list level) — and names the first line that goes too deep.
/// </summary>
public static class NestingGuard
{
    public sealed record TooDeep(int Line, int Column, int Depth);

    public static TooDeep? Check(string text, int limit)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var (depth, column) = DepthOf(text.AsSpan(start, end - start));
            if (depth > limit)
            {
                return new TooDeep(line, column, depth);
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    private static (int Depth, int Column) DepthOf(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var width = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width += 4 - (width % 4);
            }
            else if (c == '>' || (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' '))
            {
                // A marker opens a level; the one space after it belongs to the marker, not to indentation.
                depth++;
                if (i + 1 < line.Length && line[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                break;
            }

            i++;
        }

        return (depth + (width / 2), i + 1);
    }
}
