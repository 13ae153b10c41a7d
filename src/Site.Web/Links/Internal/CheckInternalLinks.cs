using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
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
        Parallel.ForEach(pages, page => Check(page, resolver, context.Diagnostics));
        return Task.FromResult(inputs);
    }

    private static void Check(Document page, InternalLinkResolver resolver, IDiagnostics diagnostics)
    {
        var rendered = page.Get(WebKeys.Rendered);
        var pageUrl = page.GetOrDefault(WebKeys.Url) ?? AssignPageUrls.ToPageUrl(rendered.Destination);
        var markdownTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in page.GetOrDefault(WebKeys.Links) ?? [])
        {
            if (link.Kind != LinkKind.Internal)
            {
                continue;
            }

            markdownTargets.Add(SameHref(link.Href));
            if (resolver.CheckSiteUrl(link.Target, link.Written) is { } problem)
            {
                diagnostics.Report(Diagnostic.Error(problem.Message, new SourceLocation(link.SourcePath, link.Line, link.Column), problem.Code, problem.Hint)
                    with { Url = link.Written });
            }
        }

        var template = page.GetOrDefault(WebKeys.Chrome)?.Template ?? page.Source ?? rendered.Destination;
        foreach (var href in rendered.References.Distinct(StringComparer.Ordinal))
        {
            if (markdownTargets.Contains(SameHref(href)) || resolver.CheckHref(href, pageUrl) is not { } problem)
            {
                continue;
            }

            diagnostics.Report(Diagnostic.Error($"{problem.Message} (in the page {pageUrl})", new SourceLocation(template), problem.Code, problem.Hint)
                with { Url = href });
        }
    }

    // The HTML renderer percent-encodes what markdown wrote as is ("#重点" becomes "#%E9%87%8D%E7%82%B9"),
    // so an href is matched to its markdown link decoded; otherwise a broken link with non-ASCII
    // characters would be reported twice, the second time against the template.
    private static string SameHref(string href) => Uri.UnescapeDataString(href);
}
