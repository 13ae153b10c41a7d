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
using Site.Web.Links.Internal;
using Site.Web.Output;
using Site.Web.Pages;
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
                    [cache is null ? factory.Create(doc) : CachedPages.CachedSourcePage(doc, catalog, linker, git, cache, factory)]);
            }), PageFingerprints.FingerprintPages(siteKey), SearchAnalysis.AnalyzeForSearch(text))
            .WithPostProcess(new RenderPages(renderer, output));

        var generatedPages = new Pipeline(GeneratedPages)
            .DependsOn(ContentPipelines.Catalog, SourcePages)
            .WithProcess(new CacheOutputs(
                "CreatePages",
                (_, context) => CachedPages.GeneratedPagesKey(CatalogOf(context), context.OutputsOf(SourcePages), git, siteKey),
                Lambda.All("CreatePages", (_, context) =>
                {
                    var catalog = CatalogOf(context);
                    var cache = context.FindService<BuildCache>();
                    return new PageFactory(text, language, git, LinkerFor(catalog, cache), cache).All(catalog, context.OutputsOf(SourcePages));
                }),
                PageFingerprints.FingerprintPages(siteKey),
                SearchAnalysis.AnalyzeForSearch(text)))
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
}
