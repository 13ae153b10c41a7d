using Site.Engine.Documents;
using Site.Releases;
using Site.Releases.Linking;
using Site.Releases.Model;
using Site.Releases.Pages;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Git;
using Site.Web.Text;

namespace Site.Cli.Build;

/// <summary>
/// What the preview's build cache keys pages by: a source page, and the set of generated pages,
/// are made again only when what they are made of changed.
/// </summary>
internal static class CachedPages
{
    /// <summary>
    /// What the generated pages are made of: the catalog, which source pages mention which feature
    /// (with their titles, addresses and languages), when sources last changed, and the settings.
    /// </summary>
    public static long GeneratedPagesKey(Catalog catalog, IReadOnlyList<Document> sourcePages, GitHistory git, long siteKey)
    {
        var key = new Fingerprint().Add(siteKey).Add(catalog.Serial).Add(git.Fingerprint);
        foreach (var page in sourcePages)
        {
            var mentions = page.GetOrDefault(ReleaseKeys.Mentions) ?? PageMentions.None;
            key.Add(page.GetOrDefault(WebKeys.Chrome)?.Title).Add(page.GetOrDefault(WebKeys.Url)).Add(page.GetOrDefault(WebKeys.Language));
            key.Add(mentions.FeatureIds.Count);
            foreach (var id in mentions.FeatureIds)
            {
                key.Add(id);
            }
        }

        return key.Value;
    }

    /// <summary>
    /// A source page is linking work (its body against every feature name); with a build cache it is
    /// redone only when its document, the cross-link terms or what the catalog says of it changed.
    /// </summary>
    public static Document CachedSourcePage(Document content, Catalog catalog, CrossLinker linker, GitHistory git, BuildCache cache, SourcePageFactory factory)
    {
        var source = catalog.DocumentAt(content.Source!);
        var key = new Fingerprint().Add(content.GetOrDefault(WebKeys.InputKey)).Add(linker.Fingerprint)
            .Add(source?.Title).Add(source?.Url).Add(source?.Language).Add(source?.Kind.ToString()).Add(source?.Release?.ToString())
            .Add(git.LastChanged(content.Source!)?.UtcTicks ?? -1);
        foreach (var (language, translation) in (source?.Translations ?? new Dictionary<string, SourceDocument>()).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            key.Add(language).Add(translation.Url).Add(translation.Title);
        }

        var region = "source-page:" + content.Source;
        if (cache.TryGet<Document>(region, key.Value, out var cached))
        {
            return cached;
        }

        var page = factory.Create(content);
        cache.Set(region, key.Value, page);
        return page;
    }
}
