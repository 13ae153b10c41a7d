namespace Site.Web.Links;

/// <summary>
/// What the link check needs to know about a written HTML page: the anchors it offers (every id
/// and a[name]) and every href and src it contains, as written in the HTML.
/// </summary>
public sealed record RenderedPage(string Destination, IReadOnlySet<string> Anchors, IReadOnlyList<string> References)
{
    private static readonly string[] Attributes = ["id", "name", "href", "src"];

    public static RenderedPage Scan(string destination, ReadOnlySpan<char> html, StringPool? pool = null)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var found = new List<Html.AttributeValue>();
        Html.HtmlAttributeScanner.Scan(html, Attributes, found);
        foreach (var attribute in found)
        {
            switch (attribute.Name)
            {
                case "id":
                case "name" when attribute.Tag == "a":
                    anchors.Add(pool?.Get(attribute.Value) ?? attribute.Value);
                    break;
                case "href" when attribute.Tag is "a" or "link" or "area":
                case "src" when attribute.Tag is "img" or "script" or "iframe" or "source" or "video" or "audio":
                    references.Add(pool?.Get(attribute.Value) ?? attribute.Value);
                    break;
            }
        }

        references.TrimExcess();
        anchors.TrimExcess();
        return new RenderedPage(destination, anchors, references);
    }
}
