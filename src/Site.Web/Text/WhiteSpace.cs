using System.Text;

namespace Site.Web.Text;

/// <summary>
/// Runs of white space folded to one space, none at either end: how a heading, a name or a
/// paragraph reads once its source line breaks and indentation are gone.
/// </summary>
public static class WhiteSpace
{
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var space = false;
        AppendCollapsed(text, result, ref space);
        return result.ToString();
    }

    /// <summary>The builder's text collapsed, read chunk by chunk so it is not copied into a string first.</summary>
    public static string Collapse(StringBuilder text)
    {
        // Headings, names and items by the hundred thousand: each thread reuses one result builder.
        var result = ScratchBuilder.Take(ref _result);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            AppendCollapsed(chunk.Span, result, ref space);
        }

        return result.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? _result;

    // A space is owed after white space and paid before the next other character, so trailing
    // white space never is; none is owed while the result is still empty.
    private static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder result, ref bool space)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
