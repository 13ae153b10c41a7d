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
using Site.Web.Git;
using Site.Web.Links;
using Site.Web.Links.Internal;
using Site.Web.Output;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Search;

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

    public static IReadOnlyList<Pipeline> Create(
        ReleaseSiteContext site, ISiteText text, ThemeRenderer renderer, ThemeFiles theme, StagingOutput output, GitHistory git)
    {
        var language = site.Site.Language;
        var urls = renderer.Theme.Urls;
        Catalog CatalogOf(IExecutionContext context) => context.OutputsOf(ContentPipelines.Catalog)[0].Get(ReleaseKeys.Catalog);

        // One linker per build: GeneratedPages runs after SourcePages, which creates it.
        CrossLinker? linker = null;
        CrossLinker LinkerFor(Catalog catalog) => linker ??= new CrossLinker(catalog, site.Releases, urls.Page, text.Get("feature.link", language));

        var sourcePages = new Pipeline(SourcePages)
            .DependsOn(ContentPipelines.Content, ContentPipelines.Catalog)
            .WithProcess(Lambda.All("CreateSourcePages", (_, context) =>
            {
                var catalog = CatalogOf(context);
                var factory = new SourcePageFactory(catalog, LinkerFor(catalog), text, git, context.FindService<SpillStore>());
                return ParallelMap.Run(context.OutputsOf(ContentPipelines.Content), context, (doc, _) => [factory.Create(doc)]);
            }), AnalyzeForSearch(text))
            .WithPostProcess(new RenderPages(renderer, output));

        var generatedPages = new Pipeline(GeneratedPages)
            .DependsOn(ContentPipelines.Catalog, SourcePages)
            .WithProcess(Lambda.All("CreatePages", (_, context) =>
                new PageFactory(text, language, git, LinkerFor(CatalogOf(context))).All(CatalogOf(context), context.OutputsOf(SourcePages))),
                AnalyzeForSearch(text))
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
                    text.Format("feed.title", language, site.Site.Title))),
                new WriteFiles(output));

        var searchIndex = new Pipeline(SearchIndex)
            .WithPostProcess(
                Lambda.All("WriteSearchIndex", (_, context) =>
                    context.GetService<SearchIndexSession>().Write(
                            context.OutputsOf(SourcePages).Concat(context.OutputsOf(GeneratedPages))
                                .Select(p => p.GetOrDefault(WebKeys.SearchEntry)).OfType<SearchEntry>()
                                .DistinctBy(p => p.Url, StringComparer.Ordinal).ToList()) // pages two documents claim are reported by the writer
                        .Select(file => new Document(null, file.Path, Metadata.Empty, new BytesContent(file.Content)))),
                new WriteFiles(output));

        var linkCheck = new Pipeline(LinkCheck)
            .WithOutput(new CheckInternalLinks(
                urls,
                context => context.OutputsOf(SourcePages).Concat(context.OutputsOf(GeneratedPages)),
                () => output.WrittenFiles));

        return
        [
            ContentPipelines.CreateContent(site, lang => text.Get("page.anchor", lang)),
            ContentPipelines.CreateCatalog(site, (kind, version, lang) => text.Format("doc.title", lang, version, text.Get("kind." + kind, lang))),
            sourcePages,
            generatedPages,
            assets,
            siteFiles,
            searchIndex,
            linkCheck,
        ];
    }

    /// <summary>
    /// Analyzes each page for search as soon as it exists and drops its text sections, so no page's
    /// text waits in memory for the index to be written at the end.
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

            // Source pages were drafted while parsed; generated pages are analyzed from their sections now.
            var entry = page.TryGet(WebKeys.SearchDraft, out var draft)
                ? session.Complete(draft, chrome.Url, chrome.Title, chrome.Language, AreaOf(chrome, text), ReleaseOf(page))
                : SearchPageOf(page, text) is { } searchPage ? session.Analyze(searchPage) : null;
            return entry is null ? slim : slim.With(WebKeys.SearchEntry, entry);
        });

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
