namespace Site.Web.Paths;

/// <summary>
/// Makes links that work when the site is served under a sub-path (GitHub Pages project sites
/// live at /repo/). Every internal link in templates and markdown goes through <see cref="Page"/>.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string basePath, string? absoluteBase = null)
    {
        BasePath = NormalizeBasePath(basePath);
        AbsoluteBase = absoluteBase?.TrimEnd('/');
    }

    /// <summary>Always starts and ends with '/': "/" or "/repo/".</summary>
    public string BasePath { get; }

    /// <summary>The public origin and path of the site (for sitemap and feed), without trailing slash, if configured.</summary>
    public string? AbsoluteBase { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// "/releases/v1.7/" → "/repo/releases/v1.7/". Fragments and queries are kept. Templates ask
    /// for the same few thousand pages on every page; each is made once. Links into a page's
    /// sections are not kept: a large site has hundreds of thousands, most asked for once.
    /// </summary>
    public string Page(string siteUrl)
        => BasePath == "/" && siteUrl.StartsWith('/') ? siteUrl
            : siteUrl.Contains('#') ? WithBase(siteUrl, BasePath)
            : _pages.GetOrAdd(siteUrl, WithBase, BasePath);

    private static string WithBase(string url, string basePath) => url.StartsWith('/') ? basePath + url[1..] : basePath + url;

    /// <summary>The absolute URL of a page when the site's public address is known, else the base-path URL.</summary>
    public string Absolute(string siteUrl)
        => AbsoluteBase is null ? Page(siteUrl) : AbsoluteBase + "/" + siteUrl.TrimStart('/');

    /// <summary>Strips the base path from a served URL path, or returns null when it is outside the site.</summary>
    public string? ToSiteUrl(string servedPath)
    {
        if (servedPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return "/" + servedPath[BasePath.Length..];
        }

        return servedPath + "/" == BasePath ? "/" : null;
    }

    public static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
