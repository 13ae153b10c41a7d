namespace Site.Web.FrontMatter;

/// <summary>
/// YamlDotNet reports an unclosed flow collection or quote at the end of the input with an
/// InvalidOperationException and no position. This finds the first opening '[', '{' or quote that
/// is never closed, so the error can still point at a line and column (1-based).
/// </summary>
public static class UnclosedYaml
{
    public sealed record Problem(int Line, int Column, string What);

    /// <summary>The first unclosed bracket or quote, or null when everything opened is closed.</summary>
    public static Problem? Find(string yaml)
    {
        var (line, column, what) = Locate(yaml);
        return what == EndsUnexpectedly ? null : new Problem(line, column, what);
    }

    private const string EndsUnexpectedly = "the YAML ends unexpectedly";

    public static (int Line, int Column, string What) Locate(string yaml)
    {
        var open = new Stack<(char Bracket, int Line, int Column)>();
        char? quote = null;
        (int Line, int Column) quoteStart = default;
        var line = 1;
        var column = 0;
        foreach (var c in yaml)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                continue;
            }

            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' when open.Count > 0 || column == 1 || PreviousIsValueStart(yaml, line, column):
                    quote = c;
                    quoteStart = (line, column);
                    break;
                case '[' or '{':
                    open.Push((c, line, column));
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        if (quote is { } unclosed)
        {
            return (quoteStart.Line, quoteStart.Column, $"a {unclosed} quote is never closed");
        }

        if (open.Count > 0)
        {
            var first = open.Reverse().First();
            return (first.Line, first.Column, $"a '{first.Bracket}' is never closed");
        }

        return (line, Math.Max(1, column), EndsUnexpectedly);
    }

    // A quote opens a quoted scalar only where a value starts (after "key: " or "- "), not inside "it's".
    private static bool PreviousIsValueStart(string yaml, int line, int column)
    {
        var lineStart = 0;
        for (var l = 1; l < line; l++)
        {
            lineStart = yaml.IndexOf('\n', lineStart) + 1;
        }

        var before = yaml.AsSpan(lineStart, column - 1).TrimEnd();
        return before.EndsWith(":") || before.EndsWith("-") || before.EndsWith(",") || before.EndsWith("[") || before.Length == 0;
    }
}
