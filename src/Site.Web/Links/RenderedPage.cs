namespace Site.Web.Links;

/// <summary>
/// What the link check needs to know about a written HTML page: the anchors it offers (every id
/// and a[name]) and every href and src it contains, as written in the HTML.
/// </summary>
public sealed record RenderedPage(string Destination, IReadOnlySet<string> Anchors, IReadOnlyList<string> References)
{
    public static RenderedPage Scan(string destination, string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        foreach (var attribute in Html.HtmlAttributeScanner.Scan(html, IsWanted))
        {
            switch (attribute.Name)
            {
                case "id":
                    anchors.Add(attribute.Value);
                    break;
                case "name" when attribute.Tag == "a":
                    anchors.Add(attribute.Value);
                    break;
                case "href" when attribute.Tag is "a" or "link" or "area":
                case "src" when attribute.Tag is "img" or "script" or "iframe" or "source" or "video" or "audio":
                    references.Add(attribute.Value);
                    break;
            }
        }

        return new RenderedPage(destination, anchors, references);
    }

    private static bool IsWanted(string name)
        => name.Length is 2 or 3 or 4 && (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals("href", StringComparison.OrdinalIgnoreCase)
            || name.Equals("src", StringComparison.OrdinalIgnoreCase) || name.Equals("name", StringComparison.OrdinalIgnoreCase));
}
