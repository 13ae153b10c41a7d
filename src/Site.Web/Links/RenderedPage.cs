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

    // More distinct links than a page usually has: the feature index of a large site has tens of thousands.
    private const int ManyReferences = 4096;

    // Every page of a build is scanned; a thread reuses its scratch lists and sets instead of growing new ones per page.
    [ThreadStatic]
    private static List<Html.AttributeValue>? _found;

    [ThreadStatic]
    private static List<string>? _references;

    [ThreadStatic]
    private static HashSet<string>? _seen;

    public static RenderedPage Scan(string destination, ReadOnlySpan<char> html, StringPool? pool = null)
    {
        var found = _found ??= [];
        var references = _references ??= [];
        found.Clear();
        references.Clear();

        // By text with the default (non-randomized) string hash: identity hashes of the pooled strings,
        // tried before, took the runtime's slow path (0.9 s of thread time at 10,000 pages).
        var seen = _seen ??= [];
        seen.Clear();

        // With a pool, the scanner takes every value from it: a link every page repeats is not copied again.
        Html.HtmlAttributeScanner.Scan(html, Attributes, found, pool is null ? null : pool.Get);
        var anchorCount = 0;
        foreach (var attribute in found)
        {
            if (IsAnchor(attribute))
            {
                anchorCount++;
            }
        }

        // Sized once: the set is kept for every page until the check at the end.
        var anchors = new HashSet<string>(anchorCount, StringComparer.Ordinal);
        foreach (var attribute in found)
        {
            if (IsAnchor(attribute))
            {
                anchors.Add(attribute.Value);
            }
            else if (IsReference(attribute) && seen.Add(attribute.Value))
            {
                references.Add(attribute.Value);
            }
        }

        found.Clear();

        // Clearing a set costs its whole capacity, and a thread's set keeps the capacity of the
        // largest page it scanned: after such a page every later page paid for it (0.4 s of thread
        // time at 10,000 pages). A set that grew that large is dropped instead.
        if (seen.Count > ManyReferences)
        {
            _seen = null;
        }
        else
        {
            seen.Clear();
        }

        if (anchors.Count < anchorCount)
        {
            anchors.TrimExcess();
        }

        string[] kept = [.. references];
        references.Clear();
        return new RenderedPage(destination, anchors, kept);
    }

    private static bool IsAnchor(Html.AttributeValue attribute)
        => attribute.Name == "id" || (attribute.Name == "name" && attribute.Tag == "a");

    private static bool IsReference(Html.AttributeValue attribute) => attribute.Name switch
    {
        "href" => attribute.Tag is "a" or "link" or "area",
        "src" => attribute.Tag is "img" or "script" or "iframe" or "source" or "video" or "audio",
        _ => false,
    };
}
