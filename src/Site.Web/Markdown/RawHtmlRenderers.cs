using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Web.Markdown;

/// <summary>
/// Raw HTML in markdown stays raw (contributors are trusted), but its root-relative href and src
/// values get the base path like every other link, so a page still works under /repo/.
/// </summary>
internal sealed class RawHtmlBlockRenderer(Func<string, string> rewrite) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write(rewrite(obj.Lines.ToString())).EnsureLine();
        }
    }
}

internal sealed class RawHtmlInlineRenderer(Func<string, string> rewrite) : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(rewrite(obj.Tag));
        }
    }

    public static void Install(HtmlRenderer renderer, Func<string, string> rewrite)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new RawHtmlBlockRenderer(rewrite));
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new RawHtmlInlineRenderer(rewrite));
    }
}
