using System.Buffers;
using System.Globalization;

namespace Site.Web.Slugs;

/// <summary>
/// The one slug algorithm of the site: the heading id GitHub gives a heading, exactly as doctoc
/// 2.5.0 (<c>--github</c>) computes it, so TOC links, page ids and the link checker agree.
/// Trimmed and lowercased (full Unicode); spaces become '-'; <c>%XX</c> escapes, ASCII
/// punctuation (except '-' and '_'), CJK punctuation and Latin-1 symbols are removed; a repeated
/// heading gets "-n"; then emoji and leftover markdown emphasis are removed. Letters of every
/// script (Chinese included) stay. For the per-document "-n" rule use <see cref="HeadingSlugger"/>.
/// </summary>
public static class GitHubSlug
{
    // Removed outright. '%' is here too: "%XX" escapes lose their two hex digits as well.
    private static readonly SearchValues<char> Removed = SearchValues.Create(
        "/\\?!%:[]`.,()*\"';{}+=<>~$|#@&\u2013\u2014"
        + "。？！，、；：“”【】（）〔〕［］﹃﹄‘’﹁﹂—…－～《》〈〉「」"
        + "¡¢£¤¥¦§¨©«¬®¯°±²³´¶·¸¹»¼½¾¿");

    private static readonly SearchValues<char> RemovedOrSpace = SearchValues.Create(
        " /\\?!%:[]`.,()*\"';{}+=<>~$|#@&\u2013\u2014"
        + "。？！，、；：“”【】（）〔〕［］﹃﹄‘’﹁﹂—…－～《》〈〉「」"
        + "¡¢£¤¥¦§¨©«¬®¯°±²³´¶·¸¹»¼½¾¿");

    /// <summary>
    /// The id of a heading whose text is <paramref name="headingText"/> (inline markdown as
    /// written), for its <paramref name="repetition"/>-th earlier occurrence (0: the first).
    /// </summary>
    public static string Slugify(string headingText, int repetition = 0)
    {
        ArgumentNullException.ThrowIfNull(headingText);
        ArgumentOutOfRangeException.ThrowIfNegative(repetition);
        var slug = RemovePunctuation(JsText.ToLower(JsText.Trim(headingText)));
        if (repetition > 0)
        {
            slug = string.Concat(slug, "-", repetition.ToString(CultureInfo.InvariantCulture));
        }

        return MarkdownRemnants.Strip(EmojiStripper.Strip(slug));
    }

    private static string RemovePunctuation(string text)
    {
        var first = text.AsSpan().IndexOfAny(RemovedOrSpace);
        if (first < 0)
        {
            return text;
        }

        var rented = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var buffer = rented is null ? stackalloc char[text.Length] : rented;
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            var length = first;
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ')
                {
                    buffer[length++] = '-';
                }
                else if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    i += 2;
                }
                else if (!Removed.Contains(c))
                {
                    buffer[length++] = c;
                }
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
