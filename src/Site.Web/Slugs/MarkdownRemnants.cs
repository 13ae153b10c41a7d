using System.Text.RegularExpressions;

namespace Site.Web.Slugs;

/// <summary>
/// The last step of doctoc's anchors runs the slug through remove-markdown. By then spaces are
/// dashes and the markdown punctuation is gone, so only four of its rules can still change a
/// slug: horizontal rules and list bullets made of '-' or '_' at a line start, a slug that is all
/// dashes (a setext underline), and '_' emphasis. The patterns follow JavaScript semantics:
/// JavaScript's whitespace set, '.' stopping at any line terminator, '$' only at the very end.
/// </summary>
internal static partial class MarkdownRemnants
{
    private const string JsSpace = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
    private const string JsLineStart = @"(?<=^|[\n\r\u2028\u2029])";

    public static string Strip(string slug)
    {
        if (!MayChange(slug))
        {
            return slug;
        }

        var text = HorizontalRule().Replace(slug, string.Empty);
        text = ListBullet().Replace(text, "$1");
        text = SetextUnderline().Replace(text, string.Empty);
        return UnderscoreEmphasis().Replace(text, "$1$3$4$5");
    }

    // The four rules need a '_' or a line that starts (after whitespace) with '-'.
    private static bool MayChange(string slug)
    {
        if (slug.Contains('_', StringComparison.Ordinal))
        {
            return true;
        }

        var atLineStart = true;
        foreach (var c in slug)
        {
            if (atLineStart && c == '-')
            {
                return true;
            }

            atLineStart = JsText.IsWhiteSpace(c) && (atLineStart || JsText.IsLineTerminator(c));
        }

        return false;
    }

    [GeneratedRegex(JsLineStart + @" {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|(?=[\n\r\u2028\u2029]|\z))", RegexOptions.CultureInvariant)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(JsLineStart + "([" + JsSpace + "]*)(?:[*+-]|[0-9]+\\.)[" + JsSpace + "]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"\A[=-]{2,}[" + JsSpace + @"]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"(\A|[^A-Za-z0-9_])(_+)([^" + JsSpace + @"])([^\n\r\u2028\u2029]*?[^" + JsSpace + @"])??\2(\z|[^A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoreEmphasis();
}
