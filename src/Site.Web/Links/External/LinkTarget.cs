using Site.Engine.Diagnostics;

namespace Site.Web.Links.External;

/// <summary>
/// One URL to ask about: the normalized URL without fragment, the parsed URI (null when the
/// text is not an absolute http(s) URL), and every location that links to it.
/// </summary>
internal sealed record LinkTarget(string Url, Uri? Uri, IReadOnlyList<SourceLocation> Locations)
{
    /// <summary>
    /// Merges links that lead to the same request: the fragment never reaches the server, and
    /// <see cref="Uri"/> canonicalizes scheme and host case and default ports. Locations are
    /// de-duplicated and sorted so that results do not depend on the order links were found.
    /// </summary>
    public static IReadOnlyList<LinkTarget> Group(IEnumerable<ExternalLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var byUrl = new Dictionary<string, (Uri? Uri, HashSet<SourceLocation> Locations)>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var (url, uri) = Normalize(link.Url);
            if (!byUrl.TryGetValue(url, out var entry))
            {
                entry = (uri, []);
                byUrl.Add(url, entry);
            }

            entry.Locations.UnionWith(link.Locations);
        }

        return byUrl
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new LinkTarget(pair.Key, pair.Value.Uri, Sorted(pair.Value.Locations)))
            .ToList();
    }

    public static (string Url, Uri? Uri) Normalize(string url)
    {
        var text = (url ?? string.Empty).Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0)
        {
            var withoutFragment = uri.GetLeftPart(UriPartial.Query);
            return (withoutFragment, new Uri(withoutFragment));
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? text[..hash] : text, null);
    }

    private static List<SourceLocation> Sorted(IEnumerable<SourceLocation> locations)
        => locations
            .OrderBy(l => l.Path, StringComparer.Ordinal)
            .ThenBy(l => l.Line)
            .ThenBy(l => l.Column)
            .ToList();
}
