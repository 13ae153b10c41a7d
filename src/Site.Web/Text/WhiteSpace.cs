using System.Buffers;
using System.Text;

namespace Site.Web.Text;

/// <summary>
/// Runs of white space folded to one space, none at either end: how a heading, a name or a
/// paragraph reads once its source line breaks and indentation are gone.
/// </summary>
public static class WhiteSpace
{
    // Every character char.IsWhiteSpace accepts, found once at start-up by asking it of every UTF-16 unit.
    private static readonly char[] All = AllWhiteSpace();

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, for vectorized searches.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create(All);

    /// <summary>The same without the plain space: a collapsed text may hold single plain spaces only.</summary>
    private static readonly SearchValues<char> OtherThanSpace = SearchValues.Create(All.Where(c => c != ' ').ToArray());

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
    // Words are found as runs and appended whole: a character at a time was 1 % of a large build.
    private static void AppendCollapsed(ReadOnlySpan<char> text, StringBuilder result, ref bool space)
    {
        while (NextWord(ref text, ref space, result.Length > 0) is { IsEmpty: false } word)
        {
            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(word);
        }
    }

    /// <summary>
    /// Takes the next run of other characters off <paramref name="text"/>, skipping the white space
    /// before it; <paramref name="space"/> becomes <paramref name="afterText"/> when there was some
    /// (a space is owed only once something was written). Empty at the end of the text.
    /// </summary>
    public static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> text, ref bool space, bool afterText)
    {
        var start = text.IndexOfAnyExcept(Chars);
        if (start != 0 && !text.IsEmpty)
        {
            space = afterText;
        }

        if (start < 0)
        {
            text = default;
            return default;
        }

        text = text[start..];
        var end = text.IndexOfAny(Chars);
        var word = end < 0 ? text : text[..end];
        text = text[word.Length..];
        return word;
    }

    private static bool IsCollapsed(string text)
        => text.Length == 0
            || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
                && !text.AsSpan().ContainsAny(OtherThanSpace) && !text.Contains("  ", StringComparison.Ordinal));

    private static char[] AllWhiteSpace()
    {
        var chars = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c))
            {
                chars.Add(c);
            }
        }

        return [.. chars];
    }
}
