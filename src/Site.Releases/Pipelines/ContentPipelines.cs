using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Releases.Extraction;
using Site.Releases.Merging;
using Site.Releases.Model;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Files;
using Site.Web.FrontMatter;
using Site.Web.Language;
using Site.Web.Markdown;
using Site.Web.Paths;

namespace Site.Releases.Pipelines;

/// <summary>
/// The two pipelines every page depends on: <see cref="Content"/> reads, parses and renders every
/// markdown document once (reading its release facts on the way); <see cref="Catalog"/> merges
/// those facts into releases, features and groups.
/// </summary>
public static class ContentPipelines
{
    public const string Content = "Content";
    public const string Catalog = "Catalog";

    /// <summary>URL sections the site generates, so imported posts' links under them are not sent elsewhere.</summary>
    public static readonly IReadOnlyList<string> GeneratedSections = ["/releases/", "/features/", "/sigs/", "/search/", "/assets/"];

    /// <param name="cacheKey">A fingerprint of the settings a document's rendering depends on (for the build cache).</param>
    public static Pipeline CreateContent(ReleaseSiteContext site, Func<string, string> anchorLabel, long cacheKey = 0)
    {
        // Transient: parsed sources and their facts are read by the catalog and the source pages,
        // then dropped, so they do not stay in memory for the rest of the build.
        var pipeline = new Pipeline(Content).AsTransient();
        foreach (var root in site.Site.ContentRoots)
        {
            pipeline.WithInput(new ReadFiles(site.Root, root.Folder.Trim('/'), ".md", ".markdown"));
        }

        pipeline.WithInput(new WarnWhenNoSources(site.Root, [.. site.Site.ContentRoots.Select(root => root.Folder.Trim('/'))]));

        var rules = new ReadingRules(site.Releases);
        var render = new RenderOptions(site.BasePath, site.Site.ImportedPosts, GeneratedSections) { AnchorLabel = anchorLabel, CacheKey = cacheKey };
        return pipeline.WithProcess(
            new ParseFrontMatter(),
            new AssignPageUrls(site.Site.ContentRoots),
            new DetectLanguage(site.Site.Language),
            new RenderMarkdown(render, new ReleaseFactsAnalyzer(rules)));
    }

    /// <param name="cacheKey">A fingerprint of the settings the catalog depends on (for the build cache).</param>
    public static Pipeline CreateCatalog(ReleaseSiteContext site, Func<DocumentKind, ReleaseVersion, string, string> synthesizeTitle, long cacheKey = 0)
        => new Pipeline(Catalog)
            .DependsOn(Content)
            .WithProcess(new CacheOutputs(
                "BuildCatalog",
                (_, context) => CatalogKey(context.OutputsOf(Content), site.Site.Language, cacheKey),
                Lambda.All("BuildCatalog", (_, context) =>
                {
                    var builder = new CatalogBuilder(site.Releases, site.FeatureAliases, site.Site.Language, synthesizeTitle);
                    var catalog = builder.Build(context.OutputsOf(Content), context.FindService<BuildCache>());
                    return [new Document(null, null).With(ReleaseKeys.Catalog, catalog)];
                })));

    /// <summary>
    /// What the catalog is made of: each document's facts, title, address and language, the
    /// settings, and which documents translate which (the words and links that decide it change with
    /// any prose edit; the outcome seldom does).
    /// </summary>
    private static long CatalogKey(IReadOnlyList<Document> documents, string siteLanguage, long settingsKey)
    {
        var read = documents
            .Where(d => d.Source is not null && d.TryGet(ReleaseKeys.Facts, out _))
            .Select(d => (Document: d, Facts: d.Get(ReleaseKeys.Facts), Language: d.GetOrDefault(WebKeys.Language) ?? siteLanguage))
            .ToList();
        var key = new Web.Text.Fingerprint().Add(settingsKey);
        foreach (var (document, facts, language) in read)
        {
            key.Add(document.Source).Add(document.GetOrDefault(WebKeys.Title)).Add(document.GetOrDefault(WebKeys.Url))
                .Add(language).Add(FactsFingerprint.Of(facts));
        }

        var pairs = TranslationPairing.Match(
            read.Select(r => new TranslationPairing.Candidate(r.Document.Source!, r.Facts.Release, r.Language, r.Facts.Kind, r.Facts.LinkTargets, r.Facts.LatinWords)).ToList(),
            siteLanguage);
        foreach (var (translation, original) in pairs)
        {
            key.Add(translation).Add(original);
        }

        return key.Value;
    }
}
