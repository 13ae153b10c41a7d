using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Web.Markdown;

// Stand-in until the doctoc-compatible slug extension lands (issue 3); replaced, not kept.
internal static class TemporaryHeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = Slug(MarkdownText.Of(heading.Inline));
            var id = seen.TryGetValue(slug, out var count) ? slug + "-" + count : slug;
            seen[slug] = count + 1;
            heading.GetAttributes().Id = id;
        }
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }
}
