using Site.Web.Paths;

namespace Site.Web.Links.Internal;

/// <summary>
/// Resolves a link as a browser would — relative to the page, under the base path — and says
/// whether it lands on a written file and, for #fragments, on an anchor of that page.
/// </summary>
public sealed class InternalLinkResolver(SiteIndex index, UrlBuilder urls)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LinkProblem?> _absolute = new(StringComparer.Ordinal);

    private const int MaxSuggestionDistance = 4;

    /// <summary>Checks an href as written in a page served at <paramref name="pageUrl"/> (a site URL). Null means fine.</summary>
    public LinkProblem? CheckHref(string href, string pageUrl)
    {
        if (href.Length == 0 || LinkTarget.IsOutside(href))
        {
            return null;
        }

        if (href.StartsWith('#'))
        {
            return CheckFragment(index.FileFor(pageUrl) ?? string.Empty, href[1..], pageUrl);
        }

        // Absolute hrefs repeat across thousands of pages (navigation, release links); their answer
        // does not depend on the page.
        if (href.StartsWith('/'))
        {
            return _absolute.GetOrAdd(href, static (h, state) => state.Resolver.Check(h, state.PageUrl), (Resolver: this, PageUrl: pageUrl));
        }

        return Check(href, pageUrl);
    }

    private LinkProblem? Check(string href, string pageUrl)
    {
        var (path, fragment) = RelativeUrl.Resolve(urls.Page(pageUrl), href);
        var sitePath = urls.ToSiteUrl(path);
        if (sitePath is null)
        {
            return new LinkProblem($"{href} points outside the site's base path {urls.BasePath}", "link.outside");
        }

        return CheckSiteUrl(Uri.UnescapeDataString(sitePath) + (fragment.Length > 0 ? "#" + fragment : string.Empty), href);
    }

    /// <summary>Checks a site URL without base path ("/releases/v1.7/#features"), as markdown links record them.</summary>
    public LinkProblem? CheckSiteUrl(string siteUrl, string written)
    {
        var hash = siteUrl.IndexOf('#', StringComparison.Ordinal);
        var pathAndQuery = hash >= 0 ? siteUrl[..hash] : siteUrl;
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? pathAndQuery[..query] : pathAndQuery;
        var file = index.FileFor(path);
        if (file is null)
        {
            return new LinkProblem($"{written}: no such page or file ({path})", "link.missing");
        }

        return hash >= 0 ? CheckFragment(file, siteUrl[(hash + 1)..], path) : null;
    }

    private LinkProblem? CheckFragment(string file, string fragment, string pageUrl)
    {
        if (fragment.Length == 0 || fragment == "top")
        {
            return null;
        }

        var anchor = Uri.UnescapeDataString(fragment);
        var anchors = index.AnchorsOf(file);
        if (anchors is null || anchors.Contains(anchor))
        {
            return null;
        }

        var closest = Closest(anchor, anchors);
        return new LinkProblem(
            $"#{anchor}: no such anchor on {pageUrl}",
            "link.anchor",
            closest is null ? null : $"did you mean #{closest}?");
    }

    private static string? Closest(string anchor, IReadOnlySet<string> anchors)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in anchors.Order(StringComparer.Ordinal))
        {
            var distance = Distance(anchor.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(MaxSuggestionDistance, anchor.Length / 3) ? best : null;
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
