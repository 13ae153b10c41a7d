using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Releases.Pages;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Pages;
using Site.Web.Search;

namespace Site.Cli.Build;

/// <summary>
/// Search for the page pipelines: each page is analyzed as soon as it exists, so no page's text waits for the index.
/// </summary>
internal static class SearchAnalysis
{
    /// <summary>
    /// Analyzes each page for search as soon as it exists and drops its text sections, so no page's
    /// text waits in memory for the index to be written at the end. With a build cache, a page that
    /// shows what it showed last time keeps last time's analysis.
    /// </summary>
    public static IModule AnalyzeForSearch(ISiteText text)
        => Lambda.ForEach("AnalyzeForSearch", (page, context) =>
        {
            var session = context.GetService<SearchIndexSession>();
            var slim = page.WithMetadata(page.Metadata.Without(WebKeys.TextSections).Without(WebKeys.SearchDraft));
            if (!page.TryGet(WebKeys.Chrome, out var chrome) || chrome.ExcludeFromSearch)
            {
                return slim;
            }

            var cache = page.TryGet(WebKeys.PageFingerprint, out var print) ? context.FindService<BuildCache>() : null;
            var name = "search:" + chrome.Url;
            var known = cache is not null && cache.TryGet<KnownSearch>(name, 0, out var last) ? last : null;
            if (known is not null && known.Print == print)
            {
                return slim.With(WebKeys.SearchEntry, known.Entry);
            }

            // Source pages were drafted while parsed; generated pages are analyzed from their sections now.
            // A generated page can show something new while its searchable text stays the same (the home
            // page and the indexes after a stage edit elsewhere): the last analysis is then kept, the very
            // object, so the search shard holding it is not rebuilt.
            SearchEntry? entry = null;
            long? textPrint = null;
            if (page.TryGet(WebKeys.SearchDraft, out var draft))
            {
                entry = session.Complete(draft, chrome.Url, chrome.Title, chrome.Language, AreaOf(chrome, text), ReleaseOf(page));
            }
            else if (SearchPageOf(page, text) is { } searchPage)
            {
                textPrint = cache is null ? null : searchPage.TextFingerprint();
                entry = textPrint is not null && known?.TextPrint == textPrint ? known.Entry : session.Analyze(searchPage);
            }

            if (entry is null)
            {
                return slim;
            }

            cache?.Set(name, 0, new KnownSearch(print, textPrint, entry));
            return slim.With(WebKeys.SearchEntry, entry);
        });

    /// <summary>A page's search entry and what it was made from: the page's fingerprint and, for generated pages, its text's.</summary>
    private sealed record KnownSearch(long Print, long? TextPrint, SearchEntry Entry);

    private static string AreaOf(PageChrome chrome, ISiteText text)
        => text.Get("nav." + (chrome.Section.Length == 0 ? "home" : chrome.Section), chrome.Language);

    private static string? ReleaseOf(Document page) => page.GetOrDefault(PageKeys.View) switch
    {
        SourcePageView source => source.Document.Release?.ToString(),
        ReleasePageView view => view.Release.Version.ToString(),
        _ => null,
    };

    /// <summary>What the search index needs of a page, or null for pages kept out of search (404, the search page).</summary>
    private static SearchPage? SearchPageOf(Document page, ISiteText text)
    {
        if (!page.TryGet(WebKeys.Chrome, out var chrome) || chrome.ExcludeFromSearch)
        {
            return null;
        }

        var sections = page.GetOrDefault(WebKeys.TextSections) switch
        {
            Web.Markdown.DeferredTextSections deferred => deferred.MakeUnkept(),
            { } made => made,
            null => [],
        };
        var summary = chrome.Description ?? sections.Select(s => s.Text).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        return new SearchPage(chrome.Url, chrome.Title, chrome.Language, AreaOf(chrome, text), ReleaseOf(page), summary, sections);
    }
}
