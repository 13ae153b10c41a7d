using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Releases.Pages;
using Site.Web;
using Site.Web.Caching;
using Site.Web.Links;
using Site.Web.Output;
using Site.Web.Paths;
using Site.Web.Pages;

namespace Site.Theme.Services;

/// <summary>
/// Renders each page with the theme, notes its anchors and links for the link check, and writes
/// it to the staging folder at once, so only the pages being rendered are in memory as HTML.
/// </summary>
public sealed class RenderPages(ThemeRenderer renderer, ISiteOutput output) : PerDocumentModule
{
    [ThreadStatic]
    private static CharBufferWriter? _buffer;

    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.Destination is null || !input.TryGet(PageKeys.View, out var view))
        {
            yield return input;
            yield break;
        }

        var chrome = input.Get(WebKeys.Chrome);
        var writer = input.Source ?? chrome.Template;

        // With a build cache, a page that shows exactly what it showed last time is neither
        // rendered nor written: the file from the last good build stays.
        var cache = input.TryGet(WebKeys.PageFingerprint, out var print) ? context.FindService<BuildCache>() : null;
        if (cache is not null && cache.TryGetPage(input.Destination, print, out var previous) && output.Keep(input.Destination, writer, context.Diagnostics))
        {
            yield return input.With(WebKeys.Rendered, previous).WithContent(new FileContent(Path.Combine(output.OutputFolder, input.Destination)));
            yield break;
        }

        var buffer = _buffer ??= new CharBufferWriter();
        buffer.Reset();
        renderer.Render(view, chrome, buffer);
        var written = output.Write(input.Destination, buffer.Written, writer, context.Diagnostics);
        if (written is null)
        {
            yield break;
        }

        var pageUrl = input.GetOrDefault(WebKeys.Url) ?? AssignPageUrls.ToPageUrl(input.Destination);
        var rendered = RenderedPage.Scan(input.Destination, pageUrl, buffer.Written, renderer.Theme.Urls, context.FindService<SpillStore>());
        cache?.SetPage(input.Destination, print, rendered);
        yield return input.With(WebKeys.Rendered, rendered).WithContent(new FileContent(written));
    }
}
