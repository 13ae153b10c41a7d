using System.Buffers;
using Site.Web.Paths;

namespace Site.Web.Links;

/// <summary>
/// Where an internal link leads, as two numbers: the hash of the site path it is served from and
/// of the anchor its fragment names (0 when there is none to check). The link check compares
/// these for every link of every page instead of strings: on a large site a page's links were
/// the most it kept until the end (interned strings, looked up by the million). Resolution follows
/// <see cref="Internal.InternalLinkResolver"/> step for step, so a link whose numbers resolve is
/// one the resolver passes; a link that does not is checked again as text for its message.
/// </summary>
public readonly record struct LinkTarget(long Path, long Fragment)
{
    /// <summary>The path of a link that leaves the site's base path: never a page of the site.</summary>
    public const long OutsidePath = 0;

    private static readonly SearchValues<char> PathStart = SearchValues.Create("/?#");

    /// <summary>
    /// The target of an href as written in a page served at <paramref name="pageUrl"/> (a site
    /// URL), or null for a link the check leaves alone (empty, another scheme, protocol-relative).
    /// </summary>
    public static LinkTarget? OfHref(ReadOnlySpan<char> href, string pageUrl, UrlBuilder urls)
    {
        if (href.Length == 0 || IsOutside(href))
        {
            return null;
        }

        if (href[0] == '#')
        {
            return new LinkTarget(PathHash(pageUrl), FragmentHash(href[1..]));
        }

        // The common case, a root-relative href without escapes or dot segments, without a string.
        if (href[0] == '/' && !href.Contains('%') && !href.Contains("/.", StringComparison.Ordinal))
        {
            var hash = href.IndexOf('#');
            var path = hash >= 0 ? href[..hash] : href;
            var query = path.IndexOf('?');
            if (query >= 0)
            {
                path = path[..query];
            }

            var basePath = urls.BasePath.AsSpan();
            long pathHash;
            if (path.StartsWith(basePath, StringComparison.Ordinal))
            {
                pathHash = PathHash(path[basePath.Length..]);
            }
            else if (path.Length + 1 == basePath.Length && basePath.StartsWith(path, StringComparison.Ordinal))
            {
                pathHash = PathHash("/");
            }
            else
            {
                return new LinkTarget(OutsidePath, 0);
            }

            return new LinkTarget(pathHash, hash >= 0 ? FragmentHash(href[(hash + 1)..]) : 0);
        }

        // Relative hrefs, escapes and dot segments: the resolver's own string steps.
        var (resolved, fragment) = Internal.RelativeUrl.Resolve(urls.Page(pageUrl), href.ToString());
        var sitePath = urls.ToSiteUrl(resolved);
        return sitePath is null
            ? new LinkTarget(OutsidePath, 0)
            : OfSiteUrl(Uri.UnescapeDataString(sitePath) + (fragment.Length > 0 ? "#" + fragment : string.Empty));
    }

    /// <summary>The target of a site URL without base path ("/releases/v1.7/#features"), as markdown links record them.</summary>
    public static LinkTarget OfSiteUrl(ReadOnlySpan<char> siteUrl)
    {
        var hash = siteUrl.IndexOf('#');
        var path = hash >= 0 ? siteUrl[..hash] : siteUrl;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        return new LinkTarget(PathHash(path), hash >= 0 ? FragmentHash(siteUrl[(hash + 1)..]) : 0);
    }

    /// <summary>
    /// The number of a site path, leading slashes ignored as <see cref="Internal.SiteIndex.FileFor"/>
    /// ignores them; never <see cref="OutsidePath"/>.
    /// </summary>
    public static long PathHash(ReadOnlySpan<char> sitePath) => NonZero(Text.StableHash.Of(sitePath.TrimStart('/')));

    /// <summary>The number of the anchor a fragment names (escapes decoded), or 0 when there is none to check ("" and "top").</summary>
    public static long FragmentHash(ReadOnlySpan<char> fragment)
    {
        if (fragment.Length == 0 || fragment.SequenceEqual("top"))
        {
            return 0;
        }

        return AnchorHash(fragment.Contains('%') ? Uri.UnescapeDataString(fragment.ToString()) : fragment);
    }

    /// <summary>The number of an anchor (an id) as a page offers it.</summary>
    public static long AnchorHash(ReadOnlySpan<char> anchor) => NonZero(Text.StableHash.Of(anchor));

    private static long NonZero(long hash) => hash == 0 ? 1 : hash;

    /// <summary>Whether an href leaves the site: another scheme, or protocol-relative.</summary>
    internal static bool IsOutside(ReadOnlySpan<char> href)
    {
        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = href.IndexOf(':');
        var slash = href.IndexOfAny(PathStart);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
