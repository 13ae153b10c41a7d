using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Web.Markdown;

/// <summary>
/// Renders headings with a small "#" link to their own anchor, shown on hover or focus, so a reader
/// can share a link to the section. The link's accessible name is the localized label.
/// </summary>
internal sealed class HeadingAnchorRenderer(string label) : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = Tags[Math.Clamp(obj.Level, 1, 6) - 1];
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        renderer.WriteLeafInline(obj);
        if (obj.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").Write(WebUtility.HtmlEncode(id)).Write("\" aria-label=\"")
                .Write(WebUtility.HtmlEncode(label)).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }

    public static void Install(HtmlRenderer renderer, string label)
        => renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HeadingAnchorRenderer(label));
}
