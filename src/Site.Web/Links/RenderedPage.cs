namespace Site.Web.Links;

/// <summary>
/// What the link check needs to know about a written HTML page: the anchors it offers (every id
/// and a[name]) and the hrefs and srcs it contains, as written in the HTML, each once in the order
/// they first appear (a feature index repeats the same release links thousands of times, and
/// every page is kept until the check at the end).
/// </summary>
public sealed record RenderedPage(string Destination, IReadOnlySet<string> Anchors, IReadOnlyList<string> References)
{
    private static readonly string[] Attributes = ["id", "name", "href", "src"];

    // Every page of a build is scanned; a thread reuses its lists instead of growing new ones per page.
    [ThreadStatic]
    private static List<Html.AttributeValue>? _found;

    public static RenderedPage Scan(string destination, ReadOnlySpan<char> html, StringPool? pool = null)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();

        // Pooled strings are one instance per text, so repeats are found by reference, without hashing text.
        var seen = new HashSet<string>(pool is null ? StringComparer.Ordinal : ReferenceEqualityComparer.Instance);
        var found = _found ??= [];
        found.Clear();

        // With a pool, the scanner takes every value from it: a link every page repeats is not copied again.
        Html.HtmlAttributeScanner.Scan(html, Attributes, found, pool is null ? null : pool.Get);
        foreach (var attribute in found)
        {
            switch (attribute.Name)
            {
                case "id":
                case "name" when attribute.Tag == "a":
                    anchors.Add(attribute.Value);
                    break;
                case "href" when attribute.Tag is "a" or "link" or "area":
                case "src" when attribute.Tag is "img" or "script" or "iframe" or "source" or "video" or "audio":
                    if (seen.Add(attribute.Value))
                    {
                        references.Add(attribute.Value);
                    }

                    break;
            }
        }

        found.Clear();

        references.TrimExcess();
        anchors.TrimExcess();
        return new RenderedPage(destination, anchors, references);
    }
}
