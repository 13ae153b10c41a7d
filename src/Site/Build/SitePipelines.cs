using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Releases;
using Site.Releases.Linking;
using Site.Releases.Model;
using Site.Releases.Pages;
using Site.Releases.Pipelines;
using Site.Theme.Services;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Git;
using Site.Web.Links;
using Site.Web.Links.Internal;
using Site.Web.Output;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Search;
using Site.Web.Text;

namespace Site.Cli.Build;

/// <summary>
/// Wires the pipelines of the site: content and catalog (the domain), source pages and generated
/// pages (rendered by the theme), assets, site files, and the link check over everything written.
/// </summary>
public static class SitePipelines
{
    public const string SourcePages = "SourcePages";
    public const string GeneratedPages = "GeneratedPages";
    public const string Assets = "Assets";
    public const string SiteFileSet = "SiteFiles";
    public const string LinkCheck = "LinkCheck";
    public const string SearchIndex = "SearchIndex";

    /// <param name="siteKey">A fingerprint of what every page shows (settings, strings, assets, base path), for the build cache.</param>
    public static IReadOnlyList<Pipeline> Create(
        ReleaseSiteContext site, ISiteText text, ThemeRenderer renderer, ThemeFiles theme, ISiteOutput output, GitHistory git, long siteKey = 0, long settingsKey = 0)
    {
        var language = site.Site.Language;
        var urls = renderer.Theme.Urls;
        Catalog CatalogOf(IExecutionContext context) => context.OutputsOf(ContentPipelines.Catalog)[0].Get(ReleaseKeys.Catalog);

        // One linker per catalog: GeneratedPages runs after SourcePages, which creates it; with a
        // build cache, a catalog reused from the last build keeps its linker too.
        CrossLinker? linker = null;
        CrossLinker LinkerFor(Catalog catalog, BuildCache? cache)
        {
            if (linker is not null)
            {
                return linker;
            }

            if (cache is not null && cache.TryGet<CatalogLinker>("cross-linker", catalog.Serial, out var known))
            {
                return linker = known.Linker;
            }

            linker = new CrossLinker(catalog, site.Releases, urls.Page, text.Get("feature.link", language));
            cache?.Set("cross-linker", catalog.Serial, new CatalogLinker(linker));
            return linker;
        }

        var sourcePages = new Pipeline(SourcePages)
            .DependsOn(ContentPipelines.Content, ContentPipelines.Catalog)
            .WithProcess(Lambda.All("CreateSourcePages", (_, context) =>
            {
                var catalog = CatalogOf(context);
                var cache = context.FindService<BuildCache>();
                var linker = LinkerFor(catalog, cache);
                var factory = new SourcePageFactory(catalog, linker, text, git, context.FindService<SpillStore>());
                return ParallelMap.Run(context.OutputsOf(ContentPipelines.Content), context, (doc, _) =>
                    [cache is null ? factory.Create(doc) : CachedSourcePage(doc, catalog, linker, git, cache, factory)]);
            }), FingerprintPages(siteKey), AnalyzeForSearch(text))
            .WithPostProcess(new RenderPages(renderer, output));

        var generatedPages = new Pipeline(GeneratedPages)
            .DependsOn(ContentPipelines.Catalog, SourcePages)
            .WithProcess(new CacheOutputs(
                "CreatePages",
                (_, context) => GeneratedPagesKey(CatalogOf(context), context.OutputsOf(SourcePages), git, siteKey),
                Lambda.All("CreatePages", (_, context) =>
                {
                    var catalog = CatalogOf(context);
                    var cache = context.FindService<BuildCache>();
                    return new PageFactory(text, language, git, LinkerFor(catalog, cache), cache).All(catalog, context.OutputsOf(SourcePages));
                }),
                FingerprintPages(siteKey),
                AnalyzeForSearch(text)))
            .WithPostProcess(new RenderPages(renderer, output));

        var assets = new Pipeline(Assets)
            .WithInput(Lambda.All("ReadAssets", (_, _) => theme.AssetFiles()
                .Select(a => new Document(null, "assets/" + a.Name, Metadata.Empty, new FileContent(a.File)))))
            .WithPostProcess(new WriteFiles(output));

        var siteFiles = new Pipeline(SiteFileSet)
            .DependsOn(ContentPipelines.Catalog)
            .WithPostProcess(
                Lambda.All("CreateSiteFiles", (_, context) => SiteFiles.Create(
                    CatalogOf(context),
                    context.OutputsOf(SourcePages).Concat(context.OutputsOf(GeneratedPages)),
                    urls,
                    site.Site.Title,
                    text.Format("feed.title", language, site.Site.Title),
                    context.FindService<BuildCache>())),
                new WriteFiles(output));

        var searchIndex = new Pipeline(SearchIndex)
            .WithPostProcess(
                Lambda.All("WriteSearchIndex", (_, context) =>
                    context.GetService<SearchIndexSession>().Write(
                            context.OutputsOf(SourcePages).Concat(context.OutputsOf(GeneratedPages))
                                .Select(p => p.GetOrDefault(WebKeys.SearchEntry)).OfType<SearchEntry>()
                                .DistinctBy(p => p.Url, StringComparer.Ordinal).ToList()) // pages two documents claim are reported by the writer
                        .Select(file => new Document(null, file.Path, Metadata.Empty, new ChunkedContent(file.Content)))),
                new WriteFiles(output));

        var linkCheck = new Pipeline(LinkCheck)
            .WithOutput(new CheckInternalLinks(
                urls,
                context => context.OutputsOf(SourcePages).Concat(context.OutputsOf(GeneratedPages)),
                () => output.WrittenFiles));

        return
        [
            ContentPipelines.CreateContent(site, lang => text.Get("page.anchor", lang), settingsKey),
            ContentPipelines.CreateCatalog(site, (kind, version, lang) => text.Format("doc.title", lang, version, text.Get("kind." + kind, lang)), settingsKey),
            sourcePages,
            generatedPages,
            assets,
            siteFiles,
            searchIndex,
            linkCheck,
        ];
    }

    private sealed record CatalogLinker(CrossLinker Linker);

    /// <summary>
    /// What the generated pages are made of: the catalog, which source pages mention which feature
    /// (with their titles, addresses and languages), when sources last changed, and the settings.
    /// </summary>
    private static long GeneratedPagesKey(Catalog catalog, IReadOnlyList<Document> sourcePages, GitHistory git, long siteKey)
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
    private static Document CachedSourcePage(Document content, Catalog catalog, CrossLinker linker, GitHistory git, BuildCache cache, SourcePageFactory factory)
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

    /// <summary>
    /// With a build cache, notes on each page everything it shows as one number (see <see cref="PageFingerprint"/>).
    /// A page marked with the same inputs object as last build (<see cref="PageKeys.Inputs"/>) keeps last build's number.
    /// </summary>
    private static IModule FingerprintPages(long siteKey)
        => Lambda.ForEach("FingerprintPages", (page, context) =>
        {
            if (context.FindService<BuildCache>() is not { } cache || !page.TryGet(PageKeys.View, out var view) || !page.TryGet(WebKeys.Chrome, out var chrome))
            {
                return page;
            }

            if (!page.TryGet(PageKeys.Inputs, out var inputs))
            {
                return page.With(WebKeys.PageFingerprint, PageFingerprint.Of(view, chrome, siteKey));
            }

            var name = "print:" + chrome.Url;
            if (!cache.TryGet<KnownPrint>(name, siteKey, out var known) || !ReferenceEquals(known.Inputs, inputs))
            {
                known = new KnownPrint(inputs, PageFingerprint.Of(view, chrome, siteKey));
            }

            cache.Set(name, siteKey, known);
            return page.With(WebKeys.PageFingerprint, known.Print);
        });

    private sealed record KnownPrint(object Inputs, long Print);

    /// <summary>
    /// Analyzes each page for search as soon as it exists and drops its text sections, so no page's
    /// text waits in memory for the index to be written at the end. With a build cache, a page that
    /// shows what it showed last time keeps last time's analysis.
    /// </summary>
    private static IModule AnalyzeForSearch(ISiteText text)
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

        var sections = page.GetOrDefault(WebKeys.TextSections) ?? [];
        var summary = chrome.Description ?? sections.Select(s => s.Text).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        return new SearchPage(chrome.Url, chrome.Title, chrome.Language, AreaOf(chrome, text), ReleaseOf(page), summary, sections);
    }
}
