using Site.Cli.Build;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;
using Site.Releases.Pipelines;
using Site.Web;
using Site.Web.Links;
using Site.Web.Links.External;

namespace Site.Cli.Check;

/// <summary>
/// Gathers the http(s) links of a finished build with the places that wrote them: markdown links
/// at their file, line and column (recorded while rendering, carried by the source pages), and links
/// that only a template wrote (issue links, edit links) at the template, read from the hrefs of the
/// rendered pages — a URL some markdown already links to is not charged to a template as well.
/// </summary>
public static class ExternalLinkCollector
{
    public static IReadOnlyList<ExternalLink> Collect(EngineResult engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var links = new List<ExternalLink>();
        foreach (var document in OutputsOf(engine, SitePipelines.SourcePages))
        {
            foreach (var link in document.GetOrDefault(WebKeys.Links) ?? [])
            {
                if (link.Kind == LinkKind.External)
                {
                    links.Add(new ExternalLink(link.Target, new SourceLocation(link.SourcePath, link.Line, link.Column)));
                }
            }
        }

        var writtenByMarkdown = links.Select(l => SameUrl(l.Url)).ToHashSet(StringComparer.Ordinal);
        var pages = OutputsOf(engine, SitePipelines.SourcePages).Concat(OutputsOf(engine, SitePipelines.GeneratedPages));
        foreach (var page in pages)
        {
            if (!page.TryGet(WebKeys.Rendered, out var rendered))
            {
                continue;
            }

            var template = page.GetOrDefault(WebKeys.Chrome)?.Template is { Length: > 0 } name ? name : page.Source ?? rendered.Destination;
            foreach (var href in rendered.References)
            {
                if (IsHttp(href) && !writtenByMarkdown.Contains(SameUrl(href)))
                {
                    links.Add(new ExternalLink(href, new SourceLocation(template)));
                }
            }
        }

        return links;
    }

    private static IReadOnlyList<Document> OutputsOf(EngineResult engine, string pipeline)
        => engine.Outputs.TryGetValue(pipeline, out var documents) ? documents : [];

    private static bool IsHttp(string href)
        => href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What markdown wrote and what the HTML says differ in escaping ("中文" vs "%E4%B8%AD%E6%96%87")
    /// and may differ in fragment; the request is the same, so the key is the unescaped URL without fragment.
    /// </summary>
    private static string SameUrl(string url)
    {
        var text = url.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var withoutFragment = hash >= 0 ? text[..hash] : text;
        return Uri.TryCreate(withoutFragment, UriKind.Absolute, out var uri)
            ? Uri.UnescapeDataString(uri.GetLeftPart(UriPartial.Query))
            : Uri.UnescapeDataString(withoutFragment);
    }
}
