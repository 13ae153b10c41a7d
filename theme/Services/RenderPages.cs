using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Releases.Pages;
using Site.Web;
using Site.Web.Links;
using Site.Web.Output;

namespace Site.Theme.Services;

/// <summary>
/// Renders each page with the theme, notes its anchors and links for the link check, and writes
/// it to the staging folder at once, so only the pages being rendered are in memory as HTML.
/// </summary>
public sealed class RenderPages(ThemeRenderer renderer, StagingOutput output) : PerDocumentModule
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
        var buffer = _buffer ??= new CharBufferWriter();
        buffer.Reset();
        renderer.Render(view, chrome, buffer);
        var written = output.Write(input.Destination, buffer.Written, input.Source ?? chrome.Template, context.Diagnostics);
        if (written is null)
        {
            yield break;
        }

        yield return input
            .With(WebKeys.Rendered, RenderedPage.Scan(input.Destination, buffer.Written, context.FindService<StringPool>()))
            .WithContent(new FileContent(written));
    }
}
