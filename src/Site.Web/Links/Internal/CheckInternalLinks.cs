using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Caching;
using Site.Web.Paths;

namespace Site.Web.Links.Internal;

/// <summary>
/// Checks every internal link and anchor of the written site. A link a markdown file wrote is
/// reported at that file, line and column; a link only the layout wrote is reported against the
/// template, naming the page. Runs in the Output phase, when every page has been written.
/// </summary>
public sealed class CheckInternalLinks(UrlBuilder urls, Func<IExecutionContext, IEnumerable<Document>> allPages, Func<IEnumerable<string>> writtenFiles) : IModule
{
    public string Name => nameof(CheckInternalLinks);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = allPages(context).Where(p => p.TryGet(WebKeys.Rendered, out _)).ToList();
        var index = new SiteIndex();
        foreach (var file in writtenFiles())
        {
            index.AddFile(file);
        }

        foreach (var page in pages)
        {
            index.AddPage(page.Get(WebKeys.Rendered));
        }

        var resolver = new InternalLinkResolver(index, urls);
        var cache = context.FindService<BuildCache>();
        var siteKey = cache is null ? 0 : index.Fingerprint();
        Parallel.ForEach(pages, page =>
        {
            foreach (var problem in cache is null ? Check(page, resolver, index) : CheckCached(page, resolver, index, cache, siteKey))
            {
                context.Diagnostics.Report(problem);
            }
        });
        return Task.FromResult(inputs);
    }

    // A page whose HTML and markdown links are those of the last build, in a site with the same files
    // and anchors, has the same problems: with a build cache they are not looked for again.
    private IReadOnlyList<Diagnostic> CheckCached(Document page, InternalLinkResolver resolver, SiteIndex index, BuildCache cache, long siteKey)
    {
        var rendered = page.Get(WebKeys.Rendered);
        var links = page.GetOrDefault(WebKeys.Links);
        var key = new Text.Fingerprint().Add(siteKey).Add(urls.BasePath).Add(page.GetOrDefault(WebKeys.Url))
            .Add(page.GetOrDefault(WebKeys.Chrome)?.Template).Add(page.Source).Value;
        var name = "links:" + rendered.Destination;
        if (cache.TryGet<CheckedPage>(name, key, out var known) && ReferenceEquals(known.Rendered, rendered) && ReferenceEquals(known.Links, links))
        {
            return known.Problems;
        }

        var problems = Check(page, resolver, index);
        cache.Set(name, key, new CheckedPage(rendered, links, problems));
        return problems;
    }

    private sealed record CheckedPage(RenderedPage Rendered, IReadOnlyList<LinkReference>? Links, IReadOnlyList<Diagnostic> Problems);

    private static List<Diagnostic> Check(Document page, InternalLinkResolver resolver, SiteIndex index)
    {
        var problems = new List<Diagnostic>();
        var rendered = page.Get(WebKeys.Rendered);
        var links = page.GetOrDefault(WebKeys.Links) ?? [];

        // By number first: nearly every page has no broken link, and then neither its links nor its
        // HTML's are read back as text. A page with one is checked again as text, for the messages.
        var markdownFine = index.ResolvesAll(SpilledLinks.TargetsOf(links));
        if (markdownFine && index.ResolvesAll(rendered.Targets))
        {
            return problems;
        }

        var pageUrl = rendered.PageUrl;
        var markdownTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (link.Kind != LinkKind.Internal)
            {
                continue;
            }

            markdownTargets.Add(SameHref(link.Href));
            if (!markdownFine && resolver.CheckSiteUrl(link.Target, link.Written) is { } problem)
            {
                problems.Add(Diagnostic.Error(problem.Message, new SourceLocation(link.SourcePath, link.Line, link.Column), problem.Code, problem.Hint)
                    with { Url = link.Written });
            }
        }

        var template = page.GetOrDefault(WebKeys.Chrome)?.Template ?? page.Source ?? rendered.Destination;
        foreach (var href in rendered.References)
        {
            if (markdownTargets.Contains(SameHref(href)) || resolver.CheckHref(href, pageUrl) is not { } problem)
            {
                continue;
            }

            problems.Add(Diagnostic.Error($"{problem.Message} (in the page {pageUrl})", new SourceLocation(template), problem.Code, problem.Hint)
                with { Url = href });
        }

        return problems;
    }

    // The HTML renderer percent-encodes what markdown wrote as is ("#重点" becomes "#%E9%87%8D%E7%82%B9"),
    // so an href is matched to its markdown link decoded; otherwise a broken link with non-ASCII
    // characters would be reported twice, the second time against the template.
    private static string SameHref(string href) => Uri.UnescapeDataString(href);
}
