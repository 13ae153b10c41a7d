using System.Text.RegularExpressions;

namespace Site.Web.Slugs;

/// <summary>
/// Gives the headings of one document their anchors in document order, with doctoc's rule for
/// repeats: the second "Usage" is <c>usage-1</c>, the third <c>usage-2</c>. A heading ending in
/// <c>{#id}</c> (or kramdown's <c>{:#id}</c>) takes that id. Create one per document; not
/// thread-safe.
/// </summary>
/// <remarks>
/// Repeats are counted the way doctoc counts them, quirks included, because the TOC it writes
/// must match byte for byte: the count is keyed on the text between the first two '#' of the
/// markdown link (normally the encoded id, but something else when the heading text holds a
/// '#'), and an HTML heading with an id attribute restarts the count of that id.
/// </remarks>
public sealed partial class HeadingSlugger
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The anchor of the next markdown heading, whose text is its inline source.</summary>
    public HeadingAnchor Next(string headingText) => Next(headingText, idAttribute: null);

    /// <summary>
    /// The anchor of the next heading; <paramref name="idAttribute"/> is the id attribute of an
    /// HTML heading (null when it has none), which is used as is and restarts its own count.
    /// </summary>
    public HeadingAnchor Next(string headingText, string? idAttribute)
    {
        ArgumentNullException.ThrowIfNull(headingText);
        var first = Anchor(headingText, 0, idAttribute);
        var key = string.IsNullOrEmpty(idAttribute) ? RepeatKey(first) : idAttribute;
        int repetition;
        if (idAttribute is null && _seen.TryGetValue(key, out var seen))
        {
            repetition = seen + 1;
        }
        else
        {
            repetition = 0;
        }

        _seen[key] = repetition;
        return repetition > 0 ? Anchor(headingText, repetition, idAttribute) : first;
    }

    /// <summary>The anchor of a heading on its own, with no repeats before it.</summary>
    public static HeadingAnchor Anchor(string headingText, int repetition = 0, string? idAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(headingText);
        var text = headingText;
        var id = idAttribute;
        if (text.Contains('{', StringComparison.Ordinal) && CustomId().Match(text) is { Success: true } match)
        {
            text = match.Groups[1].Value;
            id = match.Groups[2].Value;
        }

        if (string.IsNullOrEmpty(id))
        {
            id = GitHubSlug.Slugify(text, repetition);
        }

        return new HeadingAnchor(text, id, UriFragment.Href(id));
    }

    // doctoc takes link.split('#')[1] minus its last character.
    private static string RepeatKey(HeadingAnchor anchor)
    {
        var encoded = anchor.Href.AsSpan(1);
        if (!anchor.Text.Contains('#', StringComparison.Ordinal) && !encoded.Contains('#'))
        {
            return anchor.Href[1..];
        }

        var link = anchor.ToMarkdownLink();
        var start = link.IndexOf('#', StringComparison.Ordinal) + 1;
        var end = link.IndexOf('#', start);
        var segment = end < 0 ? link[start..] : link[start..end];
        return segment.Length == 0 ? segment : segment[..^1];
    }

    [GeneratedRegex(@"\A([^\n\r\u2028\u2029]*?)[ \t]*\{:?#([^\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF}]+)\}[ \t]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CustomId();
}
