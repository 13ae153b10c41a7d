using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Releases.Extraction;
using Site.Releases.Merging;
using Site.Releases.Model;
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

    public static Pipeline CreateContent(ReleaseSiteContext site, Func<string, string> anchorLabel)
    {
        // Transient: parsed sources and their facts are read by the catalog and the source pages,
        // then dropped, so they do not stay in memory for the rest of the build.
        var pipeline = new Pipeline(Content).AsTransient();
        foreach (var root in site.Site.ContentRoots)
        {
            pipeline.WithInput(new ReadFiles(site.Root, root.Folder.Trim('/'), ".md", ".markdown"));
        }

        var rules = new ReadingRules(site.Releases);
        var render = new RenderOptions(site.BasePath, site.Site.ImportedPosts, GeneratedSections) { AnchorLabel = anchorLabel };
        return pipeline.WithProcess(
            new ParseFrontMatter(),
            new AssignPageUrls(site.Site.ContentRoots),
            new DetectLanguage(site.Site.Language),
            new RenderMarkdown(render, new ReleaseFactsAnalyzer(rules)));
    }

    public static Pipeline CreateCatalog(ReleaseSiteContext site, Func<DocumentKind, ReleaseVersion, string, string> synthesizeTitle)
        => new Pipeline(Catalog)
            .DependsOn(Content)
            .WithProcess(Lambda.All("BuildCatalog", (_, context) =>
            {
                var builder = new CatalogBuilder(site.Releases, site.FeatureAliases, site.Site.Language, synthesizeTitle);
                var catalog = builder.Build(context.OutputsOf(Content));
                return [new Document(null, null).With(ReleaseKeys.Catalog, catalog)];
            }));
}
