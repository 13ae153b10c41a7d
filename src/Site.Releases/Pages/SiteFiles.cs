using System.Text;
using Site.Engine.Documents;
using Site.Releases.Model;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Feeds;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Text;

namespace Site.Releases.Pages;

/// <summary>
/// The files around the pages: sitemap.xml, the Atom feed of the newest releases, robots.txt and .nojekyll.
/// With a build cache (the preview), the sitemap is written again only when a page's address or
/// date changed: thousands of entries for an edit that seldom adds or removes a page.
/// </summary>
public static class SiteFiles
{
    /// <summary>
    /// The feed holds the newest releases only: readers fetch the whole file on every poll, and a
    /// feed of every release of a long history was megabytes (3.2 MB at 10,000 releases).
    /// </summary>
    public const int FeedEntries = 50;

    public static IEnumerable<Document> Create(Model.Catalog catalog, IEnumerable<Document> pages, UrlBuilder urls, string siteTitle, string feedTitle, BuildCache? cache = null)
    {
        var sitemap = pages
            .Where(p => p.TryGet(WebKeys.Chrome, out var chrome) && !chrome.ExcludeFromSitemap)
            .Select(p => new SitemapWriter.Entry(urls.Absolute(p.Get(WebKeys.Chrome).Url), p.Get(WebKeys.Chrome).LastUpdated))
            .ToList();
        yield return File("sitemap.xml", Sitemap(sitemap, cache));

        // Releases without a date are planned (a stage history names them, nothing dated yet): an
        // entry needs the time it was published, so they wait until a document dates them.
        var dated = catalog.DatedReleases.ToList();
        var updated = dated.Count == 0 ? DateTimeOffset.UnixEpoch : ToTime(dated.Max(r => r.Date!.Value));
        var feed = new AtomFeedWriter.Feed(feedTitle, urls.Absolute("/feed.xml"), urls.Absolute("/feed.xml"), urls.Absolute("/"), updated);
        var entries = dated.Take(FeedEntries).Select(r => new AtomFeedWriter.Entry(
            siteTitle + ": " + r.Version,
            urls.Absolute(r.Url),
            ToTime(r.Date!.Value),
            r.SummaryHtml));
        yield return File("feed.xml", AtomFeedWriter.Write(feed, entries));

        var robots = "User-agent: *\nAllow: /\n" + (urls.AbsoluteBase is null ? string.Empty : "Sitemap: " + urls.Absolute("/sitemap.xml") + "\n");
        yield return File("robots.txt", Encoding.UTF8.GetBytes(robots));

        // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with "_" or ".".
        yield return File(".nojekyll", []);
    }

    private static byte[] Sitemap(List<SitemapWriter.Entry> entries, BuildCache? cache)
    {
        if (cache is null)
        {
            return SitemapWriter.Write(entries);
        }

        var key = new Fingerprint().Add(entries.Count);
        foreach (var entry in entries)
        {
            key.Add(entry.AbsoluteUrl).Add(entry.LastModified?.UtcTicks ?? -1);
        }

        if (!cache.TryGet<byte[]>("sitemap", key.Value, out var written))
        {
            written = SitemapWriter.Write(entries);
            cache.Set("sitemap", key.Value, written);
        }

        return written;
    }

    private static DateTimeOffset ToTime(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static Document File(string destination, byte[] content)
        => new(null, destination, Metadata.Empty, new BytesContent(content));
}
